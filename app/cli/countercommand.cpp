#include "countercommand.h"

#include <memory>
#include <optional>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ampcard/cardio/cardnames.h"
#include "ampcard/cardio/keystore.h"
#include "ampcard/cardio/pcscreader.h"
#include "ampcard/station/carddesk.h"
#include "ampcard/station/keycustody.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/reports.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/remotemeter.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/tariff/errc.h"
#include "ampcard/tariff/tarifffile.h"
#include "passphrase.h"
#include "stationoptions.h"
#include "tariffcommand.h"


using namespace ampcard;
using namespace ampcard::station;

namespace {

QString jsonText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

} // namespace


QString CounterCommand::usage()
{
    return tr("  ampcard account open --customer C --meter M --plan P [--phases 1|3]\n"
              "                       [--key-version V] [--preset-recovery X] [--json]\n"
              "      Registers the meter and writes the account-opening card in the reader.\n"
              "  ampcard account change-meter --meter OLD --new-meter NEW --remaining X\n"
              "                       --reason TEXT [--plan P] [--phases 1|3] [--key-version V]\n"
              "                       [--countersign LOGIN --countersign-reason TEXT]\n"
              "      Moves the account to a new meter with the credit left on the old one\n"
              "      (X), on the blank card in the reader; the old meter and card are retired.\n"
              "      X above the old meter's last proven remaining needs a supervisor's\n"
              "      countersignature.\n"
              "  ampcard account edit --meter M [--plan P] [--phases 1|3]\n"
              "                       [--status active|suspended]\n"
              "  ampcard sale --meter M (--money X | --energy KWH) [--combine] [--json]\n"
              "      Sells to the card in the reader and prints the receipt. --combine re-issues\n"
              "      a purchase the meter has not loaded together with this one.\n"
              "  ampcard sale --meter M (--money X | --energy KWH) --remote PORT [--baud B]\n"
              "      Sells without the card: the token goes to the meter over DL/T645 (0x03).\n"
              "  ampcard sale settle-remote --meter M --remote PORT [--baud B]\n"
              "      Settles a remote sale whose answer was lost (the meter says what it loaded).\n"
              "  ampcard sale resolve | cancel ID | receipt ID | pending   [--json]\n"
              "  ampcard card replace --meter M --reason TEXT [--json]\n"
              "  ampcard card issue KIND --meter M [--tariff] [--preset X] [--key-version V]\n"
              "                    [--alarm1 X --alarm2 X --overdraft X --hoarding X]\n"
              "      KIND: check, parameter, clear, relay-test, key-change, preset.\n"
              "      Card commands take [--keystore FILE] [--reader NAME].\n"
              "  ampcard shift open | close [--of LOGIN] [--json]\n"
              "      close prints the Z report and seals it.\n"
              "  ampcard report NAME [ARGUMENT] [--from DAY] [--to DAY] [--csv]\n"
              "      NAME: daily [DAY], monthly [YYYY-MM], cashier [LOGIN], customer NUMBER,\n"
              "      usage NUMBER (energy bought and used by month),\n"
              "      consumption, suspicious.\n"
              "  ampcard settings show | set [--utility ID] [--station N] [--vat PERCENT]\n"
              "                    [--fixed-charge X] [--debt-percent P | --debt-fixed X]\n"
              "                    [--minimum X] [--hoarding-limit X] [--opening-fee X]\n"
              "                    [--replacement-fee X]\n"
              "  ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME\n"
              "      Tariff plan versions (TIME: YYYY-MM-DDTHH:MM UTC, default now).\n"
              "  ampcard operator add LOGIN --role ROLE [--name NAME] | unlock LOGIN\n"
              "      The new password from AMPCARD_NEW_PASSWORD or a prompt.\n"
              "  ampcard keys backup --keystore FILE --to BACKUP\n"
              "  ampcard keys restore --keystore FILE --from BACKUP\n"
              "      Each takes [--ledger FILE] [--operator LOGIN].\n");
}

int CounterCommand::fail(const QString &message, int code)
{
    m_err << QStringLiteral("ampcard: ") << message << Qt::endl;
    return code;
}

