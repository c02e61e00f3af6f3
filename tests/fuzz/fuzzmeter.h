#pragma once

#include <array>
#include <cstdint>

#include "ampcard/meter/meter.h"

// A provisioned meter on minimal in-memory hardware, for the fuzz targets (no Qt, no files).
namespace fuzzing {

using namespace ampcard;
using namespace ampcard::meter;

class RamNv final : public NvMemory {
public:
    [[nodiscard]] std::size_t size() const override { return m_bytes.size(); }
    Status read(std::size_t offset, Bytes out) override
    {
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = m_bytes[offset + i];
        return kOk;
    }
    Status write(std::size_t offset, ConstBytes data) override
    {
        for (std::size_t i = 0; i < data.size(); ++i)
            m_bytes[offset + i] = data[i];
        return kOk;
    }

private:
    std::array<std::uint8_t, kNvBytes> m_bytes{};
};

struct Hardware final : Relay, MeteringFrontEnd, CardSlot, Clock, Display {
    bool closed = true;
    tariff::Timestamp time = 790'000'000;
    void pulse(bool close) override { closed = close; }
    [[nodiscard]] bool feedbackClosed() const override { return closed; }
    bool sample(std::int32_t *milliwatts, std::size_t phases) override
    {
        for (std::size_t i = 0; i < phases; ++i)
            milliwatts[i] = 1'000'000;
        return true;
    }
    [[nodiscard]] State state() const override { return State::kEmpty; }
    bool powerOn() override { return false; }
    void powerOff() override {}
    std::size_t transmit(ConstBytes, Bytes) override { return 0; }
    [[nodiscard]] tariff::Timestamp now() const override { return time; }
    [[nodiscard]] bool batteryLow() const override { return false; }
    void set(tariff::Timestamp value) override { time = value; }
    void show(const char *, bool, bool) override {}
};

struct Rig {
    RamNv nv;
    Hardware hardware;
    Meter meter{meter::Hardware{nv, hardware, hardware, hardware, hardware, hardware}};
    Rig()
    {
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
