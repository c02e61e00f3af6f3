// The card stack through the real pcscd: ampcard-vcard on vpcd, the PC/SC reader, the card service.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../tariff/testtariffs.h"
#include "ampcard/card/cardrules.h"
#include "ampcard/card/crc.h"
#include "ampcard/cardio/cardimage.h"
#include "ampcard/cardio/cardnames.h"
#include "ampcard/cardio/cardservice.h"
#include "ampcard/cardio/localcard.h"
#include "ampcard/cardio/pcscreader.h"
#include "cardfixtures.h"
#include "pcscharness.h"

using namespace ampcard;
using namespace ampcard::card;
using namespace ampcard::cardio;
using Vector = std::vector<std::uint8_t>;

namespace {

using Keys = testing::MeterKeys;
using testing::meterLoads;

Token tokenFor(CardKind kind, const MeterNumber &meter, std::uint64_t serial)
{
    Token token = testing::purchase(meter, serial, 11, 0);
    switch (kind) {
    case CardKind::kUser:
        token.type = RecordType::kPurchase;
        token.amount = tariff::Money::fromWhole(100);
        break;
    case CardKind::kParameter:
        token.type = RecordType::kParameter;
        token.flags = kFlagTariff | kFlagCredit;
        token.tariffId = 5;
        token.tariff = testing::zhejiangTou();
        token.credit.alarm1 = tariff::Money::fromWhole(20);
        token.credit.alarm2 = tariff::Money::fromWhole(5);
        break;
    case CardKind::kClear: token.type = RecordType::kClear; break;
    case CardKind::kRelayTest: token.type = RecordType::kRelayTest; break;
    case CardKind::kKeyChange:
        token.type = RecordType::kKeyChange;
        token.flags = kFlagNewKey;
        token.newKeyVersion = 2;
        token.newKeyLength = 16;
        std::fill_n(token.newKey.begin(), 16, std::uint8_t{0x11});
        break;
    case CardKind::kPreset:
        token.type = RecordType::kPreset;
        token.amount = tariff::Money::fromWhole(10);
        break;
    case CardKind::kCheck: break;
    }
    return token;
}

ReturnRecord returnFor(const MeterCardState &meter, std::int64_t remaining)
{
    ReturnRecord record;
    record.utilityId = meter.utilityId;
    record.meter = meter.meter;
    record.keyVersion = meter.keyVersion;
    record.remaining = tariff::Money::fromRaw(remaining);
    record.forward = tariff::Energy::fromWhole(1234);
    record.lastSequence = meter.lastSequence;
    record.time = 790'000'000;
    return record;
}

Status meterWritesReturn(CardService &service, const Aead &key, const ReturnRecord &record)
{
    CardContents contents;
    AMPCARD_TRY(service.read(contents));
    Vector header(kHeaderSize), body(kReturnBodySize + kTagSize);
    const std::array<std::uint8_t, kSaltSize> salt{9};
    const WriteTarget target = writeTarget(contents.returns);
    const Result<std::size_t> sealed =
        sealReturn(record, key, target.generation, salt, header, body);
    if (!sealed.ok())
        return sealed.status();
    return service.writeReturn(contents, header, body);
}

} // namespace

Q_DECLARE_METATYPE(ampcard::card::CardKind)