int CounterCommand::run(const QString &command, const QStringList &arguments)
{
    if (command == QLatin1String("account"))
        return account(arguments);
    if (command == QLatin1String("sale"))
        return sale(arguments);
    if (command == QLatin1String("card"))
        return card(arguments);
    if (command == QLatin1String("shift"))
        return shift(arguments);
    if (command == QLatin1String("report"))
        return report(arguments);
    if (command == QLatin1String("settings"))
        return settings(arguments);
    if (command == QLatin1String("keys"))
        return keys(arguments);
    if (command == QLatin1String("plan"))
        return plan(arguments);
    if (command == QLatin1String("operator"))
        return operatorCommand(arguments);
    return fail(tr("unknown command \"%1\"").arg(command), kExitBadInput);
}

int CounterCommand::account(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, true);
    parser.addOptions(
        {{QStringLiteral("customer"), tr("customer number"), QStringLiteral("C")},
         {QStringLiteral("meter"), tr("meter number"), QStringLiteral("M")},
         {QStringLiteral("plan"), tr("tariff plan"), QStringLiteral("P")},
         {QStringLiteral("phases"), tr("1 or 3"), QStringLiteral("N"), QStringLiteral("1")},
         {QStringLiteral("key-version"), tr("key version"), QStringLiteral("V"),
          QStringLiteral("1")},
         {QStringLiteral("preset-recovery"), tr("preset credit owed"), QStringLiteral("X")},
         {QStringLiteral("new-meter"), tr("the new meter's number"), QStringLiteral("NEW")},
         {QStringLiteral("remaining"), tr("credit left on the old meter"), QStringLiteral("X")},
         {QStringLiteral("reason"), tr("why the meter is changed"), QStringLiteral("TEXT")},
         {QStringLiteral("countersign"),
          tr("a supervisor who countersigns moving more than the old meter's proven remaining "
             "(password from AMPCARD_COUNTERSIGN_PASSWORD or a prompt)"),
          QStringLiteral("LOGIN")},
         {QStringLiteral("countersign-reason"), tr("why the countersigner allows it"),
          QStringLiteral("TEXT")},
         {QStringLiteral("status"), tr("active or suspended"), QStringLiteral("STATUS")},
         {QStringLiteral("json"), tr("print JSON")}});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    if (parser.positionalArguments() == QStringList{QStringLiteral("change-meter")})
        return changeMeter(parser);
    if (parser.positionalArguments() == QStringList{QStringLiteral("edit")})
        return editMeter(parser);
    if (parser.positionalArguments() != QStringList{QStringLiteral("open")} ||
        !parser.isSet(QStringLiteral("customer")) || !parser.isSet(QStringLiteral("meter")) ||
        !parser.isSet(QStringLiteral("plan")))
        return fail(tr("usage: ampcard account open --customer C --meter M --plan P"),
                    kExitBadInput);
    AccountRequest request;
    request.customerNumber = parser.value(QStringLiteral("customer"));
    request.meter.number = parser.value(QStringLiteral("meter"));
    request.meter.tariffPlan = parser.value(QStringLiteral("plan"));
    request.meter.phases = parser.value(QStringLiteral("phases")).toInt();
    request.meter.keyVersion = parser.value(QStringLiteral("key-version")).toInt();
    if (parser.isSet(QStringLiteral("preset-recovery"))) {
        const auto preset = tariff::moneyFromText(parser.value(QStringLiteral("preset-recovery")));
        if (!preset)
            return fail(tr("--preset-recovery takes an amount such as 40.00"), kExitBadInput);
        request.presetRecovery = *preset;
    }
    Workstation access;
    CardDesk *desk = nullptr;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kReader, &desk); code != kExitOk)
        return code;
    const auto receipt = desk->openAccount(*access.session(), request);
    if (!receipt)
        return fail(desk->errorString(), kExitFailed);
    m_out << (parser.isSet(QStringLiteral("json")) ? jsonText(*receipt) : receiptText(*receipt));
    return kExitOk;
}

