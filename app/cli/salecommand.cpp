#include "countercommand.h"

// ampcard sale: sell to the card or over the meter line, settle, cancel, reprint, list pending.

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
#include "ampcard/station/receiptdocument.h"
#include "ampcard/station/keycustody.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/reports.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/remotemeter.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/tariff/errc.h"
#include "ampcard/tariff/tarifffile.h"
#include "countercommon.h"
#include "passphrase.h"
#include "stationoptions.h"
#include "tariffcommand.h"

using namespace ampcard;
using namespace ampcard::station;

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
    // The receipt as the counter prints it: the station's currency in its minor units, the
    // locale's numbers and the local time with its zone.
    auto print = [&](const Workstation &access, const QJsonObject &receipt) {
        m_out << (json ? jsonText(receipt)
                       : receiptText(receipt,
                                     receiptStyle(access.utilityName(), access.currency())));
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
        print(access, *receipt);
        return kExitOk;
    }

    Workstation access;
    CardDesk *desk = nullptr;
    if (verb == QLatin1String("resolve")) {
        if (const int code =
                StationOptions::open(access, parser, m_err, StationOptions::Need::kReader, &desk);
            code != kExitOk)
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
        if (const int code =
                StationOptions::open(access, parser, m_err, StationOptions::Need::kReader, &desk);
            code != kExitOk)
            return code;
        const auto receipt = desk->cancel(*access.session(), words.value(1));
        if (!receipt)
            return fail(desk->errorString(), kExitFailed);
        print(access, *receipt);
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
        if (const int code =
                StationOptions::open(access, parser, m_err, StationOptions::Need::kKeys, &desk);
            code != kExitOk)
            return code;
        const auto settled =
            desk->settleRemote(*access.session(), parser.value(QStringLiteral("meter")), line);
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
    if (const int code = StationOptions::open(
            access, parser, m_err,
            remote ? StationOptions::Need::kKeys : StationOptions::Need::kReader, &desk);
        code != kExitOk)
        return code;
    const auto receipt =
        remote ? desk->sellRemote(*access.session(), parser.value(QStringLiteral("meter")), request,
                                  line)
               : desk->sell(*access.session(), parser.value(QStringLiteral("meter")), request);
    if (!receipt)
        return fail(desk->errorString(), kExitFailed);
    print(access, *receipt);
    return kExitOk;
}
