// Links the portable core with no runtime at all; see CMakeLists.txt. Never run.
#include <cstddef>

#include "ampcard/tariff/billing.h"
#include "ampcard/tariff/charge.h"
#include "ampcard/tariff/credit.h"

extern "C" {

// The compiler may emit calls to these four for struct copies; a real firmware gets them from
// its C library, here they are defined so that nothing else from the C library can link.
void *memcpy(void *destination, const void *source, std::size_t size)
{
    auto *to = static_cast<unsigned char *>(destination);
    const auto *from = static_cast<const unsigned char *>(source);
    while (size-- != 0)
        *to++ = *from++;
    return destination;
}

void *memmove(void *destination, const void *source, std::size_t size)
{
    auto *to = static_cast<unsigned char *>(destination);
    const auto *from = static_cast<const unsigned char *>(source);
    if (to < from) {
        while (size-- != 0)
            *to++ = *from++;
    } else {
        while (size != 0) {
            --size;
            to[size] = from[size];
        }
    }
    return destination;
}

void *memset(void *destination, int value, std::size_t size)
{
    auto *to = static_cast<unsigned char *>(destination);
    while (size-- != 0)
        *to++ = static_cast<unsigned char>(value);
    return destination;
}

int memcmp(const void *left, const void *right, std::size_t size)
{
    const auto *a = static_cast<const unsigned char *>(left);
    const auto *b = static_cast<const unsigned char *>(right);
    for (; size != 0; --size, ++a, ++b) {
        if (*a != *b)
            return *a < *b ? -1 : 1;
    }
    return 0;
}

volatile int ampcardSink;

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
    for (;;) {
    }
}

} // extern "C"