int CounterCommand::changeMeter(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("meter")) || !parser.isSet(QStringLiteral("new-meter")) ||
        !parser.isSet(QStringLiteral("remaining")))
        return fail(tr("usage: ampcard account change-meter --meter OLD --new-meter NEW "
                       "--remaining X --reason TEXT"),
                    kExitBadInput);
    MeterChangeRequest request;
    request.oldMeter = parser.value(QStringLiteral("meter"));
    request.newMeter.number = parser.value(QStringLiteral("new-meter"));
    request.newMeter.tariffPlan = parser.value(QStringLiteral("plan"));
    request.newMeter.phases = parser.value(QStringLiteral("phases")).toInt();
    request.newMeter.keyVersion = parser.value(QStringLiteral("key-version")).toInt();
    request.reason = parser.value(QStringLiteral("reason"));
    const auto remaining = tariff::moneyFromText(parser.value(QStringLiteral("remaining")));
    if (!remaining)
        return fail(tr("--remaining takes an amount such as 12.50"), kExitBadInput);
    request.remaining = *remaining;
    Workstation access;
    CardDesk *desk = nullptr;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kReader, &desk); code != kExitOk)
        return code;
    std::optional<Session> countersigner;
    if (parser.isSet(QStringLiteral("countersign"))) {
        const QString login = parser.value(QStringLiteral("countersign"));
        const QByteArray password = readPassphrase(
            "AMPCARD_COUNTERSIGN_PASSWORD", tr("Password of %1 (countersigning): ").arg(login));
        Operators operators(access.ledger());
        countersigner = operators.signIn(login, QString::fromUtf8(password));
        if (!countersigner)
            return fail(operators.errorString(), StationOptions::kExitRefused);
        request.countersign = &*countersigner;
        request.countersignReason = parser.value(QStringLiteral("countersign-reason"));
    }
    const auto receipt = desk->changeMeter(*access.session(), request);
    if (!receipt)
        return fail(desk->errorString(), kExitFailed);
    m_out << (parser.isSet(QStringLiteral("json")) ? jsonText(*receipt) : receiptText(*receipt));
    return kExitOk;
}

int CounterCommand::editMeter(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("meter")))
        return fail(tr("usage: ampcard account edit --meter M [--plan P] [--phases 1|3] "
                       "[--status active|suspended]"),
                    kExitBadInput);
    Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn); code != kExitOk)
        return code;
    Meters meters(access.ledger());
    std::optional<MeterRecord> meter = meters.byNumber(parser.value(QStringLiteral("meter")));
    if (!meter)
        return fail(tr("Meter %1 is not registered.").arg(parser.value(QStringLiteral("meter"))),
                    kExitFailed);
    if (parser.isSet(QStringLiteral("plan")))
        meter->tariffPlan = parser.value(QStringLiteral("plan"));
    if (parser.isSet(QStringLiteral("phases")))
        meter->phases = parser.value(QStringLiteral("phases")).toInt();
    if (parser.isSet(QStringLiteral("status")))
        meter->status = parser.value(QStringLiteral("status"));
    if (!meters.update(*access.session(), *meter))
        return fail(meters.errorString(), kExitFailed);
    m_out << tr("Meter %1: %2 phase(s), plan %3, %4.")
                 .arg(meter->number)
                 .arg(meter->phases)
                 .arg(meter->tariffPlan, meter->status)
          << Qt::endl;
    return kExitOk;
}

