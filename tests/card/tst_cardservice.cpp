#include <QTest>

#include "ampcard/card/cardapp.h"
#include "ampcard/card/cardrules.h"
#include "ampcard/cardio/cardservice.h"
#include "ampcard/cardio/localcard.h"
#include "cardfixtures.h"
#include "hex.h"

using namespace ampcard;
using namespace ampcard::card;
using namespace ampcard::cardio;
using testing::hex;
using Vector = std::vector<std::uint8_t>;

Q_DECLARE_METATYPE(ampcard::card::Protocol)

namespace {

using testing::TearingStore;

Vector command(const char *hexText)
{
    return hex(hexText);
}

std::uint16_t sw(const ApduResponse &response)
{
    return response.sw;
}

using Fixture = testing::MeterKeys;
using testing::meterLoads;

} // namespace

class TestCardService : public QObject {
    Q_OBJECT

private slots:
    void apduStatusWords()
    {
        MemoryStore store;
        QCOMPARE(formatCard(store, CardId{CardKind::kUser, 0x1001, 0}), kOk);
        LocalCard card(store, Protocol::kT1);
        QCOMPARE(sw(card.exchange(command("00B0820000"))), kSwNotSelected);
        QCOMPARE(sw(card.exchange(command("00A4040008F0414D5043415244FF00"))), kSwWrongLength);
        QCOMPARE(sw(card.exchange(command("00A4040008F0414D504341524500"))), kSwNotFound);
        const ApduResponse selected = card.exchange(command("00A4040008F0414D504341524400"));
        QCOMPARE(selected.sw, kSwOk);
        QCOMPARE(selected.data.size(), kFciSize);
        QCOMPARE(sw(card.exchange(command("80B0830000"))), kSwClaNotSupported);
        QCOMPARE(sw(card.exchange(command("0084000008"))), kSwInsNotSupported);
        QCOMPARE(sw(card.exchange(command("00D6810001FF"))), kSwSecurity); // EF_ID is read-only
        QCOMPARE(sw(card.exchange(command("00B0812000"))), kSwWrongOffset);
        QCOMPARE(sw(card.exchange(command("00B0850000"))), kSwNotFound); // no SFI 5
        QCOMPARE(sw(card.exchange(command("00A4020C020999"))), kSwNotFound);
        QCOMPARE(sw(card.exchange(command("00A4020C020102"))), kSwOk);
        QCOMPARE(sw(card.exchange(command("00D6028F02AABB"))), kSwWrongLength); // 655 + 2 > size
        QCOMPARE(sw(card.exchange(command("00D6029001AA"))), kSwWrongOffset);   // 656 = size
        // Le longer than the file: exchange() follows 6Cxx with the exact length.
        card.resetApduCount();
        const ApduResponse tail = card.exchange(command("00B0028000")); // offset 640, Le 256
        QCOMPARE(tail.sw, kSwOk);
        QCOMPARE(tail.data.size(), std::size_t{16});
        QCOMPARE(card.apduCount(), 2);
    }

    void selectOnT0NeedsGetResponse()
    {
        MemoryStore store;
        QCOMPARE(formatCard(store, CardId{CardKind::kCheck, 77, 0}), kOk);
        LocalCard card(store, Protocol::kT0);
        card.resetApduCount();
        const ApduResponse selected = card.exchange(command("00A4040008F0414D504341524400"));
        QCOMPARE(selected.sw, kSwOk);
        QCOMPARE(selected.data.size(), kFciSize);
        QCOMPARE(card.apduCount(), 2);
        QCOMPARE(decodeCardId(selected.data).value().serial, std::uint64_t{77});
        QCOMPARE(atrFor(Protocol::kT0).size, std::size_t{10});
        QCOMPARE(atrFor(Protocol::kT1).size, std::size_t{13});
    }

