#include "stationoptions.h"

#include "faulthook.h"
#include "passphrase.h"
#include "tariffcommand.h"

using namespace ampcard::station;

namespace {

int failed(QTextStream &err, const QString &message, int code)
{
    err << QStringLiteral("ampcard: ") << message << Qt::endl;
    return code;
}

} // namespace

void StationOptions::add(QCommandLineParser &parser, bool card)
{
    parser.addOption({QStringLiteral("ledger"), tr("ledger file"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("operator"), tr("operator's login"), QStringLiteral("LOGIN")});
    if (!card)
        return;
    parser.addOption({QStringLiteral("keystore"), tr("keystore file"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("reader"), tr("card reader name"), QStringLiteral("NAME")});
}

QString StationOptions::ledgerPath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("ledger")) ? parser.value(QStringLiteral("ledger"))
                                                  : Ledger::defaultPath();
}

QString StationOptions::operatorLogin(const QCommandLineParser &parser)
{
    const QString given = parser.value(QStringLiteral("operator"));
    return given.isEmpty() ? QString::fromLocal8Bit(qgetenv("AMPCARD_OPERATOR")) : given;
}

int StationOptions::open(Workstation &station, const QCommandLineParser &parser, QTextStream &err,
                         Need need, CardDesk **desk)
{
    if (!station.openLedger(ledgerPath(parser), false))
        return failed(err, station.errorString(), kExitBadInput);
    const QString who = operatorLogin(parser);
    if (who.isEmpty())
        return failed(err, tr("Who is signing in? Give --operator LOGIN or set AMPCARD_OPERATOR."),
                      kExitBadInput);
    const QByteArray password =
        readPassphrase("AMPCARD_PASSWORD", tr("Password for %1: ").arg(who));
    if (!station.signIn(who, QString::fromUtf8(password)))
        return failed(err, station.errorString(), kExitRefused);
    station.setStepHook(faultHook());
    if (need == Need::kSignIn)
        return kExitOk;
    QString keystore = parser.value(QStringLiteral("keystore"));
    if (keystore.isEmpty())
        keystore = QString::fromLocal8Bit(qgetenv("AMPCARD_KEYSTORE"));
    if (keystore.isEmpty())
        return failed(err, tr("Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE."),
                      kExitBadInput);
    const QByteArray passphrase = readPassphrase("AMPCARD_PASSPHRASE", tr("Keystore passphrase: "));
    if (!station.unlockKeys(keystore, passphrase))
        return failed(err, keystore + QStringLiteral(": ") + station.errorString(), kExitFailed);
    if (need == Need::kKeys) {
        if (desk)
            *desk = &station.lookup();
        return kExitOk;
    }
    if (!station.connectReader(parser.value(QStringLiteral("reader"))))
        return failed(err, station.errorString(), kExitFailed);
    CardDesk *connected = station.desk();
    if (!connected)
        return failed(err, station.errorString(), kExitFailed);
    if (desk)
        *desk = connected;
    return kExitOk;
}