int CounterCommand::sale(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, true);
    parser.addOptions({{QStringLiteral("meter"), tr("meter number"), QStringLiteral("M")},
                       {QStringLiteral("money"), tr("amount paid"), QStringLiteral("X")},
                       {QStringLiteral("energy"), tr("kWh wanted"), QStringLiteral("KWH")},
                       {QStringLiteral("combine"), tr("combine with an unloaded purchase")},
                       {QStringLiteral("remote"), tr("serial port of the meter's line (DL/T645)"),
                        QStringLiteral("PORT")},
                       {QStringLiteral("baud"), tr("baud rate of the meter's line"),
                        QStringLiteral("B"), QStringLiteral("2400")},
                       {QStringLiteral("json"), tr("print JSON")}});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    auto print = [&](const QJsonObject &receipt) {
        m_out << (json ? jsonText(receipt) : receiptText(receipt));
    };

    if (verb == QLatin1String("receipt") || verb == QLatin1String("pending")) {
        // No card needed: the ledger alone answers.
        Workstation access;
        if (const int code =
                StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
            code != kExitOk)
            return code;
        CardDesk &desk = access.lookup();
        if (verb == QLatin1String("pending")) {
            QJsonArray list;
            for (const QJsonObject &receipt : desk.pending())
                list.append(receipt);
            if (json)
                m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
            else
                for (const QJsonValue &receipt : list)
                    m_out << tr("%1  %2  meter %3  card %4  sequence %5")
                                 .arg(receipt[QStringLiteral("sale")].toString(),
                                      receipt[QStringLiteral("kind")].toString(),
                                      receipt[QStringLiteral("meter")].toString(),
                                      receipt[QStringLiteral("card")].toString())
                                 .arg(receipt[QStringLiteral("sequence")].toInteger())
                          << '\n';
            return kExitOk;
        }
        const auto receipt = desk.receipt(words.value(1));
        if (!receipt)
            return fail(tr("There is no sale %1.").arg(words.value(1)), kExitFailed);
        print(*receipt);
        return kExitOk;
    }

    Workstation access;
    CardDesk *desk = nullptr;
    if (verb == QLatin1String("resolve")) {
        if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kReader, &desk); code != kExitOk)
            return code;
        const auto check = desk->inspect(*access.session());
        if (!check)
            return fail(desk->errorString(), kExitFailed);
        if (check->settled.isEmpty())
            m_out << tr("Card %1 of meter %2: nothing pending.")
                         .arg(cardio::CardNames::serialText(check->id.serial), check->meter.number)
                  << '\n';
        for (const QString &line : check->settled)
            m_out << line << '\n';
        return kExitOk;
    }
    if (verb == QLatin1String("cancel")) {
        if (words.size() != 2)
            return fail(tr("usage: ampcard sale cancel ID"), kExitBadInput);
        if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kReader, &desk); code != kExitOk)
            return code;
        const auto receipt = desk->cancel(*access.session(), words.value(1));
        if (!receipt)
            return fail(desk->errorString(), kExitFailed);
        print(*receipt);
        return kExitOk;
    }
    const bool remote = parser.isSet(QStringLiteral("remote"));
    Dlt645RemoteMeter line;
    if (remote) {
        bool baudOk = false;
        const qint32 baud = parser.value(QStringLiteral("baud")).toInt(&baudOk);
        QString problem;
        if (!baudOk || !line.open(parser.value(QStringLiteral("remote")), baud, &problem))
            return fail(problem.isEmpty() ? tr("--baud takes a rate such as 2400") : problem,
                        kExitFailed);
    }
    if (verb == QLatin1String("settle-remote")) {
        if (!remote || !parser.isSet(QStringLiteral("meter")))
            return fail(tr("usage: ampcard sale settle-remote --meter M --remote PORT"),
                        kExitBadInput);
        if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kKeys, &desk); code != kExitOk)
            return code;
        const auto settled = desk->settleRemote(
            *access.session(), parser.value(QStringLiteral("meter")), line);
        if (!settled)
            return fail(desk->errorString(), kExitFailed);
        if (settled->isEmpty())
            m_out << tr("Meter %1: no remote sale pending.")
                         .arg(parser.value(QStringLiteral("meter")))
                  << '\n';
        for (const QString &text : *settled)
            m_out << text << '\n';
        return kExitOk;
    }
    if (!words.isEmpty())
        return fail(tr("ampcard sale: unknown subcommand \"%1\"").arg(verb), kExitBadInput);

    SaleRequest request;
    request.combineUnloaded = parser.isSet(QStringLiteral("combine"));
    if (parser.isSet(QStringLiteral("money")) == parser.isSet(QStringLiteral("energy")))
        return fail(tr("give either --money X or --energy KWH"), kExitBadInput);
    if (parser.isSet(QStringLiteral("money"))) {
        const auto money = tariff::moneyFromText(parser.value(QStringLiteral("money")));
        if (!money)
            return fail(tr("--money takes an amount such as 250.00"), kExitBadInput);
        request.money = *money;
    } else {
        const auto energy = tariff::energyFromText(parser.value(QStringLiteral("energy")));
        if (!energy)
            return fail(tr("--energy takes kWh such as 12.5"), kExitBadInput);
        request.by = SaleRequest::By::kEnergy;
        request.energy = *energy;
    }
    if (remote && !parser.isSet(QStringLiteral("meter")))
        return fail(tr("a remote sale needs --meter M"), kExitBadInput);
    if (const int code = StationOptions::open(access, parser, m_err,
                                        remote ? StationOptions::Need::kKeys
                                               : StationOptions::Need::kReader,
                                        &desk); code != kExitOk)
        return code;
    const auto receipt =
        remote
            ? desk->sellRemote(*access.session(), parser.value(QStringLiteral("meter")),
                                       request, line)
            : desk->sell(*access.session(), parser.value(QStringLiteral("meter")), request);
    if (!receipt)
        return fail(desk->errorString(), kExitFailed);
    print(*receipt);
    return kExitOk;
}

