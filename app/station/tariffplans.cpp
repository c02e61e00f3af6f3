#include "ampcard/station/tariffplans.h"

#include "ampcard/station/sync.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "transaction.h"

namespace ampcard::station {

namespace {

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

const QString kColumns = QStringLiteral("name, version, activates_at, tariff");

} // namespace

bool TariffPlans::fail(const QString &message)
{
    m_error = message;
    return false;
}

int TariffPlans::noVersion(const QString &message)
{
    m_error = message;
    return 0;
}

int TariffPlans::addVersion(const Session &by, const QString &name, const QByteArray &json,
                            const QDateTime &activatesAt)
{
    if (!by.may(Permission::kManageTariffs))
        return noVersion(tr("Only a supervisor or administrator may change tariffs."));
    if (name.trimmed().isEmpty() || name != name.trimmed())
        return noVersion(tr("A tariff plan needs a name without leading or trailing spaces."));
    tariff::FileError error;
    if (!tariff::TariffFileReader::parse(json, &error))
        return noVersion(tr("The tariff is not valid: %1").arg(error.toString()));
    if (!activatesAt.isValid())
        return noVersion(tr("The tariff needs the time it takes effect."));
    if (QString offline; !Sync(m_ledger).sharedEditAllowed(Sync::SharedEdit::kTariffs, &offline))
        return noVersion(offline);
    if (activatesAt < m_clock().addSecs(-60))
        return noVersion(tr("A tariff cannot take effect in the past (%1).")
                             .arg(activatesAt.toUTC().toString(Qt::ISODate)));

    Transaction transaction(m_ledger.database());
    QSqlQuery last(m_ledger.database());
    last.prepare(QStringLiteral(
        "SELECT version, activates_at FROM tariff_plans WHERE name = ? ORDER BY version DESC "
        "LIMIT 1"));
    last.addBindValue(name);
    if (!transaction.started() || !last.exec())
        return noVersion(tr("Cannot read the tariff plans: %1").arg(last.lastError().text()));
    int version = 1;
    if (last.next()) {
        version = last.value(0).toInt() + 1;
        const QDateTime previous =
            QDateTime::fromString(last.value(1).toString(), Qt::ISODateWithMs);
        if (activatesAt <= previous)
            return noVersion(
                tr("Version %1 of %2 takes effect at %3; a new version must take effect "
                   "after it.")
                    .arg(version - 1)
                    .arg(name, previous.toString(Qt::ISODate)));
    }
    QSqlQuery insert(m_ledger.database());
    insert.prepare(QStringLiteral("INSERT INTO tariff_plans (id, station, name, version, tariff, "
                                  "activates_at, created_by, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)),
          QVariant(m_ledger.stationId()), QVariant(name), QVariant(version),
          QVariant(QString::fromUtf8(json)), QVariant(timeText(activatesAt)), QVariant(by.login()),
          QVariant(timeText(m_clock()))})
        insert.addBindValue(value);
    if (!insert.exec())
        return noVersion(tr("Cannot add the tariff: %1").arg(insert.lastError().text()));
    if (!m_ledger.audit(by.login(), QStringLiteral("tariff.add"),
                        QStringLiteral("%1 v%2").arg(name).arg(version), timeText(activatesAt)) ||
        !transaction.commit())
        return noVersion(m_ledger.errorString());
    return version;
}

std::optional<PlanVersion> TariffPlans::one(const QString &sql, const QString &name,
                                            const QDateTime &at) const
{
    QSqlQuery query(m_ledger.database());
    query.prepare(sql.arg(kColumns));
    query.addBindValue(name);
    query.addBindValue(timeText(at));
    if (!query.exec() || !query.next())
        return std::nullopt;
    PlanVersion plan;
    plan.name = query.value(0).toString();
    plan.version = query.value(1).toInt();
    plan.activatesAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    plan.json = query.value(3).toString().toUtf8();
    tariff::FileError error;
    const std::optional<tariff::TariffFile> file =
        tariff::TariffFileReader::parse(plan.json, &error);
    if (!file)
        return std::nullopt; // checked when added; a file edited behind our back is not used
    plan.file = *file;
    return plan;
}

std::optional<PlanVersion> TariffPlans::effective(const QString &name, const QDateTime &at) const
{
    return one(QStringLiteral("SELECT %1 FROM tariff_plans WHERE name = ? AND activates_at <= ? "
                              "ORDER BY version DESC LIMIT 1"),
               name, at);
}

std::optional<PlanVersion> TariffPlans::following(const QString &name, const QDateTime &at) const
{
    return one(QStringLiteral("SELECT %1 FROM tariff_plans WHERE name = ? AND activates_at > ? "
                              "ORDER BY version LIMIT 1"),
               name, at);
}

QList<PlanVersion> TariffPlans::versions(const QString &name) const
{
    QList<PlanVersion> all;
    QSqlQuery query(m_ledger.database());
    query.prepare(QStringLiteral("SELECT activates_at FROM tariff_plans WHERE name = ? "
                                 "ORDER BY version"));
    query.addBindValue(name);
    if (!query.exec())
        return all;
    while (query.next()) {
        const QDateTime at = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        if (std::optional<PlanVersion> plan = effective(name, at))
            all << *plan;
    }
    return all;
}

bool TariffPlans::assign(const Session &by, const QString &group, const QString &name)
{
    if (!by.may(Permission::kManageTariffs))
        return fail(tr("Only a supervisor or administrator may change tariffs."));
    if (versions(name).isEmpty())
        return fail(tr("There is no tariff plan \"%1\".").arg(name));
    if (QString offline; !Sync(m_ledger).sharedEditAllowed(Sync::SharedEdit::kTariffs, &offline))
        return fail(offline);
    Transaction transaction(m_ledger.database());
    QSqlQuery upsert(m_ledger.database());
    upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO plan_assignments (customer_group, plan, "
                                  "assigned_by, assigned_at) VALUES (?, ?, ?, ?)"));
    for (const QString &value : {group, name, by.login(), timeText(m_clock())})
        upsert.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!transaction.started() || !upsert.exec())
        return fail(tr("Cannot assign the plan: %1").arg(upsert.lastError().text()));
    if (!m_ledger.audit(by.login(), QStringLiteral("tariff.assign"), group, name) ||
        !transaction.commit())
        return fail(m_ledger.errorString());
    return true;
}

std::optional<QString> TariffPlans::planForGroup(const QString &group) const
{
    QSqlQuery query(m_ledger.database());
    query.prepare(QStringLiteral("SELECT plan FROM plan_assignments WHERE customer_group = ?"));
    query.addBindValue(group.isNull() ? QStringLiteral("") : group);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QStringList TariffPlans::names() const
{
    QStringList found;
    QSqlQuery query(m_ledger.database());
    if (query.exec(QStringLiteral("SELECT DISTINCT name FROM tariff_plans ORDER BY name"))) {
        while (query.next())
            found.append(query.value(0).toString());
    }
    return found;
}

} // namespace ampcard::station