    void saleCardWorkApduCount_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<int>("expected");
        QTest::newRow("t1") << Protocol::kT1 << 7;
        QTest::newRow("t0") << Protocol::kT0 << 8;
    }

    // Read feedback + write purchase + verify, on a card that already holds a purchase.
    void saleCardWorkApduCount()
    {
        QFETCH(Protocol, protocol);
        QFETCH(int, expected);
        Fixture f;
        MemoryStore store;
        QCOMPARE(formatCard(store, CardId{CardKind::kUser, 0x1001, 0}), kOk);
        LocalCard card(store, protocol);
        CardService service(card);
        CardContents contents;
        QCOMPARE(service.read(contents), kOk);
        QCOMPARE(service.writeToken(contents, testing::purchase(f.meter.meter, 0x1001, 11, 1000000),
                                    f.station),
                 kOk);

        card.resetApduCount();
        QCOMPARE(service.read(contents), kOk);
        QCOMPARE(contents.issueBodyIndex, 0);
        Token current;
        QCOMPARE(CardService::openIssueToken(contents, f.utility, current), kOk);
        QCOMPARE(current.sequence, 11u);
        QCOMPARE(service.writeToken(contents, testing::purchase(f.meter.meter, 0x1001, 12, 2000000),
                                    f.station),
                 kOk);
        QCOMPARE(card.apduCount(), expected);

        QCOMPARE(service.read(contents), kOk);
        QCOMPARE(CardService::openIssueToken(contents, f.utility, current), kOk);
        QCOMPARE(current.sequence, 12u);
        QCOMPARE(current.amount, tariff::Money::fromRaw(2000000));
        QCOMPARE(contents.issue.headers[0].generation, 2u);
    }

    void returnRecordWrittenByMeterIsVerifiedByStation()
    {
        Fixture f;
        MemoryStore store;
        QCOMPARE(formatCard(store, CardId{CardKind::kUser, 0x1001, 0}), kOk);
        LocalCard card(store, Protocol::kT1);
        CardService service(card);
        CardContents contents;
        QCOMPARE(service.read(contents), kOk);
        ReturnRecord record;
        QCOMPARE(CardService::openReturnRecord(contents, f.utility, record).code(),
                 Errc::kNoValidRecord);

        for (std::int64_t remaining : {5000000, 4000000, 3000000}) {
            record.utilityId = testing::kUtility;
            record.meter = f.meter.meter;
            record.keyVersion = 1;
            record.remaining = tariff::Money::fromRaw(remaining);
            Vector header(kHeaderSize), body(kReturnBodySize + kTagSize);
            const std::array<std::uint8_t, kSaltSize> salt{};
            const WriteTarget target = writeTarget(contents.returns);
            QVERIFY(sealReturn(record, f.meterKey, target.generation, salt, header, body).ok());
            QCOMPARE(service.writeReturn(contents, header, body), kOk);
            QCOMPARE(service.read(contents), kOk);
            ReturnRecord read;
            QCOMPARE(CardService::openReturnRecord(contents, f.utility, read), kOk);
            QCOMPARE(read.remaining, tariff::Money::fromRaw(remaining));
        }
    }

    // Pull the card after every byte of a write: the card reads as before until the header's
    // last byte lands, then as after. Never anything else.
    void tornWriteAtEveryByte()
    {
        Fixture f;
        MemoryStore clean;
        QCOMPARE(formatCard(clean, CardId{CardKind::kUser, 0x1001, 0}), kOk);
        {
            LocalCard card(clean, Protocol::kT1);
            CardService service(card);
            CardContents contents;
            QCOMPARE(service.read(contents), kOk);
            QCOMPARE(service.writeToken(contents, testing::purchase(f.meter.meter, 0x1001, 11, 111),
                                        f.station),
                     kOk);
        }
        const Token next = testing::purchase(f.meter.meter, 0x1001, 12, 222);
        std::size_t total = 0;
        {
            MemoryStore probe = clean;
            LocalCard card(probe, Protocol::kT1);
            CardService service(card);
            CardContents contents;
            QCOMPARE(service.read(contents), kOk);
            QCOMPARE(service.writeToken(contents, next, f.station), kOk);
            total = card.application().bytesWritten();
        }
        QVERIFY(total > kHeaderSize);
        for (std::size_t budget = 0; budget <= total; ++budget) {
            MemoryStore backing = clean;
            TearingStore tearing(backing);
            {
                LocalCard card(tearing, Protocol::kT1);
                CardService service(card);
                CardContents contents;
                QCOMPARE(service.read(contents), kOk);
                tearing.tearAfter(budget);
                const Status written = service.writeToken(contents, next, f.station);
                QCOMPARE(written.ok(), budget == total);
            }
            LocalCard card(backing, Protocol::kT1);
            CardService service(card);
            CardContents contents;
            QCOMPARE(service.read(contents), kOk);
            Token current;
            QCOMPARE(CardService::openIssueToken(contents, f.utility, current), kOk);
            QCOMPARE(current.sequence, budget == total ? 12u : 11u);
            QCOMPARE(current.amount, tariff::Money::fromRaw(budget == total ? 222 : 111));
        }
        qInfo("tore the write at each of %zu bytes", total + 1);
    }

    void verifyCatchesAStoreThatLies()
    {
        class LyingStore final : public ByteStore {
        public:
            explicit LyingStore(MemoryStore &backing) : m_backing(backing) {}
            [[nodiscard]] std::size_t size() const override { return m_backing.size(); }
            Status read(std::size_t offset, Bytes out) const override
            {
                return m_backing.read(offset, out);
            }
            Status write(std::size_t offset, ConstBytes data) override
            {
                Vector copy(data.begin(), data.end());
                copy.back() ^= 0x01; // a weak cell
                return m_backing.write(offset, copy);
            }

        private:
            MemoryStore &m_backing;
        };
        Fixture f;
        MemoryStore backing;
        QCOMPARE(formatCard(backing, CardId{CardKind::kUser, 0x1001, 0}), kOk);
        LyingStore lying(backing);
        LocalCard card(lying, Protocol::kT1);
        CardService service(card);
        CardContents contents;
        QCOMPARE(service.read(contents), kOk);
        QCOMPARE(
            service.writeToken(contents, testing::purchase(f.meter.meter, 0x1001, 11, 1), f.station)
                .code(),
            Errc::kVerifyFailed);
    }

    // The attacks of the cards issue, each refused with its own status and the meter unchanged.
    void attacksAreRefused()
    {
        Fixture f;
        MemoryStore store;
        QCOMPARE(formatCard(store, CardId{CardKind::kUser, 0x1001, 0}), kOk);
        LocalCard card(store, Protocol::kT1);
        CardService service(card);
        CardContents contents;

        // A good purchase loads once; the same card again is a replay.
        QCOMPARE(service.read(contents), kOk);
        QCOMPARE(service.writeToken(contents, testing::purchase(f.meter.meter, 0x1001, 11, 100),
                                    f.station),
                 kOk);
        const MemoryStore imageAfterFirst = store;
        QCOMPARE(meterLoads(service, f.meterKey, f.meter), kOk);
        QCOMPARE(f.meter.lastSequence, 11u);
        const MeterCardState loaded = f.meter;
        QCOMPARE(meterLoads(service, f.meterKey, f.meter).code(), Errc::kReplay);

        // Replay of an older card image after a newer purchase was loaded.
        QCOMPARE(service.read(contents), kOk);
        QCOMPARE(service.writeToken(contents, testing::purchase(f.meter.meter, 0x1001, 12, 200),
                                    f.station),
                 kOk);
        QCOMPARE(meterLoads(service, f.meterKey, f.meter), kOk);
        const MeterCardState afterSecond = f.meter;
        std::copy(imageAfterFirst.bytes().begin(), imageAfterFirst.bytes().end(),
                  store.bytes().begin());
        QCOMPARE(meterLoads(service, f.meterKey, f.meter).code(), Errc::kReplay);
        QCOMPARE(f.meter.lastSequence, afterSecond.lastSequence);
        Q_UNUSED(loaded);

        // A card written for another meter of the same utility.
        const MeterNumber other = testing::meterNumber("310100000002");
        OpensslAead otherKey;
        QCOMPARE(f.utility.meterAead(other, 1, otherKey), kOk);
        QCOMPARE(service.read(contents), kOk);
        QCOMPARE(service.writeToken(contents, testing::purchase(other, 0x1001, 13, 300), otherKey),
                 kOk);
        QCOMPARE(meterLoads(service, f.meterKey, f.meter).code(), Errc::kWrongMeter);

        // Another utility's master key, even claiming our utility id.
        const UtilityKeys foreign = testing::utilityKeys(testing::kUtility, 99);
        OpensslAead foreignKey;
        QCOMPARE(foreign.meterAead(f.meter.meter, 1, foreignKey), kOk);
        QCOMPARE(service.read(contents), kOk);
        QCOMPARE(service.writeToken(contents, testing::purchase(f.meter.meter, 0x1001, 14, 400),
                                    foreignKey),
                 kOk);
        QCOMPARE(meterLoads(service, f.meterKey, f.meter).code(), Errc::kAuthFailed);
        // And another utility's id.
        Token otherUtility = testing::purchase(f.meter.meter, 0x1001, 15, 500);
        otherUtility.utilityId = 4401;
        QCOMPARE(service.read(contents), kOk);
        QCOMPARE(service.writeToken(contents, otherUtility, f.station), kOk);
        QCOMPARE(meterLoads(service, f.meterKey, f.meter).code(), Errc::kWrongUtility);

        // A purchase for this meter but on a card that is not the bound one.
        MemoryStore otherCardStore;
        QCOMPARE(formatCard(otherCardStore, CardId{CardKind::kUser, 0x2002, 0}), kOk);
        LocalCard otherCard(otherCardStore, Protocol::kT1);
        CardService otherService(otherCard);
        QCOMPARE(otherService.read(contents), kOk);
        QCOMPARE(otherService.writeToken(
                     contents, testing::purchase(f.meter.meter, 0x2002, 16, 600), f.station),
                 kOk);
        QCOMPARE(meterLoads(otherService, f.meterKey, f.meter).code(), Errc::kWrongCard);
        // A token copied from one card onto another keeps the first card's serial: refused.
        QCOMPARE(otherService.read(contents), kOk);
        QCOMPARE(otherService.writeToken(
                     contents, testing::purchase(f.meter.meter, 0x1001, 17, 700), f.station),
                 kOk);
        QCOMPARE(meterLoads(otherService, f.meterKey, f.meter).code(), Errc::kWrongCard);

        QCOMPARE(f.meter.lastSequence, afterSecond.lastSequence);
        QCOMPARE(f.meter.boundSerial, afterSecond.boundSerial);
    }

    void replacementAndKeyChange()
    {
        Fixture f;
        MemoryStore oldStore, newStore;
        QCOMPARE(formatCard(oldStore, CardId{CardKind::kUser, 0x1001, 0}), kOk);
        QCOMPARE(formatCard(newStore, CardId{CardKind::kUser, 0x3003, 0}), kOk);
        LocalCard oldCard(oldStore, Protocol::kT1), newCard(newStore, Protocol::kT1);
        CardService oldService(oldCard), newService(newCard);
        CardContents contents;

        // The old card still holds an unloaded purchase when it is lost.
        QCOMPARE(oldService.read(contents), kOk);
        QCOMPARE(oldService.writeToken(contents, testing::purchase(f.meter.meter, 0x1001, 11, 100),
                                       f.station),
                 kOk);

        Token replacement = testing::purchase(f.meter.meter, 0x3003, 12, 5000);
        replacement.type = RecordType::kReplacement;
        replacement.previousCardSerial = 0x1001;
        QCOMPARE(newService.read(contents), kOk);
        QCOMPARE(newService.writeToken(contents, replacement, f.station), kOk);
        QCOMPARE(meterLoads(newService, f.meterKey, f.meter), kOk);
        QCOMPARE(f.meter.boundSerial, std::uint64_t{0x3003});
        QCOMPARE(meterLoads(oldService, f.meterKey, f.meter).code(), Errc::kBlacklisted);

        // Key change card: the meter moves to version 2; a version-1 card is then refused.
        MemoryStore keyStore;
        QCOMPARE(formatCard(keyStore, CardId{CardKind::kKeyChange, 0x4004, 0}), kOk);
        LocalCard keyCard(keyStore, Protocol::kT1);
        CardService keyService(keyCard);
        Token change = testing::purchase(f.meter.meter, 0x4004, 13, 0);
        change.type = RecordType::kKeyChange;
        change.flags = kFlagNewKey;
        change.newKeyVersion = 2;
        change.newKeyLength = 16;
        QCOMPARE(f.utility.meterKey(f.meter.meter, 2, Bytes(change.newKey).first(16)), kOk);
        QCOMPARE(keyService.read(contents), kOk);
        QCOMPARE(keyService.writeToken(contents, change, f.station), kOk);
        QCOMPARE(meterLoads(keyService, f.meterKey, f.meter), kOk);
        QCOMPARE(f.meter.keyVersion, std::uint8_t{2});

        QCOMPARE(newService.read(contents), kOk);
        QCOMPARE(newService.writeToken(contents, testing::purchase(f.meter.meter, 0x3003, 14, 1),
                                       f.station),
                 kOk);
        QCOMPARE(meterLoads(newService, f.meterKey, f.meter).code(), Errc::kKeyVersion);
        // With the new key it loads.
        OpensslAead version2;
        QCOMPARE(f.utility.meterAead(f.meter.meter, 2, version2), kOk);
        Token purchase = testing::purchase(f.meter.meter, 0x3003, 15, 2);
        purchase.keyVersion = 2;
        QCOMPARE(newService.read(contents), kOk);
        QCOMPARE(newService.writeToken(contents, purchase, version2), kOk);
        PortableAead meterVersion2;
        QCOMPARE(meterVersion2.setKey(ConstBytes(change.newKey).first(16)), kOk);
        QCOMPARE(meterLoads(newService, meterVersion2, f.meter), kOk);
    }
};

QTEST_APPLESS_MAIN(TestCardService)
#include "tst_cardservice.moc"
