#include "countercommand.h"

// ampcard plan add | list | assign: tariff plan versions and group assignments.

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
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != kExitOk)
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
