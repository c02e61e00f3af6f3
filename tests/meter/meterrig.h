#pragma once

#include <memory>

#include <QTest>

#include "../card/cardfixtures.h"
#include "../tariff/testtariffs.h"
#include "ampcard/cardio/cardservice.h"
#include "ampcard/cardio/localcard.h"
#include "ampcard/meter/fakes.h"
#include "ampcard/meter/meter.h"

// A meter on fake hardware, and a station that sells to it with real sealed tokens.
namespace testing {

using namespace ampcard;
using namespace ampcard::meter;

struct Rig {
    FakeNv nv{kNvBytes};
    FakeRelay relay;
    FakeFrontEnd frontEnd;
    FakeClock clock;
    StoreCardSlot slot;
    FakeDisplay display;
    std::unique_ptr<Meter> meter;
    cardio::UtilityKeys keys = utilityKeys(kUtility, kSeed);
    card::MeterNumber number = meterNumber("310100000001");
    card::MemoryStore userCard;
    std::uint32_t sequence = 0;

    Rig()
    {
        clock.set(at(2024, 3, 5, 9));
        (void)card::formatCard(userCard, card::CardId{card::CardKind::kUser, 0x1001, 0});
        meter = std::make_unique<Meter>(hardware());
    }

    Hardware hardware() { return Hardware{nv, relay, frontEnd, slot, clock, display}; }

    Identity identity() const
    {
        Identity id;
        id.utilityId = kUtility;
        id.meter = number;
        id.keyVersion = 1;
        if (!keys.meterKey(number, 1, id.key).ok())
            qFatal("key");
        return id;
    }

    card::LineSecrets lineSecrets() const
    {
        card::LineSecrets line;
        if (!keys.lineSecrets(number, 1, &line).ok())
            qFatal("line secrets");
        return line;
    }

    static tariff::CreditParameters credit(const char *alarm1 = "20", const char *alarm2 = "10",
                                           const char *overdraft = "0",
                                           const char *hoarding = "1000", const char *preset = "0",
                                           const char *closeAllow = "0")
    {
        tariff::CreditParameters parameters;
        parameters.alarm1 = money(alarm1);
        parameters.alarm2 = money(alarm2);
        parameters.overdraftLimit = money(overdraft);
        parameters.hoardingLimit = money(hoarding);
        parameters.presetCredit = money(preset);
        parameters.closeAllow = money(closeAllow);
        return parameters;
    }

    void provision(const tariff::CreditParameters &parameters, std::uint8_t phases = 1,
                   const tariff::Tariff &tariff = flat("1.0000"))
    {
        MeteringConfig metering;
        metering.phases = phases;
        QCOMPARE(meter->provision(identity(), lineSecrets(), metering, tariff, 1, parameters), kOk);
    }

    static tariff::Tariff flat(const char *price)
    {
        tariff::Tariff tariff;
        tariff.ladder.prices[0] = testing::price(price);
        tariff.settlement.dates[0] = {1, 1, 0};
        return tariff;
    }

    // The station writes a token onto a card.
    Status sellOn(card::ByteStore &card, std::uint64_t serial, card::RecordType type,
                  const char *amount, std::uint32_t seq = 0)
    {
        card::Token token =
            purchase(number, serial, seq == 0 ? ++sequence : seq, money(amount).raw());
        token.type = type;
        cardio::OpensslAead aead;
        AMPCARD_TRY(keys.meterAead(number, 1, aead));
        cardio::LocalCard local(card, card::Protocol::kT1);
        cardio::CardService service(local);
        cardio::CardContents contents;
        AMPCARD_TRY(service.read(contents));
        return service.writeToken(contents, token, aead);
    }
    // Sells on the user card; the first sale to an unopened meter opens the account, as the
    // station's account opening does.
    Status sell(const char *amount, card::RecordType type = card::RecordType::kPurchase)
    {
        if (type == card::RecordType::kPurchase && !meter->state().binding.opened && !m_opening) {
            m_opening = true;
            type = card::RecordType::kAccountOpening;
        }
        return sellOn(userCard, 0x1001, type, amount);
    }
    bool m_opening = false;

    CardOutcome insert(card::ByteStore &card)
    {
        slot.insert(&card, card::Protocol::kT1);
        const CardOutcome outcome = meter->cardInserted();
        slot.remove();
        return outcome;
    }
    CardOutcome insert() { return insert(userCard); }

    // Runs `seconds` in ticks of `step` seconds drawing `watts` while the relay is closed.
    void run(int seconds, double watts, Inputs inputs = {}, int step = 1)
    {
        for (int i = 0; i < seconds; i += step) {
            clock.advance(step);
            frontEnd.setLoad(relay.closed() ? static_cast<std::int32_t>(watts * 1000) : 0);
            meter->tick(static_cast<std::uint32_t>(step) * 1000, inputs);
        }
    }
    // Runs `milliseconds` in ticks of `stepMs` drawing `watts` while the relay is closed.
    void runMs(int milliseconds, double watts, int stepMs)
    {
        for (int i = 0; i < milliseconds; i += stepMs) {
            clock.set(clock.now() + (i + stepMs) / 1000 - i / 1000);
            frontEnd.setLoad(relay.closed() ? static_cast<std::int32_t>(watts * 1000) : 0);
            meter->tick(static_cast<std::uint32_t>(stepMs), {});
        }
    }
    // Runs one-second ticks until the relay opens; returns the seconds it took (-1: never).
    int runUntilOpen(double watts, int limit)
    {
        for (int i = 1; i <= limit; ++i) {
            run(1, watts);
            if (!relay.closed())
                return i;
        }
        return -1;
    }

    void reboot()
    {
        meter = std::make_unique<Meter>(hardware());
        (void)meter->boot();
    }

    [[nodiscard]] tariff::Money remaining() const { return meter->state().account.remaining(); }
    // What the LCD shows (through the Display interface).
    QString shown() const { return display.text(); }
};

} // namespace testing
