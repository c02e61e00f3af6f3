// The Cortex-M3 meter image on QEMU mps2-an385, driven through its UART0 console: purchase,
// consumption, alarm trip and restore, cut-off, purchase, power cut and reboot with credit intact.
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "../card/cardfixtures.h"
#include "ampcard/cardio/cardimage.h"
#include "ampcard/cardio/cardservice.h"
#include "ampcard/cardio/localcard.h"
#include "ampcard/meter/fakes.h"
#include "ampcard/meter/journal.h"
#include "ampcard/meter/meter.h"
#include "ampcard/protocol/dlt645.h"
#include "ampcard/protocol/modbus.h"
#include "../serial/roundtrips.h"
#include "nvlayout1.h"

using namespace ampcard;

namespace {

// A payload stored as it is (the checked-in layout-1 records).
class RawBytes final : public meter::RecordWriter {
public:
    RawBytes(const void *data, std::size_t size) : m_data(data), m_size(size) {}
    void write(meter::RecordSink &sink) const override
    {
        sink.put(card::ConstBytes(static_cast<const std::uint8_t *>(m_data), m_size));
    }

private:
    const void *m_data;
    std::size_t m_size;
};

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

// UART0 (RS-485) and UART1 (infrared) on TCP serial ports, UART2 (the console) on stdio.
class Qemu {
public:
    quint16 rs485 = freePort();
    quint16 infrared = freePort();

    bool start(const QString &directory)
    {
        m_process.setWorkingDirectory(directory);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        const auto tcp = [](quint16 port) {
            return QStringLiteral("tcp:127.0.0.1:%1,server=on,wait=off").arg(port);
        };
        m_process.start(QStringLiteral("qemu-system-arm"),
                        {QStringLiteral("-M"), QStringLiteral("mps2-an385"),
                         QStringLiteral("-nographic"), QStringLiteral("-monitor"),
                         QStringLiteral("none"), QStringLiteral("-serial"), tcp(rs485),
                         QStringLiteral("-serial"), tcp(infrared), QStringLiteral("-serial"),
                         QStringLiteral("stdio"), QStringLiteral("-semihosting-config"),
                         QStringLiteral("enable=on,target=native"), QStringLiteral("-kernel"),
                         QStringLiteral(AMPCARD_FIRMWARE)});
        if (!m_process.waitForStarted(10000))
            return false;
        return line()[QStringLiteral("event")].toString() == QLatin1String("boot");
    }
    QJsonObject line()
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(60000))
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
        QCOMPARE(keys.lineSecrets(m_meter, 1, &m_line), kOk);
        m_keyHex = QByteArray(reinterpret_cast<const char *>(key.data()), 16).toHex() + ' ' +
                   QByteArray(reinterpret_cast<const char *>(m_line.password02.data()), 3).toHex() +
                   QByteArray(reinterpret_cast<const char *>(m_line.password04.data()), 3).toHex() +
                   QByteArray::number(m_line.modbusPin, 16).rightJustified(4, '0');
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

        noteStack(qemu);
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
        noteStack(rebooted);

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
        noteStack(again);

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

