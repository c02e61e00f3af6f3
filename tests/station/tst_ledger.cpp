// The ledger against real SQLite files: schema and pragmas, refusal of foreign files, the hash
// chain and what `verify` finds after someone edits the file behind the station's back.
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "ampcard/station/ledger.h"
#include "intruder.h"

using ampcard::station::ChainReport;
using ampcard::station::Ledger;
using ampcard::station::LedgerEntry;

namespace {

// The chain key a station takes from its unlocked keystore (here any 32 bytes).
const QByteArray kKey(32, '\x42');

QVariant pragma(Ledger &ledger, const char *name)
{
    QSqlQuery query(ledger.database());
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !query.next())
        return {};
    return query.value(0);
}

LedgerEntry sale(int i)
{
    LedgerEntry entry;
    entry.kind = QStringLiteral("fee"); // a kind with no sales row behind it
    entry.reference = QStringLiteral("sale-%1").arg(i);
    entry.meter = QStringLiteral("3101000000%1").arg(i % 100, 2, 10, QLatin1Char('0'));
    entry.operatorName = QStringLiteral("cashier1");
    entry.amount = 1'000'000 + i; // 100.0001 + ...
    entry.energy = 100'000 + i;
    entry.detail = QStringLiteral("{\"receipt\":%1}").arg(i);
    return entry;
}

} // namespace