class TestPcsc : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(testing::ensurePcscd(&why), qPrintable(why));
        QVERIFY(m_dir.isValid());
    }

    void everyKindRoundTrips_data()
    {
        QTest::addColumn<CardKind>("kind");
        QTest::addColumn<QString>("protocol");
        const char *names[] = {"user",       "check",      "parameter", "clear",
                               "relay-test", "key-change", "preset"};
        const CardKind kinds[] = {CardKind::kUser,  CardKind::kCheck,     CardKind::kParameter,
                                  CardKind::kClear, CardKind::kRelayTest, CardKind::kKeyChange,
                                  CardKind::kPreset};
        for (int i = 0; i < 7; ++i) {
            for (const char *protocol : {"t0", "t1"})
                QTest::addRow("%s-%s", names[i], protocol)
                    << kinds[i] << QString::fromLatin1(protocol);
        }
    }

    void everyKindRoundTrips()
    {
        QFETCH(CardKind, kind);
        QFETCH(QString, protocol);
        Keys keys;
        const QString image = m_dir.filePath(QStringLiteral("kind.img"));
        const QByteArray kindName = CardNames::kindName(kind).toLatin1();
        QVERIFY(testing::createCard(image, kindName.constData(), "1001",
                                    protocol.toLatin1().constData()));
        testing::VirtualCardProcess vcard;
        testing::VirtualCardProcess otherReader(testing::kVpcdPort2);
        QVERIFY(vcard.start(image));
        {
            PcscReader reader;
            QCOMPARE(reader.connect(testing::kVpcdReader, Share::kExclusive), kOk);
            QCOMPARE(reader.protocol(),
                     protocol == QLatin1String("t0") ? Protocol::kT0 : Protocol::kT1);
            CardService service(reader);
            CardContents contents;
            QCOMPARE(service.read(contents), kOk);
            QCOMPARE(contents.id.kind, kind);
            QCOMPARE(contents.id.serial, std::uint64_t{0x1001});
            if (kind != CardKind::kCheck)
                QCOMPARE(service.writeToken(contents, tokenFor(kind, keys.meter.meter, 0x1001),
                                            keys.station),
                         kOk);
            // The meter answers every insertion with its return record.
            QCOMPARE(meterWritesReturn(service, keys.meterKey, returnFor(keys.meter, 4321)), kOk);
        }
        // Take the card out and put it into the other reader: everything comes from the image.
        vcard.stop();
        QVERIFY(otherReader.start(image));
        PcscReader reader;
        QCOMPARE(reader.connect(otherReader.reader()), kOk);
        CardService service(reader);
        CardContents contents;
        QCOMPARE(service.read(contents), kOk);
        ReturnRecord record;
        QCOMPARE(CardService::openReturnRecord(contents, keys.utility, record), kOk);
        QCOMPARE(record.remaining, tariff::Money::fromRaw(4321));
        QCOMPARE(record.forward, tariff::Energy::fromWhole(1234));
        if (kind == CardKind::kCheck) {
            QCOMPARE(contents.issue.count, 0);
            return;
        }
        Token token;
        QCOMPARE(CardService::openIssueToken(contents, keys.utility, token), kOk);
        const Token expected = tokenFor(kind, keys.meter.meter, 0x1001);
        QCOMPARE(token.type, expected.type);
        QCOMPARE(token.amount, expected.amount);
        QCOMPARE(token.flags, expected.flags);
        QCOMPARE(token.tariffId, expected.tariffId);
        QCOMPARE(token.newKey, expected.newKey);
        QCOMPARE(checkToken(token, &contents.id, keys.meter), kOk);
    }

    // Every single-bit flip of a purchase record, made on the card through pcscd, is refused and
    // the meter is left as it was; so is every forgery with the CRCs made good.
    void everyBitFlipOnTheCardIsRefused()
    {
        Keys keys;
        const QString image = m_dir.filePath(QStringLiteral("flip.img"));
        QVERIFY(testing::createCard(image, "user", "1001", "t1"));
        testing::VirtualCardProcess vcard;
        QVERIFY(vcard.start(image));
        PcscReader reader;
        QCOMPARE(reader.connect(testing::kVpcdReader, Share::kExclusive), kOk);
        CardService service(reader);
        CardContents contents;
        QCOMPARE(service.read(contents), kOk);
        QCOMPARE(service.writeToken(contents,
                                    testing::purchase(keys.meter.meter, 0x1001, 11, 500000),
                                    keys.station),
                 kOk);
        QCOMPARE(service.read(contents), kOk);
        const RecordHeader header = contents.issue.headers[0];
        const std::size_t stored = header.bodyLength + kTagSize;
        const auto start = static_cast<std::uint16_t>(kIssueFile.bodyOffset(0, stored));
        const std::size_t length = stored + kHeaderSize; // slot 0: body then header
        const ApduResponse original = reader.exchange(apdu::readBinary(0, start, length));
        QCOMPARE(original.sw, kSwOk);
        const Vector record = original.data;

        auto writeRecord = [&](const Vector &bytes) {
            QCOMPARE(reader.exchange(apdu::selectFile(kIssueFile.file.fid)).sw, kSwOk);
            QCOMPARE(reader.exchange(apdu::updateBinary(0, start, bytes)).sw, kSwOk);
        };
        const MeterCardState before = keys.meter;
        int refused = 0;
        int forgedRefused = 0;
        for (std::size_t bit = 0; bit < length * 8; ++bit) {
            Vector flipped = record;
            flipped[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
            writeRecord(flipped);
            const Status raw = meterLoads(service, keys.meterKey, keys.meter);
            QVERIFY2(!raw.ok(), qPrintable(QStringLiteral("bit %1 accepted").arg(bit)));
            ++refused;
            const std::size_t headerByte = bit / 8 >= stored ? bit / 8 - stored : SIZE_MAX;
            if (headerByte >= 32 && headerByte < 40)
                continue;
            // The forger recomputes both CRCs.
            const ConstBytes body = ConstBytes(flipped).first(stored);
            const Bytes headerBytes = Bytes(flipped).subspan(stored, kHeaderSize);
            storeBigEndian(headerBytes.subspan(32, 4), crc32(body));
            storeBigEndian(headerBytes.subspan(36, 4), crc32(ConstBytes(headerBytes).first(36)));
            writeRecord(flipped);
            const Status forged = meterLoads(service, keys.meterKey, keys.meter);
            QVERIFY2(!forged.ok(), qPrintable(QStringLiteral("forged bit %1 accepted").arg(bit)));
            ++forgedRefused;
        }
        QCOMPARE(keys.meter.lastSequence, before.lastSequence);
        writeRecord(record);
        QCOMPARE(meterLoads(service, keys.meterKey, keys.meter), kOk);
        qInfo("through pcscd: %d flips and %d forgeries refused", refused, forgedRefused);
    }

    // The card loses power after each byte of a purchase write: afterwards it reads as the
    // previous purchase until the write is complete.
    void tornWriteAfterEveryByte()
    {
        Keys keys;
        const QString image = m_dir.filePath(QStringLiteral("torn.img"));
        QVERIFY(testing::createCard(image, "user", "1001", "t0"));
        testing::VirtualCardProcess vcard;
        QVERIFY(vcard.start(image));
        {
            PcscReader reader;
            QCOMPARE(reader.connect(testing::kVpcdReader), kOk);
            CardService service(reader);
            CardContents contents;
            QCOMPARE(service.read(contents), kOk);
            QCOMPARE(service.writeToken(contents,
                                        testing::purchase(keys.meter.meter, 0x1001, 11, 111),
                                        keys.station),
                     kOk);
        }
        vcard.stop();
        const QString pristine = m_dir.filePath(QStringLiteral("torn-pristine.img"));
        QFile::remove(pristine);
        QVERIFY(QFile::copy(image, pristine));

        const Token next = testing::purchase(keys.meter.meter, 0x1001, 12, 222);
        const std::size_t total = kHeaderSize + kTokenBaseSize + kTagSize;
        int tornAttempts = 0;
        testing::VirtualCardProcess cards[2] = {testing::VirtualCardProcess(testing::kVpcdPort),
                                                testing::VirtualCardProcess(testing::kVpcdPort2)};
        for (std::size_t budget = 0; budget <= total; ++budget) {
            testing::VirtualCardProcess &card = cards[budget % 2];
            QFile::remove(image);
            QVERIFY(QFile::copy(pristine, image));
            QVERIFY(card.start(image, {QStringLiteral("--tear-after"), QString::number(budget)}));
            Status written;
            {
                PcscReader reader;
                QCOMPARE(reader.connect(card.reader()), kOk);
                CardService service(reader);
                CardContents contents;
                QCOMPARE(service.read(contents), kOk);
                written = service.writeToken(contents, next, keys.station);
            }
            if (budget < total) {
                QVERIFY2(!written.ok(), qPrintable(QString::number(budget)));
                QCOMPARE(card.waitForExit(5000), 3);
                ++tornAttempts;
            } else {
                QCOMPARE(written, kOk);
                card.stop();
            }
            // What the card holds now, read from its image.
            CardImage torn;
            QCOMPARE(torn.load(image), kOk);
            LocalCard local(torn, torn.protocol());
            CardService service(local);
            CardContents contents;
            QCOMPARE(service.read(contents), kOk);
            Token current;
            QCOMPARE(CardService::openIssueToken(contents, keys.utility, current), kOk);
            if (current.sequence != (budget == total ? 12u : 11u))
                qWarning("torn after %zu of %zu bytes: the card holds sequence %u", budget, total,
                         current.sequence);
            QCOMPARE(current.sequence, budget == total ? 12u : 11u);
        }
        // One torn card back through pcscd, as the station would see it.
        QFile::remove(image);
        QVERIFY(QFile::copy(pristine, image));
        QVERIFY(vcard.start(image, {QStringLiteral("--tear-after"), QString::number(total / 2)}));
        {
            PcscReader reader;
            QCOMPARE(reader.connect(testing::kVpcdReader), kOk);
            CardService service(reader);
            CardContents contents;
            QCOMPARE(service.read(contents), kOk);
            QVERIFY(!service.writeToken(contents, next, keys.station).ok());
        }
        QCOMPARE(vcard.waitForExit(5000), 3);
        QVERIFY(cards[1].start(image));
        PcscReader reader;
        QCOMPARE(reader.connect(cards[1].reader()), kOk);
        CardService service(reader);
        CardContents contents;
        QCOMPARE(service.read(contents), kOk);
        Token current;
        QCOMPARE(CardService::openIssueToken(contents, keys.utility, current), kOk);
        QCOMPARE(current.sequence, 11u);
        qInfo("tore the write at %d byte positions of %zu", tornAttempts, total);
    }

    // The attacks of the cards issue through the real stack, each refused with its own status and
    // the meter unchanged: replay (same card, and an older image of it), another meter, another
    // utility's master key and id, a cut-short record, an old key version after a key change.
    void attacksThroughPcscAreRefused()
    {
        Keys keys;
        const QString image = m_dir.filePath(QStringLiteral("attack.img"));
        const QString older = m_dir.filePath(QStringLiteral("attack-older.img"));
        QVERIFY(testing::createCard(image, "user", "1001", "t1"));
        testing::VirtualCardProcess readers[2] = {testing::VirtualCardProcess(testing::kVpcdPort),
                                                  testing::VirtualCardProcess(testing::kVpcdPort2)};
        int current = 0;
        QVERIFY(readers[current].start(image));
        PcscReader reader;
        QCOMPARE(reader.connect(readers[current].reader()), kOk);
        CardService service(reader);
        CardContents contents;
        auto write = [&](const Token &token, const Aead &key) {
            QCOMPARE(service.read(contents), kOk);
            QCOMPARE(service.writeToken(contents, token, key), kOk);
        };
        auto refused = [&](Errc expected) {
            const MeterCardState before = keys.meter;
            QCOMPARE(meterLoads(service, keys.meterKey, keys.meter).code(), expected);
            QCOMPARE(keys.meter.lastSequence, before.lastSequence);
            QCOMPARE(keys.meter.boundSerial, before.boundSerial);
            QCOMPARE(keys.meter.keyVersion, before.keyVersion);
        };

        write(testing::purchase(keys.meter.meter, 0x1001, 11, 100), keys.station);
        QFile::remove(older);
        QVERIFY(QFile::copy(image, older));
        QCOMPARE(meterLoads(service, keys.meterKey, keys.meter), kOk);
        refused(Errc::kReplay);
        write(testing::purchase(keys.meter.meter, 0x1001, 12, 200), keys.station);
        QCOMPARE(meterLoads(service, keys.meterKey, keys.meter), kOk);

        // The customer restores an older image of the card (it holds purchase 11).
        reader.disconnect();
        readers[current].stop();
        current = 1 - current;
        QVERIFY(readers[current].start(older));
        QCOMPARE(reader.connect(readers[current].reader()), kOk);
        refused(Errc::kReplay);
        reader.disconnect();
        readers[current].stop();
        current = 1 - current;
        QVERIFY(readers[current].start(image));
        QCOMPARE(reader.connect(readers[current].reader()), kOk);

        const MeterNumber other = testing::meterNumber("310100000002");
        OpensslAead otherKey;
        QCOMPARE(keys.utility.meterAead(other, 1, otherKey), kOk);
        write(testing::purchase(other, 0x1001, 13, 300), otherKey);
        refused(Errc::kWrongMeter);

        const UtilityKeys foreign = testing::utilityKeys(testing::kUtility, 99);
        OpensslAead foreignKey;
        QCOMPARE(foreign.meterAead(keys.meter.meter, 1, foreignKey), kOk);
        write(testing::purchase(keys.meter.meter, 0x1001, 14, 400), foreignKey);
        refused(Errc::kAuthFailed);
        Token otherUtility = testing::purchase(keys.meter.meter, 0x1001, 15, 500);
        otherUtility.utilityId = 4401;
        write(otherUtility, keys.station);
        refused(Errc::kWrongUtility);

        // A record cut short: its header claims one byte less (CRCs made good by the forger).
        write(testing::purchase(keys.meter.meter, 0x1001, 16, 600), keys.station);
        QCOMPARE(service.read(contents), kOk);
        const int slot = contents.issue.order[0];
        RecordHeader header = contents.issue.headers[0];
        header.bodyLength = static_cast<std::uint16_t>(header.bodyLength - 1);
        const std::size_t stored = header.bodyLength + kTagSize;
        const ApduResponse body =
            reader.exchange(apdu::readBinary(0, kIssueFile.bodyOffset(slot, stored), stored));
        QCOMPARE(body.sw, kSwOk);
        header.bodyCrc = crc32(body.data);
        std::array<std::uint8_t, kHeaderSize> headerBytes{};
        QCOMPARE(encodeHeader(header, headerBytes), kOk);
        QCOMPARE(
            reader.exchange(apdu::updateBinary(0, kIssueFile.headerOffset(slot), headerBytes)).sw,
            kSwOk);
        refused(Errc::kAuthFailed);

        // A key change card in the other reader moves the meter to key version 2.
        const QString keyImage = m_dir.filePath(QStringLiteral("attack-key.img"));
        QVERIFY(testing::createCard(keyImage, "key-change", "4004", "t0"));
        QVERIFY(readers[1 - current].start(keyImage));
        {
            PcscReader keyReader;
            QCOMPARE(keyReader.connect(readers[1 - current].reader()), kOk);
            CardService keyService(keyReader);
            Token change = testing::purchase(keys.meter.meter, 0x4004, 17, 0);
            change.type = RecordType::kKeyChange;
            change.flags = kFlagNewKey;
            change.newKeyVersion = 2;
            change.newKeyLength = 16;
            QCOMPARE(keys.utility.meterKey(keys.meter.meter, 2, Bytes(change.newKey).first(16)),
                     kOk);
            CardContents keyContents;
            QCOMPARE(keyService.read(keyContents), kOk);
            QCOMPARE(keyService.writeToken(keyContents, change, keys.station), kOk);
            QCOMPARE(meterLoads(keyService, keys.meterKey, keys.meter), kOk);
            QCOMPARE(keys.meter.keyVersion, std::uint8_t{2});
            QCOMPARE(keys.meterKey.setKey(ConstBytes(change.newKey).first(16)), kOk);
        }
        write(testing::purchase(keys.meter.meter, 0x1001, 18, 700), keys.station); // version 1
        refused(Errc::kKeyVersion);
        OpensslAead version2;
        QCOMPARE(keys.utility.meterAead(keys.meter.meter, 2, version2), kOk);
        Token fresh = testing::purchase(keys.meter.meter, 0x1001, 19, 800);
        fresh.keyVersion = 2;
        write(fresh, version2);
        QCOMPARE(meterLoads(service, keys.meterKey, keys.meter), kOk);
        QCOMPARE(keys.meter.lastSequence, 19u);
    }

    void readerFailuresHaveClearStatuses()
    {
        PcscReader reader;
        // A card pulled by an earlier test is gone once pcscd has polled the reader.
        QCOMPARE(reader.waitForRemoval(testing::kVpcdReader, 5000), kOk);
        QCOMPARE(reader.connect(testing::kVpcdReader).code(), Errc::kNoCard);
        QCOMPARE(reader.waitForCard(testing::kVpcdReader, 200).code(), Errc::kTimeout);
        QCOMPARE(reader.connect(QStringLiteral("No Such Reader 99")).code(), Errc::kNoReader);
        QCOMPARE(reader.exchange(apdu::selectAid(kAid)).status.code(), Errc::kNoCard);

        const QString image = m_dir.filePath(QStringLiteral("errors.img"));
        QVERIFY(testing::createCard(image, "user", "2002"));
        testing::VirtualCardProcess vcard;
        QVERIFY(vcard.start(image));
        PcscReader first;
        PcscReader second;
        QCOMPARE(first.connect(testing::kVpcdReader, Share::kExclusive), kOk);
        QCOMPARE(second.connect(testing::kVpcdReader).code(), Errc::kSharingViolation);
        QCOMPARE(first.exchange(apdu::selectAid(kAid)).sw, kSwOk);
        // Pull the card while connected.
        vcard.stop();
        QCOMPARE(PcscReader().waitForRemoval(testing::kVpcdReader, 5000), kOk);
        QCOMPARE(first.exchange(apdu::selectAid(kAid)).status.code(), Errc::kCardRemoved);
    }

    void vcardComesBackAfterPcscdRestarts()
    {
        const QString image = m_dir.filePath(QStringLiteral("restart.img"));
        QVERIFY(testing::createCard(image, "check", "3003"));
        testing::VirtualCardProcess vcard;
        QVERIFY(vcard.start(image));
        testing::stopPcscd();
        QVERIFY2(!testing::pcscdSocketExists(), "pcscd did not remove its socket on SIGTERM");
        QVERIFY2(testing::vpcdPortFree(), "the stopped pcscd still holds vpcd's port");
        QString why;
        QVERIFY2(testing::ensurePcscd(&why), qPrintable(why));
        PcscReader reader;
        QCOMPARE(reader.waitForCard(testing::kVpcdReader, 10000), kOk);
        QCOMPARE(reader.connect(testing::kVpcdReader), kOk);
        CardService service(reader);
        CardContents contents;
        QCOMPARE(service.read(contents), kOk);
        QCOMPARE(contents.id.serial, std::uint64_t{0x3003});
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPcsc)
#include "tst_pcsc.moc"
