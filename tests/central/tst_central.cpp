// The central server of network mode on a real PostgreSQL 15 with TLS (pgcluster.h): the schema
// and its upgrades, the station roles `ampcard server add-station` makes, and the adversary
// "a station in network mode" (DESIGN.md §8): a station role that sends anything must never
// write another station's rows, change history, or take float it was not granted.

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

#include "ampcard/central/centralschema.h"
#include "ampcard/central/pg.h"
#include "pgcluster.h"
#include "tool.h"

using ampcard::central::CentralSchema;
using ampcard::central::PgConnection;

namespace {

using testing::Tool;

Tool runTool(const QStringList &arguments)
{
    return testing::runTool(AMPCARD_EXECUTABLE, arguments);
}

// A journal entry as a station pushes it; its hash links it to `previous`.
struct Entry {
    QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    int station = 0;
    qint64 seq = 0;
    qint64 amount = 0;
    QByteArray previous = QByteArray(32, '\0');
    QByteArray hash;
};

Entry nextEntry(int station, qint64 seq, qint64 amount, const QByteArray &previous)
{
    Entry entry;
    entry.station = station;
    entry.seq = seq;
    entry.amount = amount;
    entry.previous = previous;
    entry.hash = QCryptographicHash::hash(previous + entry.id.toUtf8() + QByteArray::number(amount),
                                          QCryptographicHash::Sha256);
    return entry;
}

QString hex(const QByteArray &bytes)
{
    return QStringLiteral("\\x") + QString::fromLatin1(bytes.toHex());
}

const QString kPushWithReference = QStringLiteral(
    "INSERT INTO ampcard.journal (id, station, seq, at, kind, reference, meter, operator, amount,"
    " energy, detail, keyed, previous_hash, hash) VALUES ($1, $2, $3, now(), $7, $8, "
    "'0001', 'cashier', $4, 0, '{}', true, $5, $6)");

const QString kPush = QStringLiteral(
    "INSERT INTO ampcard.journal (id, station, seq, at, kind, reference, meter, operator, amount,"
    " energy, detail, keyed, previous_hash, hash) VALUES ($1, $2, $3, now(), 'sale', 'r', "
    "'0001', 'cashier', $4, 0, '{}', true, $5, $6) ON CONFLICT (id) DO NOTHING");

PgConnection::Result push(PgConnection &db, const Entry &e)
{
    return db.exec(kPush, {e.id, QString::number(e.station), QString::number(e.seq),
                           QString::number(e.amount), hex(e.previous), hex(e.hash)});
}

} // namespace

class TestCentral : public QObject {
    Q_OBJECT

private:
    testing::PgCluster m_pg;
    QString m_station1;
    QString m_station2;

    QString joinUrl(int station, const QString &floatText)
    {
        const Tool added = runTool(
            {QStringLiteral("server"), QStringLiteral("add-station"), QStringLiteral("--db"),
             m_pg.adminUrl(), QStringLiteral("--station"), QString::number(station),
             QStringLiteral("--float"), floatText, QStringLiteral("--json")});
        if (added.code != 0)
            qWarning() << added.err;
        const QJsonObject json = QJsonDocument::fromJson(added.out.toUtf8()).object();
        return json.value(QStringLiteral("station")).toInt() == station
                   ? json.value(QStringLiteral("url")).toString()
                   : QString();
    }

    void open(PgConnection &db, const QString &url)
    {
        QString error;
        QVERIFY2(db.open(url, &error), qPrintable(error));
    }

