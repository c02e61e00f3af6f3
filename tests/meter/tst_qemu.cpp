// The Cortex-M3 meter image on QEMU mps2-an385, driven through its UART0 console: purchase,
// consumption, alarm trip and restore, cut-off, purchase, power cut and reboot with credit intact.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../card/cardfixtures.h"
#include "ampcard/cardio/cardimage.h"
#include "ampcard/cardio/cardservice.h"
#include "ampcard/cardio/localcard.h"

using namespace ampcard;

namespace {

class Qemu {
public:
    bool start(const QString &directory)
    {
        m_process.setWorkingDirectory(directory);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral("qemu-system-arm"),
                        {QStringLiteral("-M"), QStringLiteral("mps2-an385"),
                         QStringLiteral("-nographic"), QStringLiteral("-monitor"),
                         QStringLiteral("none"), QStringLiteral("-semihosting-config"),
                         QStringLiteral("enable=on,target=native"), QStringLiteral("-kernel"),
                         QStringLiteral(AMPCARD_FIRMWARE)});
        if (!m_process.waitForStarted(10000))
            return false;
        return line()[QStringLiteral("event")].toString() == QLatin1String("boot");
    }
    QJsonObject line()
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(120000))
                return {};
        }
        return QJsonDocument::fromJson(m_process.readLine()).object();
    }
    QJsonObject send(const QByteArray &command)
    {
        m_process.write(command + '\n');
        return line();
    }
    int waitForExit()
    {
        m_process.waitForFinished(30000);
        return m_process.exitCode();
    }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    ~Qemu()
    {
        if (m_process.state() != QProcess::NotRunning)
            kill();
    }

private:
    QProcess m_process;
};

} // namespace

class TestQemu : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(AMPCARD_FIRMWARE)),
                 "build the cortex-m3 preset first (scripts/test.sh does): " AMPCARD_FIRMWARE);
        m_meter = testing::meterNumber("310100000001");
        const cardio::UtilityKeys keys = testing::utilityKeys(testing::kUtility, testing::kSeed);
        QCOMPARE(keys.meterAead(m_meter, 1, m_station), kOk);
        std::array<std::uint8_t, 16> key{};
        QCOMPARE(keys.meterKey(m_meter, 1, key), kOk);
        m_keyHex = QByteArray(reinterpret_cast<const char *>(key.data()), 16).toHex();
        m_image = m_dir.filePath(QStringLiteral("user.img"));
        QCOMPARE(m_card.create(m_image, card::CardId{card::CardKind::kUser, 0x1001, 0},
                               card::Protocol::kT0),
                 kOk);
    }

    void scriptedScenario()
    {
        Qemu qemu;
        QVERIFY(qemu.start(m_dir.path()));
        QCOMPARE(
            qemu.send("provision 3301 310100000001 " + m_keyHex)[QStringLiteral("ok")].toString(),
            QStringLiteral("provision"));
        QCOMPARE(sell(1, card::RecordType::kAccountOpening, 150000), kOk); // 15.0000
        QCOMPARE(qemu.send("insert user.img")[QStringLiteral("code")].toString(),
                 QStringLiteral("C-00"));
        QJsonObject status = qemu.send("status");
        QCOMPARE(status[QStringLiteral("remaining")].toString(), QStringLiteral("15.0000"));
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("closed"));

        // 5.01 kWh at 1 kW: remaining 9.99, below alarm 2: a two-minute trip.
        qemu.send("load 1000");
        qemu.send("advance 18036");
        status = qemu.send("status");
        QCOMPARE(status[QStringLiteral("remaining")].toString(), QStringLiteral("9.9900"));
        QCOMPARE(status[QStringLiteral("creditState")].toString(), QStringLiteral("alarm2"));
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("open"));
        qemu.send("advance 119");
        QCOMPARE(qemu.send("status")[QStringLiteral("relay")].toString(), QStringLiteral("open"));
        qemu.send("advance 1");
        QCOMPARE(qemu.send("status")[QStringLiteral("relay")].toString(), QStringLiteral("closed"));

        // Run the credit out: the supply is cut below the price of the next unit.
        qemu.send("advance 40000");
        status = qemu.send("status");
        QCOMPARE(status[QStringLiteral("creditState")].toString(), QStringLiteral("cutoff"));
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("open"));
        QCOMPARE(status[QStringLiteral("remaining")].toString(), QStringLiteral("0.0000"));
        QCOMPARE(status[QStringLiteral("display")].toString(), QStringLiteral("0000.00"));

        // A purchase restores the supply.
        QCOMPARE(sell(2, card::RecordType::kPurchase, 200000), kOk);
        QCOMPARE(qemu.send("insert user.img")[QStringLiteral("code")].toString(),
                 QStringLiteral("C-00"));
        status = qemu.send("status");
        QCOMPARE(status[QStringLiteral("remaining")].toString(), QStringLiteral("20.0000"));
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        qemu.send("advance 3600");
        QCOMPARE(qemu.send("status")[QStringLiteral("remaining")].toString(),
                 QStringLiteral("19.0000"));

        // Power cut with the power-fail save, then reboot: credit intact.
        QCOMPARE(qemu.send("powercut")[QStringLiteral("ok")].toString(),
                 QStringLiteral("powercut"));
        QCOMPARE(qemu.waitForExit(), 0);
        Qemu rebooted;
        QVERIFY(rebooted.start(m_dir.path()));
        status = rebooted.send("status");
        QCOMPARE(status[QStringLiteral("remaining")].toString(), QStringLiteral("19.0000"));
        QCOMPARE(status[QStringLiteral("lastSeq")].toInt(), 2);
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        QCOMPARE(rebooted.send("insert user.img")[QStringLiteral("code")].toString(),
                 QStringLiteral("C-02"));

        // Killed without warning mid-consumption: at most one quantum is lost.
        rebooted.send("load 2000");
        rebooted.send("advance 1800");
        rebooted.kill();
        Qemu again;
        QVERIFY(again.start(m_dir.path()));
        status = again.send("status");
        const double remaining = status[QStringLiteral("remaining")].toString().toDouble();
        QVERIFY2(remaining >= 18.0 && remaining <= 18.01,
                 qPrintable(status[QStringLiteral("remaining")].toString()));

        // The station reads the meter's return record off the card.
        QCOMPARE(m_card.load(m_image), kOk);
        cardio::LocalCard local(m_card, m_card.protocol());
        cardio::CardService service(local);
        cardio::CardContents contents;
        QCOMPARE(service.read(contents), kOk);
        card::ReturnRecord record;
        QCOMPARE(cardio::CardService::openReturnRecord(
                     contents, testing::utilityKeys(testing::kUtility, testing::kSeed), record),
                 kOk);
        QCOMPARE(record.lastSequence, 2u);
        QCOMPARE(record.remaining, tariff::Money::fromWhole(19));
    }

private:
    Status sell(std::uint32_t sequence, card::RecordType type, std::int64_t amountRaw)
    {
        AMPCARD_TRY(m_card.load(m_image));
        card::Token token = testing::purchase(m_meter, 0x1001, sequence, amountRaw);
        token.type = type;
        cardio::LocalCard local(m_card, m_card.protocol());
        cardio::CardService service(local);
        cardio::CardContents contents;
        AMPCARD_TRY(service.read(contents));
        return service.writeToken(contents, token, m_station);
    }

    QTemporaryDir m_dir;
    card::MeterNumber m_meter;
    cardio::OpensslAead m_station;
    QByteArray m_keyHex;
    QString m_image;
    cardio::CardImage m_card;
};

QTEST_GUILESS_MAIN(TestQemu)
#include "tst_qemu.moc"
