#include "stationaccess.h"

#include "passphrase.h"
#include "tariffcommand.h"

using namespace ampcard::station;

void StationAccess::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("ledger"), tr("ledger file"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("operator"), tr("operator's login"), QStringLiteral("LOGIN")});
}

QString StationAccess::ledgerPath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("ledger")) ? parser.value(QStringLiteral("ledger"))
                                                  : Ledger::defaultPath();
}

QString StationAccess::operatorLogin(const QCommandLineParser &parser)
{
    const QString given = parser.value(QStringLiteral("operator"));
    return given.isEmpty() ? QString::fromLocal8Bit(qgetenv("AMPCARD_OPERATOR")) : given;
}

int StationAccess::fail(const QString &message, int code)
{
    m_err << QStringLiteral("ampcard: ") << message << Qt::endl;
    return code;
}

int StationAccess::open(const QCommandLineParser &parser)
{
    if (!m_ledger.open(ledgerPath(parser), false))
        return fail(m_ledger.errorString(), kExitBadInput);
    const QString who = operatorLogin(parser);
    if (who.isEmpty())
        return fail(tr("Who is signing in? Give --operator LOGIN or set AMPCARD_OPERATOR."),
                    kExitBadInput);
    const QByteArray password =
        readPassphrase("AMPCARD_PASSWORD", tr("Password for %1: ").arg(who));
    Operators operators(m_ledger);
    m_session = operators.signIn(who, QString::fromUtf8(password));
    if (!m_session)
        return fail(operators.errorString(), kExitRefused);
    return kExitOk;
}
