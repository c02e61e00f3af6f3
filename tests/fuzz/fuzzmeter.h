#pragma once

#include <cstdint>

#include "ampcard/meter/fakes.h"
#include "ampcard/meter/meter.h"

// A provisioned meter on the host fakes of its hardware (meterfw/sim/fakes.h, no Qt), in memory
// only, for the fuzz targets.
namespace fuzzing {

using namespace ampcard;
using namespace ampcard::meter;

struct Rig {
    FakeNv nv{kNvBytes};
    FakeRelay relay;
    FakeFrontEnd frontEnd;
    StoreCardSlot slot; // empty
    FakeClock clock;
    FakeDisplay display;
    Meter meter{meter::Hardware{nv, relay, frontEnd, slot, clock, display}};
    Rig()
    {
        clock.set(790'000'000);
        frontEnd.setLoad(1'000'000, 1'000'000, 1'000'000);
        Identity identity;
        identity.utilityId = 1;
        identity.meter = card::MeterNumber::parse("310100000001").value();
        tariff::Tariff tariff;
        tariff.ladder.prices[0] = tariff::Price::fromWhole(1);
        tariff.settlement.dates[0] = {1, 1, 0};
        tariff::CreditParameters credit;
        credit.presetCredit = tariff::Money::fromWhole(100);
        const std::uint8_t seed[card::kLineSeedSize] = {1, 2, 3, 4, 5, 6, 7, 8};
        (void)meter.provision(identity, card::lineSecretsFromSeed(seed), MeteringConfig{}, tariff,
                              1, credit);
    }
};

} // namespace fuzzing
