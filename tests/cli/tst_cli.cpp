#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../card/cardfixtures.h"
#include "ampcard/cardio/keystore.h"
#include "ampcard/station/ledger.h"

// Runs the real `ampcard` executable and checks its output, JSON and exit codes.

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run tool(const QStringList &arguments, const QString &locale = QStringLiteral("C"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AMPCARD_EXECUTABLE), arguments);
    if (!process.waitForFinished(30000))
        qFatal("ampcard did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString example(const char *name)
{
    return QStringLiteral(AMPCARD_EXAMPLES_DIR "/") + QLatin1String(name);
}

QJsonObject json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", run.out.constData());
    return document.object();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    // The test utility's keystore (cheap scrypt: the tool reads the cost from the file).
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto master = testing::masterKeyBytes(testing::kSeed);
        QVERIFY(ampcard::cardio::Keystore::write(m_keystore, testing::kUtility, master,
                                                 "cli passphrase", {1u << 10, 8, 1})
                    .ok());
    }

    void checkAcceptsTheExamples_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"zhejiang-residential.json", "zhejiang-tou.json",
                                 "south-africa-blocks.json", "flat-monthly.json"})
            QTest::newRow(name) << example(name);
    }

    void checkAcceptsTheExamples()
    {
        QFETCH(QString, file);
        const Run run = tool({QStringLiteral("tariff"), QStringLiteral("check"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("valid tariff"), run.out.constData());
        QVERIFY(run.err.isEmpty());
    }

    void checkNamesTheBadField()
    {
        const QString path = write("bad.json", R"({"name":"x","currency":"CNY",
            "settlement":{"mode":"monthly","day":1,"hour":0},
            "steps":[{"upTo":"100","price":"0.5"},{"upTo":"50","price":"0.6"},{"price":"0.7"}]})");
        const Run run = tool({QStringLiteral("tariff"), QStringLiteral("check"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("steps[1].upTo: threshold must be greater than the previous one"),
                 run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // The document in the foundation issue: 100.0000 buys 193.20 kWh from 100 kWh used.
    void quoteMoneyJson()
    {
        const QString path = write("two-steps.json", R"({"name":"Two steps","currency":"CNY",
            "settlement":{"mode":"monthly","day":1,"hour":0},
            "steps":[{"upTo":"180","price":"0.4883"},{"price":"0.5383"}]})");
        const Run run =
            tool({QStringLiteral("tariff"), QStringLiteral("quote"), path, QStringLiteral("--used"),
                  QStringLiteral("100"), QStringLiteral("--money"), QStringLiteral("100"),
                  QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject expected = QJsonDocument::fromJson(R"({"money":"100.0000",
            "energy":"193.20","charged":"99.9995","steps":[
            {"step":1,"energy":"80.00","price":"0.4883","money":"39.0640"},
            {"step":2,"energy":"113.20","price":"0.5383","money":"60.9355"}]})")
                                         .object();
        QCOMPARE(json(run), expected);
    }

    void quoteEnergyJson()
    {
        const Run run = tool({QStringLiteral("tariff"), QStringLiteral("quote"),
                              example("zhejiang-residential.json"), QStringLiteral("--used"),
                              QStringLiteral("0"), QStringLiteral("--energy"),
                              QStringLiteral("5000"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = json(run);
        QCOMPARE(result.value(QStringLiteral("money")).toString(), QStringLiteral("2852.0000"));
        QCOMPARE(result.value(QStringLiteral("steps")).toArray().size(), 3);
    }

    void quoteTouRate()
    {
        const QStringList base = {QStringLiteral("tariff"),     QStringLiteral("quote"),
                                  example("zhejiang-tou.json"), QStringLiteral("--used"),
                                  QStringLiteral("2700"),       QStringLiteral("--energy"),
                                  QStringLiteral("100"),        QStringLiteral("--json")};
        QCOMPARE(json(tool(base)).value(QStringLiteral("money")).toString(),
                 QStringLiteral("58.8000")); // file's quoteRate: peak
        const Run valley =
            tool(base + QStringList{QStringLiteral("--rate"), QStringLiteral("valley")});
        QCOMPARE(json(valley).value(QStringLiteral("money")).toString(),
                 QStringLiteral("30.8000")); // 60 x 0.288 + 40 x 0.338
        const Run sharp =
            tool(base + QStringList{QStringLiteral("--rate"), QStringLiteral("sharp")});
        QCOMPARE(sharp.exitCode, 2);
        QVERIFY(sharp.err.contains("no such TOU rate"));
    }

    void quoteTextShowsEveryStep()
    {
        const Run run =
            tool({QStringLiteral("tariff"), QStringLiteral("quote"),
                  example("south-africa-blocks.json"), QStringLiteral("--used"),
                  QStringLiteral("0"), QStringLiteral("--money"), QStringLiteral("2000.00")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("1240.44"), run.out.constData());
        QVERIFY(run.out.contains("715.8000"));
        QVERIFY(run.out.contains("847.7000"));
    }

    void badInputExitsTwo_data()
    {
        QVERIFY(m_dir.isValid());
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString file = example("zhejiang-residential.json");
        const QString tariff = QStringLiteral("tariff");
        const QString quote = QStringLiteral("quote");
        QTest::newRow("no-arguments") << QStringList{} << QStringLiteral("Usage");
        QTest::newRow("unknown-command")
            << QStringList{QStringLiteral("sell")} << QStringLiteral("unknown command");
        QTest::newRow("missing-file")
            << QStringList{tariff, QStringLiteral("check"), QStringLiteral("/no/such.json")}
            << QStringLiteral("cannot read");
        QTest::newRow("bad-json") << QStringList{tariff, QStringLiteral("check"),
                                                 write("broken.json", "{\"name\":")}
                                  << QStringLiteral("broken.json: not valid JSON");
        QTest::newRow("binary-file")
            << QStringList{tariff, QStringLiteral("check"), QStringLiteral(AMPCARD_EXECUTABLE)}
            << QStringLiteral("larger than 1 MiB");
        QTest::newRow("bad-number") << QStringList{tariff,
                                                   quote,
                                                   file,
                                                   QStringLiteral("--used"),
                                                   QStringLiteral("0"),
                                                   QStringLiteral("--money"),
                                                   QStringLiteral("12,50")}
                                    << QStringLiteral("--money \"12,50\": not a decimal number");
        QTest::newRow("negative-amount") << QStringList{tariff,
                                                        quote,
                                                        file,
                                                        QStringLiteral("--used"),
                                                        QStringLiteral("0"),
                                                        QStringLiteral("--money"),
                                                        QStringLiteral("-5")}
                                         << QStringLiteral("must not be negative");
        QTest::newRow("money-and-energy") << QStringList{tariff,
                                                         quote,
                                                         file,
                                                         QStringLiteral("--used"),
                                                         QStringLiteral("0"),
                                                         QStringLiteral("--money"),
                                                         QStringLiteral("5"),
                                                         QStringLiteral("--energy"),
                                                         QStringLiteral("5")}
                                          << QStringLiteral("exactly one");
        QTest::newRow("no-used") << QStringList{tariff, quote, file, QStringLiteral("--money"),
                                                QStringLiteral("5")}
                                 << QStringLiteral("--used KWH is required");
        QTest::newRow("too-precise-energy") << QStringList{tariff,
                                                           quote,
                                                           file,
                                                           QStringLiteral("--used"),
                                                           QStringLiteral("0"),
                                                           QStringLiteral("--energy"),
                                                           QStringLiteral("1.0001")}
                                            << QStringLiteral("too many decimal places");
        QTest::newRow("bill-without-readings")
            << QStringList{tariff, QStringLiteral("bill"), file} << QStringLiteral("usage:");
    }

    void badInputExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = tool(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void billJson()
    {
        const Run run = tool({QStringLiteral("tariff"), QStringLiteral("bill"),
                              example("zhejiang-residential.json"), QStringLiteral("--readings"),
                              example("readings-zhejiang.csv"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = json(run);
        const QJsonArray periods = result.value(QStringLiteral("periods")).toArray();
        QCOMPARE(periods.size(), 2);
        QCOMPARE(periods[0].toObject().value(QStringLiteral("money")).toString(),
                 QStringLiteral("2852.0000"));
        QCOMPARE(periods[0].toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("2025-01-01T00:00:00"));
        const QJsonObject total = result.value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("money")).toString(), QStringLiteral("3282.5345"));
        QCOMPARE(total.value(QStringLiteral("energy")).toString(), QStringLiteral("5800.25"));
    }

    void billNamesTheBadLine()
    {
        const QString csv = write("bad.csv", "timestamp,cumulative_kwh\n2024-01-01T00:00,10\n"
                                             "2024-02-01T00:00,9\n");
        const Run run =
            tool({QStringLiteral("tariff"), QStringLiteral("bill"),
                  example("zhejiang-residential.json"), QStringLiteral("--readings"), csv});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("line 3: the reading is lower than the previous one"),
                 run.err.constData());
    }

    void speaksChineseInAChineseLocale()
    {
        const Run run =
            tool({QStringLiteral("tariff"), QStringLiteral("quote"),
                  example("zhejiang-residential.json"), QStringLiteral("--used"),
                  QStringLiteral("0"), QStringLiteral("--money"), QStringLiteral("abc")},
                 QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("--money “abc”：不是十进制数")),
                 run.err.constData());
        const Run check =
            tool({QStringLiteral("tariff"), QStringLiteral("check"), example("zhejiang-tou.json")},
                 QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(QString::fromUtf8(check.out).contains(QStringLiteral("3 档")),
                 check.out.constData());
    }

    // init makes a ledger and its administrator; verify signs in and checks the chain, and names
    // the entry someone edited behind the station's back.
    void initAndVerifyTheLedger()
    {
        const QString path = m_dir.filePath(QStringLiteral("station/ledger.sqlite"));
        qputenv("AMPCARD_PASSWORD", "admin-pass-1");
        const Run init = tool({QStringLiteral("init"), QStringLiteral("--admin"),
                               QStringLiteral("admin"), QStringLiteral("--ledger"), path});
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.out.contains("administrator admin"), init.out.constData());
        QCOMPARE(tool({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("x"),
                       QStringLiteral("--ledger"), path})
                     .exitCode,
                 2); // never over an existing ledger
        {
            ampcard::station::Ledger ledger;
            QVERIFY(ledger.open(path, false));
            QVERIFY(ledger.takeKey(ampcard::station::Ledger::chainKey(
                testing::utilityKeys(testing::kUtility, testing::kSeed), ledger.stationId())));
            for (int i = 0; i < 5; ++i) {
                ampcard::station::LedgerEntry entry;
                entry.kind = QStringLiteral("fee");
                entry.amount = 100'0000 * (i + 1);
                QVERIFY(ledger.append(entry));
            }
        }
        const QStringList verify = {QStringLiteral("ledger"),     QStringLiteral("verify"),
                                    QStringLiteral("--operator"), QStringLiteral("admin"),
                                    QStringLiteral("--ledger"),   path,
                                    QStringLiteral("--keystore"), m_keystore,
                                    QStringLiteral("--json")};
        const QStringList unkeyed = verify.mid(0, 6) + QStringList{QStringLiteral("--json")};
        qputenv("AMPCARD_PASSPHRASE", "cli passphrase");
        Run run = tool(verify);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run)[QStringLiteral("entries")].toInt(), 5);
        QCOMPARE(json(run)[QStringLiteral("whole")].toBool(), true);
        QCOMPARE(json(run)[QStringLiteral("sealsChecked")].toBool(), true);
        qunsetenv("AMPCARD_PASSPHRASE");
        run = tool(unkeyed); // without the keystore: the links only, and it says so
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run)[QStringLiteral("sealsChecked")].toBool(), false);
        QVERIFY2(run.out.contains("without the keystore"), run.out.constData());
        qputenv("AMPCARD_PASSPHRASE", "cli passphrase");

        // The head a Z report printed anchors the file.
        QString head;
        {
            ampcard::station::Ledger ledger;
            QVERIFY(ledger.open(path, false));
            head = ledger.head();
        }
        run = tool(verify +
                   QStringList{QStringLiteral("--anchor"), head.left(head.indexOf(':') + 17)});
        QCOMPARE(run.exitCode, 0);
        run = tool(verify + QStringList{QStringLiteral("--anchor"),
                                        head.left(head.indexOf(':') + 1) +
                                            QStringLiteral("00112233445566778899")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(json(run)[QStringLiteral("reason")].toString().contains(
                     QStringLiteral("as it was printed")),
                 run.out.constData());

        // Five wrong passwords lock the only administrator out; the keystore's passphrase
        // recovers the login.
        qputenv("AMPCARD_PASSWORD", "wrong-password");
        run = tool(verify);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("wrong password"), run.err.constData());
        for (int i = 0; i < 4; ++i)
            (void)tool(verify);
        qputenv("AMPCARD_PASSWORD", "admin-pass-1");
        run = tool(verify);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("locked"), run.err.constData());
        run = tool({QStringLiteral("operator"), QStringLiteral("recover"), QStringLiteral("admin"),
                    QStringLiteral("--ledger"), path, QStringLiteral("--keystore"), m_keystore});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("unlocked"), run.out.constData());
        QCOMPARE(tool(verify).exitCode, 0);

        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("intruder"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER ledger_no_update")));
            QVERIFY(query.exec(QStringLiteral("UPDATE ledger SET amount = 1 WHERE seq = 3")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("intruder"));
        run = tool(verify);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(json(run)[QStringLiteral("brokenAt")].toInt(), 3);
        run = tool(verify.mid(0, 8));
        QVERIFY2(run.out.contains("BROKEN at entry 3 of 5"), run.out.constData());

        // A backup of a broken ledger is refused; restoring an earlier good backup fixes it.
        const QString broken = m_dir.filePath(QStringLiteral("station/broken-copy.sqlite"));
        run = tool({QStringLiteral("backup"), QStringLiteral("--operator"), QStringLiteral("admin"),
                    QStringLiteral("--ledger"), path, QStringLiteral("--keystore"), m_keystore,
                    QStringLiteral("--to"), broken});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("does not verify"), run.err.constData());
        QVERIFY(!QFile::exists(broken));
        qunsetenv("AMPCARD_PASSWORD");
        qunsetenv("AMPCARD_PASSPHRASE");
    }

    void customersAddImportAndFind()
    {
        const QString ledger = m_dir.filePath(QStringLiteral("customers/ledger.sqlite"));
        qputenv("AMPCARD_PASSWORD", "admin-pass-1");
        qputenv("AMPCARD_OPERATOR", "admin");
        // The station's keystore at hand: the ledger's lines are sealed, and a restore needs it.
        qputenv("AMPCARD_KEYSTORE", m_keystore.toLocal8Bit());
        qputenv("AMPCARD_PASSPHRASE", "cli passphrase");
        QCOMPARE(tool({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                       QStringLiteral("--ledger"), ledger})
                     .exitCode,
                 0);
        const QStringList at = {QStringLiteral("--ledger"), ledger};
        Run run = tool(QStringList{QStringLiteral("customer"), QStringLiteral("add"),
                                   QStringLiteral("--number"), QStringLiteral("C-1"),
                                   QStringLiteral("--name"), QStringLiteral("Ana Mwale")} +
                       at);
        QCOMPARE(run.exitCode, 0);
        run = tool(QStringList{QStringLiteral("customer"), QStringLiteral("add"),
                               QStringLiteral("--number"), QStringLiteral("C-1"),
                               QStringLiteral("--name"), QStringLiteral("Again")} +
                   at);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("already a customer"), run.err.constData());

        const QString bad = write("bad.csv", "number,name\nC-2,Ben\nC-3,\n");
        run = tool(QStringList{QStringLiteral("customer"), QStringLiteral("import"), bad} + at);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Line 3: The customer's name is empty."), run.err.constData());
        const QString good = write("good.csv", "number,name,phone\nC-2,Ben Banda,0977 123\n");
        run = tool(QStringList{QStringLiteral("customer"), QStringLiteral("import"), good} + at);
        QCOMPARE(run.exitCode, 0);

        run = tool(QStringList{QStringLiteral("customer"), QStringLiteral("find"),
                               QStringLiteral("banda"), QStringLiteral("--json")} +
                   at);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray found = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()[QStringLiteral("number")].toString(), QStringLiteral("C-2"));
        QCOMPARE(found.first()[QStringLiteral("phone")].toString(), QStringLiteral("0977 123"));

        // Back up, add a customer, restore: the customer added after the backup is gone from
        // the ledger and kept in the set-aside file.
        const QString backupFile = m_dir.filePath(QStringLiteral("customers/backup.sqlite"));
        run = tool(QStringList{QStringLiteral("backup"), QStringLiteral("--to"), backupFile} + at);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(tool(QStringList{QStringLiteral("customer"), QStringLiteral("add"),
                                  QStringLiteral("--number"), QStringLiteral("C-9"),
                                  QStringLiteral("--name"), QStringLiteral("Late")} +
                      at)
                     .exitCode,
                 0);
        run =
            tool(QStringList{QStringLiteral("restore"), QStringLiteral("--from"), backupFile} + at);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("kept as"), run.out.constData());
        run = tool(QStringList{QStringLiteral("customer"), QStringLiteral("find"),
                               QStringLiteral("C-9"), QStringLiteral("--json")} +
                   at);
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);

        qputenv("AMPCARD_PASSWORD", "wrong-password");
        run = tool(QStringList{QStringLiteral("customer"), QStringLiteral("find"),
                               QStringLiteral("banda")} +
                   at);
        QCOMPARE(run.exitCode, 3);
        qunsetenv("AMPCARD_PASSWORD");
        qunsetenv("AMPCARD_OPERATOR");
        qunsetenv("AMPCARD_KEYSTORE");
        qunsetenv("AMPCARD_PASSPHRASE");
    }

    // A counter set up from the terminal: staff, a tariff plan, the charges, a shift and its Z
    // report, and the reports' permissions.
    void counterSetUpFromTheTerminal()
    {
        const QString path = m_dir.filePath(QStringLiteral("counter/ledger.sqlite"));
        auto as = [&](const char *login, const char *password, QStringList arguments) {
            qputenv("AMPCARD_OPERATOR", login);
            qputenv("AMPCARD_PASSWORD", password);
            return tool(arguments << QStringLiteral("--ledger") << path);
        };
        QCOMPARE(as("admin", "admin-pass-1",
                    {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")})
                     .exitCode,
                 0);
        qputenv("AMPCARD_NEW_PASSWORD", "cash-pass-1");
        Run run = as("admin", "admin-pass-1",
                     {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("cash"),
                      QStringLiteral("--role"), QStringLiteral("cashier")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = as("admin", "admin-pass-1",
                 {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("x"),
                  QStringLiteral("--role"), QStringLiteral("boss")});
        QCOMPARE(run.exitCode, 2);

        run = as("cash", "cash-pass-1",
                 {QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("R1"),
                  example("flat-monthly.json")});
        QCOMPARE(run.exitCode, 1); // a cashier does not set tariffs
        run = as("admin", "admin-pass-1",
                 {QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("R1"),
                  example("flat-monthly.json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("version 1"));
        run = as("admin", "admin-pass-1",
                 {QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("R1")});
        QVERIFY(run.out.contains("R1 v1"));

        run = as("admin", "admin-pass-1",
                 {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--number"),
                  QStringLiteral("C-7"), QStringLiteral("--name"), QStringLiteral("Baraka")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = as("cash", "cash-pass-1",
                 {QStringLiteral("customer"), QStringLiteral("edit"), QStringLiteral("C-7"),
                  QStringLiteral("--phone"), QStringLiteral("0711")});
        QVERIFY(run.exitCode != 0); // a cashier does not change customers
        run = as("admin", "admin-pass-1",
                 {QStringLiteral("customer"), QStringLiteral("edit"), QStringLiteral("C-7"),
                  QStringLiteral("--phone"), QStringLiteral("0711 222 333")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = as("admin", "admin-pass-1",
                 {QStringLiteral("customer"), QStringLiteral("find"), QStringLiteral("222 333")});
        QVERIFY2(run.out.contains("Baraka"), run.out.constData());
        run = as("admin", "admin-pass-1",
                 {QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("--meter"),
                  QStringLiteral("310100000404"), QStringLiteral("--status"),
                  QStringLiteral("suspended")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("not registered"));

        run = as("admin", "admin-pass-1",
                 {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--utility"),
                  QStringLiteral("3301"), QStringLiteral("--vat"), QStringLiteral("16"),
                  QStringLiteral("--fixed-charge"), QStringLiteral("50")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("utility 3301"), run.out.constData());
        QVERIFY(run.out.contains("VAT 16.00 %"));
        run = as("cash", "cash-pass-1",
                 {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--vat"),
                  QStringLiteral("0")});
        QCOMPARE(run.exitCode, 1);

        QCOMPARE(
            as("cash", "cash-pass-1", {QStringLiteral("shift"), QStringLiteral("open")}).exitCode,
            0);
        run = as("cash", "cash-pass-1", {QStringLiteral("shift"), QStringLiteral("open")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("open already"));
        run = as("cash", "cash-pass-1",
                 {QStringLiteral("shift"), QStringLiteral("close"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(json(run)[QStringLiteral("cash")].toString(), QStringLiteral("0.0000"));
        QCOMPARE(json(run)[QStringLiteral("hash")].toString().size(), 64);

        run = as("cash", "cash-pass-1", {QStringLiteral("report"), QStringLiteral("daily")});
        QCOMPARE(run.exitCode, 1);
        run = as("admin", "admin-pass-1",
                 {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--csv")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith("Operator,Kind,Count"));
        run = as("admin", "admin-pass-1", {QStringLiteral("report"), QStringLiteral("weekly")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("suspicious"));
        qunsetenv("AMPCARD_OPERATOR");
    }

private:
    QString write(const char *name, const char *content)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;
    QString m_keystore = m_dir.filePath(QStringLiteral("keys.json"));
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
