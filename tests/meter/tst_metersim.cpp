// ampcard-meter-sim as a process: commands on stdin, JSON lines out, NV in its state folder.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../card/cardfixtures.h"
#include "ampcard/cardio/cardimage.h"
#include "ampcard/cardio/cardservice.h"
#include "ampcard/cardio/localcard.h"
#include "ampcard/meter/meter.h"

using namespace ampcard;

namespace {

QList<QJsonObject> runSimulator(const QStringList &arguments, const QByteArray &script,
                                int *exitCode = nullptr, bool kill = false)
{
    QProcess process;
    process.start(QStringLiteral(AMPCARD_METER_SIM), arguments);
    process.write(script);
    if (kill) {
        // Wait for the script's replies, then pull the plug: no save on the way out.
        process.waitForReadyRead(10000);
        const int expected = static_cast<int>(script.count('\n'));
        QByteArray seen;
        while (seen.count('\n') < expected && process.waitForReadyRead(10000))
            seen += process.readAllStandardOutput();
        seen += process.readAllStandardOutput();
        process.kill();
        process.waitForFinished(5000);
        QList<QJsonObject> lines;
        for (const QByteArray &line : seen.split('\n'))
            if (!line.isEmpty())
                lines << QJsonDocument::fromJson(line).object();
        return lines;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("simulator did not finish");
    if (exitCode)
        *exitCode = process.exitCode();
    QList<QJsonObject> lines;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
        if (!line.isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    return lines;
}

QJsonObject lastStatus(const QList<QJsonObject> &lines)
{
    for (auto it = lines.rbegin(); it != lines.rend(); ++it)
        if ((*it)[QStringLiteral("ok")].toString() == QLatin1String("status"))
            return *it;
    return {};
}

} // namespace

class TestMeterSim : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_meter = testing::meterNumber("310100000001");
        QVERIFY(testing::writeMeterKeyFile(m_dir.filePath(QStringLiteral("meter.key"))));
        QFile credit(m_dir.filePath(QStringLiteral("credit.json")));
        QVERIFY(credit.open(QIODevice::WriteOnly));
        credit.write(R"({"alarm1": "20", "alarm2": "10", "hoardingLimit": "1000"})");
    }

    void sellConsumePowerCutAndReadBack()
    {
        const QString image = m_dir.filePath(QStringLiteral("user.img"));
        cardio::CardImage card;
        QCOMPARE(
            card.create(image, card::CardId{card::CardKind::kUser, 0x1001, 0}, card::Protocol::kT0),
            kOk);
        {
            const cardio::UtilityKeys keys =
                testing::utilityKeys(testing::kUtility, testing::kSeed);
            cardio::OpensslAead aead;
            QCOMPARE(keys.meterAead(m_meter, 1, aead), kOk);
            cardio::LocalCard local(card, card.protocol());
            cardio::CardService service(local);
            cardio::CardContents contents;
            QCOMPARE(service.read(contents), kOk);
            card::Token token = testing::purchase(m_meter, 0x1001, 1, 500000); // 50.0000
            token.type = card::RecordType::kAccountOpening;
            QCOMPARE(service.writeToken(contents, token, aead), kOk);
        }
        const QString state = m_dir.filePath(QStringLiteral("state"));
        const QStringList arguments = {
            QStringLiteral("--state"),    state,
            QStringLiteral("--key-file"), m_dir.filePath(QStringLiteral("meter.key")),
            QStringLiteral("--credit"),   m_dir.filePath(QStringLiteral("credit.json")),
            QStringLiteral("--time"),     QStringLiteral("2024-03-05T09:00")};
        QList<QJsonObject> lines =
            runSimulator(arguments, "status\ninsert " + image.toUtf8() +
                                        "\nload 2000\nadvance 3600\nload nonsense\nstatus\n");
        QCOMPARE(lines.first()[QStringLiteral("relay")].toString(), QStringLiteral("open"));
        QCOMPARE(lines[1][QStringLiteral("card")].toString(), QStringLiteral("loaded"));
        QCOMPARE(lines[1][QStringLiteral("code")].toString(), QStringLiteral("C-00"));
        bool sawError = false;
        for (const QJsonObject &line : lines)
            sawError |= line.contains(QStringLiteral("error"));
        QVERIFY(sawError);
        QJsonObject status = lastStatus(lines);
        QCOMPARE(status[QStringLiteral("remaining")].toString(), QStringLiteral("48.0000"));
        QCOMPARE(status[QStringLiteral("combinedKwh")].toString(), QStringLiteral("2.000"));
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        QCOMPARE(status[QStringLiteral("lastSeq")].toInt(), 1);
        QCOMPARE(status[QStringLiteral("time")].toString(), QStringLiteral("2024-03-05T10:00:00"));

        // Kill the process mid-consumption: at most one quantum is lost, credit is intact.
        lines = runSimulator({QStringLiteral("--state"), state}, "load 3000\nadvance 1800\n",
                             nullptr, true);
        lines = runSimulator({QStringLiteral("--state"), state}, "status\n");
        status = lastStatus(lines);
        const double combined = status[QStringLiteral("combinedKwh")].toString().toDouble();
        const double remaining = status[QStringLiteral("remaining")].toString().toDouble();
        QVERIFY2(combined >= 3.49 && combined <= 3.5,
                 qPrintable(status[QStringLiteral("combinedKwh")].toString()));
        // 1.0000 per kWh: money and energy move together (up to the unbilled part of a quantum).
        QVERIFY(qAbs(remaining + combined - 50.0) < 0.01);

        // The station reads the meter's return record from the card.
        QCOMPARE(card.load(image), kOk);
        cardio::LocalCard local(card, card.protocol());
        cardio::CardService service(local);
        cardio::CardContents contents;
        QCOMPARE(service.read(contents), kOk);
        card::ReturnRecord record;
        QCOMPARE(cardio::CardService::openReturnRecord(
                     contents, testing::utilityKeys(testing::kUtility, testing::kSeed), record),
                 kOk);
        QCOMPARE(record.remaining, tariff::Money::fromWhole(50));
        QCOMPARE(record.lastSequence, 1u);
    }