int CounterCommand::card(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, true);
    parser.addOptions(
        {{QStringLiteral("meter"), tr("meter number"), QStringLiteral("M")},
         {QStringLiteral("reason"), tr("why the card is replaced"), QStringLiteral("TEXT")},
         {QStringLiteral("tariff"), tr("parameter card: the meter's tariff")},
         {QStringLiteral("preset"), tr("preset credit"), QStringLiteral("X")},
         {QStringLiteral("key-version"), tr("new key version"), QStringLiteral("V")},
         {QStringLiteral("alarm1"), tr("alarm 1 level"), QStringLiteral("X")},
         {QStringLiteral("alarm2"), tr("alarm 2 level"), QStringLiteral("X")},
         {QStringLiteral("overdraft"), tr("overdraft limit"), QStringLiteral("X")},
         {QStringLiteral("hoarding"), tr("hoarding limit"), QStringLiteral("X")},
         {QStringLiteral("json"), tr("print JSON")}});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    const QStringList words = parser.positionalArguments();
    const QString meter = parser.value(QStringLiteral("meter"));
    if (meter.isEmpty())
        return fail(tr("--meter M is required"), kExitBadInput);
    Workstation access;
    CardDesk *desk = nullptr;
    if (words.value(0) == QLatin1String("replace")) {
        if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kReader, &desk); code != kExitOk)
            return code;
        const auto receipt = desk->replaceCard(*access.session(), meter,
                                                       parser.value(QStringLiteral("reason")));
        if (!receipt)
            return fail(desk->errorString(), kExitFailed);
        m_out << (parser.isSet(QStringLiteral("json")) ? jsonText(*receipt)
                                                       : receiptText(*receipt));
        return kExitOk;
    }
    if (words.value(0) != QLatin1String("issue") || words.size() != 2)
        return fail(tr("usage: ampcard card replace|issue ..."), kExitBadInput);
    const std::optional<card::CardKind> kind = cardio::CardNames::kindFromName(words.value(1));
    if (!kind || *kind == card::CardKind::kUser)
        return fail(tr("KIND is check, parameter, clear, relay-test, key-change or preset"),
                    kExitBadInput);
    FunctionCardRequest request;
    request.kind = *kind;
    request.meterNumber = meter;
    request.sendTariff = parser.isSet(QStringLiteral("tariff"));
    request.newKeyVersion =
        static_cast<std::uint8_t>(parser.value(QStringLiteral("key-version")).toUInt());
    if (parser.isSet(QStringLiteral("preset"))) {
        const auto preset = tariff::moneyFromText(parser.value(QStringLiteral("preset")));
        if (!preset)
            return fail(tr("--preset takes an amount"), kExitBadInput);
        request.presetAmount = *preset;
    }
    const QStringList levels = {QStringLiteral("alarm1"), QStringLiteral("alarm2"),
                                QStringLiteral("overdraft"), QStringLiteral("hoarding")};
    bool anyLevel = false;
    tariff::CreditParameters credit;
    tariff::Money *targets[] = {&credit.alarm1, &credit.alarm2, &credit.overdraftLimit,
                                &credit.hoardingLimit};
    for (int i = 0; i < levels.size(); ++i) {
        if (!parser.isSet(levels[i]))
            continue;
        const auto value = tariff::moneyFromText(parser.value(levels[i]));
        if (!value)
            return fail(tr("--%1 takes an amount").arg(levels[i]), kExitBadInput);
        *targets[i] = *value;
        anyLevel = true;
    }
    if (anyLevel)
        request.credit = credit;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kReader, &desk); code != kExitOk)
        return code;
    const auto issue = desk->issueFunctionCard(*access.session(), request);
    if (!issue)
        return fail(desk->errorString(), kExitFailed);
    m_out << tr("%1 card written for meter %2 (issue %3)")
                 .arg(cardio::CardNames::kindLabel(*kind), meter, *issue)
          << '\n';
    return kExitOk;
}

