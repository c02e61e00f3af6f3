#include "ampcard/station/shifts.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "ampcard/tariff/tarifffile.h"
#include "transaction.h"

namespace ampcard::station {

namespace {

QString isoText(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QString moneyText(qint64 raw)
{
    return tariff::formatMoney(tariff::Money::fromRaw(raw));
}

const QString kShiftColumns =
    QStringLiteral("id, operator, opened_at, coalesce(closed_at, ''), sealed_at IS NOT NULL");

ShiftInfo shiftFrom(const QSqlQuery &query)
{
    ShiftInfo shift;
    shift.id = query.value(0).toString();
    shift.operatorName = query.value(1).toString();
    shift.openedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    const QString closed = query.value(3).toString();
    if (!closed.isEmpty())
        shift.closedAt = QDateTime::fromString(closed, Qt::ISODateWithMs);
    shift.sealed = query.value(4).toBool();
    return shift;
}

} // namespace

template <typename T> std::optional<T> Shifts::fail(const QString &message)
{
    m_error = message;
    return std::nullopt;
}

std::optional<QString> Shifts::open(const Session &by)
{
    if (!by.may(Permission::kSell))
        return fail<QString>(tr("This operator does not take money."));
    if (current(by.login()))
        return fail<QString>(tr("%1 has a shift open already.").arg(by.login()));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Transaction transaction(m_ledger.database());
    QSqlQuery insert(m_ledger.database());
    insert.prepare(QStringLiteral(
        "INSERT INTO shifts (id, station, operator, opened_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(m_ledger.stationId());
    insert.addBindValue(by.login());
    insert.addBindValue(isoText(QDateTime::currentDateTimeUtc()));
    if (!transaction.started() || !insert.exec())
        return fail<QString>(tr("Cannot open the shift: %1").arg(insert.lastError().text()));
    if (!m_ledger.audit(by.login(), QStringLiteral("shift.open"), id, {}))
        return fail<QString>(m_ledger.errorString());
    if (!transaction.commit())
        return fail<QString>(transaction.errorText());
    return id;
}

std::optional<ShiftInfo> Shifts::current(const QString &login) const
{
    QSqlQuery query(m_ledger.database());
    query.prepare(QStringLiteral("SELECT %1 FROM shifts WHERE operator = ? AND closed_at IS NULL")
                      .arg(kShiftColumns));
    query.addBindValue(login);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return shiftFrom(query);
}

std::optional<ShiftInfo> Shifts::byId(const QString &id) const
{
    QSqlQuery query(m_ledger.database());
    query.prepare(QStringLiteral("SELECT %1 FROM shifts WHERE id = ?").arg(kShiftColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return shiftFrom(query);
}

QJsonObject Shifts::compute(const ShiftInfo &shift, const QDateTime &closedAt,
                            const QString &closedBy) const
{
    QJsonObject report;
    report[QStringLiteral("shift")] = shift.id;
    report[QStringLiteral("station")] = m_ledger.stationId();
    report[QStringLiteral("operator")] = shift.operatorName;
    report[QStringLiteral("openedAt")] = isoText(shift.openedAt);
    report[QStringLiteral("closedAt")] = isoText(closedAt);
    report[QStringLiteral("closedBy")] = closedBy;
    QSqlQuery query(m_ledger.database());
    query.prepare(QStringLiteral(
        "SELECT kind, count(*), sum(paid), sum(fixed_charge), sum(debt_recovered), sum(vat), "
        "sum(credit), sum(energy) FROM sales WHERE shift_id = ? AND state IN ('complete', "
        "'cancelled') GROUP BY kind ORDER BY kind"));
    query.addBindValue(shift.id);
    QJsonArray lines;
    qint64 cash = 0;
    if (query.exec()) {
        while (query.next()) {
            QJsonObject line;
            line[QStringLiteral("kind")] = query.value(0).toString();
            line[QStringLiteral("count")] = query.value(1).toLongLong();
            line[QStringLiteral("paid")] = moneyText(query.value(2).toLongLong());
            line[QStringLiteral("fixedCharge")] = moneyText(query.value(3).toLongLong());
            line[QStringLiteral("debtRecovered")] = moneyText(query.value(4).toLongLong());
            line[QStringLiteral("vat")] = moneyText(query.value(5).toLongLong());
            line[QStringLiteral("credit")] = moneyText(query.value(6).toLongLong());
            line[QStringLiteral("energy")] =
                tariff::formatEnergy(tariff::Energy::fromRaw(query.value(7).toLongLong()));
            cash += query.value(2).toLongLong();
            lines.append(line);
        }
    }
    report[QStringLiteral("lines")] = lines;
    report[QStringLiteral("cash")] = moneyText(cash);
    report[QStringLiteral("ledgerHead")] = m_ledger.head();
    report[QStringLiteral("hash")] = hashOf(report);
    return report;
}

QString Shifts::hashOf(const QJsonObject &report)
{
    QJsonObject body = report;
    body.remove(QStringLiteral("hash"));
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

std::optional<QJsonObject> Shifts::close(const Session &by, const QString &login)
{
    if (login != by.login() && !by.may(Permission::kManageShifts))
        return fail<QJsonObject>(tr("Only a supervisor may close another operator's shift."));
    const std::optional<ShiftInfo> shift = current(login);
    if (!shift)
        return fail<QJsonObject>(tr("%1 has no open shift.").arg(login));
    QSqlQuery pending(m_ledger.database());
    pending.prepare(
        // A refund waiting for the meter's proof does not hold the shift: it is paid from the
        // shift open when the proof comes (SaleProtocol::applyProof).
        QStringLiteral("SELECT count(*) FROM sales WHERE shift_id = ? AND state = 'pending' AND "
                       "kind <> 'cancel'"));
    pending.addBindValue(shift->id);
    if (!pending.exec() || !pending.next())
        return fail<QJsonObject>(pending.lastError().text());
    if (const qint64 count = pending.value(0).toLongLong(); count > 0)
        return fail<QJsonObject>(tr("%n sale(s) of this shift are pending: put their cards back "
                                    "in the reader to settle them before closing.",
                                    nullptr, int(count)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The Z report is the paper anchor of the ledger: it is printed only from sales that agree
    // with the sealed journal, and prints the journal's head.
    if (const QString mismatch = m_ledger.crossCheck(shift->openedAt, {}); !mismatch.isEmpty())
        return fail<QJsonObject>(tr("The shift cannot be closed: its sales do not agree with the "
                                    "sealed journal. %1 Run \"ampcard ledger verify\" and call "
                                    "the auditors.")
                                     .arg(mismatch));
    Transaction transaction(m_ledger.database());
    if (!transaction.started())
        return fail<QJsonObject>(transaction.errorText());
    const QJsonObject report = compute(*shift, now, by.login());
    QSqlQuery update(m_ledger.database());
    update.prepare(QStringLiteral("UPDATE shifts SET closed_at = ?, closed_by = ?, z_report = ?, "
                                  "z_hash = ? WHERE id = ? AND closed_at IS NULL"));
    update.addBindValue(isoText(now));
    update.addBindValue(by.login());
    update.addBindValue(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
    update.addBindValue(report.value(QStringLiteral("hash")).toString());
    update.addBindValue(shift->id);
    if (!update.exec() || update.numRowsAffected() != 1)
        return fail<QJsonObject>(tr("Cannot close the shift: %1").arg(update.lastError().text()));
    if (!m_ledger.audit(by.login(), QStringLiteral("shift.close"), shift->id,
                        report.value(QStringLiteral("hash")).toString()))
        return fail<QJsonObject>(m_ledger.errorString());
    if (!transaction.commit())
        return fail<QJsonObject>(transaction.errorText());
    return report;
}

bool Shifts::seal(const Session &by, const QString &shiftId)
{
    const std::optional<ShiftInfo> shift = byId(shiftId);
    if (!shift) {
        m_error = tr("There is no shift %1.").arg(shiftId);
        return false;
    }
    if (shift->operatorName != by.login() && !by.may(Permission::kManageShifts)) {
        m_error = tr("Only a supervisor may seal another operator's report.");
        return false;
    }
    if (!shift->closedAt.isValid()) {
        m_error = tr("The shift is still open: close it first.");
        return false;
    }
    if (shift->sealed)
        return true; // a reprint
    Transaction transaction(m_ledger.database());
    QSqlQuery update(m_ledger.database());
    update.prepare(QStringLiteral("UPDATE shifts SET sealed_at = ? WHERE id = ?"));
    update.addBindValue(isoText(QDateTime::currentDateTimeUtc()));
    update.addBindValue(shiftId);
    if (!transaction.started() || !update.exec() ||
        !m_ledger.audit(by.login(), QStringLiteral("shift.seal"), shiftId, {}) ||
        !transaction.commit()) {
        m_error = tr("Cannot seal the report: %1").arg(update.lastError().text());
        return false;
    }
    return true;
}

std::optional<QJsonObject> Shifts::zReport(const QString &shiftId) const
{
    QSqlQuery query(m_ledger.database());
    query.prepare(
        QStringLiteral("SELECT z_report FROM shifts WHERE id = ? AND z_report IS NOT NULL"));
    query.addBindValue(shiftId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

bool Shifts::reportIntact(const QString &shiftId) const
{
    QSqlQuery query(m_ledger.database());
    query.prepare(QStringLiteral("SELECT z_report, z_hash FROM shifts WHERE id = ?"));
    query.addBindValue(shiftId);
    if (!query.exec() || !query.next())
        return false;
    const QJsonObject report = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    const QString stored = query.value(1).toString();
    return !stored.isEmpty() && hashOf(report) == stored &&
           report.value(QStringLiteral("hash")).toString() == stored;
}

QString zReportText(const QJsonObject &report, const std::optional<MoneyFormat> &money)
{
    // Money in the currency's minor units and times local with their zone, when there is a
    // currency; else as the ledger keeps them.
    auto amount = [&](const QJsonValue &text) {
        const auto exact = tariff::moneyFromText(text.toString());
        return money && exact ? money->format(*exact) : text.toString();
    };
    auto time = [&](const QJsonValue &text) {
        const QDateTime at = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
        return money && at.isValid()
                   ? localTimeText(at, money->locale(), QTimeZone::systemTimeZone())
                   : text.toString();
    };
    auto line = [](const QString &label, const QString &value) {
        return label.leftJustified(22, QLatin1Char(' ')) + value + QLatin1Char('\n');
    };
    auto value = [&](const char *key) { return report.value(QLatin1String(key)).toString(); };
    QString text = Shifts::tr("CLOSE-OUT (Z) REPORT") + QLatin1Char('\n');
    text += line(Shifts::tr("Shift"), value("shift"));
    text += line(Shifts::tr("Operator"), value("operator"));
    text += line(money ? Shifts::tr("Opened") : Shifts::tr("Opened (UTC)"),
                 time(report.value(QStringLiteral("openedAt"))));
    text += line(money ? Shifts::tr("Closed") : Shifts::tr("Closed (UTC)"),
                 time(report.value(QStringLiteral("closedAt"))));
    text += line(Shifts::tr("Closed by"), value("closedBy"));
    for (const QJsonValue &entry : report.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = entry.toObject();
        text += line(QStringLiteral("%1 × %2")
                         .arg(l.value(QStringLiteral("kind")).toString())
                         .arg(l.value(QStringLiteral("count")).toInteger()),
                     Shifts::tr("paid %1, VAT %2, credit %3, %4 kWh")
                         .arg(amount(l.value(QStringLiteral("paid"))),
                              amount(l.value(QStringLiteral("vat"))),
                              amount(l.value(QStringLiteral("credit"))),
                              l.value(QStringLiteral("energy")).toString()));
    }
    text += line(Shifts::tr("CASH IN DRAWER"), amount(report.value(QStringLiteral("cash"))));
    text += line(Shifts::tr("Ledger head"), value("ledgerHead"));
    text += line(Shifts::tr("Report hash"), value("hash"));
    return text;
}

} // namespace ampcard::station
