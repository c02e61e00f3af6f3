// The counter as a cashier runs it from a terminal: `ampcard account open`, `sale`, `sale resolve`,
// `shift`, `report`, with the card in ampcard-vcard on the machine's real pcscd, and the tool
// killed between the steps of the sale protocol.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../card/cardfixtures.h"
#include "../card/pcscharness.h"
#include "../station/staff.h"
#include "ampcard/cardio/pcscreader.h"
#include "ampcard/station/settings.h"

using namespace ampcard;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class Station {
public:
    QTemporaryDir dir;
    QString ledger;
    QString keystore;
    QString image;

    bool setUp()
    {
        using namespace ampcard::station;
        Ledger book;
        testing::Staff staff;
        if (!dir.isValid())
            return false;
        ledger = dir.filePath(QStringLiteral("ledger.sqlite"));
        if (!book.open(ledger, true) || !testing::seed(book, staff))
            return false;
        StationSettings settings;
        settings.utilityId = testing::kUtility;
        settings.fees.vatBasisPoints = 1600;
        if (!Settings(book).save(*staff.admin, settings))
            return false;
        keystore = dir.filePath(QStringLiteral("keys.json"));
        const auto master = testing::masterKeyBytes(testing::kSeed);
        if (!cardio::Keystore::write(keystore, testing::kUtility, master, "station passphrase",
                                     cardio::KdfCost{1u << 10, 8, 1})
                 .ok())
            return false;
        image = dir.filePath(QStringLiteral("card.img"));
        return testing::createCard(image, "user", "1001", "t1");
    }

    Run run(const QString &login, QStringList arguments, const QByteArray &fault = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        environment.insert(QStringLiteral("AMPCARD_OPERATOR"), login);
        environment.insert(QStringLiteral("AMPCARD_PASSWORD"), login + QStringLiteral("-pass"));
        environment.insert(QStringLiteral("AMPCARD_KEYSTORE"), keystore);
        environment.insert(QStringLiteral("AMPCARD_PASSPHRASE"),
                           QStringLiteral("station passphrase"));
        if (!fault.isEmpty())
            environment.insert(QStringLiteral("AMPCARD_FAULT_STEP"), QString::fromLatin1(fault));
        process.setProcessEnvironment(environment);
        arguments << QStringLiteral("--ledger") << ledger;
        // The fault hook exists only in the test build of the tool (ampcard-faults).
        process.start(fault.isEmpty() ? QStringLiteral(AMPCARD_EXECUTABLE)
                                      : QStringLiteral(AMPCARD_FAULTS_EXECUTABLE),
                      arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            qFatal("ampcard did not finish");
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    qint64 scalar(const QString &sql)
    {
        station::Ledger book;
        if (!book.open(ledger, false))
            qFatal("ledger");
        QSqlQuery query(book.database());
        if (!query.exec(sql) || !query.next())
            qFatal("%s", qPrintable(sql));
        return query.value(0).toLongLong();
    }
};

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestSaleCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(testing::ensurePcscd(&why), qPrintable(why));
    }

    void sellsThroughTheReaderAndSurvivesKills()
    {
        Station s;
        QVERIFY(s.setUp());
        testing::VirtualCardProcess vcard;
        QVERIFY(vcard.start(s.image));
        Run run =
            s.run(QStringLiteral("inst"),
                  {QStringLiteral("account"), QStringLiteral("open"), QStringLiteral("--customer"),
                   QStringLiteral("C-1"), QStringLiteral("--meter"), QStringLiteral("310100000001"),
                   QStringLiteral("--plan"), QStringLiteral("R1")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("ACCOUNT OPENING"));
        testing::FakeMeter meter;
        meter.utilityId = testing::kUtility;
        meter.meter = testing::meterNumber("310100000001");
        meter.keyVersion = 1;
        QCOMPARE(testing::meterVisitsOnVpcd(meter), kOk);

        run = s.run(QStringLiteral("cash"), {QStringLiteral("sale"), QStringLiteral("--meter"),
                                             QStringLiteral("310100000001"),
                                             QStringLiteral("--money"), QStringLiteral("200")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("Open a shift"));
        QCOMPARE(s.run(QStringLiteral("cash"), {QStringLiteral("shift"), QStringLiteral("open")})
                     .exitCode,
                 0);
        run = s.run(QStringLiteral("cash"),
                    {QStringLiteral("sale"), QStringLiteral("--meter"),
                     QStringLiteral("310100000001"), QStringLiteral("--money"),
                     QStringLiteral("200"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(json(run).value(QStringLiteral("paid")).toString(), QStringLiteral("200.0000"));
        QCOMPARE(json(run).value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        QCOMPARE(testing::meterVisitsOnVpcd(meter), kOk);
        QCOMPARE(meter.lastSequence, 2u);

        // Killed after the card took the record: the next reading completes the sale.
        run = s.run(QStringLiteral("cash"),
                    {QStringLiteral("sale"), QStringLiteral("--money"), QStringLiteral("100")},
                    "written");
        QCOMPARE(run.exitCode, 70);
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state = 'pending'")), 1);
        run = s.run(QStringLiteral("cash"), {QStringLiteral("sale"), QStringLiteral("pending")});
        QVERIFY(run.out.contains("purchase"));
        run = s.run(QStringLiteral("cash"), {QStringLiteral("sale"), QStringLiteral("resolve")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("completed"), run.out.constData());
        QCOMPARE(testing::meterVisitsOnVpcd(meter), kOk);
        QCOMPARE(meter.lastSequence, 3u);

        // Killed before the card was written: the station cannot know whether a byte reached the
        // card, so the record is issued (DESIGN.md §5). The same card comes back: the same token
        // is written to it and the sale completes.
        run = s.run(QStringLiteral("cash"),
                    {QStringLiteral("sale"), QStringLiteral("--money"), QStringLiteral("100")},
                    "pending");
        QCOMPARE(run.exitCode, 70);
        run = s.run(QStringLiteral("cash"), {QStringLiteral("sale"), QStringLiteral("resolve")});
        QVERIFY2(run.out.contains("written to the card again"), run.out.constData());
        QCOMPARE(s.scalar(QStringLiteral(
                     "SELECT count(*) FROM sales WHERE kind = 'purchase' AND state = 'complete'")),
                 3);
        QCOMPARE(s.scalar(QStringLiteral("SELECT sum(amount) FROM ledger WHERE kind = 'sale'")),
                 tariff::Money::fromWhole(400).raw());
        QCOMPARE(testing::meterVisitsOnVpcd(meter), kOk);
        QCOMPARE(meter.lastSequence, 4u);

        // Killed right after completing, before the receipt was printed: nothing is pending, the
        // receipt can be reprinted, and the meter loads the sale.
        run = s.run(QStringLiteral("cash"),
                    {QStringLiteral("sale"), QStringLiteral("--money"), QStringLiteral("50")},
                    "completed");
        QCOMPARE(run.exitCode, 70);
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state = 'pending'")), 0);
        run = s.run(QStringLiteral("cash"), {QStringLiteral("sale"), QStringLiteral("resolve")});
        QVERIFY2(run.out.contains("nothing pending"), run.out.constData());
        QCOMPARE(testing::meterVisitsOnVpcd(meter), kOk);
        QCOMPARE(meter.lastSequence, 5u);
        QCOMPARE(s.scalar(QStringLiteral("SELECT sum(amount) FROM ledger WHERE kind = 'sale'")),
                 tariff::Money::fromWhole(450).raw());
        QCOMPARE(meter.creditLoaded,
                 s.scalar(QStringLiteral("SELECT sum(credit) FROM sales WHERE kind = 'purchase' "
                                         "AND state = 'complete'")));
        qInfo("station process killed at 3 fault points (after each step of the sale protocol): "
              "money in the journal = sales the card holds");

        // The shipping tool has no fault hook: the test build's variable changes nothing there.
        qputenv("AMPCARD_FAULT_STEP", "pending");
        run = s.run(QStringLiteral("cash"),
                    {QStringLiteral("sale"), QStringLiteral("--money"), QStringLiteral("10")});
        qunsetenv("AMPCARD_FAULT_STEP");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(s.scalar(QStringLiteral("SELECT sum(amount) FROM ledger WHERE kind = 'sale'")),
                 tariff::Money::fromWhole(460).raw());

        // No card in the reader: a clear refusal, nothing recorded.
        vcard.stop();
        run = s.run(QStringLiteral("cash"),
                    {QStringLiteral("sale"), QStringLiteral("--money"), QStringLiteral("100")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("card"), run.err.constData());
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state = 'pending'")), 0);
        QVERIFY(vcard.start(s.image));

        run = s.run(QStringLiteral("sup"),
                    {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--csv")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith("Operator,Kind,Count,Paid"));
        QVERIFY(run.out.contains("\"*\"") || run.out.contains("*,*,"));

        run = s.run(QStringLiteral("cash"), {QStringLiteral("shift"), QStringLiteral("close")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("CLOSE-OUT (Z) REPORT"));
        QVERIFY(run.out.contains("460.0000"));
        QVERIFY(!s.run(QStringLiteral("sup"), {QStringLiteral("ledger"), QStringLiteral("verify")})
                     .exitCode);
    }
};

QTEST_GUILESS_MAIN(TestSaleCli)
#include "tst_salecli.moc"
