#include "tariffcommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ampcard/tariff/bill.h"
#include "ampcard/tariff/charge.h"
#include "ampcard/tariff/errc.h"
#include "ampcard/tariff/tarifffile.h"

using namespace ampcard;
using namespace ampcard::tariff;

namespace {

template <typename Unit> std::optional<Unit> parseAmount(const QString &text, QString *problem)
{
    const QByteArray latin = text.toLatin1();
    const Result<Unit> parsed =
        Unit::parse(std::string_view(latin.constData(), static_cast<std::size_t>(latin.size())));
    if (!parsed.ok()) {
        *problem = describe(parsed.status().code());
        return std::nullopt;
    }
    if (parsed.value().isNegative()) {
        *problem = describe(Errc::kNegative);
        return std::nullopt;
    }
    return parsed.value();
}

QString settlementText(const Settlement &settlement)
{
    if (settlement.mode == SettlementMode::kMonthly)
        return TariffCommand::tr("monthly on day %1 at %2:00")
            .arg(settlement.dates[0].day)
            .arg(settlement.dates[0].hour, 2, 10, QLatin1Char('0'));
    QStringList dates;
    for (int i = 0; i < settlement.dateCount; ++i) {
        const SettlementDate &date = settlement.dates[i];
        dates << QStringLiteral("%1-%2 %3:00")
                     .arg(date.month, 2, 10, QLatin1Char('0'))
                     .arg(date.day, 2, 10, QLatin1Char('0'))
                     .arg(date.hour, 2, 10, QLatin1Char('0'));
    }
    return TariffCommand::tr("yearly on %1").arg(dates.join(QStringLiteral(", ")));
}

QString row(const QString &a, const QString &b, const QString &c, const QString &d)
{
    return QStringLiteral("%1 %2 %3 %4\n").arg(a, -8).arg(b, 14).arg(c, 12).arg(d, 16);
}

QJsonArray stepTotalsToJson(const Bill &bill)
{
    QJsonArray steps;
    for (int step = 0; step < kMaxSteps; ++step) {
        if (bill.stepEnergy[step].raw() == 0 && bill.stepMoney[step].raw() == 0)
            continue;
        QJsonObject entry;
        entry[QStringLiteral("step")] = step + 1;
        entry[QStringLiteral("energy")] = formatEnergy(bill.stepEnergy[step]);
        entry[QStringLiteral("money")] = formatMoney(bill.stepMoney[step]);
        steps.append(entry);
    }
    return steps;
}

QJsonObject periodToJson(const PeriodRecord &period)
{
    QJsonArray steps;
    for (int step = 0; step < kMaxSteps; ++step) {
        if (period.stepEnergy[step].raw() == 0 && period.stepMoney[step].raw() == 0)
            continue;
        QJsonObject entry;
        entry[QStringLiteral("step")] = step + 1;
        entry[QStringLiteral("energy")] = formatEnergy(period.stepEnergy[step]);
        entry[QStringLiteral("money")] = formatMoney(period.stepMoney[step]);
        steps.append(entry);
    }
    QJsonObject object;
    object[QStringLiteral("from")] = BillReader::formatLocalTime(period.start);
    object[QStringLiteral("to")] = BillReader::formatLocalTime(period.end);
    object[QStringLiteral("energy")] = formatEnergy(period.usage);
    object[QStringLiteral("money")] = formatMoney(period.money);
    object[QStringLiteral("steps")] = steps;
    return object;
}

} // namespace

QString TariffCommand::usage()
{
    return tr("  ampcard tariff check FILE\n"
              "      Validate a tariff file; errors name the field and the reason.\n"
              "  ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH)"
              " [--rate NAME] [--json]\n"
              "      Energy a payment buys, or the money for an amount of energy, after KWH of\n"
              "      usage in the settlement period. --rate picks the TOU rate (sharp, peak,\n"
              "      flat, valley; default: the file's quoteRate).\n"
              "  ampcard tariff bill FILE --readings CSV [--json]\n"
              "      Bill a CSV of \"timestamp,cumulative_kwh\" readings (local time) per\n"
              "      settlement period with the meter's own deduction code.\n");
}