int CounterCommand::shift(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    parser.addOptions({{QStringLiteral("of"), tr("whose shift"), QStringLiteral("LOGIN")},
                       {QStringLiteral("json"), tr("print JSON")}});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    const QString verb = parser.positionalArguments().value(0);
    if (verb != QLatin1String("open") && verb != QLatin1String("close"))
        return fail(tr("usage: ampcard shift open|close [--of LOGIN]"), kExitBadInput);
    Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn); code != kExitOk)
        return code;
    Shifts shifts(access.ledger());
    if (verb == QLatin1String("open")) {
        const auto id = shifts.open(*access.session());
        if (!id)
            return fail(shifts.errorString(), kExitFailed);
        m_out << tr("Shift %1 open for %2.").arg(*id, access.session()->login()) << '\n';
        return kExitOk;
    }
    const QString whose = parser.isSet(QStringLiteral("of")) ? parser.value(QStringLiteral("of"))
                                                             : access.session()->login();
    const auto report = shifts.close(*access.session(), whose);
    if (!report)
        return fail(shifts.errorString(), kExitFailed);
    m_out << (parser.isSet(QStringLiteral("json")) ? jsonText(*report) : zReportText(*report));
    m_out.flush();
    if (!shifts.seal(*access.session(), report->value(QStringLiteral("shift")).toString()))
        return fail(shifts.errorString(), kExitFailed);
    return kExitOk;
}

int CounterCommand::report(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    parser.addOptions({{QStringLiteral("from"), tr("first day"), QStringLiteral("DAY")},
                       {QStringLiteral("to"), tr("last day"), QStringLiteral("DAY")},
                       {QStringLiteral("csv"), tr("print CSV")}});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty() || words.size() > 2)
        return fail(tr("usage: ampcard report NAME [ARGUMENT] (%1)")
                        .arg(Reports::names().join(QStringLiteral(", "))),
                    kExitBadInput);
    Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn); code != kExitOk)
        return code;
    Reports reports(access.ledger());
    const auto table =
        reports.byName(*access.session(), words.value(0), words.value(1),
                       QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate),
                       QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate));
    if (!table)
        return fail(reports.errorString(), kExitFailed);
    m_out << (parser.isSet(QStringLiteral("csv")) ? table->toCsv() : table->toText());
    return kExitOk;
}

