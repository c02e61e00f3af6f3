#include "ledgercommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "ampcard/station/backup.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "passphrase.h"
#include "stationoptions.h"
#include "tariffcommand.h"

using namespace ampcard::station;

namespace {

constexpr int kExitBroken = 1; // the chain does not verify

} // namespace

QString LedgerCommand::usage()
{
    return tr("  ampcard init --admin LOGIN [--name NAME] [--ledger FILE]\n"
              "      Create a new ledger (default: the user's data folder) and its first\n"
              "      administrator (password from AMPCARD_PASSWORD or a prompt).\n"
              "  ampcard ledger verify [--operator LOGIN] [--ledger FILE] [--json]\n"
              "      Check the hash chain of the ledger; names the first broken entry.\n"
              "  ampcard backup --to FILE [--operator LOGIN] [--ledger FILE]\n"
              "      Copy the ledger (while it is in use) and verify the copy.\n"
              "  ampcard restore --from FILE --operator LOGIN [--ledger FILE]\n"
              "      Replace the ledger with a backup that verifies; an administrator of the\n"
              "      backup signs; the replaced ledger is kept beside it.\n");
}

int LedgerCommand::fail(const QString &message, int code)
{
    m_err << QStringLiteral("ampcard: ") << message << Qt::endl;
    return code;
}

int LedgerCommand::runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("ledger"), tr("ledger file"), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("admin"), tr("first administrator's login"), QStringLiteral("LOGIN")});
    parser.addOption(
        {QStringLiteral("name"), tr("first administrator's name"), QStringLiteral("NAME")});
    if (!parser.parse(QStringList{QStringLiteral("init")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    const QString login = parser.value(QStringLiteral("admin"));
    if (login.isEmpty())
        return fail(tr("Give the first administrator's login with --admin LOGIN."), kExitBadInput);
    const QString path = StationOptions::ledgerPath(parser);
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists; init makes a new ledger only.")
                        .arg(QDir::toNativeSeparators(path)),
                    kExitBadInput);
    const QByteArray password =
        readPassphrase("AMPCARD_PASSWORD", tr("Password for the administrator %1: ").arg(login));
    if (password.isEmpty())
        return fail(tr("No password: set AMPCARD_PASSWORD or run in a terminal."), kExitBadInput);

    Ledger ledger;
    if (!ledger.open(path, true))
        return fail(ledger.errorString(), kExitBadInput);
    Operators operators(ledger);
    const QString name =
        parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : login;
    if (!operators.addFirstAdministrator(login, name, QString::fromUtf8(password))) {
        ledger.close();
        QFile::remove(path); // nothing of value yet: leave no half-made ledger behind
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return fail(operators.errorString(), kExitBadInput);
    }
    m_out << tr("Created the ledger %1 (station %2) with administrator %3.")
                 .arg(QDir::toNativeSeparators(path), ledger.stationId(), login)
          << Qt::endl;
    return kExitOk;
}

int LedgerCommand::runLedger(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("verify"))
        return verify(arguments.mid(1));
    m_err << tr("ampcard ledger: unknown subcommand \"%1\"\n").arg(arguments.value(0)) << usage();
    return kExitBadInput;
}

int LedgerCommand::verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    parser.addOption({QStringLiteral("json"), tr("print JSON")});
    if (!parser.parse(QStringList{QStringLiteral("verify")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    ampcard::station::Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != kExitOk)
        return code;
    Ledger &ledger = access.ledger();
    const ChainReport report = ledger.verify();
    (void)ledger.audit(access.session()->login(), QStringLiteral("ledger.verify"),
                       StationOptions::ledgerPath(parser),
                       report.brokenAt ? QStringLiteral("broken at %1").arg(*report.brokenAt)
                                       : QStringLiteral("whole"));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json;
        json[QStringLiteral("entries")] = report.entries;
        json[QStringLiteral("whole")] = !report.brokenAt.has_value();
        if (report.brokenAt) {
            json[QStringLiteral("brokenAt")] = *report.brokenAt;
            json[QStringLiteral("reason")] = report.reason;
        }
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::flush;
    } else if (report.brokenAt) {
        m_out << tr("BROKEN at entry %1 of %2: %3")
                     .arg(*report.brokenAt)
                     .arg(report.entries)
                     .arg(report.reason)
              << Qt::endl;
    } else {
        m_out << tr("The ledger is whole: %n entries verified.", nullptr,
                    static_cast<int>(report.entries))
              << Qt::endl;
    }
    return report.brokenAt ? kExitBroken : kExitOk;
}

int LedgerCommand::runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    parser.addOption({QStringLiteral("to"), tr("backup file"), QStringLiteral("FILE")});
    if (!parser.parse(QStringList{QStringLiteral("backup")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    if (parser.value(QStringLiteral("to")).isEmpty())
        return fail(tr("Say where the backup goes with --to FILE."), kExitBadInput);
    ampcard::station::Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != kExitOk)
        return code;
    Backup backup;
    BackupReport report;
    if (!backup.save(*access.session(), access.ledger(), parser.value(QStringLiteral("to")),
                     &report))
        return fail(backup.errorString(), kExitBroken);
    m_out << tr("Backed up %n journal entries to %1; head %2.", nullptr,
                static_cast<int>(report.entries))
                 .arg(QDir::toNativeSeparators(parser.value(QStringLiteral("to"))),
                      report.head.isEmpty() ? tr("none") : report.head)
          << Qt::endl;
    return kExitOk;
}

int LedgerCommand::runRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    parser.addOption({QStringLiteral("from"), tr("backup file"), QStringLiteral("FILE")});
    if (!parser.parse(QStringList{QStringLiteral("restore")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    if (parser.value(QStringLiteral("from")).isEmpty())
        return fail(tr("Name the backup with --from FILE."), kExitBadInput);
    const QString login = StationOptions::operatorLogin(parser);
    if (login.isEmpty())
        return fail(tr("Who is signing in? Give --operator LOGIN or set AMPCARD_OPERATOR."),
                    kExitBadInput);
    const QByteArray password =
        readPassphrase("AMPCARD_PASSWORD", tr("Password for %1: ").arg(login));
    Backup backup;
    BackupReport report;
    const QString ledgerPath = StationOptions::ledgerPath(parser);
    if (!backup.restore(parser.value(QStringLiteral("from")), ledgerPath, login,
                        QString::fromUtf8(password), &report))
        return fail(backup.errorString(), kExitBroken);
    m_out << tr("Restored %n journal entries into %1; head %2.", nullptr,
                static_cast<int>(report.entries))
                 .arg(QDir::toNativeSeparators(ledgerPath),
                      report.head.isEmpty() ? tr("none") : report.head)
          << Qt::endl;
    if (!report.keptAs.isEmpty())
        m_out
            << tr("The replaced ledger is kept as %1.").arg(QDir::toNativeSeparators(report.keptAs))
            << Qt::endl;
    return kExitOk;
}
