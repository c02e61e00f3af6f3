#include "countercommand.h"

// ampcard account open | change-meter | edit: the installer's work on accounts and meters.

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
    if (const int code =
            StationOptions::open(access, parser, m_err, StationOptions::Need::kReader, &desk);
        code != kExitOk)
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
    if (const int code =
            StationOptions::open(access, parser, m_err, StationOptions::Need::kReader, &desk);
        code != kExitOk)
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
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != kExitOk)
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
    m_out << tr("Meter %1: %n phase(s), plan %2, %3.", nullptr, meter->phases)
                 .arg(meter->number, meter->tariffPlan, Meters::statusText(meter->status))
          << Qt::endl;
    return kExitOk;
}