    void refusesBadStartAndBadCommands()
    {
        int exitCode = 0;
        runSimulator({QStringLiteral("--state"), m_dir.filePath(QStringLiteral("fresh"))}, "",
                     &exitCode);
        QCOMPARE(exitCode, 2); // a new meter needs its key file
        const QString state = m_dir.filePath(QStringLiteral("bad"));
        const QList<QJsonObject> lines =
            runSimulator({QStringLiteral("--state"), state, QStringLiteral("--key-file"),
                          m_dir.filePath(QStringLiteral("meter.key"))},
                         "advance -5\nload 1,2\ninsert /nonexistent.img\nfly\npoweron\nstatus\n");
        int errors = 0;
        for (const QJsonObject &line : lines)
            errors += line.contains(QStringLiteral("error")) ? 1 : 0;
        QCOMPARE(errors, 5);
        QCOMPARE(lastStatus(lines)[QStringLiteral("remaining")].toString(),
                 QStringLiteral("0.0000"));
    }

    // Every start-up error names the file and the field at fault (issue 18: "cannot set up the
    // meter: must be greater than zero" said neither).
    // A meter whose NV was written before the line journal existed (the part ended after the
    // settlement ring) boots with its credit, no NV fault, and a fresh line journal; a hostile
    // card then faults the slot (C-19, Err-05) while metering goes on.
    void nvFromBeforeTheLineJournalBootsAndAHostileCardFaultsTheSlot()
    {
        const QString state = m_dir.filePath(QStringLiteral("old-layout"));
        const QString credit = m_dir.filePath(QStringLiteral("preset.json"));
        QFile creditFile(credit);
        QVERIFY(creditFile.open(QIODevice::WriteOnly));
        creditFile.write(R"({"presetCredit": "30"})");
        creditFile.close();
        QList<QJsonObject> lines =
            runSimulator({QStringLiteral("--state"), state, QStringLiteral("--key-file"),
                          m_dir.filePath(QStringLiteral("meter.key")), QStringLiteral("--credit"),
                          credit, QStringLiteral("--time"), QStringLiteral("2024-03-05T09:00")},
                         "status\n");
        QCOMPARE(lastStatus(lines)[QStringLiteral("remaining")].toString(),
                 QStringLiteral("30.0000"));
        QFile nv(QDir(state).filePath(QStringLiteral("nv.bin")));
        QCOMPARE(nv.size(), qint64(meter::kNvBytes));
        QVERIFY(nv.resize(qint64(meter::kLineBase))); // the layout before the line journal
        lines = runSimulator({QStringLiteral("--state"), state},
                             "status\ninsert-hostile endless-more\nload 1000\nadvance 3600\n"
                             "status\n");
        QVERIFY2(lines.size() >= 3, "the simulator did not boot the old NV");
        QCOMPARE(lines[0][QStringLiteral("remaining")].toString(), QStringLiteral("30.0000"));
        QCOMPARE(lines[0][QStringLiteral("faults")].toArray().size(), 0);
        QCOMPARE(lines[1][QStringLiteral("code")].toString(), QStringLiteral("C-19"));
        const QJsonObject status = lastStatus(lines);
        QCOMPARE(status[QStringLiteral("slotFault")].toInt(), 3);
        QVERIFY(status[QStringLiteral("faults")].toArray().contains(QStringLiteral("Err-05")));
        QCOMPARE(status[QStringLiteral("remaining")].toString(), QStringLiteral("29.0000"));
        QCOMPARE(QFile(QDir(state).filePath(QStringLiteral("nv.bin"))).size(),
                 qint64(meter::kNvBytes));
    }

