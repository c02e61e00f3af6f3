#include "countercommand.h"

// ampcard card replace | issue: replacement and function cards written on the card in the reader.

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
#include "countercommon.h"
#include "passphrase.h"
#include "stationoptions.h"
#include "tariffcommand.h"

using namespace ampcard;
using namespace ampcard::station;

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
        if (const int code =
                StationOptions::open(access, parser, m_err, StationOptions::Need::kReader, &desk);
            code != kExitOk)
            return code;
        const auto receipt =
            desk->replaceCard(*access.session(), meter, parser.value(QStringLiteral("reason")));
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
    if (const int code =
            StationOptions::open(access, parser, m_err, StationOptions::Need::kReader, &desk);
        code != kExitOk)
        return code;
    const auto issue = desk->issueFunctionCard(*access.session(), request);
    if (!issue)
        return fail(desk->errorString(), kExitFailed);
    m_out << tr("%1 written for meter %2 (the card's issue number %3)")
                 .arg(cardio::CardNames::kindLabel(*kind), meter, *issue)
          << '\n';
    return kExitOk;
}
