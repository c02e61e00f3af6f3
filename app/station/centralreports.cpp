#include "ampcard/station/centralreports.h"

#include <QDateTime>
#include <QTimeZone>

#include "ampcard/central/pg.h"
#include "ampcard/tariff/tarifffile.h"

namespace ampcard::station {

namespace {

QString energy(const QString &raw)
{
    return tariff::formatEnergy(tariff::Energy::fromRaw(raw.toLongLong()));
}

QString utcText(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

// The journal entries of [$1, $2) with what the station's Z report counts of each: the kind of
// work as the station's sales name it (the receipt's "kind"; an entry of no sale keeps the
// journal's kind), paid (the sealed amount), VAT and credit from the receipt in 0.0001.
const char *const kEntries =
    "WITH entries AS (SELECT e.station, e.operator, e.at, e.amount, e.energy,"
    " coalesce(e.d ->> 'kind', e.kind) AS kind,"
    " coalesce(round((e.d ->> 'vat')::numeric * 10000), 0)::bigint AS vat,"
    " coalesce(round((e.d ->> 'credit')::numeric * 10000), 0)::bigint AS credit"
    " FROM (SELECT j.*, CASE WHEN left(j.detail, 1) = '{' THEN j.detail::jsonb END AS d"
    " FROM ampcard.journal j WHERE j.at >= $1::timestamptz AND j.at < $2::timestamptz) e) ";

} // namespace

QString CentralReports::money(const QString &raw) const
{
    const auto amount = tariff::Money::fromRaw(raw.toLongLong());
    return m_money ? m_money->format(amount) : tariff::formatMoney(amount);
}

std::optional<ReportTable> CentralReports::fail(const QString &message)
{
    m_error = message;
    return std::nullopt;
}

bool CentralReports::reportingLogin()
{
    const auto role =
        m_db.exec(QStringLiteral("SELECT pg_has_role(current_user, 'ampcard_report', 'MEMBER') OR "
                                 "pg_has_role(current_user, 'ampcard_owner', 'MEMBER')"));
    if (!role.ok()) {
        m_error = tr("Cannot read the server: %1").arg(role.error());
        return false;
    }
    if (role.text(0, 0) != QLatin1String("t")) {
        m_error = tr("This login may not read all stations: reports over all stations need a "
                     "reporting login (ampcard server add-reporter).");
        return false;
    }
    return true;
}

std::optional<ReportTable> CentralReports::daily(const QDate &day)
{
    if (!day.isValid())
        return fail(tr("Give a day as YYYY-MM-DD."));
    if (!reportingLogin())
        return std::nullopt;
    const auto result = m_db.exec(
        QStringLiteral("SELECT station::text, kind, count(*), sum(amount), sum(energy)"
                       " FROM ampcard.journal WHERE at >= $1::timestamptz AND at < $2::timestamptz"
                       " GROUP BY station, kind"
                       " UNION ALL SELECT '*', '*', count(*), coalesce(sum(amount), 0),"
                       " coalesce(sum(energy), 0) FROM ampcard.journal"
                       " WHERE at >= $1::timestamptz AND at < $2::timestamptz"
                       " ORDER BY 1, 2"),
        {utcText(day), utcText(day.addDays(1))});
    if (!result.ok())
        return fail(tr("The server cannot make the report: %1").arg(result.error()));
    ReportTable table;
    table.title = tr("Takings of %1, all stations").arg(day.toString(Qt::ISODate));
    table.columns = {tr("Station"), tr("Kind"), tr("Entries"), tr("Amount"), tr("Energy (kWh)")};
    for (int row = 0; row < result.rows(); ++row)
        table.rows << QStringList{result.text(row, 0), result.text(row, 1), result.text(row, 2),
                                  money(result.text(row, 3)), energy(result.text(row, 4))};
    return table;
}

std::optional<ReportTable> CentralReports::z(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(tr("Give the period as two days, the first not after the second."));
    if (!reportingLogin())
        return std::nullopt;
    const auto result =
        m_db.exec(QLatin1String(kEntries) +
                      QStringLiteral(
                          "SELECT CASE WHEN grouping(station) = 1 THEN '*' ELSE station::text END,"
                          " CASE WHEN grouping(operator) = 1 THEN '*' ELSE operator END,"
                          " CASE WHEN grouping(kind) = 1 THEN '*' ELSE kind END,"
                          " count(*), coalesce(sum(amount), 0), coalesce(sum(vat), 0),"
                          " coalesce(sum(credit), 0), coalesce(sum(energy), 0) FROM entries"
                          " GROUP BY GROUPING SETS ((station, operator, kind), (station, operator),"
                          " (station), ())"
                          " ORDER BY grouping(station), station, grouping(operator), operator,"
                          " grouping(kind), kind"),
                  {utcText(from), utcText(to.addDays(1))});
    if (!result.ok())
        return fail(tr("The server cannot make the report: %1").arg(result.error()));
    ReportTable table;
    table.title =
        from == to ? tr("Close-out (Z) report of %1, all stations").arg(from.toString(Qt::ISODate))
                   : tr("Close-out (Z) report of %1 to %2, all stations")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    table.columns = {tr("Station"), tr("Operator"), tr("Kind"),   tr("Count"),
                     tr("Paid"),    tr("VAT"),      tr("Credit"), tr("Energy (kWh)")};
    for (int row = 0; row < result.rows(); ++row)
        table.rows << QStringList{result.text(row, 0),        result.text(row, 1),
                                  result.text(row, 2),        result.text(row, 3),
                                  money(result.text(row, 4)), money(result.text(row, 5)),
                                  money(result.text(row, 6)), energy(result.text(row, 7))};
    return table;
}

std::optional<ReportTable> CentralReports::monthly(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return fail(tr("Give a month as YYYY-MM."));
    if (!reportingLogin())
        return std::nullopt;
    // Days are the station's local days, as the station's own monthly report has them.
    QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (zone.isEmpty())
        zone = QStringLiteral("UTC");
    const auto result = m_db.exec(
        QLatin1String(kEntries) +
            QStringLiteral(
                ", days AS (SELECT to_char(at AT TIME ZONE $3, 'YYYY-MM-DD') AS day, * FROM"
                " entries)"
                " SELECT CASE WHEN grouping(day) = 1 THEN '*' ELSE day END,"
                " CASE WHEN grouping(station) = 1 THEN '*' ELSE station::text END,"
                " count(*) FILTER (WHERE kind = 'purchase'), coalesce(sum(amount), 0),"
                " coalesce(sum(vat), 0), coalesce(sum(credit), 0), coalesce(sum(energy), 0)"
                " FROM days GROUP BY GROUPING SETS ((day, station), (day), ())"
                " ORDER BY grouping(day), day, grouping(station), station"),
        {utcText(first), utcText(first.addMonths(1)), zone});
    if (!result.ok())
        return fail(tr("The server cannot make the report: %1").arg(result.error()));
    ReportTable table;
    table.title = tr("Takings of %1, all stations").arg(first.toString(QStringLiteral("yyyy-MM")));
    table.columns = {tr("Day"), tr("Station"), tr("Purchases"),   tr("Paid"),
                     tr("VAT"), tr("Credit"),  tr("Energy (kWh)")};
    for (int row = 0; row < result.rows(); ++row)
        table.rows << QStringList{result.text(row, 0),        result.text(row, 1),
                                  result.text(row, 2),        money(result.text(row, 3)),
                                  money(result.text(row, 4)), money(result.text(row, 5)),
                                  energy(result.text(row, 6))};
    return table;
}

QStringList CentralReports::names()
{
    return {QStringLiteral("daily"), QStringLiteral("z"), QStringLiteral("monthly"),
            QStringLiteral("stations"), QStringLiteral("sequences")};
}

std::optional<ReportTable> CentralReports::byName(const QString &name, const QString &argument,
                                                  const QDate &from, const QDate &to)
{
    const QDate today = QDate::currentDate();
    if (name == QLatin1String("daily"))
        return daily(argument.isEmpty() ? today : QDate::fromString(argument, Qt::ISODate));
    if (name == QLatin1String("z"))
        return z(from.isValid() ? from : today, to.isValid() ? to : today);
    if (name == QLatin1String("monthly")) {
        const QDate month = argument.isEmpty()
                                ? today
                                : QDate::fromString(argument + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            return fail(tr("Give a month as YYYY-MM."));
        return monthly(month.year(), month.month());
    }
    if (name == QLatin1String("stations"))
        return stations();
    if (name == QLatin1String("sequences"))
        return sharedSequences();
    return fail(tr("Over all stations, the reports are %1, not \"%2\".")
                    .arg(names().join(QStringLiteral(", ")), name));
}

std::optional<ReportTable> CentralReports::stations()
{
    if (!reportingLogin())
        return std::nullopt;
    const auto result = m_db.exec(QStringLiteral(
        "SELECT s.station::text, s.float_granted, s.float_used, s.float_granted - s.float_used,"
        " s.journal_seq, s.audit_seq,"
        " coalesce((SELECT to_char(max(received_at) AT TIME ZONE 'UTC',"
        "  'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM ampcard.journal j"
        "  WHERE j.station = s.station AND j.seq = s.journal_seq), '')"
        " FROM ampcard.stations s ORDER BY s.station"));
    if (!result.ok())
        return fail(tr("The server cannot make the report: %1").arg(result.error()));
    ReportTable table;
    table.title = tr("Stations on the server");
    table.columns = {tr("Station"),         tr("Float"),       tr("Float taken"),  tr("Float left"),
                     tr("Journal entries"), tr("Audit lines"), tr("Last received")};
    for (int row = 0; row < result.rows(); ++row)
        table.rows << QStringList{result.text(row, 0),        money(result.text(row, 1)),
                                  money(result.text(row, 2)), money(result.text(row, 3)),
                                  result.text(row, 4),        result.text(row, 5),
                                  result.text(row, 6)};
    return table;
}

// The sequence is read from the receipt text, not by casting it to JSON: one station's malformed
// detail must not stop the report for all.
std::optional<ReportTable> CentralReports::sharedSequences()
{
    if (!reportingLogin())
        return std::nullopt;
    const auto result = m_db.exec(QStringLiteral(
        "WITH sold AS (SELECT station, meter, reference, amount, substring(detail FROM "
        "'\"sequence\":([0-9]{1,10})[,}]')::bigint AS sequence FROM ampcard.journal WHERE "
        "amount > 0 AND detail LIKE '%\"tokenAmount\"%') "
        "SELECT s.meter, s.sequence, string_agg(DISTINCT s.station::text, ' '), count(*), "
        "sum(s.amount), coalesce(sum((SELECT -sum(r.amount) FROM ampcard.journal r WHERE "
        "r.station = s.station AND r.reference = s.reference AND r.amount < 0)), 0) "
        "FROM sold s WHERE s.sequence IS NOT NULL GROUP BY s.meter, s.sequence "
        "HAVING count(DISTINCT s.station) > 1 ORDER BY s.meter, s.sequence"));
    if (!result.ok())
        return fail(tr("The server cannot make the report: %1").arg(result.error()));
    ReportTable table;
    table.title = tr("Meter sequences sold by more than one station");
    table.columns = {tr("Meter"), tr("Sequence"), tr("Stations"),
                     tr("Sales"), tr("Paid"),     tr("Refunded")};
    for (int row = 0; row < result.rows(); ++row)
        table.rows << QStringList{result.text(row, 0),        result.text(row, 1),
                                  result.text(row, 2),        result.text(row, 3),
                                  money(result.text(row, 4)), money(result.text(row, 5))};
    return table;
}

} // namespace ampcard::station
