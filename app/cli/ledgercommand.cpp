#include "ledgercommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ampcard/cardio/keystore.h"
#include "ampcard/station/backup.h"
#include "ampcard/station/workstation.h"
#include "ampcard/tariff/errc.h"
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
    return tr(
        "  ampcard init --admin LOGIN [--name NAME] [--ledger FILE]\n"
        "      Create a new ledger (default: the user's data folder) and its first\n"
        "      administrator (password from AMPCARD_PASSWORD or a prompt).\n"
        "  ampcard ledger verify [--operator LOGIN] [--ledger FILE] [--keystore FILE]\n"
        "      [--anchor SEQ:HASH] [--json]\n"
        "      Check the ledger: its sealed journal and audit log, the operators, settings\n"
        "      and tariffs against their seal, the sales against the journal; names the\n"
        "      first break. The seals are checked only with the keystore (passphrase from\n"
        "      AMPCARD_PASSPHRASE or a prompt); without it, it says what it could not check.\n"
        "  ampcard backup --to FILE [--operator LOGIN] [--ledger FILE]\n"
        "      Copy the ledger (while it is in use) and verify the copy.\n"
        "  ampcard restore --from FILE --operator LOGIN [--keystore FILE] [--ledger FILE]\n"
        "      Replace the ledger with a backup of this station that verifies under its\n"
        "      key and shares its history; an administrator of the current ledger signs\n"
        "      (only the keystore when the current file cannot be read); the replaced\n"
        "      ledger is kept beside it.\n");
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
    parser.addOption({QStringLiteral("anchor"),
                      tr("a journal head printed on paper (a Z report): SEQ:HASH, the hash or "
                         "its first 16 hex digits or more"),
                      QStringLiteral("SEQ:HASH")});
    if (!parser.parse(QStringList{QStringLiteral("verify")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    ampcard::station::Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != kExitOk)
        return code;
    Ledger &ledger = access.ledger();
    ChainReport report = ledger.verify();
    // The paper anchors the file: the entry a Z report printed must still be there as printed.
    if (const QString anchor = parser.value(QStringLiteral("anchor"));
        !anchor.isEmpty() && !report.brokenAt) {
        const qint64 seq = anchor.section(QLatin1Char(':'), 0, 0).toLongLong();
        const QString hash = anchor.section(QLatin1Char(':'), 1).toLower();
        if (seq <= 0 || hash.size() < 16)
            return fail(tr("--anchor: give SEQ:HASH as the Z report prints it (at least 16 hex "
                           "digits of the hash)."),
                        kExitBadInput);
        const std::optional<LedgerEntry> entry = ledger.entry(seq);
        if (!entry || !QString::fromLatin1(entry->hash.toHex()).startsWith(hash)) {
            report.brokenAt = entry ? seq : 0;
            report.reason = tr("The journal does not hold entry %1 as it was printed (%2): the "
                               "entries up to it were removed, replaced or the whole file swapped.")
                                .arg(seq)
                                .arg(anchor);
        } else {
            report.notes << tr("Entry %1 is as printed on paper (%2).").arg(seq).arg(anchor);
        }
    }
    (void)ledger.audit(access.session()->login(), QStringLiteral("ledger.verify"),
                       StationOptions::ledgerPath(parser),
                       report.brokenAt ? QStringLiteral("broken at %1").arg(*report.brokenAt)
                                       : QStringLiteral("whole"));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json;
        json[QStringLiteral("entries")] = report.entries;
        json[QStringLiteral("auditLines")] = report.auditLines;
        json[QStringLiteral("whole")] = !report.brokenAt.has_value();
        json[QStringLiteral("sealsChecked")] = report.keyChecked;
        json[QStringLiteral("notes")] = QJsonArray::fromStringList(report.notes);
        if (report.brokenAt) {
            json[QStringLiteral("brokenAt")] = *report.brokenAt;
            json[QStringLiteral("reason")] = report.reason;
        }
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::flush;
    } else {
        if (report.brokenAt && *report.brokenAt > 0)
            m_out << tr("BROKEN at entry %1 of %2: %3")
                         .arg(*report.brokenAt)
                         .arg(report.entries)
                         .arg(report.reason)
                  << Qt::endl;
        else if (report.brokenAt)
            m_out << tr("BROKEN: %1").arg(report.reason) << Qt::endl;
        else if (report.keyChecked)
            m_out << tr("The ledger is whole: %n entries and %1 audit lines verified with the "
                        "station's key; the protected tables and the sales agree with them.",
                        nullptr, static_cast<int>(report.entries))
                         .arg(report.auditLines)
                  << Qt::endl;
        else
            m_out << tr("The links hold: %n entries and %1 audit lines; the protected tables and "
                        "the sales agree with them.",
                        nullptr, static_cast<int>(report.entries))
                         .arg(report.auditLines)
                  << Qt::endl;
        for (const QString &note : report.notes)
            m_out << QStringLiteral("  - ") << note << Qt::endl;
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
    const QString ledgerPath = StationOptions::ledgerPath(parser);
    QString keystore = StationOptions::keystorePath(parser);
    if (keystore.isEmpty()) {
        Ledger current; // the station's own keystore, when its ledger can still be read
        if (current.open(ledgerPath, false))
            keystore = current.setting(ampcard::station::Workstation::kKeystoreKey);
    }
    if (keystore.isEmpty())
        return fail(tr("Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE: a restore "
                       "checks the backup with the station's key."),
                    kExitBadInput);
    const QByteArray passphrase = readPassphrase("AMPCARD_PASSPHRASE", tr("Keystore passphrase: "));
    ampcard::cardio::UtilityKeys keys;
    if (const ampcard::Status status = ampcard::cardio::Keystore::open(keystore, passphrase, &keys);
        !status.ok())
        return fail(QDir::toNativeSeparators(keystore) + QStringLiteral(": ") +
                        ampcard::describe(status.code()),
                    kExitBadInput);
    const QByteArray password =
        readPassphrase("AMPCARD_PASSWORD", tr("Password for %1: ").arg(login));
    Backup backup;
    BackupReport report;
    if (!backup.restore(parser.value(QStringLiteral("from")), ledgerPath, keys, login,
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
