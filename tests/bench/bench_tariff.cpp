// Host benchmarks of the tariff core: per-quantum deduction and quotes.
#include <benchmark/benchmark.h>

#include "ampcard/tariff/billing.h"
#include "ampcard/tariff/charge.h"
#include "ampcard/tariff/credit.h"

using namespace ampcard::tariff;
using ampcard::Result;

namespace {

Tariff zhejiang()
{
    Tariff tariff;
    tariff.ladder.stepCount = 3;
    tariff.ladder.thresholds[0] = Energy::fromWhole(2760);
    tariff.ladder.thresholds[1] = Energy::fromWhole(4800);
    tariff.ladder.prices[0] = Price::fromRaw(5380);
    tariff.ladder.prices[1] = Price::fromRaw(5880);
    tariff.ladder.prices[2] = Price::fromRaw(8380);
    tariff.settlement.mode = SettlementMode::kYearly;
    tariff.settlement.dates[0] = {1, 1, 0};
    return tariff;
}

Tariff zhejiangTou()
{
    Tariff tariff = zhejiang();
    tariff.ladder.prices = {Price{}, Price::fromRaw(500), Price::fromRaw(3000)};
    tariff.tou.rateMask = 0b1010;
    tariff.tou.rates[1] = Price::fromRaw(5680);
    tariff.tou.rates[3] = Price::fromRaw(2880);
    tariff.tou.segmentCount = 3;
    tariff.tou.segments[0] = {0, 3};
    tariff.tou.segments[1] = {8 * 60, 1};
    tariff.tou.segments[2] = {22 * 60, 3};
    return tariff;
}

constexpr Timestamp kNoon = 24 * 3600 * 200 + 12 * 3600;

// One energy quantum through Billing::consume (the meter's deduction), quantum in Wh.
void BM_DeductQuantum(benchmark::State &state)
{
    const Tariff tariff = state.range(1) != 0 ? zhejiangTou() : zhejiang();
    Billing billing = Billing::start(tariff, kNoon).value();
    const Energy quantum = Energy::fromRaw(state.range(0));
    std::int64_t deducted = 0;
    for (auto _ : state) {
        const Result<Deduction> charged = billing.consume(quantum, kNoon);
        deducted += charged.value().money.raw();
        benchmark::DoNotOptimize(deducted);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DeductQuantum)->ArgNames({"Wh", "tou"})->Args({10, 0})->Args({1, 0})->Args({10, 1});

// The whole meter step: deduct, charge the credit account, derive the credit state.
void BM_MeterQuantum(benchmark::State &state)
{
    Billing billing = Billing::start(zhejiang(), kNoon).value();
    CreditParameters parameters;
    parameters.alarm1 = Money::fromWhole(20);
    parameters.alarm2 = Money::fromWhole(10);
    parameters.overdraftLimit = Money::fromWhole(30);
    CreditAccount account = CreditAccount::create(parameters).value();
    (void)account.applyPurchase(Money::fromWhole(1'000'000'000), PurchaseKind::kNormal);
    const Energy quantum = Energy::fromRaw(10);
    for (auto _ : state) {
        const Result<Deduction> charged = billing.consume(quantum, kNoon);
        (void)account.deduct(charged.value().money);
        benchmark::DoNotOptimize(account.state(billing.nextUnitCost(kNoon)));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MeterQuantum);

void BM_QuoteMoney(benchmark::State &state)
{
    const Tariff tariff = zhejiang();
    const Energy used = Energy::fromWhole(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(quoteMoney(tariff, used, Money::fromWhole(2000), 0));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_QuoteMoney)->ArgName("used_kWh")->Arg(0)->Arg(2700);

void BM_QuoteEnergy(benchmark::State &state)
{
    const Tariff tariff = zhejiang();
    for (auto _ : state)
        benchmark::DoNotOptimize(
            quoteEnergy(tariff, Energy::fromWhole(2700), Energy::fromWhole(3000), 0));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_QuoteEnergy);

} // namespace

BENCHMARK_MAIN();
