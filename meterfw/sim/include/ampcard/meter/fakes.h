#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ampcard/card/cardapp.h"
#include "ampcard/meter/hal.h"
#include "ampcard/meter/hostilecard.h"

// Host implementations of the meter's hardware, each able to inject the faults a real part
// cannot be made to produce on demand. Used by the simulator, the tests and the fuzz rig: plain
// C++ and the C library (no Qt), so a build without Qt (the fuzz preset) has them too.

namespace ampcard::meter {

// NV memory in RAM, optionally mirrored to a file on every write (so killing the simulator is a
// power cut). cutAfter(n, k): the n-th write from now stops after k bytes and the memory is dead
// from then on (power lost); every write before it completes.
class FakeNv final : public NvMemory {
public:
    explicit FakeNv(std::size_t size) : m_bytes(size, 0xFF) {}
    // Loads the file if it exists (its size must match), then writes through to it.
    bool attachFile(const std::string &path);

    [[nodiscard]] std::size_t size() const override { return m_bytes.size(); }
    Status read(std::size_t offset, Bytes out) override;
    Status write(std::size_t offset, ConstBytes data) override;

    void cutAfter(std::uint64_t writes, std::size_t bytes)
    {
        m_cutAt = m_writes + writes;
        m_cutBytes = bytes;
    }
    void restorePower()
    {
        m_dead = false;
        m_cutAt = UINT64_MAX;
    }
    [[nodiscard]] bool dead() const { return m_dead; }
    // Called before every write is applied (power-cut tests record the write stream).
    std::function<void(std::size_t offset, ConstBytes data)> onWrite;
    [[nodiscard]] std::uint64_t writes() const { return m_writes; }
    [[nodiscard]] std::vector<std::uint8_t> &bytes() { return m_bytes; }

private:
    bool flush(std::size_t offset, std::size_t size);
    std::vector<std::uint8_t> m_bytes;
    std::string m_path;
    std::uint64_t m_writes = 0;
    std::uint64_t m_cutAt = UINT64_MAX;
    std::size_t m_cutBytes = 0;
    bool m_dead = false;
};

class FakeRelay final : public Relay {
public:
    void pulse(bool close) override
    {
        ++m_pulses;
        if (!m_stuck)
            m_closed = close;
    }
    [[nodiscard]] bool feedbackClosed() const override { return m_closed; }
    void setStuck(bool stuck) { m_stuck = stuck; }
    [[nodiscard]] bool closed() const { return m_closed; }
    [[nodiscard]] int pulses() const { return m_pulses; }

private:
    bool m_closed = true;
    bool m_stuck = false;
    int m_pulses = 0;
};

class FakeFrontEnd final : public MeteringFrontEnd {
public:
    bool sample(std::int32_t *milliwatts, std::size_t phases) override
    {
        if (m_silent)
            return false;
        for (std::size_t i = 0; i < phases && i < m_milliwatts.size(); ++i)
            milliwatts[i] = m_milliwatts[i];
        return true;
    }
    void setLoad(std::int32_t a, std::int32_t b = 0, std::int32_t c = 0)
    {
        m_milliwatts = {a, b, c};
    }
    void setSilent(bool silent) { m_silent = silent; }

private:
    std::array<std::int32_t, 3> m_milliwatts{};
    bool m_silent = false;
};

class FakeClock final : public Clock {
public:
    [[nodiscard]] tariff::Timestamp now() const override { return m_now; }
    [[nodiscard]] bool batteryLow() const override { return m_batteryLow; }
    void set(tariff::Timestamp now) override { m_now = now; }
    void advance(std::int64_t seconds) { m_now += seconds; }
    void setBatteryLow(bool low) { m_batteryLow = low; }

private:
    tariff::Timestamp m_now = 0;
    bool m_batteryLow = false;
};

// Holds what the segments show, as a real display's buffer does: the meter refreshes it every
// tick, so it copies bytes and makes a string only when asked.
class FakeDisplay final : public Display {
public:
    void show(const char *text, bool alarmLamp, bool tripLamp) override
    {
        std::size_t n = 0;
        for (; n + 1 < m_text.size() && text[n] != '\0'; ++n)
            m_text[n] = text[n];
        m_text[n] = '\0';
        m_alarm = alarmLamp;
        m_trip = tripLamp;
    }
    [[nodiscard]] const char *text() const { return m_text.data(); }
    [[nodiscard]] bool alarmLamp() const { return m_alarm; }
    [[nodiscard]] bool tripLamp() const { return m_trip; }

private:
    std::array<char, 32> m_text{};
    bool m_alarm = false;
    bool m_trip = false;
};

// A card slot holding an in-memory card application over any byte store (a CardImage for the
// simulator), a foreign object (no ATR) or a hostile card.
class StoreCardSlot final : public CardSlot {
public:
    void insert(card::ByteStore *store, card::Protocol protocol)
    {
        m_store = store;
        m_protocol = protocol;
        m_foreignObject = false;
        m_hostile = HostileCard::kNone;
    }
    void insertForeignObject()
    {
        m_store = nullptr;
        m_foreignObject = true;
        m_hostile = HostileCard::kNone;
    }
    void insertHostile(HostileCard hostile)
    {
        m_store = nullptr;
        m_foreignObject = false;
        m_hostile = hostile;
    }
    void remove()
    {
        m_store = nullptr;
        m_foreignObject = false;
        m_hostile = HostileCard::kNone;
    }

    [[nodiscard]] State state() const override
    {
        return m_foreignObject                                         ? State::kFault
               : m_store != nullptr || m_hostile != HostileCard::kNone ? State::kCard
                                                                       : State::kEmpty;
    }
    bool powerOn() override;
    void powerOff() override {}
    std::size_t transmit(ConstBytes command, Bytes response) override;
    [[nodiscard]] int apdus() const { return m_apdus; }
    // Called with every command before the card sees it (tests look at the NV at that moment).
    std::function<void(ConstBytes)> onTransmit;

private:
    card::ByteStore *m_store = nullptr;
    card::Protocol m_protocol = card::Protocol::kT1;
    bool m_foreignObject = false;
    std::optional<card::CardApplication> m_application;
    HostileCard m_hostile = HostileCard::kNone;
    int m_apdus = 0;
};

} // namespace ampcard::meter