    qint64 journalCount(const QString &url)
    {
        PgConnection db;
        QString error;
        if (!db.open(url, &error))
            return -1;
        const auto count = db.exec(QStringLiteral("SELECT count(*) FROM ampcard.journal"));
        return count.ok() ? count.number(0, 0) : -1;
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_pg.start(&why), qPrintable(why));
        const Tool init = runTool({QStringLiteral("server"), QStringLiteral("init"),
                                   QStringLiteral("--db"), m_pg.adminUrl()});
        QVERIFY2(init.code == 0, qPrintable(init.err + m_pg.log()));
        QVERIFY(init.out.contains(QStringLiteral("Created the central schema (version %1)")
                                      .arg(CentralSchema::latestVersion())));
        m_station1 = joinUrl(1, QStringLiteral("1000"));
        m_station2 = joinUrl(2, QStringLiteral("500"));
        QVERIFY(!m_station1.isEmpty());
        QVERIFY(!m_station2.isEmpty());
    }

    void initAgain_changesNothing()
    {
        const Tool again = runTool({QStringLiteral("server"), QStringLiteral("init"),
                                    QStringLiteral("--db"), m_pg.adminUrl()});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("up to date")), qPrintable(again.out));
    }

    void everyTable_forcesRowLevelSecurity()
    {
        PgConnection db;
        open(db, m_pg.adminUrl());
        const auto tables = db.exec(QStringLiteral(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'ampcard' AND c.relkind = 'r' ORDER BY 1"));
        QVERIFY2(tables.ok(), qPrintable(tables.error()));
        QVERIFY(tables.rows() >= 5);
        for (int row = 0; row < tables.rows(); ++row) {
            QCOMPARE(tables.text(row, 1) + tables.text(row, 2), QStringLiteral("tt"));
        }
    }

    void tls_isTheDefaultAndPlainIsRefused()
    {
        PgConnection db;
        open(db, m_station1);
        QVERIFY2(db.tlsVersion().startsWith(QStringLiteral("TLSv1.")), qPrintable(db.tlsVersion()));
        QCOMPARE(db.parameter("sslmode"), QStringLiteral("verify-full"));

        QString error;
        PgConnection plain;
        QVERIFY(!plain.open(m_station1 + QStringLiteral(" sslmode=disable"), &error));
        QVERIFY2(error.contains(QStringLiteral("no pg_hba.conf entry")), qPrintable(error));

        // Without the utility's CA the server's certificate cannot be verified.
        PgConnection unverified;
        QVERIFY(!unverified.open(m_station1 + QStringLiteral(" sslrootcert=/nonexistent/ca.crt"),
                                 &error));
        QVERIFY2(error.contains(QStringLiteral("root certificate")), qPrintable(error));
    }

    void addStation_twice_isRefused()
    {
        const Tool again = runTool({QStringLiteral("server"), QStringLiteral("add-station"),
                                    QStringLiteral("--db"), m_pg.adminUrl(),
                                    QStringLiteral("--station"), QStringLiteral("1")});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("Station 1 exists already")),
                 qPrintable(again.err));
        const Tool bad = runTool({QStringLiteral("server"), QStringLiteral("add-station"),
                                  QStringLiteral("--db"), m_pg.adminUrl(),
                                  QStringLiteral("--station"), QStringLiteral("zero")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("\"zero\"")));
    }

    void station_knowsWhoItIs()
    {
        PgConnection db;
        open(db, m_station2);
        const auto who = db.exec(QStringLiteral("SELECT ampcard.current_station()"));
        QVERIFY2(who.ok(), qPrintable(who.error()));
        QCOMPARE(who.number(0, 0), 2);
        const auto left = db.exec(QStringLiteral("SELECT ampcard.float_left()"));
        QCOMPARE(left.number(0, 0), 500 * 10000);
    }

    void stationInNetworkMode_pushesItsChain_onceEvenWhenRepeated()
    {
        PgConnection db;
        open(db, m_station1);
        const Entry first = nextEntry(1, 1, 200000, QByteArray(32, '\x11'));
        const Entry second = nextEntry(1, 2, 300000, first.hash);
        QVERIFY2(push(db, first).ok(), qPrintable(push(db, first).error()));
        QVERIFY(push(db, second).ok());
        // The same batch again, as after a link that dropped before the answer.
        QVERIFY(push(db, first).ok());
        QVERIFY(push(db, second).ok());
        const auto rows = db.exec(
            QStringLiteral("SELECT count(*), sum(amount) FROM ampcard.journal WHERE station = 1"));
        QCOMPARE(rows.number(0, 0), 2);
        QCOMPARE(rows.number(0, 1), 500000);
        QCOMPARE(db.exec(QStringLiteral("SELECT ampcard.float_left()")).number(0, 0),
                 1000 * 10000 - 500000);
    }

    void stationInNetworkMode_pushesAnotherStationsRow_isRefused()
    {
        PgConnection db;
        open(db, m_station1);
        const Entry forged = nextEntry(2, 1, 100, QByteArray(32, '\x22'));
        const auto result = push(db, forged);
        QVERIFY(!result.ok());
        QCOMPARE(result.sqlState(), QStringLiteral("42501"));
        QVERIFY2(result.error().contains(QStringLiteral("row-level security")),
                 qPrintable(result.error()));
        // Without ON CONFLICT too: the insert policy alone refuses it.
        QString plain = kPush;
        plain.chop(QStringLiteral(" ON CONFLICT (id) DO NOTHING").size());
        const auto direct =
            db.exec(plain, {forged.id, QStringLiteral("2"), QStringLiteral("1"),
                            QStringLiteral("100"), hex(forged.previous), hex(forged.hash)});
        QVERIFY(!direct.ok());
        QCOMPARE(direct.sqlState(), QStringLiteral("42501"));
        QCOMPARE(journalCount(m_station2), 0);
    }

    void stationInNetworkMode_readsAnotherStationsSales_seesNone()
    {
        PgConnection station2;
        open(station2, m_station2);
        const Entry own = nextEntry(2, 1, 7000, QByteArray(32, '\x22'));
        QVERIFY(push(station2, own).ok());

        PgConnection station1;
        open(station1, m_station1);
        const auto others = station1.exec(
            QStringLiteral("SELECT count(*) FROM ampcard.journal WHERE station <> 1"));
        QVERIFY(others.ok());
        QCOMPARE(others.number(0, 0), 0);
        const auto stations = station1.exec(QStringLiteral("SELECT station FROM ampcard.stations"));
        QCOMPARE(stations.rows(), 1);
        QCOMPARE(stations.number(0, 0), 1);
    }

    void stationInNetworkMode_updatesOrDeletesAMoneyRow_isRefused()
    {
        PgConnection db;
        open(db, m_station1);
        for (const QString &sql :
             {QStringLiteral("UPDATE ampcard.journal SET amount = 1 WHERE station = 1"),
              QStringLiteral("DELETE FROM ampcard.journal WHERE station = 1"),
              QStringLiteral("TRUNCATE ampcard.journal")}) {
            const auto result = db.exec(sql);
            QVERIFY2(!result.ok(), qPrintable(sql));
            QCOMPARE(result.sqlState(), QStringLiteral("42501"));
        }
        // Not even the utility's administrator changes a money row.
        PgConnection admin;
        open(admin, m_pg.adminUrl());
        const auto update = admin.exec(QStringLiteral("UPDATE ampcard.journal SET amount = 1"));
        QVERIFY(!update.ok());
        QVERIFY2(update.error().contains(QStringLiteral("never updated or deleted")),
                 qPrintable(update.error()));
        QVERIFY(!admin.exec(QStringLiteral("TRUNCATE ampcard.journal")).ok());
        const auto sum = admin.exec(QStringLiteral("SELECT sum(amount) FROM ampcard.journal"));
        QCOMPARE(sum.number(0, 0), 507000);
    }

    void stationInNetworkMode_pushesAForkedChain_isRefused()
    {
        PgConnection db;
        open(db, m_station1);
        const auto head = db.exec(
            QStringLiteral("SELECT hash FROM ampcard.journal WHERE station = 1 AND seq = 1"));
        QCOMPARE(head.rows(), 1);
        // Another entry 2 on top of entry 1: history rewritten after it was pushed.
        const Entry first = nextEntry(1, 1, 200000, QByteArray(32, '\x11'));
        Entry rewritten =
            nextEntry(1, 2, 1, QByteArray::fromHex(head.text(0, 0).mid(2).toLatin1()));
        const auto fork = push(db, rewritten);
        QVERIFY(!fork.ok());
        QCOMPARE(fork.sqlState(), QStringLiteral("AMP01"));
        QVERIFY2(fork.error().contains(QStringLiteral("forked chain")), qPrintable(fork.error()));

        // An entry that skips one, and an entry that does not link to the head.
        const auto tail = db.exec(
            QStringLiteral("SELECT hash FROM ampcard.journal WHERE station = 1 AND seq = 2"));
        const QByteArray headHash = QByteArray::fromHex(tail.text(0, 0).mid(2).toLatin1());
        const auto gap = push(db, nextEntry(1, 4, 10, headHash));
        QCOMPARE(gap.sqlState(), QStringLiteral("AMP02"));
        const auto broken = push(db, nextEntry(1, 3, 10, QByteArray(32, '\x33')));
        QCOMPARE(broken.sqlState(), QStringLiteral("AMP03"));
        QVERIFY2(broken.error().contains(QStringLiteral("broken chain")),
                 qPrintable(broken.error()));
        Q_UNUSED(first);

        // The right next link is still accepted.
        QVERIFY(push(db, nextEntry(1, 3, 10, headHash)).ok());
        QCOMPARE(journalCount(m_station1), 3);
    }

    void stationInNetworkMode_pushesARefundOfNothing_floatNotRaised()
    {
        PgConnection db;
        open(db, m_station2);
        const auto head = db.exec(QStringLiteral(
            "SELECT encode(journal_hash, 'hex'), journal_seq FROM ampcard.stations"));
        QByteArray previous = QByteArray::fromHex(head.text(0, 0).toLatin1());
        qint64 seq = head.number(0, 1);
        const qint64 before = db.exec(QStringLiteral("SELECT ampcard.float_left()")).number(0, 0);
        auto pushRow = [&](qint64 amount, const QString &kind, const QString &reference) {
            const Entry e = nextEntry(2, seq + 1, amount, previous);
            const auto result =
                db.exec(kPushWithReference,
                        {e.id, QStringLiteral("2"), QString::number(e.seq), QString::number(amount),
                         hex(e.previous), hex(e.hash), kind, reference});
            if (result.ok()) {
                ++seq;
                previous = e.hash;
            }
            return result;
        };
        // A refund that names no sale, and one of a sale that took less.
        auto made = pushRow(-1'000'000'000, QStringLiteral("reversal"), QStringLiteral("S-none"));
        QVERIFY(!made.ok());
        QCOMPARE(made.sqlState(), QStringLiteral("AMP05"));
        QVERIFY(pushRow(50'000, QStringLiteral("sale"), QStringLiteral("S-9")).ok());
        made = pushRow(-60'000, QStringLiteral("reversal"), QStringLiteral("S-9"));
        QCOMPARE(made.sqlState(), QStringLiteral("AMP05"));
        // The refund of what was taken is money going back: accepted once, not twice.
        QVERIFY(pushRow(-50'000, QStringLiteral("reversal"), QStringLiteral("S-9")).ok());
        QCOMPARE(pushRow(-50'000, QStringLiteral("reversal"), QStringLiteral("S-9")).sqlState(),
                 QStringLiteral("AMP05"));
        QCOMPARE(db.exec(QStringLiteral("SELECT ampcard.float_left()")).number(0, 0), before);
    }

    void stationInNetworkMode_raisesItsOwnFloat_isRefused()
    {
        PgConnection db;
        open(db, m_station1);
        const auto raise =
            db.exec(QStringLiteral("UPDATE ampcard.stations SET float_granted = 999999999999"));
        QVERIFY(!raise.ok());
        QCOMPARE(raise.sqlState(), QStringLiteral("42501"));
        const auto insert = db.exec(QStringLiteral(
            "INSERT INTO ampcard.stations (station, role_name, float_granted) VALUES (9, 'x', 1)"));
        QVERIFY(!insert.ok());
        const auto before = db.exec(QStringLiteral("SELECT ampcard.float_left()")).number(0, 0);

        const Tool set =
            runTool({QStringLiteral("server"), QStringLiteral("float"), QStringLiteral("--db"),
                     m_pg.adminUrl(), QStringLiteral("--station"), QStringLiteral("1"),
                     QStringLiteral("--set"), QStringLiteral("2000"), QStringLiteral("--json")});
        QCOMPARE(set.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(set.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("granted")).toString(), QStringLiteral("2000.0000"));
        QCOMPARE(json.value(QStringLiteral("used")).toString(), QStringLiteral("50.0010"));
        QCOMPARE(db.exec(QStringLiteral("SELECT ampcard.float_left()")).number(0, 0),
                 before + 1000 * 10000);
    }

    void stationInNetworkMode_allocatesSequences_neverTheSameTwice()
    {
        PgConnection one;
        PgConnection two;
        open(one, m_station1);
        open(two, m_station2);
        const QString allocate = QStringLiteral("SELECT ampcard.allocate_sequence($1, $2)");
        QCOMPARE(one.exec(allocate, {QStringLiteral("M-1"), QStringLiteral("4")}).number(0, 0), 5);
        QCOMPARE(two.exec(allocate, {QStringLiteral("M-1"), QStringLiteral("0")}).number(0, 0), 6);
        // A card sale the meter proved at sequence 9 moves the known sequence on; an older proof
        // does not move it back.
        const QString note = QStringLiteral("SELECT ampcard.note_sequence($1, $2)");
        QCOMPARE(one.exec(note, {QStringLiteral("M-1"), QStringLiteral("9")}).number(0, 0), 9);
        QCOMPARE(two.exec(note, {QStringLiteral("M-1"), QStringLiteral("3")}).number(0, 0), 9);
        QCOMPARE(two.exec(allocate, {QStringLiteral("M-1"), QStringLiteral("0")}).number(0, 0), 10);
        // A sequence far out of a card's 32-bit range would lock the meter's sequence space.
        QCOMPARE(one.exec(allocate, {QStringLiteral("M-1"), QStringLiteral("9223372036854775806")})
                     .sqlState(),
                 QStringLiteral("22003"));
        QCOMPARE(one.exec(note, {QStringLiteral("M-1"), QStringLiteral("99999999999")}).sqlState(),
                 QStringLiteral("22003"));
        QCOMPARE(two.exec(allocate, {QStringLiteral("M-1"), QStringLiteral("0")}).number(0, 0), 11);
        // Only through the functions: the table itself is closed to stations.
        const auto direct = one.exec(
            QStringLiteral("UPDATE ampcard.meter_sequences SET sequence = 0 WHERE meter = 'M-1'"));
        QVERIFY(!direct.ok());
        QCOMPARE(direct.sqlState(), QStringLiteral("42501"));
    }

    void stationInNetworkMode_administersTheServer_isRefused()
    {
        const Tool add = runTool({QStringLiteral("server"), QStringLiteral("add-station"),
                                  QStringLiteral("--db"), m_station1, QStringLiteral("--station"),
                                  QStringLiteral("7")});
        QCOMPARE(add.code, 1);
        QVERIFY2(add.err.contains(QStringLiteral("permission denied")), qPrintable(add.err));
        const Tool setFloat =
            runTool({QStringLiteral("server"), QStringLiteral("float"), QStringLiteral("--db"),
                     m_station1, QStringLiteral("--station"), QStringLiteral("1"),
                     QStringLiteral("--set"), QStringLiteral("1000000")});
        QCOMPARE(setFloat.code, 1);
    }

    void supervisor_reportsOverAllStations_stationLoginRefused()
    {
        const Tool added =
            runTool({QStringLiteral("server"), QStringLiteral("add-reporter"),
                     QStringLiteral("--db"), m_pg.adminUrl(), QStringLiteral("--login"),
                     QStringLiteral("auditor"), QStringLiteral("--json")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString reporter = QJsonDocument::fromJson(added.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("url"))
                                     .toString();
        const Tool daily = runTool({QStringLiteral("report"), QStringLiteral("daily"),
                                    QStringLiteral("--all-stations"), QStringLiteral("--server"),
                                    reporter, QStringLiteral("--csv")});
        QVERIFY2(daily.code == 0, qPrintable(daily.err));
        const QStringList lines = daily.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        // Station 1 pushed 200000 + 300000 + 10; station 2 pushed 7000 and a sale of 50000 that
        // it refunded (0.0001 units).
        QVERIFY2(lines.contains(QStringLiteral("*,*,6,50.7010,0.00")), qPrintable(daily.out));
        QVERIFY2(lines.contains(QStringLiteral("1,sale,3,50.0010,0.00")), qPrintable(daily.out));
        QVERIFY2(lines.contains(QStringLiteral("2,sale,2,5.7000,0.00")), qPrintable(daily.out));
        QVERIFY2(lines.contains(QStringLiteral("2,reversal,1,-5.0000,0.00")),
                 qPrintable(daily.out));

        const Tool stations = runTool({QStringLiteral("report"), QStringLiteral("stations"),
                                       QStringLiteral("--all-stations"), QStringLiteral("--server"),
                                       reporter, QStringLiteral("--csv")});
        QCOMPARE(stations.code, 0);
        QVERIFY2(stations.out.contains(QStringLiteral("\r\n1,2000.0000,50.0010,1949.9990,3,0,")),
                 qPrintable(stations.out));

        // A station's login is not a reporting login, and a reporter writes nothing.
        const Tool refused =
            runTool({QStringLiteral("report"), QStringLiteral("daily"),
                     QStringLiteral("--all-stations"), QStringLiteral("--server"), m_station1});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("reporting login")), qPrintable(refused.err));
        PgConnection auditor;
        open(auditor, reporter);
        const auto write = push(auditor, nextEntry(1, 4, 1, QByteArray(32, '\x44')));
        QVERIFY(!write.ok());
        QCOMPARE(write.sqlState(), QStringLiteral("42501"));
    }

    // Review 17: the adversary "a station in network mode" (DESIGN.md §8) sending any SQL through
    // libpq. The tests that hold prove a defence; the ones that fail name a hole to close.

    void stationInNetworkMode_disablesTheTriggers_historyStaysChecked()
    {
        PgConnection db;
        open(db, m_station1);
        for (const QString &sql :
             {QStringLiteral("SET session_replication_role = replica"),
              QStringLiteral("ALTER TABLE ampcard.journal DISABLE TRIGGER ALL"),
              QStringLiteral("ALTER TABLE ampcard.journal DISABLE TRIGGER journal_chain"),
              QStringLiteral("ALTER TABLE ampcard.journal NO FORCE ROW LEVEL SECURITY"),
              QStringLiteral("DROP POLICY own_rows_push ON ampcard.journal"),
              QStringLiteral("CREATE POLICY mine ON ampcard.journal FOR ALL USING (true)"),
              QStringLiteral("SET row_security = off")}) {
            const auto result = db.exec(sql);
            if (sql.contains(QStringLiteral("row_security"))) {
                // Allowed to set, but it makes a query that RLS would filter fail.
                QVERIFY2(result.ok(), qPrintable(result.error()));
                const auto read = db.exec(QStringLiteral("SELECT count(*) FROM ampcard.journal"));
                QVERIFY(!read.ok());
                QCOMPARE(read.sqlState(), QStringLiteral("42501"));
                QVERIFY(db.exec(QStringLiteral("RESET row_security")).ok());
                continue;
            }
            QVERIFY2(!result.ok(), qPrintable(sql));
            QCOMPARE(result.sqlState(), QStringLiteral("42501"));
        }
        // Not even its own triggers on the tables.
        const auto trigger = db.exec(
            QStringLiteral("CREATE FUNCTION pg_temp.nop() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN RETURN NULL; END $$"));
        // A server that revokes TEMPORARY from PUBLIC refuses even that (also a defence).
        if (!trigger.ok()) {
            QCOMPARE(trigger.sqlState(), QStringLiteral("42501"));
            return;
        }
        const auto attach = db.exec(
            QStringLiteral("CREATE TRIGGER skip BEFORE INSERT ON ampcard.journal FOR EACH ROW "
                           "EXECUTE FUNCTION pg_temp.nop()"));
        QVERIFY(!attach.ok());
        QCOMPARE(attach.sqlState(), QStringLiteral("42501"));
    }

    void stationInNetworkMode_createsObjects_definerFunctionsIgnoreThem()
    {
        PgConnection db;
        open(db, m_station1);
        for (const QString &sql :
             {QStringLiteral("CREATE SCHEMA evil"),
              QStringLiteral("CREATE TABLE public.stations (station integer)"),
              QStringLiteral("CREATE FUNCTION public.now() RETURNS timestamptz LANGUAGE sql AS "
                             "$$ SELECT '2000-01-01'::timestamptz $$"),
              QStringLiteral("CREATE TABLE ampcard.pushed (station integer)"),
              QStringLiteral("CREATE FUNCTION ampcard.current_station() RETURNS integer "
                             "LANGUAGE sql AS $$ SELECT 2 $$"),
              QStringLiteral("CREATE EXTENSION IF NOT EXISTS dblink"),
              // A child table would add rows to what a report reads from the parent; a foreign
              // key would let the station lock other stations' rows (FOR KEY SHARE).
              QStringLiteral("CREATE TEMP TABLE child () INHERITS (ampcard.journal)"),
              QStringLiteral("CREATE TEMP TABLE holder (s integer REFERENCES ampcard.stations)"),
              QStringLiteral("ALTER TABLE ampcard.journal ADD COLUMN note text"),
              QStringLiteral("CREATE INDEX ON ampcard.journal (amount)")}) {
            const auto result = db.exec(sql);
            QVERIFY2(!result.ok(), qPrintable(sql));
            // 42P16: a temporary table may not reference a permanent one, and the station may
            // create no permanent table anywhere.
            QVERIFY2(result.sqlState() == QStringLiteral("42501") ||
                         result.sqlState() == QStringLiteral("42P16"),
                     qPrintable(sql + QStringLiteral(": ") + result.sqlState() +
                                QStringLiteral(" ") + result.error()));
        }
        // Temporary objects that shadow what the definer functions read: pg_temp is searched
        // last there, and functions and operators are never taken from it.
        const auto shadow = db.script(QStringLiteral(
            "CREATE TEMP TABLE stations (station integer, journal_seq bigint, journal_hash bytea,"
            " float_granted bigint, float_used bigint, role_name name);"
            "INSERT INTO pg_temp.stations VALUES (1, 100, NULL, 999999999999, 0, session_user);"
            "CREATE TEMP TABLE pushed (station integer, seq bigint, amount bigint,"
            " previous_hash bytea, hash bytea);"
            "CREATE TEMP TABLE journal (station integer, seq bigint, hash bytea);"
            "CREATE FUNCTION pg_temp.current_station() RETURNS integer LANGUAGE sql AS "
            "$$ SELECT 2 $$;"
            "SET search_path = pg_temp, ampcard, public"));
        // A server that revokes TEMPORARY from PUBLIC refuses the shadows (also a defence).
        QVERIFY2(shadow.ok() || shadow.sqlState() == QStringLiteral("42501"),
                 qPrintable(shadow.error()));
        db.exec(QStringLiteral("SET search_path = pg_temp, ampcard, public"));
        const auto head = db.exec(QStringLiteral(
            "SELECT journal_seq, journal_hash FROM ampcard.stations WHERE station = 1"));
        QCOMPARE(head.rows(), 1);
        const qint64 headSeq = head.number(0, 0);
        const QByteArray headHash = QByteArray::fromHex(head.text(0, 1).mid(2).toLatin1());
        const auto gap = push(db, nextEntry(1, headSeq + 2, 10, headHash));
        QCOMPARE(gap.sqlState(), QStringLiteral("AMP02"));
        const auto broken = push(db, nextEntry(1, headSeq + 1, 10, QByteArray(32, '\x55')));
        QCOMPARE(broken.sqlState(), QStringLiteral("AMP03"));
        QCOMPARE(db.exec(QStringLiteral("SELECT ampcard.current_station()")).number(0, 0), 1);
        QCOMPARE(db.exec(QStringLiteral("SELECT count(*) FROM ampcard.journal WHERE station = 2"))
                     .number(0, 0),
                 0);
        QCOMPARE(db.exec(QStringLiteral("SELECT ampcard.float_left()")).number(0, 0),
                 2000 * 10000 - 500010);
    }

    void stationInNetworkMode_escalatesItsRole_isRefused()
    {
        PgConnection db;
        open(db, m_station1);
        for (const QString &sql :
             {QStringLiteral("SET ROLE ampcard_owner"), QStringLiteral("SET ROLE postgres"),
              QStringLiteral("SET ROLE ampcard_station_2"),
              QStringLiteral("SET ROLE ampcard_report"),
              QStringLiteral("SET SESSION AUTHORIZATION ampcard_station_2"),
              QStringLiteral("GRANT ampcard_owner TO ampcard_station_1"),
              QStringLiteral("GRANT ampcard_report TO ampcard_station_1"),
              QStringLiteral("ALTER ROLE ampcard_station_1 CREATEROLE"),
              QStringLiteral("ALTER ROLE ampcard_station_1 CONNECTION LIMIT -1"),
              QStringLiteral("ALTER ROLE ampcard_station_2 PASSWORD 'taken'"),
              QStringLiteral("ALTER ROLE ampcard_station_2 RENAME TO ampcard_station_9"),
              QStringLiteral("ALTER ROLE ampcard_station_1 RENAME TO ampcard_station_2"),
              QStringLiteral("CREATE ROLE ampcard_station_9 LOGIN"),
              QStringLiteral("CREATE DATABASE other"),
              QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                             " WHERE usename = 'ampcard_station_2'")}) {
            const auto result = db.exec(sql);
            if (result.ok() && sql.startsWith(QLatin1String("SELECT pg_terminate")) &&
                result.rows() == 0)
                continue; // nobody of station 2 is connected: nothing to prove it on
            QVERIFY2(!result.ok(), qPrintable(sql + QStringLiteral(" was accepted")));
            QVERIFY2(result.sqlState() == QStringLiteral("42501") ||
                         result.sqlState() == QStringLiteral("0LP01") ||
                         result.sqlState() == QStringLiteral("0A000") ||
                         result.sqlState() == QStringLiteral("22023"),
                     qPrintable(sql + QStringLiteral(": ") + result.sqlState() +
                                QStringLiteral(" ") + result.error()));
        }
        // Accepted by PostgreSQL, and harmless: a GRANT without the grant option grants nothing
        // (a warning); default privileges cover only objects the station creates, and it creates
        // none in the schema; membership in itself given to another station gives that station
        // nothing it has not (the policies go by the session user); its own password is its own.
        QVERIFY(db.exec(QStringLiteral("GRANT SELECT ON ampcard.journal TO PUBLIC")).ok());
        QVERIFY(
            db.exec(QStringLiteral("GRANT INSERT ON ampcard.stations TO ampcard_station_1")).ok());
        const auto acl = db.exec(QStringLiteral(
            "SELECT count(*) FROM pg_class c, aclexplode(c.relacl) a WHERE c.relnamespace ="
            " 'ampcard'::regnamespace AND (a.grantee = 0 OR a.grantee = "
            "'ampcard_station_1'::regrole)"));
        QVERIFY2(acl.ok(), qPrintable(acl.error()));
        QCOMPARE(acl.number(0, 0), 0);
        QVERIFY(db.exec(QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA ampcard GRANT ALL ON "
                                       "TABLES TO ampcard_station"))
                    .ok());
        const auto lent = db.exec(QStringLiteral("GRANT ampcard_station_1 TO ampcard_station_2"));
        if (lent.ok()) {
            PgConnection two;
            open(two, m_station2);
            QVERIFY(two.exec(QStringLiteral("SET ROLE ampcard_station_1")).ok());
            QCOMPARE(two.exec(QStringLiteral("SELECT ampcard.current_station()")).number(0, 0), 2);
            QCOMPARE(two.exec(QStringLiteral("SELECT count(*) FROM ampcard.journal WHERE station"
                                             " = 1"))
                         .number(0, 0),
                     0);
            QVERIFY(
                db.exec(QStringLiteral("REVOKE ampcard_station_1 FROM ampcard_station_2")).ok());
        }
        QVERIFY(db.exec(QStringLiteral("BEGIN")).ok());
        const auto password =
            db.exec(QStringLiteral("ALTER ROLE ampcard_station_1 PASSWORD 'changed-by-a-thief'"));
        QVERIFY(db.exec(QStringLiteral("ROLLBACK")).ok());
        qInfo() << "own password change:" << (password.ok() ? "accepted" : password.error())
                << "- membership in itself to another station:"
                << (lent.ok() ? "accepted" : lent.error());

        // The group role is allowed, and changes nothing: the station is its session user.
        QVERIFY(db.exec(QStringLiteral("SET ROLE ampcard_station")).ok());
        QCOMPARE(db.exec(QStringLiteral("SELECT ampcard.current_station()")).number(0, 0), 1);
        const auto other = push(db, nextEntry(2, 2, 1, QByteArray(32, '\x22')));
        QVERIFY(!other.ok());
        QCOMPARE(db.exec(QStringLiteral("SELECT count(*) FROM ampcard.stations")).number(0, 0), 1);
    }

    void stationInNetworkMode_readsServerFiles_isRefused()
    {
        PgConnection db;
        open(db, m_station1);
        for (const QString &sql :
             {QStringLiteral("SELECT pg_read_file('/etc/passwd')"),
              QStringLiteral("SELECT pg_read_binary_file('postgresql.conf')"),
              QStringLiteral("SELECT pg_ls_dir('.')"),
              QStringLiteral("SELECT lo_import('/etc/passwd')"),
              QStringLiteral("COPY ampcard.journal FROM '/etc/passwd'"),
              QStringLiteral("COPY ampcard.journal TO '/tmp/ampcard-journal-copy'"),
              QStringLiteral("COPY (SELECT 1) TO PROGRAM 'true'"),
              QStringLiteral("SELECT passwd FROM pg_shadow"),
              QStringLiteral("SELECT rolpassword FROM pg_authid"),
              QStringLiteral("ALTER SYSTEM SET log_statement = 'none'"),
              QStringLiteral("LOAD '/tmp/evil.so'")}) {
            const auto result = db.exec(sql);
            QVERIFY2(!result.ok(), qPrintable(sql));
            QCOMPARE(result.sqlState(), QStringLiteral("42501"));
        }
    }

    void stationInNetworkMode_leakyFunction_seesNoOtherStationsRows()
    {
        // A function of the station's own in the WHERE clause sees rows only after the policy.
        PgConnection db;
        open(db, m_station1);
        const auto made = db.script(QStringLiteral(
            "CREATE TEMP TABLE seen (station integer, amount bigint);"
            "CREATE FUNCTION pg_temp.leak(s integer, a bigint) RETURNS boolean LANGUAGE plpgsql"
            " COST 0.0000001 AS $$ BEGIN INSERT INTO pg_temp.seen VALUES (s, a); RETURN true;"
            " END $$;"));
        // A server that revokes TEMPORARY from PUBLIC refuses the function (also a defence).
        QVERIFY2(made.ok() || made.sqlState() == QStringLiteral("42501"), qPrintable(made.error()));
        if (made.ok()) {
            const auto read = db.exec(QStringLiteral(
                "SELECT count(*) FROM ampcard.journal WHERE pg_temp.leak(station, amount)"));
            QVERIFY2(read.ok(), qPrintable(read.error()));
            const auto leaked =
                db.exec(QStringLiteral("SELECT count(*) FROM pg_temp.seen WHERE station <> 1"));
            QCOMPARE(leaked.number(0, 0), 0);
        }

        // The planner's statistics show nothing of a table whose policies apply.
        PgConnection admin;
        open(admin, m_pg.adminUrl());
        QVERIFY(admin.exec(QStringLiteral("ANALYZE ampcard.journal")).ok());
        const auto stats = db.exec(QStringLiteral("SELECT count(*) FROM pg_stats WHERE schemaname "
                                                  "= 'ampcard' AND tablename = 'journal'"));
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        QCOMPARE(stats.number(0, 0), 0);
    }

    void stationInNetworkMode_forgesItsReceivedTime_serverKeepsItsOwn()
    {
        PgConnection db;
        open(db, m_station1);
        const auto head = db.exec(QStringLiteral(
            "SELECT journal_seq, journal_hash FROM ampcard.stations WHERE station = 1"));
        const Entry next = nextEntry(1, head.number(0, 0) + 1, 0,
                                     QByteArray::fromHex(head.text(0, 1).mid(2).toLatin1()));
        const auto pushed = db.exec(
            QStringLiteral("INSERT INTO ampcard.journal (id, station, seq, at, kind, reference,"
                           " meter, operator, amount, energy, detail, keyed, previous_hash, hash,"
                           " received_at) VALUES ($1, 1, $2, now(), 'sale', 'r', '0001', 'c', 0, 0,"
                           " '{}', true, $3, $4, '2001-01-01')"),
            {next.id, QString::number(next.seq), hex(next.previous), hex(next.hash)});
        QVERIFY2(pushed.ok(), qPrintable(pushed.error()));
        const auto when = db.exec(
            QStringLiteral("SELECT received_at > now() - interval '1 hour' FROM ampcard.journal"
                           " WHERE id = $1"),
            {next.id});
        QCOMPARE(when.text(0, 0), QStringLiteral("t"));
    }

    // BROKEN today: the row triggers run before the insert policy, so a station learns from
    // the error whether another station has entry N (AMP01 "forked") or not (42501), and which
    // stations exist ("not registered"): a count of another station's sales.
    void stationInNetworkMode_probesAnotherStationsChain_learnsNothing()
    {
        PgConnection db;
        open(db, m_station1);
        // Station 2 holds entry 1 (pushed above), not entry 50; station 99 does not exist.
        const auto held = push(db, nextEntry(2, 1, 1, QByteArray(32, '\x22')));
        const auto missing = push(db, nextEntry(2, 50, 1, QByteArray(32, '\x22')));
        const auto nobody = push(db, nextEntry(99, 1, 1, QByteArray(32, '\x22')));
        QVERIFY(!held.ok());
        QVERIFY(!missing.ok());
        QVERIFY(!nobody.ok());
        QVERIFY2(held.sqlState() == QStringLiteral("42501") && held.error() == missing.error(),
                 qPrintable(
                     QStringLiteral("entry 1 of station 2: %1 %2; entry 50: %3 %4")
                         .arg(held.sqlState(), held.error(), missing.sqlState(), missing.error())));
        QCOMPARE(nobody.sqlState(), QStringLiteral("42501"));
        QVERIFY2(!nobody.error().contains(QStringLiteral("not registered")),
                 qPrintable(nobody.error()));
    }

    // BROKEN today: the float is taken by the sum of the pushed amounts, and nothing bounds an
    // amount, so one entry of a negative amount gives a station any float it likes (and
    // `server float` then shows takings below zero).
    void stationInNetworkMode_pushesANegativeTaking_inflatesItsFloat()
    {
        const QString url = joinUrl(3, QStringLiteral("100"));
        QVERIFY(!url.isEmpty());
        PgConnection db;
        open(db, url);
        const auto before = db.exec(QStringLiteral("SELECT ampcard.float_left()")).number(0, 0);
        QCOMPARE(before, 100 * 10000);
        const auto pushed = push(db, nextEntry(3, 1, -1000000000000LL, QByteArray(32, '\x33')));
        const auto after = db.exec(QStringLiteral("SELECT ampcard.float_left()")).number(0, 0);
        QVERIFY2(after <= before, qPrintable(QStringLiteral("float left %1 after a push that %2")
                                                 .arg(after)
                                                 .arg(pushed.ok() ? QStringLiteral("was accepted")
                                                                  : pushed.error())));
        QVERIFY(!pushed.ok());
    }

    // BROKEN today: note_sequence and allocate_sequence take any sequence the station names, so
    // one station moves a meter's sequence to the top of bigint and every other station's remote
    // sale for that meter fails from then on ("bigint out of range"), for good, as the known
    // sequence only grows.
    void stationInNetworkMode_movesAMetersSequenceToTheTop_othersCannotSell()
    {
        PgConnection one;
        PgConnection two;
        open(one, m_station1);
        open(two, m_station2);
        const auto noted = one.exec(QStringLiteral("SELECT ampcard.note_sequence('M-TOP', $1)"),
                                    {QStringLiteral("9223372036854775807")});
        const auto allocated =
            one.exec(QStringLiteral("SELECT ampcard.allocate_sequence('M-TOP2', $1)"),
                     {QStringLiteral("9223372036854775806")});
        const auto next = two.exec(QStringLiteral("SELECT ampcard.allocate_sequence('M-TOP', 0)"));
        const auto next2 =
            two.exec(QStringLiteral("SELECT ampcard.allocate_sequence('M-TOP2', 0)"));
        QVERIFY2(!noted.ok() || next.ok(), qPrintable(next.error()));
        QVERIFY2(!allocated.ok() || next2.ok(), qPrintable(next2.error()));
        QVERIFY2(!noted.ok(), "a sequence at the top of bigint was noted");
        QVERIFY2(!allocated.ok(), "a sequence at the top of bigint was allocated");
    }

    // BROKEN today: allocate_sequence holds the meter's row lock until the caller's transaction
    // ends, and nothing ends a transaction a station leaves open, so station 2's remote sale to
    // that meter hangs for as long as station 1 likes (here until station 2's own 3 s timeout).
    void stationInNetworkMode_holdsAMetersLock_othersAreNotHeld()
    {
        PgConnection one;
        PgConnection two;
        open(one, m_station1);
        open(two, m_station2);
        QVERIFY(one.exec(QStringLiteral("SELECT ampcard.allocate_sequence('M-LOCK', 0)")).ok());
        QVERIFY(one.exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(one.exec(QStringLiteral("SELECT ampcard.allocate_sequence('M-LOCK', 0)")).ok());
        // Station 1 now sits idle in its transaction. Station 2 waits at most 3 s.
        QVERIFY(two.exec(QStringLiteral("SET statement_timeout = '3s'")).ok());
        const auto blocked =
            two.exec(QStringLiteral("SELECT ampcard.allocate_sequence('M-LOCK', 0)"));
        one.exec(QStringLiteral("ROLLBACK"));
        QVERIFY2(
            blocked.ok() || blocked.sqlState() != QStringLiteral("57014"),
            qPrintable(QStringLiteral("station 2 waited on station 1's lock: ") + blocked.error()));
    }

    // BROKEN today: a station's login has no connection limit, so one station (or a thief of
    // its password file) takes every connection of the server and no other station can push.
    void stationInNetworkMode_opensEveryConnection_othersStillConnect()
    {
        const QString url = joinUrl(4, QStringLiteral("0"));
        QVERIFY(!url.isEmpty());
        std::vector<std::unique_ptr<PgConnection>> held;
        QString refusal;
        for (int i = 0; i < 24 && refusal.isEmpty(); ++i) {
            auto db = std::make_unique<PgConnection>();
            QString error;
            if (db->open(url, &error))
                held.push_back(std::move(db));
            else
                refusal = error;
        }
        const auto opened = held.size();
        held.clear();
        QVERIFY2(!refusal.isEmpty(),
                 qPrintable(QStringLiteral("station 4 held %1 connections").arg(opened)));
        QVERIFY2(refusal.contains(QStringLiteral("too many connections for role")),
                 qPrintable(refusal));
    }

    // BROKEN today: large objects are granted to PUBLIC, so a station writes data that outlives
    // its session into pg_largeobject (until the disk is full for every station).
    void stationInNetworkMode_storesLargeObjects_isRefused()
    {
        PgConnection db;
        open(db, m_station1);
        const auto made = db.exec(QStringLiteral("SELECT lo_from_bytea(0, '\\x00'::bytea)"));
        if (made.ok()) {
            PgConnection admin;
            open(admin, m_pg.adminUrl());
            admin.exec(QStringLiteral("SELECT lo_unlink($1::oid)"), {made.text(0, 0)});
        }
        QVERIFY2(!made.ok(), "a station created a large object");
        QCOMPARE(made.sqlState(), QStringLiteral("42501"));
        const auto created = db.exec(QStringLiteral("SELECT lo_create(0)"));
        QVERIFY(!created.ok());
    }

    // BROKEN today: ledger ids are unique over all stations, so a station that binds its row to
    // the ledger id of another station first (the reporting logins read them; the id is not a
    // secret) stops that station from ever pushing: its bind_ledger fails.
    void stationInNetworkMode_bindsAnotherStationsLedger_thatStationStillPushes()
    {
        const QString url5 = joinUrl(5, QStringLiteral("0"));
        const QString url6 = joinUrl(6, QStringLiteral("0"));
        QVERIFY(!url5.isEmpty() && !url6.isEmpty());
        PgConnection squatter;
        PgConnection victim;
        open(squatter, url5);
        open(victim, url6);
        const QString ledger = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(squatter.exec(QStringLiteral("SELECT ampcard.bind_ledger($1, 0)"), {ledger}).ok());
        const auto bound =
            victim.exec(QStringLiteral("SELECT ampcard.bind_ledger($1, 0)"), {ledger});
        QVERIFY2(bound.ok(), qPrintable(bound.sqlState() + QStringLiteral(" ") + bound.error()));
        // Its own row says nothing of another station, and rebinding itself is refused.
        const auto again =
            victim.exec(QStringLiteral("SELECT ampcard.bind_ledger($1, 0)"), {QStringLiteral("x")});
        QCOMPARE(again.sqlState(), QStringLiteral("AMP04"));
    }

    void stationInNetworkMode_holdsTheStationsLock_othersStillPush()
    {
        PgConnection one;
        PgConnection two;
        open(one, m_station1);
        open(two, m_station2);
        for (const QString &sql :
             {QStringLiteral("SELECT * FROM ampcard.stations FOR UPDATE"),
              QStringLiteral("SELECT * FROM ampcard.stations FOR KEY SHARE"),
              QStringLiteral("SELECT * FROM ampcard.journal FOR SHARE"),
              QStringLiteral("LOCK TABLE ampcard.stations IN EXCLUSIVE MODE"),
              QStringLiteral("LOCK TABLE ampcard.journal IN SHARE MODE"),
              QStringLiteral("LOCK TABLE ampcard.meter_sequences IN ACCESS SHARE MODE")}) {
            QVERIFY(one.exec(QStringLiteral("BEGIN")).ok());
            const auto result = one.exec(sql);
            one.exec(QStringLiteral("ROLLBACK"));
            QVERIFY2(!result.ok(), qPrintable(sql));
            QCOMPARE(result.sqlState(), QStringLiteral("42501"));
        }
        // Station 1 pushes and leaves its transaction open: its own row stays locked, no other.
        const auto head1 = one.exec(QStringLiteral(
            "SELECT journal_seq, journal_hash FROM ampcard.stations WHERE station = 1"));
        QVERIFY(one.exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(push(one, nextEntry(1, head1.number(0, 0) + 1, 0,
                                    QByteArray::fromHex(head1.text(0, 1).mid(2).toLatin1())))
                    .ok());
        QVERIFY(one.exec(QStringLiteral("LOCK TABLE ampcard.journal IN ROW EXCLUSIVE MODE")).ok());
        const auto head2 = two.exec(QStringLiteral(
            "SELECT journal_seq, journal_hash FROM ampcard.stations WHERE station = 2"));
        QVERIFY(two.exec(QStringLiteral("SET statement_timeout = '3s'")).ok());
        const auto pushed =
            push(two, nextEntry(2, head2.number(0, 0) + 1, 0,
                                QByteArray::fromHex(head2.text(0, 1).mid(2).toLatin1())));
        one.exec(QStringLiteral("ROLLBACK"));
        QVERIFY2(pushed.ok(), qPrintable(pushed.error()));
    }

    // BROKEN today: DESIGN.md §6 says a sale takes from the float atomically (`UPDATE … WHERE
    // float >= amount`), but the server takes any push whatever the float: a station granted 1
    // pushes takings of 1,000 and the server only records the overdraw. (docs/network.md accepts
    // an overdraw when the float was lowered while the station sold offline; this one was never
    // lowered.)
    void stationInNetworkMode_pushesTakingsBeyondItsFloat_isRefused()
    {
        const QString url = joinUrl(7, QStringLiteral("1"));
        QVERIFY(!url.isEmpty());
        PgConnection db;
        open(db, url);
        QCOMPARE(db.exec(QStringLiteral("SELECT ampcard.float_left()")).number(0, 0), 10000);
        const auto pushed = push(db, nextEntry(7, 1, 1000 * 10000, QByteArray(32, '\x77')));
        const auto left = db.exec(QStringLiteral("SELECT ampcard.float_left()")).number(0, 0);
        QVERIFY2(!pushed.ok(), qPrintable(QStringLiteral("accepted; float left %1").arg(left)));
        QCOMPARE(left, 10000);
    }

    // The history a station declares at its first push does not draw on the float; a station
    // declaring its whole future as history (or an insider raising the figure in the ledger's
    // notes) still has its takings counted once a day has passed since it was registered.
    void stationInNetworkMode_declaresItsFutureAsHistory_floatStillCounts()
    {
        const QString url = joinUrl(9, QStringLiteral("1"));
        QVERIFY(!url.isEmpty());
        PgConnection admin;
        open(admin, m_pg.adminUrl());
        QVERIFY(admin
                    .exec(QStringLiteral("UPDATE ampcard.stations SET created_at = now() - "
                                         "interval '2 days' WHERE station = 9"))
                    .ok());
        PgConnection db;
        open(db, url);
        QVERIFY(db.exec(QStringLiteral("SELECT ampcard.bind_ledger('ledger-nine', "
                                       "9000000000000000000)"))
                    .ok());
        const auto pushed = push(db, nextEntry(9, 1, 1000 * 10000, QByteArray(32, '\x19')));
        QVERIFY(!pushed.ok());
        QCOMPARE(pushed.sqlState(), QStringLiteral("AMP06"));
        QCOMPARE(db.exec(QStringLiteral("SELECT ampcard.float_left()")).number(0, 0), 10000);
    }

    // A refund of a sale from the history (which took no float) gives no float back.
    void stationInNetworkMode_refundsAHistorySale_floatNotRaised()
    {
        const QString url = joinUrl(10, QStringLiteral("1"));
        QVERIFY(!url.isEmpty());
        PgConnection db;
        open(db, url);
        QVERIFY(db.exec(QStringLiteral("SELECT ampcard.bind_ledger('ledger-ten', 1)")).ok());
        const Entry sale = nextEntry(10, 1, 900000, QByteArray(32, '\x1a'));
        QVERIFY(db.exec(kPushWithReference,
                        {sale.id, QStringLiteral("10"), QStringLiteral("1"),
                         QStringLiteral("900000"), hex(sale.previous), hex(sale.hash),
                         QStringLiteral("sale"), QStringLiteral("h1")})
                    .ok());
        const Entry refund = nextEntry(10, 2, -900000, sale.hash);
        const auto refunded = db.exec(
            kPushWithReference, {refund.id, QStringLiteral("10"), QStringLiteral("2"),
                                 QStringLiteral("-900000"), hex(refund.previous), hex(refund.hash),
                                 QStringLiteral("cancel"), QStringLiteral("h1")});
        QVERIFY2(refunded.ok(), qPrintable(refunded.error()));
        QCOMPARE(db.exec(QStringLiteral("SELECT ampcard.float_left()")).number(0, 0), 10000);
    }

    // Reference records (docs/network.md "Reference data"), pushed as a station role would.
    static PgConnection::Result pushRecord(PgConnection &db, int station, const QString &origin,
                                           const QString &kind, const QString &key,
                                           const QString &naturalKey, const QString &body)
    {
        // The body carries the record's id and number as the columns say (the server checks),
        // plus what the test adds.
        const QString field = kind == QLatin1String("card")       ? QStringLiteral("serial")
                              : kind == QLatin1String("operator") ? QStringLiteral("login")
                                                                  : QStringLiteral("number");
        return db.exec(QStringLiteral("INSERT INTO ampcard.reference (origin, station, kind, key, "
                                      "natural_key, body) VALUES ($1, $2::integer, $3, $4, $5, "
                                      "$6::jsonb || jsonb_build_object('id', $4::text, $7::text, "
                                      "$5::text)) ON CONFLICT (station, origin) DO NOTHING"),
                       {origin, QString::number(station), kind, key, naturalKey, body, field});
    }
    static qint64 visible(PgConnection &db, const QString &where)
    {
        const auto count =
            db.exec(QStringLiteral("SELECT count(*) FROM ampcard.reference WHERE ") + where);
        return count.ok() ? count.number(0, 0) : -1;
    }

    void stationInNetworkMode_squatsAnotherStationsOrigins_theirRecordsStillArrive()
    {
        PgConnection one;
        PgConnection two;
        open(one, m_station1);
        open(two, m_station2);
        // Station 1 guesses station 2's next origins and takes them first, as its own rows.
        for (int seq = 1; seq <= 3; ++seq)
            QVERIFY(pushRecord(one, 1, QStringLiteral("ledger-two:%1").arg(seq),
                               QStringLiteral("customer"), QStringLiteral("squat-%1").arg(seq),
                               QStringLiteral("SQ-%1").arg(seq), QStringLiteral("{}"))
                        .ok());
        const auto pushed =
            pushRecord(two, 2, QStringLiteral("ledger-two:1"), QStringLiteral("customer"),
                       QStringLiteral("c-two-1"), QStringLiteral("T-1"),
                       QStringLiteral("{\"number\":\"T-1\"}"));
        QVERIFY2(pushed.ok(), qPrintable(pushed.error()));
        QCOMPARE(visible(two, QStringLiteral("key = 'c-two-1' AND clash_with IS NULL")), 1);
        QCOMPARE(visible(one, QStringLiteral("key = 'c-two-1'")), 1);
    }

    void stationInNetworkMode_sharesOperatorsOrTariffsWithoutBeingTheHeadOffice_noStationTakesThem()
    {
        PgConnection one;
        PgConnection two;
        open(one, m_station1);
        open(two, m_station2);
        // An administrator with a password hash station 1 knows, and a free tariff, for everyone.
        QVERIFY(pushRecord(one, 1, QStringLiteral("l1:op"), QStringLiteral("operator"),
                           QStringLiteral("op-evil"), QStringLiteral("root"),
                           QStringLiteral("{\"login\":\"root\",\"role\":\"administrator\"}"))
                    .ok());
        QVERIFY(pushRecord(one, 1, QStringLiteral("l1:plan"), QStringLiteral("plan"),
                           QStringLiteral("plan-free"), QStringLiteral("R1/99"),
                           QStringLiteral("{\"name\":\"R1\",\"version\":99}"))
                    .ok());
        QCOMPARE(visible(two, QStringLiteral("kind IN ('operator', 'plan')")), 0);
        QCOMPARE(visible(one, QStringLiteral("kind IN ('operator', 'plan')")), 0);
    }

    void stationInNetworkMode_changesAnotherStationsMeter_refusedNeverHandedOut()
    {
        PgConnection one;
        PgConnection two;
        open(one, m_station1);
        open(two, m_station2);
        QVERIFY(pushRecord(two, 2, QStringLiteral("l2:m"), QStringLiteral("meter"),
                           QStringLiteral("meter-77"), QStringLiteral("310100000077"),
                           QStringLiteral("{\"status\":\"active\"}"))
                    .ok());
        // Station 1 "removes" station 2's meter, so that station 2 can no longer sell to it.
        QVERIFY(pushRecord(one, 1, QStringLiteral("l1:m"), QStringLiteral("meter"),
                           QStringLiteral("meter-77"), QStringLiteral("310100000077"),
                           QStringLiteral("{\"status\":\"removed\"}"))
                    .ok());
        QCOMPARE(visible(two, QStringLiteral("key = 'meter-77'")), 1); // its own only
        QCOMPARE(visible(one, QStringLiteral("key = 'meter-77' AND station = 1 AND clash_with IS "
                                             "NOT NULL")),
                 1); // kept, as a clash station 1 hears of
    }

    // The attack an attacker-review found: a record under a fresh key whose body names
    // another station's meter, so that stations applying the body rewrite that meter.
    void stationInNetworkMode_disguisesAnotherStationsMeterUnderAFreshKey_isRefused()
    {
        PgConnection one;
        PgConnection two;
        open(one, m_station1);
        open(two, m_station2);
        QVERIFY(pushRecord(two, 2, QStringLiteral("l2:m88"), QStringLiteral("meter"),
                           QStringLiteral("meter-88"), QStringLiteral("310100000088"),
                           QStringLiteral("{\"status\":\"active\"}"))
                    .ok());
        const auto disguised = one.exec(
            QStringLiteral("INSERT INTO ampcard.reference (origin, station, kind, key, "
                           "natural_key, body) VALUES ('l1:d', 1, 'meter', 'fresh-key', "
                           "'999999999999', '{\"id\":\"meter-88\",\"number\":\"310100000088\","
                           "\"status\":\"removed\"}')"));
        QVERIFY(!disguised.ok());
        QCOMPARE(disguised.sqlState(), QStringLiteral("42501"));
        const auto otherSetting = one.exec(
            QStringLiteral("INSERT INTO ampcard.reference (origin, station, kind, key, "
                           "natural_key, body) VALUES ('l1:f', 1, 'fee', 'network.server', "
                           "'network.server', '{\"key\":\"network.server\",\"value\":\"x\"}')"));
        QVERIFY(!otherSetting.ok());
        QCOMPARE(visible(two, QStringLiteral("station = 1 AND body->>'id' = 'meter-88'")), 0);
    }

    // A station that has sold nothing to a meter cannot claim a card sale to it (which would
    // stop every station's remote sales to that meter), nor push a meter's sequence to its end.
    void stationInNetworkMode_claimsCardSalesOrSequencesItNeverSold_isRefused()
    {
        PgConnection one;
        open(one, m_station1);
        const auto claimed =
            one.exec(QStringLiteral("SELECT ampcard.note_card_sale('310100000055', 9)"));
        QVERIFY(claimed.ok()); // taken without a word, and left out
        PgConnection admin;
        open(admin, m_pg.adminUrl());
        QCOMPARE(admin
                     .exec(QStringLiteral("SELECT count(*) FROM ampcard.card_sequences WHERE "
                                          "meter = '310100000055'"))
                     .number(0, 0),
                 0);
        const auto top =
            one.exec(QStringLiteral("SELECT ampcard.note_sequence('310100000055', 4294967295)"));
        QVERIFY(!top.ok());
        QCOMPARE(top.sqlState(), QStringLiteral("22003"));
    }

    void stationInNetworkMode_unblacklistsAnotherStationsCard_refused_blacklistingIsNot()
    {
        PgConnection one;
        PgConnection two;
        open(one, m_station1);
        open(two, m_station2);
        QVERIFY(pushRecord(two, 2, QStringLiteral("l2:c1"), QStringLiteral("card"),
                           QStringLiteral("card-9"), QStringLiteral("9009"),
                           QStringLiteral("{\"state\":\"active\"}"))
                    .ok());
        QVERIFY(pushRecord(one, 1, QStringLiteral("l1:c1"), QStringLiteral("card"),
                           QStringLiteral("card-9"), QStringLiteral("9009"),
                           QStringLiteral("{\"state\":\"blacklisted\"}"))
                    .ok());
        QVERIFY(pushRecord(one, 1, QStringLiteral("l1:c2"), QStringLiteral("card"),
                           QStringLiteral("card-9"), QStringLiteral("9009"),
                           QStringLiteral("{\"state\":\"active\"}"))
                    .ok());
        // Station 2 takes the blacklisting (a lost card is stopped at any counter), not the undo.
        QCOMPARE(visible(two, QStringLiteral("key = 'card-9' AND station = 1")), 1);
        QCOMPARE(visible(two, QStringLiteral("key = 'card-9' AND station = 1 AND "
                                             "body->>'state' = 'blacklisted'")),
                 1);
    }

    void stationInNetworkMode_writesOrRewritesReferenceRows_isRefused()
    {
        PgConnection one;
        open(one, m_station1);
        const auto forged =
            pushRecord(one, 2, QStringLiteral("l1:forged"), QStringLiteral("customer"),
                       QStringLiteral("c-forged"), QStringLiteral("F-1"), QStringLiteral("{}"));
        QVERIFY(!forged.ok());
        QCOMPARE(forged.sqlState(), QStringLiteral("42501"));
        QVERIFY(pushRecord(one, 1, QStringLiteral("l1:own"), QStringLiteral("customer"),
                           QStringLiteral("c-own"), QStringLiteral("O-1"), QStringLiteral("{}"))
                    .ok());
        for (const char *sql :
             {"UPDATE ampcard.reference SET body = '{\"name\":\"x\"}' WHERE key = 'c-own'",
              "DELETE FROM ampcard.reference WHERE key = 'c-own'",
              "UPDATE ampcard.reference SET clash_with = revision WHERE station = 2"}) {
            const auto changed = one.exec(QString::fromLatin1(sql));
            QVERIFY2(!changed.ok() || changed.affected() == 0, sql);
        }
        // A clash mark or revision the station sends is the server's to set.
        const auto marked = one.exec(
            QStringLiteral("INSERT INTO ampcard.reference (revision, origin, station, kind, key, "
                           "natural_key, body, clash_with) VALUES (1, 'l1:mark', 1, 'customer', "
                           "'c-mark', 'M-1', '{\"id\":\"c-mark\",\"number\":\"M-1\"}', 1)"));
        QVERIFY2(marked.ok(), qPrintable(marked.error()));
        QCOMPARE(visible(one, QStringLiteral("key = 'c-mark' AND clash_with IS NULL AND "
                                             "revision > 1")),
                 1);
        QCOMPARE(visible(one, QStringLiteral("key = 'c-own'")), 1);
    }

    // Scenario 5 as the issue puts it: someone with a station's login and psql (the same libpq
    // a station uses, with nothing of Ampcard in between).
    void stationRoleWithPsql_writesReadsOrRewritesOthersMoney_eachRefused()
    {
        PgConnection station2;
        open(station2, m_station2);
        const Entry theirs = nextEntry(2, 1, 4200, QByteArray(32, '\x33'));
        QVERIFY(push(station2, theirs).ok() || journalCount(m_station2) > 0);
        auto psql = [&](const QString &sql) {
            return testing::runTool("psql", {QStringLiteral("-X"), QStringLiteral("-A"),
                                             QStringLiteral("-t"), QStringLiteral("-v"),
                                             QStringLiteral("ON_ERROR_STOP=1"), m_station1,
                                             QStringLiteral("-c"), sql});
        };
        const Tool who = psql(QStringLiteral("SELECT ampcard.current_station()"));
        QVERIFY2(who.code == 0 && who.out.trimmed() == QLatin1String("1"), qPrintable(who.err));
        const Tool insert =
            psql(QStringLiteral(
                     "INSERT INTO ampcard.journal (id, station, seq, at, kind, reference, meter, "
                     "operator, amount, energy, detail, keyed, previous_hash, hash) VALUES "
                     "(gen_random_uuid(), 2, 99, now(), 'purchase', 'x', '310100000001', 'cash', "
                     "-100000, 0, '{}', true, '\\x%1', '\\x%1')")
                     .arg(QString(64, QLatin1Char('a'))));
        QVERIFY(insert.code != 0);
        QVERIFY2(insert.err.contains(QStringLiteral("row-level security")), qPrintable(insert.err));
        for (const char *sql : {"UPDATE ampcard.journal SET amount = 0",
                                "DELETE FROM ampcard.journal", "TRUNCATE ampcard.journal"}) {
            const Tool changed = psql(QString::fromLatin1(sql));
            QVERIFY2(changed.code != 0 || changed.out.trimmed().isEmpty(), sql);
        }
        const Tool read =
            psql(QStringLiteral("SELECT count(*) FROM ampcard.journal WHERE station = 2"));
        QCOMPARE(read.out.trimmed(), QStringLiteral("0"));
        QVERIFY(journalCount(m_station2) > 0); // still there, unchanged
        const Tool raise = psql(QStringLiteral("UPDATE ampcard.stations SET float_granted = 1e12"));
        QVERIFY(raise.code != 0);
    }

    void reportingLogin_writesOrActsAsAStation_isRefused()
    {
        const Tool added =
            runTool({QStringLiteral("server"), QStringLiteral("add-reporter"),
                     QStringLiteral("--db"), m_pg.adminUrl(), QStringLiteral("--login"),
                     QStringLiteral("auditor2"), QStringLiteral("--json")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString reporter = QJsonDocument::fromJson(added.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("url"))
                                     .toString();
        PgConnection db;
        open(db, reporter);
        for (const QString &sql :
             {QStringLiteral("SELECT ampcard.allocate_sequence('M-1', 0)"),
              QStringLiteral("SELECT ampcard.note_sequence('M-1', 99)"),
              QStringLiteral("SELECT ampcard.bind_ledger('x', 0)"),
              QStringLiteral("SELECT ampcard.float_left()"),
              QStringLiteral("UPDATE ampcard.stations SET float_granted = 1"),
              QStringLiteral("UPDATE ampcard.meter_sequences SET sequence = 0"),
              QStringLiteral("INSERT INTO ampcard.audit (id, station, seq, at, operator, action,"
                             " subject, detail, keyed) VALUES (gen_random_uuid(), 1, 99, now(),"
                             " 'x', 'x', 'x', 'x', false)"),
              QStringLiteral("DELETE FROM ampcard.journal"),
              QStringLiteral("SET ROLE ampcard_owner"),
              QStringLiteral("SET ROLE ampcard_station")}) {
            const auto result = db.exec(sql);
            QVERIFY2(!result.ok(), qPrintable(sql));
            QCOMPARE(result.sqlState(), QStringLiteral("42501"));
        }
        QVERIFY(db.exec(QStringLiteral("SELECT ampcard.current_station()")).isNull(0, 0));
        // It reads everything, as a report must.
        QVERIFY(db.exec(QStringLiteral("SELECT count(*) FROM ampcard.journal")).number(0, 0) >= 4);
    }
};

QTEST_GUILESS_MAIN(TestCentral)
#include "tst_central.moc"