int CounterCommand::settings(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    const QStringList moneyOptions = {
        QStringLiteral("fixed-charge"), QStringLiteral("debt-fixed"),
        QStringLiteral("minimum"),      QStringLiteral("hoarding-limit"),
        QStringLiteral("opening-fee"),  QStringLiteral("replacement-fee")};
    for (const QString &name : moneyOptions)
        parser.addOption({name, tr("amount"), QStringLiteral("X")});
    parser.addOptions({{QStringLiteral("utility"), tr("utility id"), QStringLiteral("ID")},
                       {QStringLiteral("station"), tr("station number"), QStringLiteral("N")},
                       {QStringLiteral("vat"), tr("VAT percent"), QStringLiteral("PERCENT")},
                       {QStringLiteral("debt-percent"), tr("share of each payment towards debt"),
                        QStringLiteral("PERCENT")}});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    const QString verb = parser.positionalArguments().value(0);
    if (verb != QLatin1String("show") && verb != QLatin1String("set"))
        return fail(tr("usage: ampcard settings show|set ..."), kExitBadInput);
    Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn); code != kExitOk)
        return code;
    Settings store(access.ledger());
    StationSettings settings = store.load();
    if (verb == QLatin1String("set")) {
        // Percentages have two decimals: basis points.
        auto basisPoints = [&](const QString &name, int *out) {
            const auto value = tariff::moneyFromText(parser.value(name));
            if (!value)
                return false;
            *out = static_cast<int>(value->raw() / 100);
            return true;
        };
        if (parser.isSet(QStringLiteral("utility")))
            settings.utilityId = parser.value(QStringLiteral("utility")).toUInt();
        if (parser.isSet(QStringLiteral("station")))
            settings.stationNumber = parser.value(QStringLiteral("station")).toUInt();
        if (parser.isSet(QStringLiteral("vat")) &&
            !basisPoints(QStringLiteral("vat"), &settings.fees.vatBasisPoints))
            return fail(tr("--vat takes a percentage such as 16"), kExitBadInput);
        if (parser.isSet(QStringLiteral("debt-percent"))) {
            if (!basisPoints(QStringLiteral("debt-percent"), &settings.fees.debtBasisPoints))
                return fail(tr("--debt-percent takes a percentage such as 25"), kExitBadInput);
            settings.fees.debtMode = FeeRules::Debt::kPercent;
        }
        tariff::Money *targets[] = {&settings.fees.monthlyFixedCharge,
                                    &settings.fees.debtPerSale,
                                    &settings.fees.minimumPurchase,
                                    &settings.hoardingLimit,
                                    &settings.openingFee,
                                    &settings.replacementFee};
        for (int i = 0; i < moneyOptions.size(); ++i) {
            if (!parser.isSet(moneyOptions[i]))
                continue;
            const auto value = tariff::moneyFromText(parser.value(moneyOptions[i]));
            if (!value)
                return fail(tr("--%1 takes an amount").arg(moneyOptions[i]), kExitBadInput);
            *targets[i] = *value;
        }
        if (parser.isSet(QStringLiteral("debt-fixed")))
            settings.fees.debtMode = FeeRules::Debt::kFixed;
        if (!store.save(*access.session(), settings))
            return fail(store.errorString(), kExitFailed);
    }
    const FeeRules &fees = settings.fees;
    m_out
        << tr("utility %1, station number %2\n").arg(settings.utilityId).arg(settings.stationNumber)
        << tr("VAT %1 %, monthly fixed charge %2, minimum purchase %3\n")
               .arg(fees.vatBasisPoints / 100.0, 0, 'f', 2)
               .arg(tariff::formatMoney(fees.monthlyFixedCharge),
                    tariff::formatMoney(fees.minimumPurchase))
        << (fees.debtMode == FeeRules::Debt::kPercent
                ? tr("debt recovery %1 % of each payment\n")
                      .arg(fees.debtBasisPoints / 100.0, 0, 'f', 2)
                : tr("debt recovery up to %1 a purchase\n")
                      .arg(tariff::formatMoney(fees.debtPerSale)))
        << tr("hoarding limit %1, opening fee %2, replacement fee %3\n")
               .arg(tariff::formatMoney(settings.hoardingLimit),
                    tariff::formatMoney(settings.openingFee),
                    tariff::formatMoney(settings.replacementFee));
    return kExitOk;
}

int CounterCommand::keys(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    parser.addOptions(
        {{QStringLiteral("keystore"), tr("keystore file"), QStringLiteral("FILE")},
         {QStringLiteral("to"), tr("backup file to write"), QStringLiteral("FILE")},
         {QStringLiteral("from"), tr("backup file to restore"), QStringLiteral("FILE")}});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    const QString verb = parser.positionalArguments().value(0);
    const QString keystore = parser.value(QStringLiteral("keystore"));
    const bool backup = verb == QLatin1String("backup");
    const QString other = parser.value(backup ? QStringLiteral("to") : QStringLiteral("from"));
    if ((!backup && verb != QLatin1String("restore")) || keystore.isEmpty() || other.isEmpty())
        return fail(tr("usage: ampcard keys backup --keystore FILE --to BACKUP | restore "
                       "--keystore FILE --from BACKUP"),
                    kExitBadInput);
    Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn); code != kExitOk)
        return code;
    const QByteArray passphrase = readPassphrase("AMPCARD_PASSPHRASE", tr("Keystore passphrase: "));
    KeyCustody custody(access.ledger());
    const bool done = backup ? custody.backup(*access.session(), keystore, passphrase, other)
                             : custody.restore(*access.session(), keystore, passphrase, other);
    if (!done)
        return fail(custody.errorString(), kExitFailed);
    m_out << (backup ? tr("Keys backed up to %1.").arg(other)
                     : tr("Keys restored from %1.").arg(other))
          << '\n';
    return kExitOk;
}

