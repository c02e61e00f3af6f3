#include <QTest>

#include "../tariff/testtariffs.h"
#include "ampcard/card/cardrules.h"
#include "ampcard/card/crc.h"
#include "ampcard/card/records.h"
#include "ampcard/cardio/opensslcrypto.h"
#include "cardfixtures.h"

using namespace ampcard;
using namespace ampcard::card;
using Vector = std::vector<std::uint8_t>;

namespace {

struct Sealed {
    Vector header = Vector(kHeaderSize);
    Vector body;
};

Sealed seal(const Token &token, const Aead &key, std::uint32_t generation = 1)
{
    Sealed sealed;
    sealed.body.resize(kTokenMaxBodySize + kTagSize);
    const std::array<std::uint8_t, kSaltSize> salt = {1, 2, 3, 4, 5, 6, 7, 8};
    const Result<std::size_t> size =
        sealToken(token, key, generation, salt, sealed.header, sealed.body);
    if (!size.ok())
        qFatal("seal failed: %d", static_cast<int>(size.status().code()));
    sealed.body.resize(size.value());
    return sealed;
}

// Decodes, checks against the meter and opens, as a meter does.
Status accept(const Vector &header, const Vector &body, const MeterCardState &meter,
              const Aead &key)
{
    const Result<RecordHeader> decoded = decodeHeader(header);
    if (!decoded.ok())
        return decoded.status();
    AMPCARD_TRY(checkHeader(decoded.value(), meter));
    const Result<Token> token = openToken(decoded.value(), body, key);
    return token.status();
}

void fixCrcs(Vector &header, const Vector &body)
{
    storeBigEndian(Bytes(header).subspan(32, 4), crc32(body));
    storeBigEndian(Bytes(header).subspan(36, 4), crc32(ConstBytes(header).first(36)));
}

MeterCardState meterState()
{
    MeterCardState meter;
    meter.utilityId = testing::kUtility;
    meter.meter = testing::meterNumber("310100000001");
    meter.keyVersion = 1;
    return meter;
}

} // namespace

class TestRecords : public QObject {
    Q_OBJECT

private slots:
    void meterNumbers()
    {
        const Result<MeterNumber> number = MeterNumber::parse("310100000001");
        QVERIFY(number.ok());
        QCOMPARE(number.value().bcd[0], std::uint8_t{0x31});
        QCOMPARE(number.value().bcd[5], std::uint8_t{0x01});
        QCOMPARE(number.value().value(), std::uint64_t{310100000001});
        char digits[13];
        MeterNumber::parse("1234").value().format(digits);
        QCOMPARE(QString::fromLatin1(digits), QStringLiteral("000000001234"));
        QCOMPARE(MeterNumber::parse("1234567890123").status().code(), Errc::kCardFormat);
        QCOMPARE(MeterNumber::parse("12a4").status().code(), Errc::kCardFormat);
        QCOMPARE(MeterNumber::parse("").status().code(), Errc::kCardFormat);
        const std::uint8_t notBcd[6] = {0x31, 0x0A, 0, 0, 0, 1};
        QCOMPARE(MeterNumber::fromBcd(notBcd).status().code(), Errc::kCardFormat);
    }

