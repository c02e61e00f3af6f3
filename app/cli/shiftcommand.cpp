#include "countercommand.h"

// ampcard shift open | close: shifts and the sealed Z report.

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
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != kExitOk)
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
    m_out << (parser.isSet(QStringLiteral("json"))
                  ? jsonText(*report)
                  : zReportText(*report, MoneyFormat::forCode(access.currency(), QLocale())));
    m_out.flush();
    if (!shifts.seal(*access.session(), report->value(QStringLiteral("shift")).toString()))
        return fail(shifts.errorString(), kExitFailed);
    return kExitOk;
}
