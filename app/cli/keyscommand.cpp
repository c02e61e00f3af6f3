#include "countercommand.h"

// ampcard keys backup | restore: the keystore's copies.

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
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != kExitOk)
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