int CounterCommand::plan(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    parser.addOption({QStringLiteral("from"), tr("when the version takes effect (UTC)"),
                      QStringLiteral("TIME")});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(0);
    const bool shape = (verb == QLatin1String("add") && words.size() == 3) ||
                       (verb == QLatin1String("list") && words.size() == 2) ||
                       (verb == QLatin1String("assign") && words.size() == 3);
    if (!shape)
        return fail(tr("usage: ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | "
                       "assign GROUP NAME"),
                    kExitBadInput);
    QDateTime from = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("from"))) {
        from = QDateTime::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        from.setTimeSpec(Qt::UTC);
        if (!from.isValid())
            return fail(tr("--from takes a UTC time such as 2026-12-01T00:00"), kExitBadInput);
    }
    QByteArray json;
    if (verb == QLatin1String("add")) {
        QFile file(words.value(2));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1").arg(words.value(2)), kExitBadInput);
        json = file.readAll();
    }
    Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn); code != kExitOk)
        return code;
    TariffPlans plans(access.ledger());
    if (verb == QLatin1String("add")) {
        const int version = plans.addVersion(*access.session(), words.value(1), json, from);
        if (version == 0)
            return fail(plans.errorString(), kExitFailed);
        m_out << tr("Plan %1 version %2 takes effect %3.")
                     .arg(words.value(1))
                     .arg(version)
                     .arg(from.toString(Qt::ISODate))
              << '\n';
        return kExitOk;
    }
    if (verb == QLatin1String("assign")) {
        if (!plans.assign(*access.session(), words.value(1), words.value(2)))
            return fail(plans.errorString(), kExitFailed);
        m_out << tr("Group %1 is on plan %2.").arg(words.value(1), words.value(2)) << '\n';
        return kExitOk;
    }
    const QList<PlanVersion> versions = plans.versions(words.value(1));
    if (versions.isEmpty())
        return fail(tr("There is no plan %1.").arg(words.value(1)), kExitFailed);
    for (const PlanVersion &version : versions)
        m_out << tr("%1 v%2 from %3: %4")
                     .arg(version.name)
                     .arg(version.version)
                     .arg(version.activatesAt.toString(Qt::ISODate), version.file.name)
              << '\n';
    return kExitOk;
}

int CounterCommand::operatorCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    parser.addOptions(
        {{QStringLiteral("role"), tr("cashier, installer, supervisor or administrator"),
          QStringLiteral("ROLE")},
         {QStringLiteral("name"), tr("full name"), QStringLiteral("NAME")}});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(0);
    const std::optional<Role> role = roleFromName(parser.value(QStringLiteral("role")));
    if (words.size() != 2 || (verb == QLatin1String("add") && !role) ||
        (verb != QLatin1String("add") && verb != QLatin1String("unlock")))
        return fail(tr("usage: ampcard operator add LOGIN --role cashier|installer|supervisor|"
                       "administrator [--name NAME] | unlock LOGIN"),
                    kExitBadInput);
    Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn); code != kExitOk)
        return code;
    Operators operators(access.ledger());
    const QString login = words.value(1);
    if (verb == QLatin1String("unlock")) {
        if (!operators.unlock(*access.session(), login))
            return fail(operators.errorString(), kExitFailed);
        m_out << tr("%1 may sign in again.").arg(login) << '\n';
        return kExitOk;
    }
    const QByteArray password =
        readPassphrase("AMPCARD_NEW_PASSWORD", tr("New password for %1: ").arg(login));
    const QString name =
        parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : login;
    if (!operators.add(*access.session(), login, name, *role, QString::fromUtf8(password)))
        return fail(operators.errorString(), kExitFailed);
    m_out << tr("%1 added as %2.").arg(login, roleName(*role)) << '\n';
    return kExitOk;
}
