// The meter's tick on the host, and NV saves per kWh at full load (the endurance arithmetic in
// docs/meter.md rests on this count).
#include <benchmark/benchmark.h>

#include "ampcard/meter/fakes.h"
#include "ampcard/meter/meter.h"

using namespace ampcard;
using namespace ampcard::meter;

namespace {

struct Board {
    FakeNv nv{kNvBytes};
    FakeRelay relay;
    FakeFrontEnd frontEnd;
    FakeClock clock;
    StoreCardSlot slot;
    FakeDisplay display;
    Meter meter{Hardware{nv, relay, frontEnd, slot, clock, display}};

    explicit Board(std::uint8_t phases)
    {
        Identity identity;
        identity.utilityId = 1;
        identity.meter = card::MeterNumber::parse("1").value();
        MeteringConfig metering;
        metering.phases = phases;
        tariff::Tariff tariff;
        tariff.ladder.prices[0] = tariff::Price::fromWhole(1);
        tariff.settlement.dates[0] = {1, 1, 0};
        tariff::CreditParameters credit;
        credit.presetCredit = tariff::Money::fromWhole(1'000'000);
        const std::uint8_t seed[card::kLineSeedSize] = {1, 2, 3, 4, 5, 6, 7, 8};
        (void)meter.provision(identity, card::lineSecretsFromSeed(seed), metering, tariff, 1,
                              credit);
    }
};

// 60 A on three phases at 230 V, ticking at 10 Hz.
void BM_MeterTickFullLoad(benchmark::State &state)
{
    Board board(3);
    board.frontEnd.setLoad(13'800'000, 13'800'000, 13'800'000);
    const std::uint32_t writesBefore = board.meter.nvWrites();
    const std::int64_t energyBefore = board.meter.state().registers.combined.raw();
    std::int64_t ticks = 0;
    for (auto _ : state) {
        if (++ticks % 10 == 0)
            board.clock.advance(1);
        board.meter.tick(100, {});
    }
    const double kwh =
        static_cast<double>(board.meter.state().registers.combined.raw() - energyBefore) / 1000.0;
    state.counters["nv_saves_per_kWh"] = (board.meter.nvWrites() - writesBefore) / kwh;
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MeterTickFullLoad);

// A household: 1 kW on one phase.
void BM_MeterTickHousehold(benchmark::State &state)
{
    Board board(1);
    board.frontEnd.setLoad(1'000'000);
    std::int64_t ticks = 0;
    for (auto _ : state) {
        if (++ticks % 10 == 0)
            board.clock.advance(1);
        board.meter.tick(100, {});
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MeterTickHousehold);

} // namespace

BENCHMARK_MAIN();
