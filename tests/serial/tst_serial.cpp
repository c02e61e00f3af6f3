// The meter simulator's RS-485 and infrared ports on pty pairs (socat): DL/T645 through the
// station's `ampcard meter` commands and raw frames, Modbus through mbpoll and a libmodbus client.
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "../card/cardfixtures.h"
#include "../card/hex.h"
#include "ampcard/cardio/cardimage.h"
#include "ampcard/cardio/cardservice.h"
#include "ampcard/cardio/localcard.h"
#include "ampcard/protocol/dlt645.h"
#include "roundtrips.h"

using namespace ampcard;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AMPCARD_PASSPHRASE"), QStringLiteral("serial passphrase"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.waitForFinished(30000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestSerial : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *pair : {"rs485", "ir"}) {
            auto *socat = new QProcess(this);
            const QString meterSide =
                m_dir.filePath(QStringLiteral("%1-meter").arg(QLatin1String(pair)));
            const QString stationSide =
                m_dir.filePath(QStringLiteral("%1-station").arg(QLatin1String(pair)));
            socat->start(QStringLiteral("socat"),
                         {QStringLiteral("pty,raw,echo=0,link=") + meterSide,
                          QStringLiteral("pty,raw,echo=0,link=") + stationSide});
            QVERIFY2(socat->waitForStarted(5000), "socat is needed: bash scripts/deps.sh serial");
            m_socats << socat;
            for (int i = 0; i < 50 && !QFile::exists(stationSide); ++i)
                QThread::msleep(20);
            QVERIFY(QFile::exists(stationSide));
        }
        // A provisioned meter with an opened account and some consumption.
        const card::MeterNumber meter = testing::meterNumber("310100000001");
        const QString keyFile = m_dir.filePath(QStringLiteral("meter.key"));
        QVERIFY(testing::writeMeterKeyFile(keyFile));
        const cardio::UtilityKeys keys = testing::utilityKeys(testing::kUtility, testing::kSeed);
        QCOMPARE(keys.lineSecrets(meter, 1, &m_line), kOk);
        m_keystore = m_dir.filePath(QStringLiteral("keys.json"));
        QCOMPARE(cardio::Keystore::write(m_keystore, testing::kUtility,
                                         testing::masterKeyBytes(testing::kSeed),
                                         "serial passphrase", cardio::KdfCost{1u << 10, 8, 1}),
                 kOk);
        const QString image = m_dir.filePath(QStringLiteral("user.img"));
        cardio::CardImage card;
        QCOMPARE(
            card.create(image, card::CardId{card::CardKind::kUser, 0x1001, 0}, card::Protocol::kT1),
            kOk);
        cardio::OpensslAead aead;
        QCOMPARE(keys.meterAead(meter, 1, aead), kOk);
        cardio::LocalCard local(card, card.protocol());
        cardio::CardService service(local);
        cardio::CardContents contents;
        QCOMPARE(service.read(contents), kOk);
        card::Token token = testing::purchase(meter, 0x1001, 1, 1234500);
        token.type = card::RecordType::kAccountOpening;
        QCOMPARE(service.writeToken(contents, token, aead), kOk);
        // A remote token (sequence 2) for the control-code round trips.
        card::Token remote = testing::purchase(meter, 0x1001, 2, 100000);
        std::vector<std::uint8_t> header(card::kHeaderSize),
            body(card::kTokenMaxBodySize + card::kTagSize);
        const std::array<std::uint8_t, card::kSaltSize> salt = {5};
        body.resize(card::sealToken(remote, aead, 1, salt, header, body).value());
        m_remoteToken = header;
        m_remoteToken.insert(m_remoteToken.end(), body.begin(), body.end());

        m_simulator.start(QStringLiteral(AMPCARD_METER_SIM),
                          {QStringLiteral("--state"), m_dir.filePath(QStringLiteral("state")),
                           QStringLiteral("--key-file"), keyFile, QStringLiteral("--time"),
                           QStringLiteral("2024-03-05T09:00"), QStringLiteral("--rs485"),
                           m_dir.filePath(QStringLiteral("rs485-meter")), QStringLiteral("--ir"),
                           m_dir.filePath(QStringLiteral("ir-meter"))});
        QVERIFY(m_simulator.waitForStarted(5000));
        QCOMPARE(command("insert " + image.toUtf8())[QStringLiteral("card")].toString(),
                 QStringLiteral("loaded"));
        command("load 1500");
        command("advance 3600");
    }

    void cleanupTestCase()
    {
        m_simulator.closeWriteChannel();
        m_simulator.waitForFinished(5000);
        for (QProcess *socat : m_socats) {
            socat->terminate();
            socat->waitForFinished(5000);
        }
    }

    void dlt645ThroughTheStationCommands_data()
    {
        QTest::addColumn<QString>("port");
        QTest::newRow("rs485") << QStringLiteral("rs485-station");
        QTest::newRow("infrared") << QStringLiteral("ir-station");
    }

    void dlt645ThroughTheStationCommands()
    {
        QFETCH(QString, port);
        const QString tty = m_dir.filePath(port);
        Run result = run(
            QStringLiteral(AMPCARD_EXECUTABLE),
            {QStringLiteral("meter"), QStringLiteral("address"), QStringLiteral("--port"), tty});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QByteArray("310100000001"));
        result =
            run(QStringLiteral(AMPCARD_EXECUTABLE),
                {QStringLiteral("meter"), QStringLiteral("read"), QStringLiteral("--port"), tty,
                 QStringLiteral("--meter"), QStringLiteral("310100000001"),
                 QStringLiteral("--json"), QStringLiteral("00010000"), QStringLiteral("00900200"),
                 QStringLiteral("04000402"), QStringLiteral("00FFFFFF"),
                 QStringLiteral("remaining-credit"), QStringLiteral("forward-energy:0")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray values =
            QJsonDocument::fromJson(result.out).object()[QStringLiteral("values")].toArray();
        QCOMPARE(values[0].toObject()[QStringLiteral("value")].toString(), QStringLiteral("1.50"));
        QCOMPARE(values[1].toObject()[QStringLiteral("value")].toString(),
                 QStringLiteral("121.95"));
        QCOMPARE(values[2].toObject()[QStringLiteral("value")].toString(),
                 QStringLiteral("310100000001"));
        QCOMPARE(
            values[3].toObject()[QStringLiteral("value")].toString().split(QLatin1Char(' ')).size(),
            13 * 15);
        // By the table's names: the same identifiers and values as by number.
        QCOMPARE(values[4].toObject()[QStringLiteral("di")].toString(), QStringLiteral("00900200"));
        QCOMPARE(values[4].toObject()[QStringLiteral("value")].toString(),
                 QStringLiteral("121.95"));
        QCOMPARE(values[5].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("forward-energy"));
        QCOMPARE(values[5].toObject()[QStringLiteral("value")].toString(), QStringLiteral("1.50"));
        result = run(QStringLiteral(AMPCARD_EXECUTABLE),
                     {QStringLiteral("meter"), QStringLiteral("read"), QStringLiteral("--port"),
                      tty, QStringLiteral("--meter"), QStringLiteral("310100000001"),
                      QStringLiteral("forward-energy:13")});
        QVERIFY(result.exitCode != 0);
        QVERIFY(result.err.contains("forward-energy:13"));
    }

    void relayAndTimeThroughTheStationCommands()
    {
        const QString tty = m_dir.filePath(QStringLiteral("rs485-station"));
        Run result = run(
            QStringLiteral(AMPCARD_EXECUTABLE),
            {QStringLiteral("meter"), QStringLiteral("relay"), QStringLiteral("--port"), tty,
             QStringLiteral("--meter"), QStringLiteral("310100000001"), QStringLiteral("trip"),
             QStringLiteral("--keystore"), m_keystore, QStringLiteral("--operator"),
             QStringLiteral("00C0FFEE"), QStringLiteral("--valid-minutes"), QStringLiteral("0")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(command("status")[QStringLiteral("relay")].toString(), QStringLiteral("open"));
        result =
            run(QStringLiteral(AMPCARD_EXECUTABLE),
                {QStringLiteral("meter"), QStringLiteral("relay"), QStringLiteral("--port"), tty,
                 QStringLiteral("--meter"), QStringLiteral("310100000001"), QStringLiteral("close"),
                 QStringLiteral("--password"), QStringLiteral("999999"),
                 QStringLiteral("--valid-minutes"), QStringLiteral("0")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("password"));
        QCOMPARE(command("status")[QStringLiteral("relay")].toString(), QStringLiteral("open"));
        result = run(
            QStringLiteral(AMPCARD_EXECUTABLE),
            {QStringLiteral("meter"), QStringLiteral("relay"), QStringLiteral("--port"), tty,
             QStringLiteral("--meter"), QStringLiteral("310100000001"), QStringLiteral("close"),
             QStringLiteral("--password"),
             QString::fromLatin1(
                 QByteArray(reinterpret_cast<const char *>(m_line.password02.data()), 3).toHex()),
             QStringLiteral("--valid-minutes"), QStringLiteral("0")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(command("status")[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        // A broadcast time moves the clock by five minutes a day at most.
        const QString before = command("status")[QStringLiteral("time")].toString();
        result = run(QStringLiteral(AMPCARD_EXECUTABLE),
                     {QStringLiteral("meter"), QStringLiteral("time"), QStringLiteral("--port"),
                      tty, QStringLiteral("--set"), QStringLiteral("2024-06-01T08:30:00")});
        QCOMPARE(result.exitCode, 0);
        const QDateTime was = QDateTime::fromString(before, Qt::ISODate);
        const QDateTime now = QDateTime::fromString(
            command("status")[QStringLiteral("time")].toString(), Qt::ISODate);
        QVERIFY2(was.secsTo(now) > 0 && was.secsTo(now) <= 300, qPrintable(before));
    }

    // The 1997 golden read of 9010, addressed to this meter, as raw bytes on the line.
    void rawFrames1997AndGarbage()
    {
        const int fd =
            ::open(m_dir.filePath(QStringLiteral("ir-station")).toLocal8Bit().constData(),
                   O_RDWR | O_NOCTTY);
        QVERIFY(fd >= 0);
        termios settings{};
        tcgetattr(fd, &settings);
        cfmakeraw(&settings);
        tcsetattr(fd, TCSANOW, &settings);
        dlt645::Frame request;
        request.address = {0x01, 0x00, 0x00, 0x00, 0x01, 0x31};
        request.control = dlt645::kRead1997;
        request.length = 2;
        request.data[0] = 0x10;
        request.data[1] = 0x90;
        std::array<std::uint8_t, 64> bytes{};
        const std::size_t size = dlt645::encode(request, 4, bytes).value();
        const QByteArray noise("\x12\x68\x00\xFF", 4);
        QCOMPARE(::write(fd, noise.constData(), 4), ssize_t{4});
        QCOMPARE(::write(fd, bytes.data(), size), static_cast<ssize_t>(size));
        QByteArray answer;
        for (int i = 0; i < 50 && !answer.endsWith('\x16'); ++i) {
            QThread::msleep(20);
            char buffer[256];
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n > 0)
                answer.append(buffer, n);
        }
        ::close(fd);
        const Result<dlt645::Frame> reply =
            dlt645::decode(ConstBytes(reinterpret_cast<const std::uint8_t *>(answer.constData()),
                                      static_cast<std::size_t>(answer.size())));
        QVERIFY2(reply.ok(), answer.toHex().constData());
        QCOMPARE(int(reply.value().control), 0x81);
        QCOMPARE(testing::toHex(std::vector<std::uint8_t>(reply.value().data.begin(),
                                                          reply.value().data.begin() + 6)),
                 QStringLiteral("109050010000")); // 9010 = 1.50 kWh
    }

    void modbusThroughIndependentClients()
    {
        const QString tty = m_dir.filePath(QStringLiteral("rs485-station"));
        // mbpoll: holding registers 1..4 (1-based) = combined and forward energy in Wh.
        Run result = run(QStringLiteral("mbpoll"),
                         {QStringLiteral("-m"), QStringLiteral("rtu"), QStringLiteral("-a"),
                          QStringLiteral("1"), QStringLiteral("-b"), QStringLiteral("9600"),
                          QStringLiteral("-P"), QStringLiteral("even"), QStringLiteral("-t"),
                          QStringLiteral("4"), QStringLiteral("-r"), QStringLiteral("1"),
                          QStringLiteral("-c"), QStringLiteral("4"), QStringLiteral("-1"), tty});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("[2]: \t1500") && result.out.contains("[4]: \t1500"),
                 result.out.constData());
        // libmodbus: remaining (0x0006-0x0007) in hundredths.
        result = run(QStringLiteral(AMPCARD_MODBUS_CLIENT),
                     {tty, QStringLiteral("1"), QStringLiteral("read"), QStringLiteral("6"),
                      QStringLiteral("2")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("0\n12195\n"));
        // The relay coil needs the unlock PIN: an exception first, then it works.
        result = run(QStringLiteral(AMPCARD_MODBUS_CLIENT),
                     {tty, QStringLiteral("1"), QStringLiteral("coil"), QStringLiteral("0")});
        QCOMPARE(result.exitCode, 1);
        result = run(QStringLiteral(AMPCARD_MODBUS_CLIENT),
                     {tty, QStringLiteral("1"), QStringLiteral("write"), QStringLiteral("256"),
                      QString::number(m_line.modbusPin)});
        QCOMPARE(result.exitCode, 0);
        result = run(QStringLiteral(AMPCARD_MODBUS_CLIENT),
                     {tty, QStringLiteral("1"), QStringLiteral("coil"), QStringLiteral("0")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(command("status")[QStringLiteral("relay")].toString(), QStringLiteral("open"));
        result = run(QStringLiteral(AMPCARD_MODBUS_CLIENT),
                     {tty, QStringLiteral("1"), QStringLiteral("coil"), QStringLiteral("1")});
        QCOMPARE(result.exitCode, 0);
        // Another slave address: no answer.
        result = run(QStringLiteral(AMPCARD_MODBUS_CLIENT),
                     {tty, QStringLiteral("7"), QStringLiteral("read"), QStringLiteral("0"),
                      QStringLiteral("1")});
        QCOMPARE(result.exitCode, 2);
    }

    // DESIGN.md §8's attacker on the line, through the simulator's ptys (every attack against the
    // meter itself: tst_lineattacker). The factory password of old opens nothing.
    void lineAttacker_factoryPasswordOpensNothing()
    {
        const QString tty = m_dir.filePath(QStringLiteral("rs485-station"));
        const QString relayBefore = command("status")[QStringLiteral("relay")].toString();
        const Run result =
            run(QStringLiteral(AMPCARD_EXECUTABLE),
                {QStringLiteral("meter"), QStringLiteral("relay"), QStringLiteral("--port"), tty,
                 QStringLiteral("--meter"), QStringLiteral("310100000001"),
                 relayBefore == QLatin1String("closed") ? QStringLiteral("trip")
                                                        : QStringLiteral("close"),
                 QStringLiteral("--password"), QStringLiteral("000000"),
                 QStringLiteral("--valid-minutes"), QStringLiteral("0")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("password"));
        QCOMPARE(command("status")[QStringLiteral("relay")].toString(), relayBefore);
    }

    // A Modbus broadcast unlock with this very meter's PIN and a broadcast coil write: nothing is
    // unlocked and no relay opens.
    void lineAttacker_modbusBroadcastUnlockAndCoilCannotOpenRelays()
    {
        const QString tty = m_dir.filePath(QStringLiteral("rs485-station"));
        command("advance 61"); // any unlock of an earlier test has run out
        QCOMPARE(command("status")[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        Run result = run(QStringLiteral(AMPCARD_MODBUS_CLIENT),
                         {tty, QStringLiteral("0"), QStringLiteral("write"), QStringLiteral("256"),
                          QString::number(m_line.modbusPin)});
        // A broadcast is not answered: Debian's libmodbus waits for an answer all the same and
        // reports the time-out (2), never an exception (1).
        QVERIFY2(result.exitCode == 0 || result.err.contains("timed out"), result.err.constData());
        result = run(QStringLiteral(AMPCARD_MODBUS_CLIENT),
                     {tty, QStringLiteral("0"), QStringLiteral("coil"), QStringLiteral("0")});
        QVERIFY2(result.exitCode == 0 || result.err.contains("timed out"), result.err.constData());
        QCOMPARE(command("status")[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        result = run(QStringLiteral(AMPCARD_MODBUS_CLIENT),
                     {tty, QStringLiteral("1"), QStringLiteral("coil"), QStringLiteral("0")});
        QCOMPARE(result.exitCode, 1); // exception 04: the broadcast unlocked nothing
        QCOMPARE(command("status")[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
    }

    // The station's own broadcast command, used by an attacker: a day ahead moves the clock by
    // what is left of the day's five minutes (spent by relayAndTimeThroughTheStationCommands).
    void lineAttacker_broadcastTimeCannotMoveClockBeyondBound()
    {
        const QString tty = m_dir.filePath(QStringLiteral("rs485-station"));
        const QDateTime before = QDateTime::fromString(
            command("status")[QStringLiteral("time")].toString(), Qt::ISODate);
        for (int i = 0; i < 3; ++i) {
            const Run result =
                run(QStringLiteral(AMPCARD_EXECUTABLE),
                    {QStringLiteral("meter"), QStringLiteral("time"), QStringLiteral("--port"), tty,
                     QStringLiteral("--set"),
                     before.addDays(1).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))});
            QCOMPARE(result.exitCode, 0);
        }
        const QDateTime after = QDateTime::fromString(
            command("status")[QStringLiteral("time")].toString(), Qt::ISODate);
        QVERIFY2(before.secsTo(after) >= 0 && before.secsTo(after) <= 300,
                 qPrintable(before.toString(Qt::ISODate) + QLatin1Char(' ') +
                            after.toString(Qt::ISODate)));
    }

    // Every control code over the RS-485 pty (last: it clears the meter's energy).
    void everyControlCodeOverThePty()
    {
        const int fd =
            ::open(m_dir.filePath(QStringLiteral("rs485-station")).toLocal8Bit().constData(),
                   O_RDWR | O_NOCTTY);
        QVERIFY(fd >= 0);
        termios settings{};
        tcgetattr(fd, &settings);
        cfmakeraw(&settings);
        tcsetattr(fd, TCSANOW, &settings);
        const auto transact = [fd](const dlt645::Frame &frame) -> std::optional<dlt645::Frame> {
            std::array<std::uint8_t, dlt645::kMaxFrame> bytes{};
            const std::size_t size = dlt645::encode(frame, 4, bytes).value();
            if (::write(fd, bytes.data(), size) != static_cast<ssize_t>(size))
                return std::nullopt;
            dlt645::Receiver receiver;
            for (int wait = 0; wait < 40; ++wait) { // up to 400 ms
                pollfd pollFd{fd, POLLIN, 0};
                if (::poll(&pollFd, 1, 10) <= 0)
                    continue;
                std::uint8_t buffer[256];
                const ssize_t n = ::read(fd, buffer, sizeof buffer);
                for (ssize_t i = 0; i < n; ++i) {
                    if (receiver.feed(buffer[i]) == dlt645::Receiver::Event::kFrame)
                        return receiver.frame();
                }
            }
            return std::nullopt;
        };
        testing::everyControlCode(
            transact, [this] { command("press"); }, m_remoteToken, m_line);
        ::close(fd);
    }

private:
    QJsonObject command(const QByteArray &line)
    {
        m_simulator.write(line + '\n');
        for (;;) {
            while (!m_simulator.canReadLine()) {
                if (!m_simulator.waitForReadyRead(30000))
                    return {};
            }
            const QJsonObject reply = QJsonDocument::fromJson(m_simulator.readLine()).object();
            if (!reply.contains(QStringLiteral("event")))
                return reply;
        }
    }

    QTemporaryDir m_dir;
    std::vector<std::uint8_t> m_remoteToken;
    card::LineSecrets m_line;
    QString m_keystore;
    QList<QProcess *> m_socats;
    QProcess m_simulator;
};

QTEST_GUILESS_MAIN(TestSerial)
#include "tst_serial.moc"
