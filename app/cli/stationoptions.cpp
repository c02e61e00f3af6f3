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
    parser.addOption({QStringLiteral("keystore"), tr("keystore file"), QStringLiteral("FILE")});
    if (!card)
        return;
    parser.addOption({QStringLiteral("reader"), tr("card reader name"), QStringLiteral("NAME")});
}

QString StationOptions::ledgerPath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("ledger")) ? parser.value(QStringLiteral("ledger"))
                                                  : Ledger::defaultPath();
}

QString StationOptions::keystorePath(const QCommandLineParser &parser)
{
    const QString given = parser.value(QStringLiteral("keystore"));
    return given.isEmpty() ? QString::fromLocal8Bit(qgetenv("AMPCARD_KEYSTORE")) : given;
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
    QString keystore = keystorePath(parser);
    if (keystore.isEmpty() && qEnvironmentVariableIsSet("AMPCARD_PASSPHRASE"))
        keystore = station.keystorePath(); // the station's own, when the passphrase is at hand
    if (need == Need::kSignIn) {
        // Keys when they are at hand: the ledger's lines are then sealed (and changes of
        // operators, settings and tariffs, once the ledger was keyed, need them).
        if (keystore.isEmpty())
            return kExitOk;
        const QByteArray passphrase =
            readPassphrase("AMPCARD_PASSPHRASE", tr("Keystore passphrase: "));
        if (!station.unlockKeys(keystore, passphrase))
            return failed(err, keystore + QStringLiteral(": ") + station.errorString(),
                          kExitFailed);
        return kExitOk;
    }
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
