#pragma once

#include <cstdint>
#include <map>
#include <memory>

#include <QDateTime>
#include <QTest>

#include "ampcard/card/cardapp.h"
#include "ampcard/cardio/keystore.h"
#include "ampcard/meter/fakes.h"
#include "ampcard/meter/meter.h"

// The real meter logic on the simulator's host fakes, provisioned with the key the station derives
// for its meter number, so the station's cards and the firmware's card session meet in one
// process: the meter reads and writes the very bytes the station's reader wrote.
namespace testing {

class FirmwareMeter {
public:
    // What the firmware actually loaded at each sequence (credit 0 for a record without credit):
    // the ground truth the station's proofs are held to.
    using Loads = std::map<std::uint32_t, std::int64_t>;

    // Factory programming: identity and key of `number` (key version 1) from `keys`, one phase,
    // a flat tariff of 25.1000 and no hoarding limit; the clock on the station's meter time.
    bool provision(const ampcard::cardio::UtilityKeys &keys, const char *number)
    {
        using namespace ampcard;
        const auto parsed = card::MeterNumber::parse(number);
        if (!parsed.ok())
            return false;
        meter::Identity identity;
        identity.utilityId = keys.utilityId();
        identity.meter = parsed.value();
        identity.keyVersion = 1;
        if (!keys.meterKey(identity.meter, 1, identity.key).ok())
            return false;
        tariff::Tariff flat;
        flat.ladder.prices[0] = tariff::Price::fromRaw(251'000);
        m_clock.set(stationMeterTime());
        m_meter = std::make_unique<meter::Meter>(hardware());
        card::LineSecrets line;
        if (!keys.lineSecrets(identity.meter, 1, &line).ok())
            return false;
        return m_meter->provision(identity, line, meter::MeteringConfig{}, flat, 1,
                                  tariff::CreditParameters{}) == kOk;
    }

    // The customer inserts the card held in `card` a second after the last event: the meter loads
    // what it accepts and writes its return record onto the card.
    ampcard::meter::CardOutcome insert(ampcard::card::ByteStore &card)
    {
        using namespace ampcard;
        m_clock.advance(1);
        m_meter->tick(1000, {});
        const std::uint32_t before = lastSequence();
        const std::int64_t loadedBefore = creditLoaded();
        m_slot.insert(&card, card::Protocol::kT1);
        const meter::CardOutcome outcome = m_meter->cardInserted();
        m_slot.remove();
        if (lastSequence() != before)
            m_loads[lastSequence()] = creditLoaded() - loadedBefore;
        return outcome;
    }

    [[nodiscard]] std::int64_t creditLoaded() const
    {
        return m_meter->state().account.accountState().purchasedTotal.raw();
    }
    [[nodiscard]] std::uint32_t loadCount() const
    {
        return m_meter->state().account.accountState().purchaseCount;
    }
    [[nodiscard]] std::uint32_t lastSequence() const
    {
        return m_meter->state().binding.lastSequence;
    }
    [[nodiscard]] bool opened() const { return m_meter->state().binding.opened; }
    [[nodiscard]] const Loads &loads() const { return m_loads; }

private:
    ampcard::meter::Hardware hardware()
    {
        return ampcard::meter::Hardware{m_nv, m_relay, m_frontEnd, m_slot, m_clock, m_display};
    }

    // Local seconds since 2000, as the station stamps its tokens (CardDesk::meterTime).
    static ampcard::tariff::Timestamp stationMeterTime()
    {
        const QDateTime local = QDateTime::currentDateTimeUtc().toLocalTime();
        return local.toSecsSinceEpoch() + local.offsetFromUtc() - 946'684'800;
    }

    ampcard::meter::FakeNv m_nv{ampcard::meter::kNvBytes};
    ampcard::meter::FakeRelay m_relay;
    ampcard::meter::FakeFrontEnd m_frontEnd;
    ampcard::meter::FakeClock m_clock;
    ampcard::meter::StoreCardSlot m_slot;
    ampcard::meter::FakeDisplay m_display;
    std::unique_ptr<ampcard::meter::Meter> m_meter;
    Loads m_loads;
};

} // namespace testing