    // A key file from before the line secrets commissions no meter: there is no factory default.
    void keyFileWithoutLineSecretsIsRefused()
    {
        QFile in(m_dir.filePath(QStringLiteral("meter.key")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
        json.remove(QStringLiteral("password02"));
        json.remove(QStringLiteral("password04"));
        json.remove(QStringLiteral("modbusPin"));
        const QString old = m_dir.filePath(QStringLiteral("old.key"));
        QFile out(old);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(json).toJson());
        out.close();
        QProcess process;
        process.start(QStringLiteral(AMPCARD_METER_SIM),
                      {QStringLiteral("--state"), m_dir.filePath(QStringLiteral("no-secrets")),
                       QStringLiteral("--key-file"), old});
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(QStringLiteral("password02")), qPrintable(error));
    }

    void startErrorsNameTheFileAndField_data()
    {
        QTest::addColumn<QByteArray>("credit");
        QTest::addColumn<QStringList>("named");
        QTest::newRow("hoarding-limit-zero")
            << QByteArray(R"({"hoardingLimit": "0"})") << QStringList{"hoardingLimit"};
        QTest::newRow("amount-as-json-number")
            << QByteArray(R"({"alarm1": 20})") << QStringList{"alarm1", "in quotes"};
        QTest::newRow("alarms-in-the-wrong-order")
            << QByteArray(R"({"alarm1": "10", "alarm2": "20"})") << QStringList{"alarm2", "alarm1"};
        QTest::newRow("negative-overdraft")
            << QByteArray(R"({"overdraftLimit": "-5"})") << QStringList{"overdraftLimit"};
        QTest::newRow("preset-over-hoarding")
            << QByteArray(R"({"presetCredit": "50", "hoardingLimit": "20"})")
            << QStringList{"presetCredit", "hoardingLimit"};
        QTest::newRow("misspelt-field")
            << QByteArray(R"({"alarm": "10"})") << QStringList{"\"alarm\""};
        QTest::newRow("not-a-decimal")
            << QByteArray(R"({"alarm1": "ten"})") << QStringList{"alarm1"};
        QTest::newRow("not-json") << QByteArray("alarm1=10") << QStringList{"not JSON"};
    }
    void startErrorsNameTheFileAndField()
    {
        QFETCH(QByteArray, credit);
        QFETCH(QStringList, named);
        const QString creditPath =
            m_dir.filePath(QStringLiteral("%1.json").arg(QTest::currentDataTag()));
        QFile file(creditPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(credit);
        file.close();
        QProcess process;
        process.start(QStringLiteral(AMPCARD_METER_SIM),
                      {QStringLiteral("--state"),
                       m_dir.filePath(QStringLiteral("state-%1").arg(QTest::currentDataTag())),
                       QStringLiteral("--key-file"), m_dir.filePath(QStringLiteral("meter.key")),
                       QStringLiteral("--credit"), creditPath});
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(creditPath), qPrintable(error));
        for (const QString &word : named)
            QVERIFY2(error.contains(word), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
    card::MeterNumber m_meter;
};

QTEST_GUILESS_MAIN(TestMeterSim)
#include "tst_metersim.moc"
