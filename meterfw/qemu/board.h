#pragma once

#include <cstddef>
#include <cstdint>

#include "ampcard/card/cardapp.h"
#include "ampcard/meter/hal.h"
#include "ampcard/meter/hostilecard.h"

// mps2-an385 under QEMU: CMSDK UARTs, SysTick, and the host's files through semihosting for the
// NV store and the card slot (docs/meter.md, "Cortex-M3 image").

namespace ampcard::board {

// ---- semihosting
// ---------------------------------------------------------------------------------
int semihostOpen(const char *path, int mode);
int semihostClose(int handle);
bool semihostRead(int handle, std::size_t offset, std::uint8_t *data, std::size_t size);
bool semihostWrite(int handle, std::size_t offset, const std::uint8_t *data, std::size_t size);
[[noreturn]] void semihostExit(int code);

// ---- CMSDK UART (polled)
// --------------------------------------------------------------------------
class Uart {
public:
    explicit constexpr Uart(std::uintptr_t base) : m_base(base) {}
    void init() const;
    void put(char c) const;
    void write(const char *text) const;
    // A received byte, or -1 when none is waiting.
    [[nodiscard]] int get() const;

private:
    std::uintptr_t m_base;
};

inline constexpr Uart kUart0{0x40004000}; // RS-485 (and the test console)
inline constexpr Uart kUart1{0x40005000}; // infrared
inline constexpr Uart kUart2{0x40006000}; // the test console

// ---- SysTick
// ----------------------------------------------------------------------------------------
void startTick(std::uint32_t hertz);
// Milliseconds since start (SysTick at 1 kHz).
std::uint32_t ticks();

// ---- meter hardware
// ------------------------------------------------------------------------------- NV memory in a
// host file, written through at every write (killing QEMU is a power cut).
class SemihostNv final : public meter::NvMemory {
public:
    bool open(const char *path, std::size_t size);
    [[nodiscard]] std::size_t size() const override { return m_size; }
    Status read(std::size_t offset, card::Bytes out) override;
    Status write(std::size_t offset, card::ConstBytes data) override;

private:
    int m_handle = -1;
    std::size_t m_size = 0;
};

using meter::HostileCard; // a card that breaks the protocol on purpose (hostilecard.h)

// The card slot: a card image file (the ampcard-vcard format) read and written through
// semihosting; the card application runs here on the meter.
class SemihostCardSlot final : public meter::CardSlot, public card::ByteStore {
public:
    Status insert(const char *path);
    // A hostile card instead of a card image; stays until remove().
    void insertHostile(HostileCard hostile);
    void remove();
    [[nodiscard]] State state() const override
    {
        return m_handle >= 0 || m_hostile != HostileCard::kNone ? State::kCard : State::kEmpty;
    }
    // Command APDUs the slot has carried since the last insertion.
    [[nodiscard]] std::uint32_t apdus() const { return m_apdus; }
    bool powerOn() override;
    void powerOff() override {}
    std::size_t transmit(card::ConstBytes command, card::Bytes response) override;

    [[nodiscard]] std::size_t size() const override { return card::kCardStoreSize; }
    Status read(std::size_t offset, card::Bytes out) const override;
    Status write(std::size_t offset, card::ConstBytes data) override;

private:
    int m_handle = -1;
    HostileCard m_hostile = HostileCard::kNone;
    std::uint32_t m_apdus = 0;
    card::Protocol m_protocol = card::Protocol::kT0;
    alignas(card::CardApplication) std::uint8_t m_application[sizeof(card::CardApplication)] = {};
    card::CardApplication *m_card = nullptr;
};

class SimRelay final : public meter::Relay {
public:
    void pulse(bool close) override { m_closed = close; }
    [[nodiscard]] bool feedbackClosed() const override { return m_closed; }

private:
    bool m_closed = true;
};

class SimFrontEnd final : public meter::MeteringFrontEnd {
public:
    bool sample(std::int32_t *milliwatts, std::size_t phases) override;
    void set(std::size_t phase, std::int32_t milliwatts) { m_milliwatts[phase] = milliwatts; }
    void gate(bool relayClosed) { m_gated = !relayClosed; }

private:
    std::int32_t m_milliwatts[3] = {};
    bool m_gated = false;
};

// The LCD text and lamps, reported by the console's status.
class SimDisplay final : public meter::Display {
public:
    void show(const char *text, bool alarmLamp, bool tripLamp) override
    {
        std::size_t i = 0;
        for (; text[i] != '\0' && i + 1 < sizeof m_text; ++i)
            m_text[i] = text[i];
        m_text[i] = '\0';
        m_alarm = alarmLamp;
        m_trip = tripLamp;
    }
    [[nodiscard]] const char *text() const { return m_text; }
    [[nodiscard]] bool alarmLamp() const { return m_alarm; }
    [[nodiscard]] bool tripLamp() const { return m_trip; }

private:
    char m_text[16] = {};
    bool m_alarm = false;
    bool m_trip = false;
};

class SimClock final : public meter::Clock {
public:
    [[nodiscard]] tariff::Timestamp now() const override { return m_seconds; }
    [[nodiscard]] bool batteryLow() const override { return false; }
    void set(tariff::Timestamp seconds) override { m_seconds = seconds; }
    void advanceMs(std::uint32_t milliseconds)
    {
        m_milliseconds += milliseconds;
        m_seconds += m_milliseconds / 1000;
        m_milliseconds %= 1000;
    }

private:
    tariff::Timestamp m_seconds = 0;
    std::uint32_t m_milliseconds = 0;
};

} // namespace ampcard::board
