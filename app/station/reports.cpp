#include "ampcard/station/reports.h"

#include <algorithm>

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "ampcard/station/accountview.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/receiptdocument.h"
#include "ampcard/tariff/tarifffile.h"

namespace ampcard::station {

namespace {

// The UTC text of a local day's first instant, as sales.created_at compares.
QString dayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

QString csvField(const QString &raw)
{
    const QString field = ReportTable::neutralised(raw);
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString moneyText(qint64 raw)
{
    return tariff::formatMoney(tariff::Money::fromRaw(raw));
}

QString energyText(qint64 raw)
{
    return tariff::formatEnergy(tariff::Energy::fromRaw(raw));
}

} // namespace

// OWASP's advice on CSV injection (docs/station.md).
QString ReportTable::neutralised(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') &&
        first != QLatin1Char('@') && first != QLatin1Char('\t') && first != QLatin1Char('\r'))
        return field;
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?$"));
    if (number.match(field).hasMatch())
        return field;
    return QLatin1Char('\'') + field;
}

QString ReportTable::toCsv() const
{
    QString csv;
    auto append = [&csv](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        csv += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    append(columns);
    for (const QStringList &row : rows)
        append(row);
    return csv;
}

QString ReportTable::toText() const
{
    QList<qsizetype> widths;
    for (const QString &column : columns)
        widths.append(column.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto format = [&widths](const QStringList &fields) {
        QStringList padded;
        for (qsizetype i = 0; i < fields.size(); ++i)
            padded.append(fields[i].leftJustified(i < widths.size() ? widths[i] : 0));
        return padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString text = title + QLatin1Char('\n') + format(columns);
    for (const QStringList &row : rows)
        text += format(row);
    return text;
}

std::optional<ReportTable> Reports::fail(const QString &message)
{
    m_error = message;
    return std::nullopt;
}

bool Reports::agrees(const QDateTime &from, const QDateTime &to, const QString &customer)
{
    const QString mismatch = m_ledger.crossCheck(from, to, customer);
    if (mismatch.isEmpty())
        return true;
    m_error = tr("The report is refused: its sales do not agree with the sealed journal. %1 Run "
                 "\"ampcard ledger verify\" and call the auditors.")
                  .arg(mismatch);
    return false;
}

std::optional<QJsonObject> Reports::receipt(const Session &by, const QString &codeOrNumber)
{
    auto refuse = [&](const QString &message) -> std::optional<QJsonObject> {
        m_error = message;
        return std::nullopt;
    };
    if (!by.may(Permission::kViewReports))
        return refuse(tr("This operator may not see reports."));
    const QString text = codeOrNumber.trimmed();
    std::optional<ReceiptCode> code;
    if (text.startsWith(QLatin1String("AMPCARD:"), Qt::CaseInsensitive)) {
        code = parseReceiptCode(text, &m_error);
        if (!code)
            return std::nullopt;
    }
    const QString id = code ? code->saleId : text;
    QSqlQuery query(m_ledger.database());
    query.prepare(QStringLiteral("SELECT receipt, state, station, paid FROM sales WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return refuse(tr("The ledger cannot be read: %1").arg(query.lastError().text()));
    if (!query.next())
        return refuse(tr("No sale %1 is in this ledger: check the number, or look it up on the "
                         "station that sold it.")
                          .arg(id));
    if (code &&
        (code->station != query.value(2).toString() || code->paid != query.value(3).toLongLong()))
        return refuse(
            tr("The receipt's code does not match sale %1 in the ledger (station %2, "
               "paid %3): the receipt is not genuine or not this ledger's.")
                .arg(id, query.value(2).toString(),
                     tariff::formatMoney(tariff::Money::fromRaw(query.value(3).toLongLong()))));
    QJsonObject receipt = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    receipt[QStringLiteral("state")] = query.value(1).toString();
    return receipt;
}

bool Reports::allowed(const Session &by)
{
    if (by.may(Permission::kViewReports) && by.role() != Role::kCashier)
        return true;
    m_error = tr("Only a supervisor, administrator or installer sees the station's reports; a "
                 "cashier sees their own work and customers' histories.");
    return false;
}

std::optional<ReportTable> Reports::table(QString title, QStringList columns, const QString &sql,
                                          const QVariantList &values,
                                          const QList<int> &moneyColumns,
                                          const QList<int> &energyColumns)
{
    QSqlQuery query(m_ledger.database());
    if (!query.prepare(sql))
        return fail(tr("Cannot run the report: %1").arg(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(tr("Cannot run the report: %1").arg(query.lastError().text()));
    ReportTable report{std::move(title), std::move(columns), {}};
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < report.columns.size(); ++i) {
            if (moneyColumns.contains(i))
                row.append(
                    m_money ? m_money->format(tariff::Money::fromRaw(query.value(i).toLongLong()))
                            : moneyText(query.value(i).toLongLong()));
            else if (energyColumns.contains(i))
                row.append(energyText(query.value(i).toLongLong()));
            else
                row.append(query.value(i).toString());
        }
        report.rows.append(row);
    }
    return report;
}

std::optional<ReportTable> Reports::daily(const Session &by, const QDate &day)
{
    if (!allowed(by))
        return std::nullopt;
    if (!day.isValid())
        return fail(tr("Give a day as YYYY-MM-DD."));
    if (!agrees(QDateTime(day, QTime(0, 0)), QDateTime(day.addDays(1), QTime(0, 0))))
        return std::nullopt;
    return table(
        tr("Takings of %1").arg(day.toString(Qt::ISODate)),
        {tr("Operator"), tr("Kind"), tr("Count"), tr("Paid"), tr("Fixed charges"),
         tr("Debt recovered"), tr("VAT"), tr("Credit"), tr("Energy (kWh)")},
        QStringLiteral("SELECT operator, kind, count(*), sum(paid), sum(fixed_charge), "
                       "sum(debt_recovered), sum(vat), sum(credit), sum(energy) FROM sales "
                       "WHERE state IN ('complete', 'cancelled') AND created_at >= ? AND "
                       "created_at < ? GROUP BY operator, kind "
                       "UNION ALL SELECT '*', '*', count(*), coalesce(sum(paid), 0), "
                       "coalesce(sum(fixed_charge), 0), coalesce(sum(debt_recovered), 0), "
                       "coalesce(sum(vat), 0), coalesce(sum(credit), 0), "
                       "coalesce(sum(energy), 0) FROM sales WHERE state IN ('complete', "
                       "'cancelled') AND created_at >= ? AND created_at < ?"),
        {dayStart(day), dayStart(day.addDays(1)), dayStart(day), dayStart(day.addDays(1))},
        {3, 4, 5, 6, 7}, {8});
}

std::optional<ReportTable> Reports::monthly(const Session &by, int year, int month)
{
    if (!allowed(by))
        return std::nullopt;
    const QDate first(year, month, 1);
    if (!first.isValid())
        return fail(tr("Give a month as YYYY-MM."));
    if (!agrees(QDateTime(first, QTime(0, 0)), QDateTime(first.addMonths(1), QTime(0, 0))))
        return std::nullopt;
    return table(
        tr("Takings of %1").arg(first.toString(QStringLiteral("yyyy-MM"))),
        {tr("Day"), tr("Purchases"), tr("Paid"), tr("Fixed charges"), tr("Debt recovered"),
         tr("VAT"), tr("Credit"), tr("Energy (kWh)")},
        QStringLiteral("SELECT date(created_at, 'localtime') AS day, "
                       "sum(kind = 'purchase'), sum(paid), sum(fixed_charge), "
                       "sum(debt_recovered), sum(vat), sum(credit), sum(energy) FROM sales "
                       "WHERE state IN ('complete', 'cancelled') AND created_at >= ? AND "
                       "created_at < ? GROUP BY day ORDER BY day"),
        {dayStart(first), dayStart(first.addMonths(1))}, {2, 3, 4, 5, 6}, {7});
}

std::optional<ReportTable> Reports::cashier(const Session &by, const QString &login,
                                            const QDate &from, const QDate &to)
{
    if (login != by.login() && !allowed(by))
        return std::nullopt;
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(tr("Give the period as two days, the first not after the second."));
    if (!agrees(QDateTime(from, QTime(0, 0)), QDateTime(to.addDays(1), QTime(0, 0))))
        return std::nullopt;
    return table(tr("Work of %1 from %2 to %3")
                     .arg(login, from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                 {tr("Time (UTC)"), tr("Receipt"), tr("Kind"), tr("State"), tr("Meter"),
                  tr("Sequence"), tr("Paid"), tr("Credit"), tr("Energy (kWh)")},
                 QStringLiteral("SELECT s.created_at, s.id, s.kind, s.state, m.number, s.sequence, "
                                "s.paid, s.credit, s.energy FROM sales s JOIN meters m ON m.id = "
                                "s.meter_id WHERE s.operator = ? AND s.created_at >= ? AND "
                                "s.created_at < ? ORDER BY s.created_at"),
                 {login, dayStart(from), dayStart(to.addDays(1))}, {6, 7}, {8});
}

std::optional<ReportTable> Reports::customer(const Session &by, const QString &customerNumber)
{
    if (!by.may(Permission::kViewReports))
        return fail(tr("This operator may not see reports."));
    if (!agrees({}, {}, customerNumber))
        return std::nullopt;
    return table(tr("History of customer %1").arg(customerNumber),
                 {tr("Time (UTC)"), tr("Meter"), tr("Kind"), tr("State"), tr("Sequence"),
                  tr("Paid"), tr("Credit"), tr("Energy (kWh)"), tr("Operator"), tr("Receipt")},
                 QStringLiteral("SELECT s.created_at, m.number, s.kind, s.state, s.sequence, "
                                "s.paid, s.credit, s.energy, s.operator, s.id FROM sales s JOIN "
                                "meters m ON m.id = s.meter_id JOIN customers c ON c.id = "
                                "m.customer_id WHERE c.number = ? ORDER BY s.created_at"),
                 {customerNumber}, {5, 6}, {7});
}

std::optional<ReportTable> Reports::usage(const Session &by, const QString &customerNumber)
{
    if (!by.may(Permission::kViewReports))
        return fail(tr("This operator may not see reports."));
    if (!agrees({}, {}, customerNumber))
        return std::nullopt;
    return table(
        tr("Energy of customer %1 by month").arg(customerNumber),
        {tr("Month"), tr("Bought (kWh)"), tr("Used (kWh)")},
        QStringLiteral(
            "WITH bought AS (SELECT strftime('%Y-%m', s.created_at, 'localtime') AS month, "
            "sum(s.energy) AS energy FROM sales s JOIN meters m ON m.id = s.meter_id JOIN "
            "customers c ON c.id = m.customer_id WHERE c.number = ? AND s.kind = 'purchase' AND "
            "s.state = 'complete' GROUP BY month), "
            "readings AS (SELECT strftime('%Y-%m', r.read_at, 'localtime') AS month, "
            "(r.forward + r.reverse) - lag(r.forward + r.reverse) OVER (PARTITION BY r.meter_id "
            "ORDER BY r.meter_time, r.read_at) AS used FROM return_records r JOIN meters m ON "
            "m.id = r.meter_id JOIN customers c ON c.id = m.customer_id WHERE c.number = ?), "
            "used AS (SELECT month, sum(used) AS energy FROM readings WHERE used IS NOT NULL "
            "GROUP BY month), "
            "months AS (SELECT month FROM bought UNION SELECT month FROM used) "
            "SELECT months.month, coalesce(bought.energy, 0), coalesce(used.energy, 0) FROM months "
            "LEFT JOIN bought ON bought.month = months.month LEFT JOIN used ON used.month = "
            "months.month ORDER BY months.month"),
        {customerNumber, customerNumber}, {}, {1, 2});
}

std::optional<ReportTable> Reports::consumption(const Session &by, const QDate &from,
                                                const QDate &to)
{
    if (!allowed(by))
        return std::nullopt;
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(tr("Give the period as two days, the first not after the second."));
    // Readings the cards brought back in the period: the difference between the first and the
    // last register values of each meter.
    return table(tr("Consumption read from cards, %1 to %2")
                     .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                 {tr("Meter"), tr("Customer"), tr("Readings"), tr("First read (UTC)"),
                  tr("Last read (UTC)"), tr("Forward (kWh)"), tr("Reverse (kWh)"),
                  tr("Billed (kWh)")},
                 QStringLiteral("SELECT m.number, c.number, count(*), min(r.read_at), "
                                "max(r.read_at), max(r.forward) - min(r.forward), max(r.reverse) - "
                                "min(r.reverse), max(r.forward) - min(r.forward) + max(r.reverse) "
                                "- min(r.reverse) FROM return_records r JOIN meters m ON m.id = "
                                "r.meter_id JOIN customers c ON c.id = m.customer_id WHERE "
                                "r.read_at >= ? AND r.read_at < ? GROUP BY m.number ORDER BY "
                                "m.number"),
                 {dayStart(from), dayStart(to.addDays(1))}, {}, {5, 6, 7});
}

std::optional<ReportTable> Reports::suspicious(const Session &by, const QDateTime &now,
                                               const SuspicionRules &rules)
{
    if (!allowed(by))
        return std::nullopt;
    const QString unloadedBefore =
        now.addDays(-rules.unloadedDays).toUTC().toString(Qt::ISODateWithMs);
    const QString silentBefore =
        now.addDays(-rules.silenceDays).toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery query(m_ledger.database());
    query.prepare(QStringLiteral(
        "SELECT m.number, c.number, coalesce(r.read_at, ''), coalesce(r.reverse, 0), "
        "coalesce(r.tamper_events, 0), coalesce(r.illegal_cards, 0), "
        "(SELECT count(*) FROM sales s WHERE s.meter_id = m.id AND s.kind = 'purchase' AND "
        "s.state = 'complete' AND s.proof = '' AND s.created_at < ?), "
        "(SELECT coalesce(max(created_at), '') FROM sales s WHERE s.meter_id = m.id AND s.state = "
        "'complete'), "
        "(SELECT count(*) FROM sales s WHERE s.meter_id = m.id AND s.kind = 'cancel' AND s.state "
        "= 'pending'), "
        "(SELECT count(*) FROM sales s WHERE s.meter_id = m.id AND s.kind = 'purchase' AND "
        "s.state = 'complete' AND s.proof = 'superseded' AND NOT EXISTS (SELECT 1 FROM sales x "
        "WHERE x.kind = 'cancel' AND x.reference = s.id AND x.state IN ('pending', 'complete'))) "
        "FROM meters m JOIN customers c ON c.id = m.customer_id LEFT JOIN "
        "return_records r ON r.rowid = (SELECT rowid FROM return_records WHERE meter_id = m.id "
        "ORDER BY meter_time DESC, rowid DESC LIMIT 1) WHERE m.status = 'active' ORDER BY "
        "m.number"));
    query.addBindValue(unloadedBefore);
    if (!query.exec())
        return fail(tr("Cannot run the report: %1").arg(query.lastError().text()));
    ReportTable report{tr("Suspicious meters as of %1").arg(now.toUTC().toString(Qt::ISODate)),
                       {tr("Meter"), tr("Customer"), tr("Last read (UTC)"), tr("Findings")},
                       {}};
    while (query.next()) {
        QStringList findings;
        const QString lastRead = query.value(2).toString();
        card::ReturnRecord newest;
        newest.reverse = tariff::Energy::fromRaw(query.value(3).toLongLong());
        newest.tamperEvents = static_cast<std::uint16_t>(query.value(4).toInt());
        newest.illegalCards = static_cast<std::uint16_t>(query.value(5).toInt());
        findings.append(AccountView::theftHints(newest));
        if (const int refunds = query.value(8).toInt(); refunds > 0)
            findings.append(tr("%n refund(s) pending the meter's proof", nullptr, refunds));
        if (const int owed = query.value(9).toInt(); owed > 0)
            findings.append(tr("%n paid sale(s) the meter can never load: owed to the customer",
                               nullptr, owed));
        if (const int unloaded = query.value(6).toInt(); unloaded > 0)
            findings.append(tr("%n purchase(s) not loaded after %1 days", nullptr, unloaded)
                                .arg(rules.unloadedDays));
        const QString lastSale = query.value(7).toString();
        const QString lastSeen = std::max(lastRead, lastSale);
        if (!lastSeen.isEmpty() && lastSeen < silentBefore)
            findings.append(tr("silent for more than %1 days").arg(rules.silenceDays));
        if (!findings.isEmpty())
            report.rows.append({query.value(0).toString(), query.value(1).toString(), lastRead,
                                findings.join(QStringLiteral("; "))});
    }
    return report;
}

QStringList Reports::names()
{
    return {QStringLiteral("daily"),     QStringLiteral("monthly"), QStringLiteral("cashier"),
            QStringLiteral("customer"),  QStringLiteral("usage"),   QStringLiteral("consumption"),
            QStringLiteral("suspicious")};
}

std::optional<ReportTable> Reports::byName(const Session &by, const QString &name,
                                           const QString &argument, const QDate &from,
                                           const QDate &to)
{
    const QDate today = QDate::currentDate();
    if (name == QLatin1String("daily"))
        return daily(by, argument.isEmpty() ? today : QDate::fromString(argument, Qt::ISODate));
    if (name == QLatin1String("monthly")) {
        const QDate month = argument.isEmpty()
                                ? today
                                : QDate::fromString(argument + QStringLiteral("-01"), Qt::ISODate);
        return monthly(by, month.year(), month.month());
    }
    const QDate start = from.isValid() ? from : today.addDays(-30);
    const QDate end = to.isValid() ? to : today;
    if (name == QLatin1String("cashier"))
        return cashier(by, argument.isEmpty() ? by.login() : argument, start, end);
    if (name == QLatin1String("customer")) {
        if (argument.isEmpty())
            return fail(tr("Name the customer number."));
        return customer(by, argument);
    }
    if (name == QLatin1String("usage")) {
        if (argument.isEmpty())
            return fail(tr("Name the customer number."));
        return usage(by, argument);
    }
    if (name == QLatin1String("consumption"))
        return consumption(by, start, end);
    if (name == QLatin1String("suspicious"))
        return suspicious(by, QDateTime::currentDateTimeUtc());
    return fail(tr("There is no report \"%1\" (reports: %2).")
                    .arg(name, names().join(QStringLiteral(", "))));
}

} // namespace ampcard::station
