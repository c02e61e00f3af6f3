#include "ampcard/tariff/bill.h"

#include <QFile>
#include <QList>
#include <QRegularExpression>

#include "ampcard/tariff/errc.h"

namespace ampcard::tariff {

namespace {

void addPeriod(Bill &bill, const PeriodRecord &period)
{
    bill.periods.push_back(period);
    bill.energy = Energy::fromRaw(bill.energy.raw() + period.usage.raw());
    bill.money = Money::fromRaw(bill.money.raw() + period.money.raw());
    for (int step = 0; step < kMaxSteps; ++step) {
        bill.stepEnergy[step] =
            Energy::fromRaw(bill.stepEnergy[step].raw() + period.stepEnergy[step].raw());
        bill.stepMoney[step] =
            Money::fromRaw(bill.stepMoney[step].raw() + period.stepMoney[step].raw());
    }
}

} // namespace

std::optional<Timestamp> BillReader::parseLocalTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d\\d)-(\\d\\d)[T ](\\d\\d):(\\d\\d)(?::(\\d\\d))?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    CivilTime civil;
    civil.year = static_cast<std::int16_t>(match.captured(1).toInt());
    civil.month = static_cast<std::uint8_t>(match.captured(2).toInt());
    civil.day = static_cast<std::uint8_t>(match.captured(3).toInt());
    civil.hour = static_cast<std::uint8_t>(match.captured(4).toInt());
    civil.minute = static_cast<std::uint8_t>(match.captured(5).toInt());
    civil.second = static_cast<std::uint8_t>(match.captured(6).toInt());
    const Result<Timestamp> time = toTimestamp(civil);
    if (!time.ok())
        return std::nullopt;
    return time.value();
}

QString BillReader::formatLocalTime(Timestamp time)
{
    const CivilTime civil = toCivil(time);
    return QStringLiteral("%1-%2-%3T%4:%5:%6")
        .arg(civil.year, 4, 10, QLatin1Char('0'))
        .arg(civil.month, 2, 10, QLatin1Char('0'))
        .arg(civil.day, 2, 10, QLatin1Char('0'))
        .arg(civil.hour, 2, 10, QLatin1Char('0'))
        .arg(civil.minute, 2, 10, QLatin1Char('0'))
        .arg(civil.second, 2, 10, QLatin1Char('0'));
}

std::optional<std::vector<Reading>> BillReader::parseReadings(const QByteArray &csv,
                                                              FileError *error)
{
    auto fail = [error](int line, const QString &message) {
        if (error)
            *error = {tr("line %1").arg(line), message};
        return std::nullopt;
    };
    std::vector<Reading> readings;
    const QList<QByteArray> lines = csv.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        const int lineNumber = i + 1;
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char(','));
        if (readings.empty() && lineNumber == 1 && !line.at(0).isDigit())
            continue; // header
        if (fields.size() != 2)
            return fail(lineNumber, tr("expected \"timestamp,cumulative_kwh\""));
        const std::optional<Timestamp> time = parseLocalTime(fields[0].trimmed());
        if (!time)
            return fail(
                lineNumber,
                tr("\"%1\" is not a local time YYYY-MM-DDTHH:MM[:SS]").arg(fields[0].trimmed()));
        const QByteArray number = fields[1].trimmed().toLatin1();
        const Result<Energy> cumulative = Energy::parse(
            std::string_view(number.constData(), static_cast<std::size_t>(number.size())));
        if (!cumulative.ok())
            return fail(lineNumber, tr("\"%1\": %2")
                                        .arg(QString::fromLatin1(number),
                                             describe(cumulative.status().code())));
        if (cumulative.value().isNegative())
            return fail(lineNumber, tr("a meter reading cannot be negative"));
        if (!readings.empty()) {
            if (*time <= readings.back().time)
                return fail(lineNumber, tr("timestamps must increase"));
            if (cumulative.value() < readings.back().cumulative)
                return fail(lineNumber, tr("the reading is lower than the previous one"));
        }
        readings.push_back({*time, cumulative.value()});
    }
    if (readings.size() < 2) {
        if (error)
            *error = {QString(), tr("at least two readings are needed")};
        return std::nullopt;
    }
    return readings;
}

std::optional<std::vector<Reading>> BillReader::loadReadings(const QString &path, FileError *error)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        if (error)
            *error = {QString(), tr("cannot read the file: %1").arg(input.errorString())};
        return std::nullopt;
    }
    return parseReadings(input.readAll(), error);
}

std::optional<Bill> BillReader::bill(const Tariff &tariff, const std::vector<Reading> &readings,
                                     FileError *error)
{
    auto fail = [error](Status status) {
        if (error)
            *error = {QString(), describe(status.code())};
        return std::nullopt;
    };
    if (readings.empty())
        return fail(Errc::kNotPositive);
    Result<Billing> started = Billing::start(tariff, readings.front().time);
    if (!started.ok())
        return fail(started.status());
    Billing &billing = started.value();
    Bill result;
    for (std::size_t i = 1; i < readings.size(); ++i) {
        const Timestamp consumedAt = readings[i].time - 1;
        while (const std::optional<PeriodRecord> settled = billing.settleDue(consumedAt))
            addPeriod(result, *settled);
        const Energy delta =
            Energy::fromRaw(readings[i].cumulative.raw() - readings[i - 1].cumulative.raw());
        const Result<Deduction> charged = billing.consume(delta, consumedAt);
        if (!charged.ok())
            return fail(charged.status());
    }
    PeriodRecord running = billing.state().period;
    running.end = readings.back().time;
    addPeriod(result, running);
    return result;
}

} // namespace ampcard::tariff