class TestLedger : public QObject {
    Q_OBJECT

private slots:
    void createsTheSchemaWithSafePragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/ledger.sqlite"));
        QString station;
        {
            Ledger ledger;
            QVERIFY2(ledger.open(path, true), qPrintable(ledger.errorString()));
            QCOMPARE(ledger.schemaVersion(), 12);
            QCOMPARE(pragma(ledger, "journal_mode").toString(), QStringLiteral("wal"));
            QCOMPARE(pragma(ledger, "synchronous").toInt(), 2); // FULL
            QCOMPARE(pragma(ledger, "foreign_keys").toInt(), 1);
            station = ledger.stationId();
            QVERIFY(!QUuid::fromString(station).isNull());
        }
        Ledger again;
        QVERIFY2(again.open(path, false), qPrintable(again.errorString()));
        QCOMPARE(again.stationId(), station); // opened, not created anew
        QCOMPARE(pragma(again, "synchronous").toInt(), 2);
    }

    // A ledger written by the first release (schema 1) is brought forward step by step and
    // keeps its station id and entries.
    void migratesAnOlderLedger()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        QString station;
        {
            Ledger ledger;
            QVERIFY(ledger.open(path, true));
            station = ledger.stationId();
        }
        {
            Intruder old(path);
            // As the first release wrote it: no keyed column, a plain SHA-256 link.
            QVERIFY(old.exec(QStringLiteral("DROP INDEX ledger_at")));
            QVERIFY(old.exec(QStringLiteral("DROP INDEX audit_states")));
            for (const char *column : {"ledger DROP COLUMN keyed", "audit_log DROP COLUMN keyed",
                                       "audit_log DROP COLUMN state", "audit_log DROP COLUMN hash",
                                       "audit_log DROP COLUMN previous_hash"})
                QVERIFY2(old.exec(QStringLiteral("ALTER TABLE ") + QLatin1String(column)), column);
            LedgerEntry entry = sale(1);
            entry.seq = 1;
            entry.id = QStringLiteral("old-1");
            entry.station = station;
            entry.at = QDateTime::fromString(QStringLiteral("2024-01-02T03:04:05.006Z"),
                                             Qt::ISODateWithMs);
            entry.previousHash = Ledger::genesisHash(station);
            entry.hash = Ledger::chainHash(entry);
            QSqlQuery insert(QSqlDatabase::database(old.name()));
            insert.prepare(
                QStringLiteral("INSERT INTO ledger (seq, id, station, at, kind, "
                               "reference, meter, operator, amount, energy, detail, "
                               "previous_hash, hash) VALUES (1, ?, ?, "
                               "'2024-01-02T03:04:05.006Z', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value :
                 {QVariant(entry.id), QVariant(station), QVariant(entry.kind),
                  QVariant(entry.reference), QVariant(entry.meter), QVariant(entry.operatorName),
                  QVariant(entry.amount), QVariant(entry.energy), QVariant(entry.detail),
                  QVariant(entry.previousHash), QVariant(entry.hash)})
                insert.addBindValue(value);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            QVERIFY(old.exec(QStringLiteral("INSERT OR REPLACE INTO settings VALUES "
                                            "('ledger_head', '1:%1')")
                                 .arg(QString::fromLatin1(entry.hash.toHex()))));
            for (const char *table :
                 {"function_card_issues", "return_records", "sales", "shifts", "cards"})
                QVERIFY(old.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table)));
            for (const char *trigger : {"outbox_journal", "outbox_audit"})
                QVERIFY(old.exec(QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger)));
            for (const char *trigger : {"reference_fee_insert", "reference_fee_update"})
                QVERIFY(old.exec(QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger)));
            QVERIFY(old.exec(QStringLiteral("DROP TABLE reference_outbox")));
            QVERIFY(old.exec(QStringLiteral("DROP TABLE reference_clashes")));
            QVERIFY(old.exec(QStringLiteral("DROP TABLE outbox")));
            QVERIFY(old.exec(QStringLiteral("DROP TABLE sync_status")));
            QVERIFY(old.exec(QStringLiteral("DROP TABLE meters")));
            QVERIFY(old.exec(QStringLiteral("DROP TABLE plan_assignments")));
            QVERIFY(old.exec(QStringLiteral("DROP TABLE tariff_plans")));
            QVERIFY(old.exec(QStringLiteral("DROP TABLE customers_search")));
            QVERIFY(old.exec(QStringLiteral("DROP TABLE customers")));
            QVERIFY(old.exec(QStringLiteral("DROP TABLE operators")));
            QVERIFY(old.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        Ledger ledger;
        QVERIFY2(ledger.open(path, false), qPrintable(ledger.errorString()));
        QCOMPARE(ledger.schemaVersion(), 12);
        QCOMPARE(ledger.stationId(), station);
        QSqlQuery query(ledger.database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM operators")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM customers_search")));
        QCOMPARE(ledger.verify().entries, qint64{1});
        QVERIFY2(ledger.verify().whole(), qPrintable(ledger.verify().reason));
        // Keyed from now on: the old entry is held by the seal after it.
        QVERIFY(ledger.takeKey(kKey));
        LedgerEntry next = sale(2);
        QVERIFY2(ledger.append(next), qPrintable(ledger.errorString()));
        const ChainReport report = ledger.verify();
        QVERIFY2(report.whole(), qPrintable(report.reason));
        QCOMPARE(report.entries, qint64{2});
        QVERIFY2(report.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Entries 1 to 1")),
                 qPrintable(report.notes.join(QLatin1Char(' '))));
    }

    void refusesWhatIsNotALedger_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<bool>("create");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing-without-create")
            << QByteArray() << QString() << false << QStringLiteral("ampcard init");
        QTest::newRow("text-file") << QByteArray("customer,meter\n1,2\n") << QString() << true
                                   << QStringLiteral("not a ledger");
        QTest::newRow("other-sqlite-database")
            << QByteArray() << QStringLiteral("CREATE TABLE photos (id INTEGER)") << true
            << QStringLiteral("not an Ampcard ledger");
        QTest::newRow("newer-schema") << QByteArray() << QStringLiteral("PRAGMA user_version = 99")
                                      << true << QStringLiteral("schema version 99");
    }
    void refusesWhatIsNotALedger()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, setup);
        QFETCH(bool, create);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        if (!setup.isEmpty()) {
            Intruder other(path);
            QVERIFY(other.exec(setup));
        }
        QByteArray before;
        if (QFile file(path); file.open(QIODevice::ReadOnly))
            before = file.readAll();

        Ledger ledger;
        QVERIFY(!ledger.open(path, create));
        QVERIFY2(ledger.errorString().contains(says), qPrintable(ledger.errorString()));
        QVERIFY(!ledger.isOpen());
        QByteArray after;
        if (QFile file(path); file.open(QIODevice::ReadOnly))
            after = file.readAll();
        QCOMPARE(after, before); // left untouched
    }

    void appendsAChainThatVerifies()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        Ledger ledger;
        QVERIFY(ledger.open(path, true));
        QVERIFY(ledger.takeKey(kKey));
        QCOMPARE(ledger.verify().entries, qint64{0});
        QVERIFY(!ledger.verify().brokenAt.has_value());
        for (int i = 1; i <= 50; ++i) {
            LedgerEntry entry = sale(i);
            QVERIFY2(ledger.append(entry), qPrintable(ledger.errorString()));
            QCOMPARE(entry.seq, qint64{i});
            QCOMPARE(entry.station, ledger.stationId());
        }
        LedgerEntry fee; // null strings are stored as '' and hash the same after reading
        fee.kind = QStringLiteral("fee");
        fee.amount = 50'000;
        QVERIFY2(ledger.append(fee), qPrintable(ledger.errorString()));
        const ChainReport report = ledger.verify();
        QCOMPARE(report.entries, qint64{51});
        QVERIFY2(!report.brokenAt.has_value(), qPrintable(report.reason));

        const std::optional<LedgerEntry> read = ledger.entry(7);
        QVERIFY(read.has_value());
        QCOMPARE(read->amount, qint64{1'000'007});
        QCOMPARE(read->reference, QStringLiteral("sale-7"));
        QCOMPARE(read->previousHash, ledger.entry(6)->hash);
        QCOMPARE(ledger.entry(1)->previousHash, Ledger::genesisHash(ledger.stationId()));
        QVERIFY(Ledger::chainHash(*read) != read->hash); // sealed with the key, not plain SHA-256
    }

    // A sale writes its journal entry inside its own larger unit of work: rolled back, the
    // entry and the chain head go with it; committed, both stay.
    void appendJoinsTheCallersTransaction()
    {
        QTemporaryDir dir;
        Ledger ledger;
        QVERIFY(ledger.open(dir.filePath(QStringLiteral("ledger.sqlite")), true));
        QVERIFY(ledger.takeKey(kKey));
        LedgerEntry first = sale(1);
        QVERIFY(ledger.append(first));
        QVERIFY(ledger.database().transaction());
        LedgerEntry undone = sale(2);
        QVERIFY2(ledger.append(undone), qPrintable(ledger.errorString()));
        QVERIFY(ledger.database().rollback());
        QCOMPARE(ledger.verify().entries, qint64{1});
        QVERIFY(!ledger.verify().brokenAt.has_value()); // the head went back too
        QVERIFY(ledger.database().transaction());
        LedgerEntry kept = sale(3);
        QVERIFY(ledger.append(kept));
        QVERIFY(ledger.database().commit());
        QCOMPARE(kept.seq, qint64{2});
        const ChainReport report = ledger.verify();
        QCOMPARE(report.entries, qint64{2});
        QVERIFY(!report.brokenAt.has_value());
    }

    void theFileRefusesEditsThroughSql()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        Ledger ledger;
        QVERIFY(ledger.open(path, true));
        QVERIFY(ledger.takeKey(kKey));
        LedgerEntry entry = sale(1);
        QVERIFY(ledger.append(entry));
        Intruder intruder(path);
        QVERIFY(!intruder.exec(QStringLiteral("UPDATE ledger SET amount = 0")));
        QVERIFY(!intruder.exec(QStringLiteral("DELETE FROM ledger")));
        QVERIFY(ledger.audit(QStringLiteral("admin"), QStringLiteral("tariff.change"),
                             QStringLiteral("plan R1"), QStringLiteral("{}")));
        QVERIFY(!intruder.exec(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(intruder.value(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 2);
        QCOMPARE(intruder.value(QStringLiteral("SELECT amount FROM ledger")).toLongLong(),
                 qint64{1'000'001});
    }

    // Someone drops the triggers and edits the file; verify names the first broken link.
    void verifyFindsTheFirstBrokenLink_data()
    {
        QTest::addColumn<QStringList>("edits");
        QTest::addColumn<qint64>("brokenAt");
        QTest::addColumn<QString>("says");
        QTest::newRow("amount-edited")
            << QStringList{QStringLiteral("UPDATE ledger SET amount = 1 WHERE seq = 17")}
            << qint64{17} << QStringLiteral("edited");
        QTest::newRow("two-edits-first-is-named")
            << QStringList{QStringLiteral(
                               "UPDATE ledger SET meter = '999999999999' WHERE seq = 30"),
                           QStringLiteral("UPDATE ledger SET amount = 1 WHERE seq = 12")}
            << qint64{12} << QStringLiteral("edited");
        QTest::newRow("hash-rewritten")
            << QStringList{QStringLiteral("UPDATE ledger SET hash = zeroblob(32) WHERE seq = 17")}
            << qint64{17} << QStringLiteral("edited");
        QTest::newRow("entry-removed")
            << QStringList{QStringLiteral("DELETE FROM ledger WHERE seq = 17")} << qint64{18}
            << QStringLiteral("removed");
        QTest::newRow("entries-swapped")
            << QStringList{QStringLiteral("UPDATE ledger SET seq = -17 WHERE seq = 17"),
                           QStringLiteral("UPDATE ledger SET seq = 17 WHERE seq = 18"),
                           QStringLiteral("UPDATE ledger SET seq = 18 WHERE seq = -17")}
            << qint64{17} << QStringLiteral("does not follow");
        QTest::newRow("newest-removed")
            << QStringList{QStringLiteral("DELETE FROM ledger WHERE seq >= 39")} << qint64{39}
            << QStringLiteral("newest entries were removed");
    }
    void verifyFindsTheFirstBrokenLink()
    {
        QFETCH(QStringList, edits);
        QFETCH(qint64, brokenAt);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        {
            Ledger ledger;
            QVERIFY(ledger.open(path, true));
            QVERIFY(ledger.takeKey(kKey));
            for (int i = 1; i <= 40; ++i) {
                LedgerEntry entry = sale(i);
                QVERIFY(ledger.append(entry));
            }
        }
        {
            Intruder intruder(path);
            QVERIFY(intruder.exec(QStringLiteral("DROP TRIGGER ledger_no_update")));
            QVERIFY(intruder.exec(QStringLiteral("DROP TRIGGER ledger_no_delete")));
            for (const QString &edit : edits)
                QVERIFY2(intruder.exec(edit), qPrintable(edit));
        }
        Ledger ledger;
        QVERIFY(ledger.open(path, false));
        QVERIFY(ledger.takeKey(kKey));
        const ChainReport report = ledger.verify();
        QVERIFY(report.brokenAt.has_value());
        QCOMPARE(*report.brokenAt, brokenAt);
        QVERIFY2(report.reason.contains(says), qPrintable(report.reason));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