int TariffCommand::fail(const QString &message)
{
    m_err << QStringLiteral("ampcard: ") << message << QLatin1Char('\n');
    return kExitBadInput;
}

int TariffCommand::run(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("check"))
        return check(arguments.mid(1));
    if (verb == QLatin1String("quote"))
        return quote(arguments.mid(1));
    if (verb == QLatin1String("bill"))
        return bill(arguments.mid(1));
    m_err << (verb.isEmpty() ? tr("ampcard tariff: a subcommand is needed\n")
                             : tr("ampcard tariff: unknown subcommand \"%1\"\n").arg(verb))
          << usage();
    return kExitBadInput;
}

int TariffCommand::check(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return fail(tr("usage: ampcard tariff check FILE"));
    FileError error;
    const std::optional<TariffFile> file = TariffFileReader::load(arguments[0], &error);
    if (!file)
        return fail(arguments[0] + QStringLiteral(": ") + error.toString());
    const Tariff &tariff = file->tariff;
    m_out << tr("%1: valid tariff \"%2\" (%3), %n step(s), settlement %4", nullptr,
                tariff.ladder.stepCount)
                 .arg(arguments[0], file->name, file->currency, settlementText(tariff.settlement));
    if (tariff.tou.enabled())
        m_out << tr(", TOU with %n schedule entries", nullptr, tariff.tou.segmentCount);
    m_out << QLatin1Char('\n');
    return kExitOk;
}

