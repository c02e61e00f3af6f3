#include "ampcard/station/meters.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/tariffplans.h"
#include "transaction.h"

namespace ampcard::station {

QString Meters::statusText(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("active");
    if (status == QLatin1String("suspended"))
        return tr("suspended");
    if (status == QLatin1String("removed"))
        return tr("removed");
    return status;
}

namespace {

const QString kSelect = QStringLiteral(
    "SELECT m.id, m.number, c.number, m.phases, m.key_version, m.tariff_plan, m.status, "
    "m.last_sequence, m.replaced_by FROM meters m JOIN customers c ON c.id = m.customer_id ");

MeterRecord meterFrom(const QSqlQuery &query)
{
    MeterRecord meter;
    meter.id = query.value(0).toString();
    meter.number = query.value(1).toString();
    meter.customerNumber = query.value(2).toString();
    meter.phases = query.value(3).toInt();
    meter.keyVersion = query.value(4).toInt();
    meter.tariffPlan = query.value(5).toString();
    meter.status = query.value(6).toString();
    meter.lastSequence = query.value(7).toLongLong();
    meter.replacedBy = query.value(8).toString();
    return meter;
}

} // namespace

bool Meters::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Meters::add(const Session &by, MeterRecord &meter)
{
    if (!by.may(Permission::kOpenAccount))
        return fail(tr("Only an installer, supervisor or administrator may register meters."));
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    if (!twelveDigits.match(meter.number).hasMatch())
        return fail(tr("A meter number has 12 digits; \"%1\" does not.").arg(meter.number));
    if (meter.phases != 1 && meter.phases != 3)
        return fail(tr("A meter has 1 or 3 phases."));
    if (meter.keyVersion < 1 || meter.keyVersion > 255)
        return fail(tr("The key version is 1 to 255."));
    if (TariffPlans(m_ledger).versions(meter.tariffPlan).isEmpty())
        return fail(tr("There is no tariff plan \"%1\".").arg(meter.tariffPlan));

    Transaction transaction(m_ledger.database());
    QSqlQuery customer(m_ledger.database());
    customer.prepare(QStringLiteral("SELECT id FROM customers WHERE number = ?"));
    customer.addBindValue(meter.customerNumber);
    if (!transaction.started() || !customer.exec())
        return fail(tr("Cannot read the customers: %1").arg(customer.lastError().text()));
    if (!customer.next())
        return fail(tr("There is no customer with number %1.").arg(meter.customerNumber));
    meter.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    meter.status = QStringLiteral("active");
    meter.lastSequence = 0;
    QSqlQuery insert(m_ledger.database());
    insert.prepare(QStringLiteral("INSERT INTO meters (id, station, number, customer_id, phases, "
                                  "key_version, tariff_plan, status, last_sequence, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"));
    for (const QVariant &value :
         {QVariant(meter.id), QVariant(m_ledger.stationId()), QVariant(meter.number),
          customer.value(0), QVariant(meter.phases), QVariant(meter.keyVersion),
          QVariant(meter.tariffPlan), QVariant(meter.status),
          QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))})
        insert.addBindValue(value);
    if (!insert.exec()) {
        if (insert.lastError().nativeErrorCode() == QLatin1String("2067"))
            return fail(tr("Meter %1 is already registered.").arg(meter.number));
        return fail(tr("Cannot register the meter: %1").arg(insert.lastError().text()));
    }
    if (!m_ledger.audit(by.login(), QStringLiteral("meter.add"), meter.number,
                        meter.customerNumber) ||
        !transaction.commit())
        return fail(m_ledger.errorString());
    return true;
}

bool Meters::update(const Session &by, const MeterRecord &meter)
{
    if (!by.may(Permission::kOpenAccount))
        return fail(tr("Only an installer, supervisor or administrator may change meters."));
    const std::optional<MeterRecord> old = byNumber(meter.number);
    if (!old)
        return fail(tr("Meter %1 is not registered.").arg(meter.number));
    if (old->status == QLatin1String("removed"))
        return fail(
            tr("Meter %1 was removed (replaced by %2).").arg(meter.number, old->replacedBy));
    if (meter.phases != 1 && meter.phases != 3)
        return fail(tr("A meter has 1 or 3 phases."));
    if (meter.status != QLatin1String("active") && meter.status != QLatin1String("suspended"))
        return fail(tr("A meter is active or suspended; a meter change removes one."));
    if (TariffPlans(m_ledger).versions(meter.tariffPlan).isEmpty())
        return fail(tr("There is no tariff plan \"%1\".").arg(meter.tariffPlan));
    QStringList changes;
    if (old->phases != meter.phases)
        changes << QStringLiteral("phases %1 -> %2").arg(old->phases).arg(meter.phases);
    if (old->tariffPlan != meter.tariffPlan)
        changes << QStringLiteral("plan %1 -> %2").arg(old->tariffPlan, meter.tariffPlan);
    if (old->status != meter.status)
        changes << QStringLiteral("status %1 -> %2").arg(old->status, meter.status);
    if (changes.isEmpty())
        return true;
    Transaction transaction(m_ledger.database());
    QSqlQuery update(m_ledger.database());
    update.prepare(
        QStringLiteral("UPDATE meters SET phases = ?, tariff_plan = ?, status = ? WHERE id = ?"));
    for (const QVariant &value : {QVariant(meter.phases), QVariant(meter.tariffPlan),
                                  QVariant(meter.status), QVariant(old->id)})
        update.addBindValue(value);
    if (!transaction.started() || !update.exec())
        return fail(tr("Cannot change the meter: %1").arg(update.lastError().text()));
    if (!m_ledger.audit(by.login(), QStringLiteral("meter.edit"), meter.number,
                        changes.join(QStringLiteral("; "))) ||
        !transaction.commit())
        return fail(m_ledger.errorString());
    return true;
}

std::optional<MeterRecord> Meters::byNumber(const QString &number) const
{
    QSqlQuery query(m_ledger.database());
    query.prepare(kSelect + QStringLiteral("WHERE m.number = ?"));
    query.addBindValue(number);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return meterFrom(query);
}

qint64 Meters::debtOf(const QString &meterId) const
{
    QSqlQuery query(m_ledger.database());
    query.prepare(QStringLiteral("SELECT debt FROM meters WHERE id = ?"));
    query.addBindValue(meterId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<MeterRecord> Meters::forCustomer(const QString &customerNumber) const
{
    QList<MeterRecord> meters;
    QSqlQuery query(m_ledger.database());
    query.prepare(kSelect + QStringLiteral("WHERE c.number = ? ORDER BY m.number"));
    query.addBindValue(customerNumber);
    if (!query.exec())
        return meters;
    while (query.next())
        meters << meterFrom(query);
    return meters;
}

QList<MeterRecord> Meters::activeOnPlan(const QString &plan) const
{
    QList<MeterRecord> meters;
    QSqlQuery query(m_ledger.database());
    query.prepare(
        kSelect +
        QStringLiteral("WHERE m.tariff_plan = ? AND m.status = 'active' ORDER BY m.number"));
    query.addBindValue(plan);
    if (!query.exec())
        return meters;
    while (query.next())
        meters << meterFrom(query);
    return meters;
}

} // namespace ampcard::station