    void cardIdRoundTripAndDamage()
    {
        CardId id{CardKind::kParameter, 0x1122334455667788ull, 800'000'000};
        std::uint8_t bytes[kCardIdSize];
        QCOMPARE(encodeCardId(id, bytes), kOk);
        const Result<CardId> decoded = decodeCardId(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().kind, CardKind::kParameter);
        QCOMPARE(decoded.value().serial, id.serial);
        QCOMPARE(decoded.value().created, id.created);

        for (std::size_t bit = 0; bit < kCardIdSize * 8; ++bit) {
            std::uint8_t damaged[kCardIdSize];
            std::copy(std::begin(bytes), std::end(bytes), damaged);
            damaged[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
            QCOMPARE(decodeCardId(damaged).status().code(), Errc::kCardFormat);
        }
        bytes[5] = 9; // a kind from a later version, CRC made good
        storeBigEndian(Bytes(bytes).subspan(28, 4), crc32(ConstBytes(bytes).first(28)));
        QCOMPARE(decodeCardId(bytes).status().code(), Errc::kUnknownKind);
    }

    // A token with every section, sealed by one backend and opened by the other.
    void tokenRoundTripAcrossBackends()
    {
        Token token =
            testing::purchase(testing::meterNumber("310100000001"), 0xABCDEF, 42, 1234567);
        token.type = RecordType::kAccountOpening;
        token.flags = kFlagTariff | kFlagCredit | kFlagNewKey | kFlagReissue;
        token.tariffId = 77;
        token.tariffActivation = 790'000'000;
        token.tariff = testing::zhejiangTou();
        token.credit.alarm1 = tariff::Money::fromWhole(20);
        token.credit.alarm2 = tariff::Money::fromWhole(10);
        token.credit.overdraftLimit = tariff::Money::fromWhole(30);
        token.credit.presetCredit = tariff::Money::fromWhole(5);
        token.newKeyVersion = 2;
        token.newKeyLength = 16;
        std::fill_n(token.newKey.begin(), 16, std::uint8_t{0x5A});
        token.previousCardSerial = 99;

        const PortableAead portable =
            testing::meterAead(testing::kUtility, testing::kSeed, token.meter, 1);
        const cardio::UtilityKeys keys = testing::utilityKeys(testing::kUtility, testing::kSeed);
        cardio::OpensslAead station;
        QCOMPARE(keys.meterAead(token.meter, 1, station), kOk);

        const Sealed sealed = seal(token, station);
        QCOMPARE(sealed.body.size(), kTokenMaxBodySize - 16 + kTagSize); // 16-byte key of up to 32
        const RecordHeader header = decodeHeader(sealed.header).value();
        QCOMPARE(header.sequence, 42u);
        QCOMPARE(header.generation, 1u);
        const Result<Token> opened = openToken(header, sealed.body, portable);
        QVERIFY(opened.ok());
        const Token &back = opened.value();
        QCOMPARE(back.type, token.type);
        QCOMPARE(back.cardSerial, token.cardSerial);
        QCOMPARE(back.amount, token.amount);
        QCOMPARE(back.flags, token.flags);
        QCOMPARE(back.issueTime, token.issueTime);
        QCOMPARE(back.stationId, token.stationId);
        QCOMPARE(back.previousCardSerial, token.previousCardSerial);
        QCOMPARE(back.tariffId, token.tariffId);
        QCOMPARE(back.tariffActivation, token.tariffActivation);
        QCOMPARE(back.tariff.ladder.prices[2], token.tariff.ladder.prices[2]);
        QCOMPARE(back.tariff.tou.segments[1].startMinute, token.tariff.tou.segments[1].startMinute);
        QCOMPARE(back.credit.overdraftLimit, token.credit.overdraftLimit);
        QCOMPARE(back.credit.hoardingLimit, tariff::kNoHoardingLimit);
        QCOMPARE(back.newKeyVersion, std::uint8_t{2});
        QCOMPARE(back.newKey, token.newKey);

        // And the other way round.
        const Sealed byMeter = seal(token, portable);
        QVERIFY(openToken(decodeHeader(byMeter.header).value(), byMeter.body, station).ok());
    }

    void returnRecordRoundTrip()
    {
        const MeterNumber meter = testing::meterNumber("310100000001");
        ReturnRecord record;
        record.utilityId = testing::kUtility;
        record.meter = meter;
        record.keyVersion = 1;
        record.time = 790'000'123;
        record.remaining = tariff::Money::fromRaw(-123456);
        record.overdraftLimit = tariff::Money::fromWhole(30);
        record.creditState = 4;
        record.forward = tariff::Energy::fromRaw(123456789);
        record.reverse = tariff::Energy::fromRaw(4321);
        record.combined = tariff::Energy::fromRaw(123461110);
        record.periodUsage = tariff::Energy::fromRaw(2760001);
        record.residue = 999;
        record.lastSequence = 42;
        record.purchaseCount = 9;
        record.statusWord = 0x0102;
        record.faultWord = 0x8001;
        record.illegalCards = 3;
        record.tamperEvents = 1;
        record.powerFailures = 17;
        record.reverseMinutes = 600;
        record.activeTariffId = 77;
        record.periodStart = 788'000'000;
        const PortableAead key = testing::meterAead(testing::kUtility, testing::kSeed, meter, 1);
        Vector header(kHeaderSize), body(kReturnBodySize + kTagSize);
        const std::array<std::uint8_t, kSaltSize> salt{};
        QVERIFY(sealReturn(record, key, 5, salt, header, body).ok());
        const Result<ReturnRecord> back = openReturn(decodeHeader(header).value(), body, key);
        QVERIFY(back.ok());
        QCOMPARE(back.value().remaining, record.remaining);
        QCOMPARE(back.value().combined, record.combined);
        QCOMPARE(back.value().residue, record.residue);
        QCOMPARE(back.value().reverseMinutes, record.reverseMinutes);
        QCOMPARE(back.value().periodStart, record.periodStart);
        QCOMPARE(back.value().faultWord, record.faultWord);
    }

    // Every single-bit flip of a sealed purchase record is refused. As stored, the CRCs catch
    // each one; with the CRCs recomputed (a deliberate forgery) the header checks and the CCM tag
    // do, each with its own status.
    void everyBitFlipIsRefused()
    {
        const MeterCardState meter = meterState();
        const PortableAead key =
            testing::meterAead(testing::kUtility, testing::kSeed, meter.meter, 1);
        const Sealed sealed = seal(testing::purchase(meter.meter, 0xABCDEF, 42, 500000), key);
        QCOMPARE(accept(sealed.header, sealed.body, meter, key), kOk);

        const std::size_t headerBits = kHeaderSize * 8;
        const std::size_t totalBits = headerBits + sealed.body.size() * 8;
        int refusedByCrc = 0;
        QHash<int, int> forgeries;
        for (std::size_t bit = 0; bit < totalBits; ++bit) {
            Vector header = sealed.header;
            Vector body = sealed.body;
            Vector &target = bit < headerBits ? header : body;
            const std::size_t index = bit < headerBits ? bit : bit - headerBits;
            target[index / 8] ^= static_cast<std::uint8_t>(1u << (index % 8));

            const Status raw = accept(header, body, meter, key);
            QVERIFY2(!raw.ok(), qPrintable(QStringLiteral("bit %1 accepted").arg(bit)));
            if (raw.code() == Errc::kCardFormat)
                ++refusedByCrc;

            const std::size_t byte = bit / 8;
            if (byte >= 32 && byte < 40)
                continue; // the CRC fields themselves
            fixCrcs(header, body);
            const Status forged = accept(header, body, meter, key);
            QVERIFY2(!forged.ok(), qPrintable(QStringLiteral("forged bit %1 accepted").arg(bit)));
            Errc expected = Errc::kAuthFailed;
            if (byte == 0 || byte == 15 || byte == 2 || byte == 3)
                expected = Errc::kCardFormat; // version, reserved, body length
            else if (byte >= 4 && byte < 8)
                expected = Errc::kWrongUtility;
            else if (byte == 14)
                expected = Errc::kKeyVersion;
            if (byte >= 8 && byte < 14) {
                QVERIFY(forged.code() == Errc::kWrongMeter || forged.code() == Errc::kCardFormat);
            } else if (byte == 1) {
                QVERIFY(forged.code() == Errc::kUnknownKind || forged.code() == Errc::kAuthFailed);
            } else {
                QCOMPARE(forged.code(), expected);
            }
            ++forgeries[static_cast<int>(forged.code())];
        }
        QCOMPARE(refusedByCrc, static_cast<int>(totalBits));
        qInfo("%zu bit flips refused; forgeries by status: auth %d, wrong meter %d, wrong utility "
              "%d, key version %d, format %d",
              totalBits, forgeries.value(int(Errc::kAuthFailed)),
              forgeries.value(int(Errc::kWrongMeter)), forgeries.value(int(Errc::kWrongUtility)),
              forgeries.value(int(Errc::kKeyVersion)), forgeries.value(int(Errc::kCardFormat)));
    }

    void truncationIsRefused()
    {
        const MeterCardState meter = meterState();
        const PortableAead key =
            testing::meterAead(testing::kUtility, testing::kSeed, meter.meter, 1);
        const Sealed sealed = seal(testing::purchase(meter.meter, 1, 2, 3), key);
        for (std::size_t size = 0; size < sealed.body.size(); ++size) {
            const Vector shorter(sealed.body.begin(),
                                 sealed.body.begin() + static_cast<long>(size));
            QCOMPARE(accept(sealed.header, shorter, meter, key).code(), Errc::kCardFormat);
        }
        for (std::size_t size = 0; size < kHeaderSize; ++size) {
            const Vector shorter(sealed.header.begin(),
                                 sealed.header.begin() + static_cast<long>(size));
            QCOMPARE(accept(shorter, sealed.body, meter, key).code(), Errc::kCardFormat);
        }
    }

    void tariffBeyondCardRangeIsRefused()
    {
        tariff::Tariff tariff = testing::zhejiang();
        tariff.ladder.prices[2] = tariff::Price::fromWhole(500000); // > 429496.7295
        std::uint8_t encoded[kTariffEncodedSize];
        QCOMPARE(encodeTariff(tariff, encoded).code(), Errc::kOverflow);
        tariff = testing::zhejiang();
        tariff.ladder.stepCount = 0;
        QCOMPARE(encodeTariff(tariff, encoded).code(), Errc::kStepCount);
    }
};

QTEST_APPLESS_MAIN(TestRecords)
#include "tst_records.moc"