    // DL/T645 and Modbus on the image's two UARTs, over QEMU's TCP serial.
    void protocolsOnBothUarts()
    {
        QTemporaryDir directory;
        Qemu qemu;
        QVERIFY(qemu.start(directory.path()));
        qemu.send("provision 3301 310100000001 " + m_keyHex);
        QCOMPARE(sell(1, card::RecordType::kAccountOpening, 1000000), kOk); // 100.0000
        QVERIFY(QFile::copy(m_image, directory.filePath(QStringLiteral("user.img"))));
        QCOMPARE(qemu.send("insert user.img")[QStringLiteral("code")].toString(),
                 QStringLiteral("C-00"));
        qemu.send("load 2000");
        qemu.send("advance 3600");
        QTcpSocket rs485;
        QTcpSocket infrared;
        rs485.connectToHost(QHostAddress::LocalHost, qemu.rs485);
        infrared.connectToHost(QHostAddress::LocalHost, qemu.infrared);
        QVERIFY(rs485.waitForConnected(5000) && infrared.waitForConnected(5000));

        const auto dlt = [](QTcpSocket &socket, const dlt645::Address &address,
                            std::uint8_t control,
                            std::vector<std::uint8_t> data) -> std::optional<dlt645::Frame> {
            dlt645::Frame frame;
            frame.address = address;
            frame.control = control;
            frame.length = static_cast<std::uint8_t>(data.size());
            std::copy(data.begin(), data.end(), frame.data.begin());
            std::array<std::uint8_t, dlt645::kMaxFrame> bytes{};
            const std::size_t size = dlt645::encode(frame, 4, bytes).value();
            socket.write(reinterpret_cast<const char *>(bytes.data()), static_cast<qint64>(size));
            dlt645::Receiver receiver;
            while (socket.waitForReadyRead(5000)) {
                for (char c : socket.readAll()) {
                    if (receiver.feed(static_cast<std::uint8_t>(c)) ==
                        dlt645::Receiver::Event::kFrame)
                        return receiver.frame();
                }
            }
            return std::nullopt;
        };
        const dlt645::Address own = {0x01, 0x00, 0x00, 0x00, 0x01, 0x31};
        auto reply = dlt(rs485, dlt645::kWildcard, dlt645::kReadAddress, {});
        QVERIFY(reply.has_value());
        QCOMPARE(reply->address, own);
        reply = dlt(infrared, own, dlt645::kRead, {0x00, 0x00, 0x01, 0x00});
        QVERIFY(reply.has_value());
        QCOMPARE(int(reply->control), 0x91);
        QCOMPARE(int(reply->data[4]), 0x00); // 2.00 kWh: 00 02 00 00
        QCOMPARE(int(reply->data[5]), 0x02);
        // The factory password of old trips nothing; the meter's own does, with an operator code.
        reply = dlt(rs485, own, dlt645::kRelayControl,
                    {0x02, 0, 0, 0, 0x44, 0x33, 0x22, 0x11, 0x1A, 0, 0, 0, 0, 0, 0, 0});
        QVERIFY(reply.has_value());
        QCOMPARE(int(reply->control), 0xDC);
        QCOMPARE(qemu.send("status")[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        reply = dlt(rs485, own, dlt645::kRelayControl,
                    {0x02, m_line.password02[0], m_line.password02[1], m_line.password02[2], 0x44,
                     0x33, 0x22, 0x11, 0x1A, 0, 0, 0, 0, 0, 0, 0});
        QVERIFY(reply.has_value());
        QCOMPARE(int(reply->control), 0x9C);
        QCOMPARE(qemu.send("status")[QStringLiteral("relay")].toString(), QStringLiteral("open"));

        // A remote purchase token over 0x03, in the same sequence space as the card.
        card::Token token = testing::purchase(m_meter, 0x1001, 2, 50000);
        std::vector<std::uint8_t> header(card::kHeaderSize),
            body(card::kTokenMaxBodySize + card::kTagSize);
        const std::array<std::uint8_t, card::kSaltSize> salt = {3};
        body.resize(card::sealToken(token, m_station, 1, salt, header, body).value());
        std::vector<std::uint8_t> data = {0xFF, 0x02, 0x01, 0x07, 0, 1};
        data.insert(data.end(), header.begin(), header.end());
        data.insert(data.end(), body.begin(), body.end());
        reply = dlt(infrared, own, dlt645::kSecurity, data);
        QVERIFY(reply.has_value());
        QCOMPARE(int(reply->control), 0x83);
        QCOMPARE(int(reply->data[4]), 0); // C-00
        QCOMPARE(qemu.send("status")[QStringLiteral("remaining")].toString(),
                 QStringLiteral("103.0000"));

        // Modbus on the infrared port: remaining in hundredths at 0x0006.
        modbus::Frame request;
        request.address = 1;
        request.function = modbus::kReadHolding;
        request.data = {0x00, 0x06, 0x00, 0x02};
        request.length = 4;
        std::array<std::uint8_t, modbus::kMaxFrame> bytes{};
        const std::size_t size = modbus::encode(request, bytes).value();
        infrared.write(reinterpret_cast<const char *>(bytes.data()), static_cast<qint64>(size));
        QByteArray answer;
        while (answer.size() < 9 && infrared.waitForReadyRead(5000))
            answer += infrared.readAll();
        const Result<modbus::Frame> modbusReply = modbus::decode(
            card::ConstBytes(reinterpret_cast<const std::uint8_t *>(answer.constData()),
                             static_cast<std::size_t>(answer.size())));
        QVERIFY2(modbusReply.ok(), answer.toHex().constData());
        QCOMPARE(modbus::word(modbusReply.value().payload(), 3), std::uint16_t{10300});

        // Every control code over UART0.
        card::Token third = testing::purchase(m_meter, 0x1001, 3, 10000);
        std::vector<std::uint8_t> thirdHeader(card::kHeaderSize),
            thirdBody(card::kTokenMaxBodySize + card::kTagSize);
        thirdBody.resize(
            card::sealToken(third, m_station, 1, salt, thirdHeader, thirdBody).value());
        thirdHeader.insert(thirdHeader.end(), thirdBody.begin(), thirdBody.end());
        const auto transact = [&rs485](const dlt645::Frame &frame) -> std::optional<dlt645::Frame> {
            std::array<std::uint8_t, dlt645::kMaxFrame> frameBytes{};
            const std::size_t frameSize = dlt645::encode(frame, 4, frameBytes).value();
            rs485.write(reinterpret_cast<const char *>(frameBytes.data()),
                        static_cast<qint64>(frameSize));
            rs485.flush();
            dlt645::Receiver receiver;
            while (rs485.waitForReadyRead(frame.address == dlt645::kBroadcast ? 300 : 5000)) {
                for (char c : rs485.readAll()) {
                    if (receiver.feed(static_cast<std::uint8_t>(c)) ==
                        dlt645::Receiver::Event::kFrame)
                        return receiver.frame();
                }
            }
            return std::nullopt;
        };
        testing::everyControlCode(
            transact, [&qemu] { qemu.send("press"); }, thirdHeader, m_line);
        noteStack(qemu);
    }

    // DESIGN.md §8's attacker on the image's RS-485 line (tst_lineattacker has every attack on
    // the host): the clock and the relay, on the firmware as it ships.
    void lineAttacker_clockAndRelayOnTheImage()
    {
        QTemporaryDir directory;
        Qemu qemu;
        QVERIFY(qemu.start(directory.path()));
        qemu.send("provision 3301 310100000001 " + m_keyHex);
        QCOMPARE(sell(1, card::RecordType::kAccountOpening, 1000000), kOk);
        QVERIFY(QFile::copy(m_image, directory.filePath(QStringLiteral("user.img"))));
        QCOMPARE(qemu.send("insert user.img")[QStringLiteral("code")].toString(),
                 QStringLiteral("C-00"));
        QTcpSocket rs485;
        rs485.connectToHost(QHostAddress::LocalHost, qemu.rs485);
        QVERIFY(rs485.waitForConnected(5000));
        const auto send = [&rs485](const QByteArray &frame) {
            rs485.write(frame);
            rs485.flush();
            QByteArray answer;
            while (rs485.waitForReadyRead(400))
                answer += rs485.readAll();
            return answer;
        };
        const auto frame = [](const dlt645::Address &address, std::uint8_t control,
                              const std::vector<std::uint8_t> &data) {
            dlt645::Frame request;
            request.address = address;
            request.control = control;
            request.length = static_cast<std::uint8_t>(data.size());
            std::copy(data.begin(), data.end(), request.data.begin());
            std::array<std::uint8_t, dlt645::kMaxFrame> bytes{};
            const std::size_t size = dlt645::encode(request, 4, bytes).value();
            return QByteArray(reinterpret_cast<const char *>(bytes.data()),
                              static_cast<qsizetype>(size));
        };
        const QString before = qemu.send("status")[QStringLiteral("time")].toString();
        // lineAttacker_broadcastTimeCannotMoveClockBeyondBound: 2024-01-01 16:00 from 00:00.
        for (int i = 0; i < 3; ++i)
            QVERIFY(send(frame(dlt645::kBroadcast, dlt645::kBroadcastTime,
                               {0x00, 0x00, 0x16, 0x01, 0x01, 0x24}))
                        .isEmpty());
        const QString after = qemu.send("status")[QStringLiteral("time")].toString();
        const QDateTime was = QDateTime::fromString(before, Qt::ISODate);
        const QDateTime now = QDateTime::fromString(after, Qt::ISODate);
        QVERIFY2(was.isValid() && was.secsTo(now) == 300, qPrintable(before + " " + after));
        // lineAttacker_wildcardAndBroadcastCannotTripTheRelay, even with the right password.
        const std::vector<std::uint8_t> trip = {0x02,
                                                m_line.password02[0],
                                                m_line.password02[1],
                                                m_line.password02[2],
                                                1,
                                                2,
                                                3,
                                                4,
                                                0x1A,
                                                0,
                                                0,
                                                0,
                                                0,
                                                0,
                                                0,
                                                0};
        QVERIFY(send(frame(dlt645::kBroadcast, dlt645::kRelayControl, trip)).isEmpty());
        QVERIFY(send(frame(dlt645::kWildcard, dlt645::kRelayControl, trip)).isEmpty());
        // lineAttacker_modbusBroadcastUnlockAndCoilCannotOpenRelays.
        for (const std::vector<std::uint8_t> &data :
             {std::vector<std::uint8_t>{0x01, 0x00, std::uint8_t(m_line.modbusPin >> 8),
                                        std::uint8_t(m_line.modbusPin)},
              std::vector<std::uint8_t>{0x00, 0x00, 0x00, 0x00}}) {
            modbus::Frame request;
            request.address = modbus::kBroadcast;
            request.function = data[0] == 0x01 ? modbus::kWriteRegister : modbus::kWriteCoil;
            std::copy(data.begin(), data.end(), request.data.begin());
            request.length = 4;
            std::array<std::uint8_t, modbus::kMaxFrame> bytes{};
            const std::size_t size = modbus::encode(request, bytes).value();
            QVERIFY(send(QByteArray(reinterpret_cast<const char *>(bytes.data()),
                                    static_cast<qsizetype>(size)))
                        .isEmpty());
        }
        QCOMPARE(qemu.send("status")[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        // lineAttacker_passwordGuessesLockOutBoundedAndNotExtended: three guesses, then the right
        // password is refused too until the button is pressed.
        const dlt645::Address own = {0x01, 0x00, 0x00, 0x00, 0x01, 0x31};
        for (std::uint8_t guess = 1; guess <= 3; ++guess) {
            std::vector<std::uint8_t> wrong = trip;
            wrong[1] = static_cast<std::uint8_t>(wrong[1] ^ guess);
            const QByteArray refused = send(frame(own, dlt645::kRelayControl, wrong));
            QVERIFY(refused.size() >= 16);
            QCOMPARE(static_cast<std::uint8_t>(refused[4 + 8]),
                     std::uint8_t{0xDC}); // FE x4 68 A 68 C
        }
        QByteArray answer = send(frame(own, dlt645::kRelayControl, trip));
        QVERIFY(answer.size() >= 16);
        QCOMPARE(static_cast<std::uint8_t>(answer[4 + 8]), std::uint8_t{0xDC});
        QCOMPARE(qemu.send("status")[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        qemu.send("press");
        answer = send(frame(own, dlt645::kRelayControl, trip));
        QVERIFY(answer.size() >= 16);
        QCOMPARE(static_cast<std::uint8_t>(answer[4 + 8]), std::uint8_t{0x9C});
        QCOMPARE(qemu.send("status")[QStringLiteral("relay")].toString(), QStringLiteral("open"));
        noteStack(qemu);
    }

    // A customer with a hostile card in the image's slot: the GET RESPONSE loop is bounded, the
    // slot faults (Err-05, C-19) and stays disabled until power-on, metering and the relay go on.
    void hostileCard_getResponseForever_slotDisabledMeteringGoesOn()
    {
        hostileCard("endless-more", "C-19", 3, 1 + 4); // SELECT, then kMaxGetResponses rounds
    }
    void hostileCard_impossibleStatusWord_slotDisabledMeteringGoesOn()
    {
        hostileCard("nonsense", "C-19", 2, 1);
    }
    // 6Cxx forever is answered once (T=0 allows one retry), then refused as not a card: C-17,
    // the slot kept.
    void hostileCard_wrongLengthForever_refusedMeteringGoesOn()
    {
        hostileCard("endless-retry", "C-17", 0, 2);
    }

    // A meter whose NV holds layout-1 records (the checked-in records of tests/meter/nvlayout1.h,
    // a memcpy of the structs as the firmware before layout 2 wrote them; the frozen layout lays
    // out the same on x86-64 and Cortex-M3) boots the image into layout 2 with its credit,
    // registers, key, binding and sequence: the card's old token is refused, the next one loads,
    // and a reboot reads the layout-2 records the image wrote.
    void migration_layout1NvBootsOnTheImage()
    {
        const auto bytes = [](const char *const *lines) {
            QByteArray hex;
            for (; *lines != nullptr; ++lines)
                hex += *lines;
            return QByteArray::fromHex(hex);
        };
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            meter::FakeNv nv(meter::kNvBytes);
            QVERIFY(nv.attachFile(
                QFile::encodeName(dir.filePath(QStringLiteral("ampcard-nv.bin"))).toStdString()));
            meter::Journal line(nv, meter::kLineBase, meter::kLineSlotSize, meter::kLineSlots, 1);
            const QByteArray guard = bytes(kLayout1Line);
            QCOMPARE(line.save(RawBytes(guard.constData(), std::size_t(guard.size()))), kOk);
            meter::Journal state(nv, 0, meter::kStateSlotSize, meter::kStateSlots, 1);
            const QByteArray record = bytes(kLayout1State);
            QCOMPARE(state.save(RawBytes(record.constData(), std::size_t(record.size()))), kOk);
        }

        const QString previousImage = m_image;
        m_image = dir.filePath(QStringLiteral("user.img"));
        const auto restore = qScopeGuard([&] { m_image = previousImage; });
        QCOMPARE(m_card.create(m_image, card::CardId{card::CardKind::kUser, 0x1001, 0},
                               card::Protocol::kT0),
                 kOk);
        Qemu qemu;
        QVERIFY(qemu.start(dir.path()));
        QJsonObject status = qemu.send("status");
        QCOMPARE(status[QStringLiteral("provisioned")].toBool(), true);
        QCOMPARE(status[QStringLiteral("remaining")].toString(), QStringLiteral("48.5000"));
        QCOMPARE(status[QStringLiteral("forwardKwh")].toString(), QStringLiteral("1.500"));
        QCOMPARE(status[QStringLiteral("lastSeq")].toInt(), 1);
        QCOMPARE(status[QStringLiteral("faults")].toInt() & 1, 0); // no NV fault
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        // The key and the binding came through: the bound card's next purchase loads, an old
        // sequence does not.
        QCOMPARE(sell(1, card::RecordType::kPurchase, 50000), kOk);
        QCOMPARE(qemu.send("insert user.img")[QStringLiteral("code")].toString(),
                 QStringLiteral("C-02"));
        QCOMPARE(sell(2, card::RecordType::kPurchase, 100000), kOk);
        QCOMPARE(qemu.send("insert user.img")[QStringLiteral("code")].toString(),
                 QStringLiteral("C-00"));
        QCOMPARE(qemu.send("status")[QStringLiteral("remaining")].toString(),
                 QStringLiteral("58.5000"));
        noteStack(qemu);
        QCOMPARE(qemu.send("powercut")[QStringLiteral("ok")].toString(),
                 QStringLiteral("powercut"));
        QCOMPARE(qemu.waitForExit(), 0);
        Qemu rebooted;
        QVERIFY(rebooted.start(dir.path()));
        status = rebooted.send("status");
        QCOMPARE(status[QStringLiteral("remaining")].toString(), QStringLiteral("58.5000"));
        QCOMPARE(status[QStringLiteral("lastSeq")].toInt(), 2);
        QCOMPARE(status[QStringLiteral("faults")].toInt() & 1, 0);
    }

    // The stack is painted at reset; after every scenario above, the deepest it went plus the
    // stated margin (15 %, rounded up) must fit the reservation in the linker script, which
    // docs/PERFORMANCE.md states with these numbers.
    void stackHighWaterFitsTheReservation()
    {
        QVERIFY(m_stackUsed > 0);
        const int margin = (m_stackUsed * 15 + 99) / 100;
        qInfo("stack: high-water %d bytes over the scenarios, margin %d, reserved %d", m_stackUsed,
              margin, m_stackReserved);
        QVERIFY2(
            m_stackUsed + margin <= m_stackReserved,
            qPrintable(
                QStringLiteral("%1 + %2 > %3").arg(m_stackUsed).arg(margin).arg(m_stackReserved)));
    }

private:
    void noteStack(Qemu &qemu)
    {
        const QJsonObject stack = qemu.send("stack");
        QCOMPARE(stack[QStringLiteral("ok")].toString(), QStringLiteral("stack"));
        m_stackUsed = std::max(m_stackUsed, stack[QStringLiteral("used")].toInt());
        m_stackReserved = stack[QStringLiteral("reserved")].toInt();
    }

    // A fresh meter with credit and a load, the hostile card, then the invariants.
    void hostileCard(const QByteArray &kind, const QString &code, int slotFault, int maxApdus)
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString previousImage = m_image;
        m_image = dir.filePath(QStringLiteral("user.img"));
        const auto restore = qScopeGuard([&] { m_image = previousImage; });
        QCOMPARE(m_card.create(m_image, card::CardId{card::CardKind::kUser, 0x1001, 0},
                               card::Protocol::kT0),
                 kOk);
        Qemu qemu;
        QVERIFY(qemu.start(dir.path()));
        QCOMPARE(
            qemu.send("provision 3301 310100000001 " + m_keyHex)[QStringLiteral("ok")].toString(),
            QStringLiteral("provision"));
        QCOMPARE(sell(1, card::RecordType::kAccountOpening, 150000), kOk); // 15.0000
        QCOMPARE(qemu.send("insert user.img")[QStringLiteral("code")].toString(),
                 QStringLiteral("C-00"));
        qemu.send("load 1000");
        qemu.send("advance 3600");
        QCOMPARE(qemu.send("status")[QStringLiteral("remaining")].toString(),
                 QStringLiteral("14.0000"));

        const QJsonObject answer = qemu.send("insert-hostile " + kind);
        QCOMPARE(answer[QStringLiteral("ok")].toString(), QStringLiteral("insert-hostile"));
        QCOMPARE(answer[QStringLiteral("code")].toString(), code);
        QVERIFY2(answer[QStringLiteral("apdus")].toInt() <= maxApdus,
                 qPrintable(QString::number(answer[QStringLiteral("apdus")].toInt())));
        QJsonObject status = qemu.send("status");
        QCOMPARE(status[QStringLiteral("slotFault")].toInt(), slotFault);
        constexpr int kFaultCardSlot = 1 << 4;
        const bool disabled = slotFault != 0;
        QCOMPARE((status[QStringLiteral("faults")].toInt() & kFaultCardSlot) != 0, disabled);
        if (disabled) {
            QCOMPARE(status[QStringLiteral("display")].toString(), QStringLiteral("Err-05"));
            // Disabled: the good card is not even powered.
            QCOMPARE(qemu.send("insert user.img")[QStringLiteral("code")].toString(),
                     QStringLiteral("C-19"));
        } else {
            QCOMPARE(qemu.send("insert user.img")[QStringLiteral("code")].toString(),
                     QStringLiteral("C-02"));
        }
        // Metering and the relay go on: another hour is charged, and the credit runs out to a
        // cut-off that opens the relay.
        qemu.send("advance 3600");
        status = qemu.send("status");
        QCOMPARE(status[QStringLiteral("remaining")].toString(), QStringLiteral("13.0000"));
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        qemu.send("advance 50000");
        status = qemu.send("status");
        QCOMPARE(status[QStringLiteral("creditState")].toString(), QStringLiteral("cutoff"));
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("open"));
        noteStack(qemu);

        // Power-on enables the slot again: the good card reads (nothing new on it).
        QCOMPARE(qemu.send("powercut")[QStringLiteral("ok")].toString(),
                 QStringLiteral("powercut"));
        QCOMPARE(qemu.waitForExit(), 0);
        Qemu rebooted;
        QVERIFY(rebooted.start(dir.path()));
        QCOMPARE(rebooted.send("status")[QStringLiteral("slotFault")].toInt(), slotFault);
        QCOMPARE(rebooted.send("insert user.img")[QStringLiteral("code")].toString(),
                 QStringLiteral("C-02"));
    }

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
    card::LineSecrets m_line;
    int m_stackUsed = 0;
    int m_stackReserved = 0;
    QString m_image;
    cardio::CardImage m_card;
};

QTEST_GUILESS_MAIN(TestQemu)
#include "tst_qemu.moc"
