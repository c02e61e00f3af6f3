// Links the portable core with no runtime at all; see CMakeLists.txt. Never run.
#include <cstddef>

#include "ampcard/card/cardapp.h"
#include "ampcard/card/cardrules.h"
#include "ampcard/card/kdf.h"
#include "ampcard/tariff/billing.h"
#include "ampcard/tariff/charge.h"
#include "ampcard/tariff/credit.h"

extern "C" {

volatile int ampcardSink;

static void exerciseCards()
{
    using namespace ampcard::card;
    const std::uint8_t key[16] = {1, 2, 3};
    Aes master;
    (void)master.setKey(key);
    std::uint8_t meterKey[16];
    (void)deriveKey(master, key, key, meterKey);
    PortableAead aead;
    (void)aead.setKey(meterKey);

    MemoryStore store;
    (void)formatCard(store, CardId{});
    CardApplication card(store, Protocol::kT0);
    std::uint8_t response[kMaxResponseSize];
    const std::uint8_t select[] = {0x00, 0xA4, 0x04, 0x00, 0x08, 0xF0, 'A',
                                   'M',  'P',  'C',  'A',  'R',  'D'};
    ampcardSink = static_cast<int>(card.process(select, response));
    card.reset();
    ampcardSink = static_cast<int>(atrFor(Protocol::kT1).size);

    Token token;
    std::uint8_t header[kHeaderSize];
    std::uint8_t body[kTokenMaxBodySize + kTagSize];
    const std::uint8_t salt[kSaltSize] = {};
    (void)sealToken(token, aead, 1, salt, header, body);
    const SlotChoice choice =
        chooseSlots(store.bytes().subspan(kIssueFile.file.storeOffset + kIssueFile.headerArea()));
    ampcardSink = writeTarget(choice).slot;
    const ampcard::Result<RecordHeader> decoded = decodeHeader(header);
    if (decoded.ok()) {
        MeterCardState meter;
        (void)checkHeader(decoded.value(), meter);
        const ampcard::Result<Token> opened = openToken(decoded.value(), body, aead);
        if (opened.ok()) {
            const ampcard::Result<CardId> id = decodeCardId(store.bytes());
            (void)checkToken(opened.value(), id.ok() ? &id.value() : nullptr, meter);
            recordAccepted(opened.value(), meter);
        }
    }
    ReturnRecord record;
    (void)sealReturn(record, aead, 1, salt, header, body);
    if (decoded.ok())
        (void)openReturn(decoded.value(), body, aead);
    char digits[13];
    const ampcard::Result<MeterNumber> number = MeterNumber::parse("123456789012");
    if (number.ok())
        number.value().format(digits);
    ampcardSink = digits[0];
}

[[noreturn]] void ampcardEntry()
{
    using namespace ampcard::tariff;
    using ampcard::Result;
    Tariff tariff;
    tariff.ladder.prices[0] = Price::parse("0.5380").valueOr(Price{});
    tariff.settlement.dates[0].day = 1;
    const Timestamp now = toTimestamp(CivilTime{}).valueOr(0);
    ampcardSink = static_cast<int>(toCivil(now).day);
    ampcardSink = Money::fromRaw(ampcardSink).format(2).size;

    Result<Billing> billing = Billing::start(tariff, now);
    if (billing.ok()) {
        (void)billing.value().schedule(tariff, now);
        (void)billing.value().settleDue(now);
        ampcardSink = static_cast<int>(billing.value().consume(Energy::fromRaw(10), now).ok());
        ampcardSink = static_cast<int>(billing.value().nextUnitCost(now).raw());
        (void)Billing::restore(billing.value().state());
    }
    ampcardSink = static_cast<int>(quoteMoney(tariff, Energy{}, Money::fromWhole(1), 0).ok());

    Result<CreditAccount> account = CreditAccount::create(CreditParameters{});
    if (account.ok()) {
        CreditAccount &credit = account.value();
        (void)credit.loadPreset();
        (void)credit.applyPurchase(Money::fromWhole(10), PurchaseKind::kAccountOpening);
        (void)credit.deduct(Money::fromWhole(1));
        (void)credit.confirmOverdraft(Money{});
        (void)credit.setParameters(CreditParameters{});
        ampcardSink = static_cast<int>(credit.state(Money{}));
        ampcardSink = static_cast<int>(credit.mayCloseAfterCreditTrip());
        (void)CreditAccount::restore(CreditParameters{}, credit.accountState());
    }
    exerciseCards();
    for (;;) {
    }
}

} // extern "C"
