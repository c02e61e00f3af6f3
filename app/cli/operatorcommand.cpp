#include "countercommand.h"

// ampcard operator add | unlock.

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

// Lock-out recovery: no one signs in; the keystore's passphrase is the authority.
int CounterCommand::recoverOperator(const QCommandLineParser &parser, const QString &login)
{
    Workstation access;
    if (!access.openLedger(StationOptions::ledgerPath(parser), false))
        return fail(access.errorString(), kExitBadInput);
    QString keystore = StationOptions::keystorePath(parser);
    if (keystore.isEmpty())
        keystore = access.keystorePath();
    if (keystore.isEmpty())
        return fail(tr("Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE."),
                    kExitBadInput);
    const QByteArray passphrase = readPassphrase("AMPCARD_PASSPHRASE", tr("Keystore passphrase: "));
    if (!access.unlockKeys(keystore, passphrase))
        return fail(keystore + QStringLiteral(": ") + access.errorString(),
                    StationOptions::kExitRefused);
    const QByteArray password = qEnvironmentVariableIsSet("AMPCARD_NEW_PASSWORD")
                                    ? qgetenv("AMPCARD_NEW_PASSWORD")
                                    : QByteArray();
    Operators operators(access.ledger());
    if (!operators.recover(access.keys(), login, QString::fromUtf8(password)))
        return fail(operators.errorString(), kExitFailed);
    m_out << tr("Operator %1 is unlocked%2; the recovery is in the audit log.")
                 .arg(login, password.isEmpty() ? QString() : tr(" with a new password"))
          << Qt::endl;
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
        (verb != QLatin1String("add") && verb != QLatin1String("unlock") &&
         verb != QLatin1String("recover")))
        return fail(tr("usage: ampcard operator add LOGIN --role cashier|installer|supervisor|"
                       "administrator [--name NAME] | unlock LOGIN | recover LOGIN --keystore "
                       "FILE"),
                    kExitBadInput);
    if (verb == QLatin1String("recover"))
        return recoverOperator(parser, words.value(1));
    Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != kExitOk)
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