int TariffCommand::quote(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption usedOption(QStringLiteral("used"),
                                        tr("Usage so far in the settlement period."),
                                        QStringLiteral("KWH"));
    const QCommandLineOption moneyOption(QStringLiteral("money"), tr("Amount paid."),
                                         QStringLiteral("AMOUNT"));
    const QCommandLineOption energyOption(QStringLiteral("energy"), tr("Energy wanted."),
                                          QStringLiteral("KWH"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), tr("TOU rate to quote at."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({usedOption, moneyOption, energyOption, rateOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Tariff file."));
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(tr("usage: ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy "
                       "KWH) [--rate NAME] [--json]"));
    if (!parser.isSet(usedOption))
        return fail(tr("--used KWH is required (usage so far in the settlement period)"));
    if (parser.isSet(moneyOption) == parser.isSet(energyOption))
        return fail(tr("give exactly one of --money AMOUNT and --energy KWH"));

    const QString path = parser.positionalArguments().first();
    FileError error;
    const std::optional<TariffFile> file = TariffFileReader::load(path, &error);
    if (!file)
        return fail(path + QStringLiteral(": ") + error.toString());

    QString problem;
    const std::optional<Energy> used = parseAmount<Energy>(parser.value(usedOption), &problem);
    if (!used)
        return fail(tr("--used \"%1\": %2").arg(parser.value(usedOption), problem));

    std::uint8_t rate = file->quoteRate;
    if (parser.isSet(rateOption)) {
        const int named = TariffFileReader::rateFromName(parser.value(rateOption));
        if (!file->tariff.tou.defines(named))
            return fail(tr("--rate \"%1\": the tariff defines no such TOU rate")
                            .arg(parser.value(rateOption)));
        rate = static_cast<std::uint8_t>(named);
    }

    Result<Charge> result = Errc::kOk;
    std::optional<Money> paid;
    if (parser.isSet(moneyOption)) {
        paid = parseAmount<Money>(parser.value(moneyOption), &problem);
        if (!paid)
            return fail(tr("--money \"%1\": %2").arg(parser.value(moneyOption), problem));
        result = quoteMoney(file->tariff, *used, *paid, rate);
    } else {
        const std::optional<Energy> wanted =
            parseAmount<Energy>(parser.value(energyOption), &problem);
        if (!wanted)
            return fail(tr("--energy \"%1\": %2").arg(parser.value(energyOption), problem));
        result = quoteEnergy(file->tariff, *used, *wanted, rate);
    }
    if (!result.ok())
        return fail(describe(result.status().code()));
    const Charge &charge = result.value();

    if (parser.isSet(jsonOption)) {
        QJsonObject json = chargeToJson(charge);
        if (paid) {
            json[QStringLiteral("money")] = formatMoney(*paid);
            json[QStringLiteral("charged")] = formatMoney(charge.money);
        }
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        return kExitOk;
    }

    m_out
        << tr("%1 (%2), usage before: %3 kWh").arg(file->name, file->currency, formatEnergy(*used));
    if (file->tariff.tou.enabled())
        m_out << tr(", TOU rate %1").arg(TariffFileReader::rateName(rate));
    m_out << QLatin1Char('\n') << row(tr("Step"), tr("Energy kWh"), tr("Price/kWh"), tr("Money"));
    for (int i = 0; i < charge.pieceCount; ++i) {
        const ChargePiece &piece = charge.pieces[i];
        m_out << row(QString::number(piece.step + 1), formatEnergy(piece.energy),
                     formatPrice(piece.price), formatMoney(piece.money));
    }
    m_out << row(tr("Total"), formatEnergy(charge.energy), QString(), formatMoney(charge.money));
    if (paid && *paid != charge.money)
        m_out << tr("Paid %1; %2 buys less than 0.01 kWh more and stays as credit.\n")
                     .arg(formatMoney(*paid),
                          formatMoney(Money::fromRaw(paid->raw() - charge.money.raw())));
    return kExitOk;
}

int TariffCommand::bill(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption readingsOption(
        QStringLiteral("readings"), tr("CSV of timestamp,cumulative_kwh."), QStringLiteral("CSV"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({readingsOption, jsonOption});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText());
    if (parser.positionalArguments().size() != 1 || !parser.isSet(readingsOption))
        return fail(tr("usage: ampcard tariff bill FILE --readings CSV [--json]"));

    const QString path = parser.positionalArguments().first();
    FileError error;
    const std::optional<TariffFile> file = TariffFileReader::load(path, &error);
    if (!file)
        return fail(path + QStringLiteral(": ") + error.toString());
    const QString csvPath = parser.value(readingsOption);
    const std::optional<std::vector<Reading>> readings = BillReader::loadReadings(csvPath, &error);
    if (!readings)
        return fail(csvPath + QStringLiteral(": ") + error.toString());
    const std::optional<Bill> bill = BillReader::bill(file->tariff, *readings, &error);
    if (!bill)
        return fail(error.toString());

    if (parser.isSet(jsonOption)) {
        QJsonArray periods;
        for (const PeriodRecord &period : bill->periods)
            periods.append(periodToJson(period));
        QJsonObject total;
        total[QStringLiteral("energy")] = formatEnergy(bill->energy);
        total[QStringLiteral("money")] = formatMoney(bill->money);
        QJsonObject json;
        json[QStringLiteral("money")] = formatMoney(bill->money);
        json[QStringLiteral("energy")] = formatEnergy(bill->energy);
        json[QStringLiteral("steps")] = stepTotalsToJson(*bill);
        json[QStringLiteral("periods")] = periods;
        json[QStringLiteral("total")] = total;
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        return kExitOk;
    }

    m_out << tr("%1 (%2), settlement %3\n")
                 .arg(file->name, file->currency, settlementText(file->tariff.settlement));
    m_out << QStringLiteral("%1 %2 %3\n")
                 .arg(tr("Period"), -42)
                 .arg(tr("Energy kWh"), 14)
                 .arg(tr("Money"), 16);
    for (const PeriodRecord &period : bill->periods) {
        m_out << QStringLiteral("%1 .. %2 %3 %4\n")
                     .arg(BillReader::formatLocalTime(period.start),
                          BillReader::formatLocalTime(period.end))
                     .arg(formatEnergy(period.usage), 14)
                     .arg(formatMoney(period.money), 16);
    }
    m_out << QStringLiteral("%1 %2 %3\n")
                 .arg(tr("Total"), -42)
                 .arg(formatEnergy(bill->energy), 14)
                 .arg(formatMoney(bill->money), 16);
    return kExitOk;
}
