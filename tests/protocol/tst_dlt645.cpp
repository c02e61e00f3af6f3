#include <QTest>

#include "../card/hex.h"
#include "ampcard/protocol/dlt645.h"

using namespace ampcard;
using namespace ampcard::dlt645;
using Vector = std::vector<std::uint8_t>;

namespace {

QString digitsOf(const Address &address)
{
    char digits[13];
    addressDigits(address, digits);
    return QString::fromLatin1(digits);
}

Vector encoded(const Frame &frame, std::size_t preamble)
{
    Vector out(kMaxFrame);
    const Result<std::size_t> size = encode(frame, preamble, out);
    if (!size.ok())
        qFatal("encode");
    out.resize(size.value());
    return out;
}

} // namespace

class TestDlt645 : public QObject {
    Q_OBJECT

private slots:
    // ../shared/vectors/dlt645-2007.md, with their sources there.
    void goldenFrames_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("preamble");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("control");
        QTest::addColumn<QByteArray>("data"); // after removing 0x33
        QTest::newRow("1-read-00010000-with-preamble")
            << QByteArray("FEFEFEFE686101000000006811043333343314 16") << 4 << "000000000161"
            << 0x11 << QByteArray("00000100");
        QTest::newRow("2-reply-0.26-kWh")
            << QByteArray("68610100000000689108333334335933333 38A16") << 0 << "000000000161"
            << 0x91 << QByteArray("0000010026000000");
        QTest::newRow("3-read-wildcard") << QByteArray("68AAAAAAAAAAAA681104333334 33AE16") << 0
                                         << "AAAAAAAAAAAA" << 0x11 << QByteArray("00000100");
        QTest::newRow("4-read-address") << QByteArray("68AAAAAAAAAAAA681300DF16") << 0
                                        << "AAAAAAAAAAAA" << 0x13 << QByteArray();
        QTest::newRow("5-broadcast-time")
            << QByteArray("68999999999999680806845543383 94A4B16") << 0 << "999999999999" << 0x08
            << QByteArray("512210050617");
        QTest::newRow("6-relay-trip")
            << QByteArray("6806102405192068 1C1035333333333333334D33333333333333C016") << 0
            << "201905241006" << 0x1C << QByteArray("0200000000000000 1A00000000000000");
        QTest::newRow("8-1997-read-9010") << QByteArray("68540713008013680102 43C3DA16") << 0
                                          << "138000130754" << 0x01 << QByteArray("1090");
        QTest::newRow("8-1997-reply") << QByteArray("6854071300801368810643C33433333 32B16") << 0
                                      << "138000130754" << 0x81 << QByteArray("109001000000");
    }

    void goldenFrames()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, preamble);
        QFETCH(QString, address);
        QFETCH(int, control);
        QFETCH(QByteArray, data);
        const Vector bytes = testing::hex(wire.constData());
        const Result<Frame> frame = decode(bytes);
        QVERIFY(frame.ok());
        QCOMPARE(digitsOf(frame.value().address), address);
        QCOMPARE(int(frame.value().control), control);
        QCOMPARE(
            testing::toHex(Vector(frame.value().payload().begin(), frame.value().payload().end())),
            QString::fromLatin1(QByteArray::fromHex(data.replace(' ', "")).toHex()));
        QCOMPARE(encoded(frame.value(), static_cast<std::size_t>(preamble)), bytes);
    }

    // The checksum is a plain sum: a reversed address passes it. The codec must not reverse.
    void addressByteOrder()
    {
        const char digits[13] = "000000000161";
        const Result<Address> address = addressFromDigits(digits);
        QVERIFY(address.ok());
        QCOMPARE(address.value()[0], std::uint8_t{0x61});
        QCOMPARE(address.value()[1], std::uint8_t{0x01});
        QCOMPARE(address.value()[5], std::uint8_t{0x00});
        Frame frame;
        frame.address = address.value();
        frame.control = kRead;
        frame.length = 4;
        putDataIdentifier(0x00010000, Bytes(frame.data).first(4));
        QCOMPARE(encoded(frame, 4), testing::hex("FEFEFEFE686101000000006811043333343314 16"));
        const char bad[13] = "00000000016A";
        QCOMPARE(addressFromDigits(bad).status().code(), Errc::kCardFormat);
    }

    void receiverResynchronises()
    {
        const Vector good = testing::hex("68AAAAAAAAAAAA681104333334 33AE16");
        Vector broken = good;
        broken[broken.size() - 2] ^= 1; // checksum
        Vector stream = testing::hex("0068FF12FEFE");
        stream.insert(stream.end(), broken.begin(), broken.end());
        stream.insert(stream.end(), {0x68, 0x68});
        stream.insert(stream.end(), good.begin(), good.end());
        stream.insert(stream.end(), good.begin(), good.end());
        Receiver receiver;
        int frames = 0;
        for (std::uint8_t byte : stream) {
            if (receiver.feed(byte) == Receiver::Event::kFrame) {
                ++frames;
                QCOMPARE(int(receiver.frame().control), 0x11);
                while (receiver.poll() == Receiver::Event::kFrame)
                    ++frames;
            }
        }
        QCOMPARE(frames, 2);
        QVERIFY(receiver.rejected() >= 2);
    }

    void receiverFindsAFrameInsideGarbage()
    {
        // A frame whose start hides in the middle of a broken one: after the bad frame the search
        // restarts at the next byte, so the inner frame is found.
        const Vector inner = testing::hex("68AAAAAAAAAAAA681300DF16");
        Vector stream = testing::hex("68 01 02");
        stream.insert(stream.end(), inner.begin(), inner.end());
        Receiver receiver;
        int frames = 0;
        for (std::uint8_t byte : stream)
            frames += receiver.feed(byte) == Receiver::Event::kFrame ? 1 : 0;
        QCOMPARE(frames, 1);
        QCOMPARE(int(receiver.frame().control), int(kReadAddress));
    }

    void bcd()
    {
        std::uint8_t bytes[4];
        QCOMPARE(toBcd(26, bytes), kOk);
        QCOMPARE(testing::toHex(Vector(std::begin(bytes), std::end(bytes))),
                 QStringLiteral("26000000"));
        QCOMPARE(fromBcd(bytes).value(), std::uint64_t{26});
        QCOMPARE(toBcd(123456789, bytes).code(), Errc::kOverflow);
        const std::uint8_t bad[2] = {0x1A, 0x00};
        QCOMPARE(fromBcd(bad).status().code(), Errc::kCardFormat);
    }

    void refusesBrokenFrames()
    {
        const Vector good = testing::hex("68AAAAAAAAAAAA681300DF16");
        for (std::size_t size = 0; size < good.size(); ++size)
            QVERIFY(!decode(Vector(good.begin(), good.begin() + static_cast<long>(size))).ok());
        for (std::size_t bit = 0; bit < good.size() * 8; ++bit) {
            Vector flipped = good;
            flipped[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
            if (bit / 8 == 0 && flipped[0] == kPreamble)
                continue; // FE + rest is a shorter frame, not this one
            QVERIFY2(!decode(flipped).ok() || flipped == good, qPrintable(QString::number(bit)));
        }
    }
};

QTEST_APPLESS_MAIN(TestDlt645)
#include "tst_dlt645.moc"
