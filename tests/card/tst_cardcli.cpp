// `ampcard card read` and `ampcard keys` as a user runs them, with the card on the real pcscd.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "ampcard/cardio/cardservice.h"
#include "ampcard/cardio/pcscreader.h"
#include "cardfixtures.h"
#include "pcscharness.h"

using namespace ampcard;
using namespace ampcard::card;
using namespace ampcard::cardio;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runAmpcard(const QStringList &arguments, const QByteArray &passphrase,
               const QByteArray &newPassphrase = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("AMPCARD_PASSPHRASE"), QString::fromUtf8(passphrase));
    if (!newPassphrase.isEmpty())
        environment.insert(QStringLiteral("AMPCARD_NEW_PASSPHRASE"),
                           QString::fromUtf8(newPassphrase));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AMPCARD_EXECUTABLE), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("ampcard did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestCardCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(testing::ensurePcscd(&why), qPrintable(why));
        QVERIFY(m_dir.isValid());
    }

    void keysInitAndChangePassphrase()
    {
        const QString keystore = m_dir.filePath(QStringLiteral("keys.json"));
        Run run = runAmpcard({QStringLiteral("keys"), QStringLiteral("init"),
                              QStringLiteral("--keystore"), keystore, QStringLiteral("--utility"),
                              QStringLiteral("3301")},
                             "first passphrase");
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("new master key for utility 3301"));
        run = runAmpcard({QStringLiteral("keys"), QStringLiteral("init"),
                          QStringLiteral("--keystore"), keystore, QStringLiteral("--utility"),
                          QStringLiteral("3301")},
                         "first passphrase");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("exists already"));
        run =
            runAmpcard({QStringLiteral("keys"), QStringLiteral("init"),
                        QStringLiteral("--keystore"), m_dir.filePath(QStringLiteral("short.json")),
                        QStringLiteral("--utility"), QStringLiteral("1")},
                       "short");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("at least 8 characters"));

        run = runAmpcard({QStringLiteral("keys"), QStringLiteral("change-passphrase"),
                          QStringLiteral("--keystore"), keystore},
                         "not the passphrase", "second passphrase");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("wrong passphrase"), run.err.constData());
        run = runAmpcard({QStringLiteral("keys"), QStringLiteral("change-passphrase"),
                          QStringLiteral("--keystore"), keystore},
                         "first passphrase", "second passphrase");
        QCOMPARE(run.exitCode, 0);
        UtilityKeys keys;
        QCOMPARE(Keystore::open(keystore, "second passphrase", &keys), kOk);
        QCOMPARE(keys.utilityId(), 3301u);
    }

    void cardReadVerifiesAndDecodes()
    {
        const QString keystore = m_dir.filePath(QStringLiteral("read-keys.json"));
        const auto master = testing::masterKeyBytes(testing::kSeed);
        QCOMPARE(Keystore::write(keystore, testing::kUtility, master, "read passphrase",
                                 KdfCost{1u << 10, 8, 1}),
                 kOk);
        const QString image = m_dir.filePath(QStringLiteral("read.img"));
        QVERIFY(testing::createCard(image, "user", "ABCDEF0123", "t1"));
        testing::VirtualCardProcess vcard;
        QVERIFY(vcard.start(image));
        const MeterNumber meter = testing::meterNumber("310100000001");
        {
            const UtilityKeys keys = testing::utilityKeys(testing::kUtility, testing::kSeed);
            OpensslAead aead;
            QCOMPARE(keys.meterAead(meter, 1, aead), kOk);
            PcscReader reader;
            QCOMPARE(reader.connect(testing::kVpcdReader), kOk);
            CardService service(reader);
            CardContents contents;
            QCOMPARE(service.read(contents), kOk);
            QCOMPARE(service.writeToken(contents,
                                        testing::purchase(meter, 0xABCDEF0123, 11, 1234500), aead),
                     kOk);
        }
        Run run = runAmpcard({QStringLiteral("card"), QStringLiteral("read"),
                              QStringLiteral("--keystore"), keystore, QStringLiteral("--json")},
                             "read passphrase");
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json[QStringLiteral("card")].toObject()[QStringLiteral("serial")].toString(),
                 QStringLiteral("000000ABCDEF0123"));
        const QJsonObject issue = json[QStringLiteral("issue")].toObject();
        QCOMPARE(issue[QStringLiteral("verification")].toString(), QStringLiteral("valid"));
        QCOMPARE(issue[QStringLiteral("meter")].toString(), QStringLiteral("310100000001"));
        QCOMPARE(issue[QStringLiteral("token")].toObject()[QStringLiteral("amount")].toString(),
                 QStringLiteral("123.4500"));
        QVERIFY(json[QStringLiteral("apdus")].toInt() <= 5);

        // Without the keystore it shows the headers and says it did not verify.
        run = runAmpcard({QStringLiteral("card"), QStringLiteral("read")}, {});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("not verified (no keystore)"), run.out.constData());

        // Another utility's keystore: the record is reported invalid, exit code 1.
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.json"));
        QCOMPARE(Keystore::write(foreign, testing::kUtility, testing::masterKeyBytes(99),
                                 "read passphrase", KdfCost{1u << 10, 8, 1}),
                 kOk);
        run = runAmpcard(
            {QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--keystore"), foreign},
            "read passphrase");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("INVALID: record failed authentication"), run.out.constData());

        run = runAmpcard({QStringLiteral("card"), QStringLiteral("read"),
                          QStringLiteral("--keystore"), keystore},
                         "wrong passphrase");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("wrong passphrase"));

        vcard.stop();
        QCOMPARE(PcscReader().waitForRemoval(testing::kVpcdReader, 5000), kOk);
        run = runAmpcard({QStringLiteral("card"), QStringLiteral("read"),
                          QStringLiteral("--reader"), testing::kVpcdReader},
                         {});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("no card in the reader"), run.err.constData());
        run = runAmpcard({QStringLiteral("card"), QStringLiteral("read"),
                          QStringLiteral("--reader"), QStringLiteral("Nonexistent")},
                         {});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("no reader named"));
    }

    // The meter simulator's card slot on a PC/SC reader: the card comes through pcscd.
    void meterSimulatorReadsThroughPcsc()
    {
        const MeterNumber meter = testing::meterNumber("310100000001");
        const UtilityKeys keys = testing::utilityKeys(testing::kUtility, testing::kSeed);
        const QString keyFile = m_dir.filePath(QStringLiteral("sim-meter.key"));
        QVERIFY(testing::writeMeterKeyFile(keyFile));

        const QString image = m_dir.filePath(QStringLiteral("sim.img"));
        QVERIFY(testing::createCard(image, "user", "1001", "t0"));
        testing::VirtualCardProcess vcard;
        QVERIFY(vcard.start(image));
        {
            OpensslAead aead;
            QCOMPARE(keys.meterAead(meter, 1, aead), kOk);
            PcscReader reader;
            QCOMPARE(reader.connect(testing::kVpcdReader), kOk);
            CardService service(reader);
            CardContents contents;
            QCOMPARE(service.read(contents), kOk);
            Token token = testing::purchase(meter, 0x1001, 1, 250000);
            token.type = RecordType::kAccountOpening;
            QCOMPARE(service.writeToken(contents, token, aead), kOk);
        }
        QProcess simulator;
        simulator.start(QStringLiteral(AMPCARD_METER_SIM),
                        {QStringLiteral("--state"), m_dir.filePath(QStringLiteral("sim-state")),
                         QStringLiteral("--key-file"), keyFile, QStringLiteral("--reader"),
                         testing::kVpcdReader});
        simulator.write("insert\nstatus\n");
        simulator.closeWriteChannel();
        QVERIFY(simulator.waitForFinished(30000));
        const QList<QByteArray> lines = simulator.readAllStandardOutput().split('\n');
        QVERIFY(lines.size() >= 2);
        QCOMPARE(QJsonDocument::fromJson(lines[0]).object()[QStringLiteral("card")].toString(),
                 QStringLiteral("loaded"));
        QCOMPARE(QJsonDocument::fromJson(lines[1]).object()[QStringLiteral("remaining")].toString(),
                 QStringLiteral("25.0000"));
    }

    // ampcard-vcard's errors name the option or file at fault (issue 18).
    void virtualCardErrorsNameTheField_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        const QString image = QStringLiteral("new.img");
        QTest::newRow("unknown-kind")
            << QStringList{"--image", image, "--create", "usr", "--serial", "1"}
            << QStringLiteral("--create \"usr\"");
        QTest::newRow("serial-not-hex")
            << QStringList{"--image", image, "--create", "user", "--serial", "zz"}
            << QStringLiteral("--serial \"zz\"");
        QTest::newRow("unknown-protocol") << QStringList{"--image",  image, "--create",   "user",
                                                         "--serial", "1",   "--protocol", "t9"}
                                          << QStringLiteral("--protocol \"t9\"");
        QTest::newRow("missing-image") << QStringList{"--image", "/nonexistent/card.img"}
                                       << QStringLiteral("/nonexistent/card.img");
        QTest::newRow("port-out-of-range")
            << QStringList{"--image", image, "--port", "70000"} << QStringLiteral("--port");
    }
    void virtualCardErrorsNameTheField()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QProcess vcard;
        vcard.setWorkingDirectory(m_dir.path());
        vcard.start(QStringLiteral(AMPCARD_VCARD), arguments);
        QVERIFY(vcard.waitForFinished(10000));
        QCOMPARE(vcard.exitCode(), 2);
        const QString error = QString::fromUtf8(vcard.readAllStandardError());
        QVERIFY2(error.contains(named), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("new.img"))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCardCli)
#include "tst_cardcli.moc"
