#pragma once

#include <cstddef>
#include <cstdint>

#include "ampcard/base/bytes.h"
#include "ampcard/tariff/datetime.h"
#include "ampcard/base/status.h"

// The meter's hardware, behind small interfaces. Each has a host fake that can inject faults
// (meterfw/include/ampcard/meter/fakes.h); the Cortex-M3 port implements them on the board.

namespace ampcard::meter {

using card::Bytes;
using card::ConstBytes;

// Non-volatile memory, byte-addressable with page writes (EEPROM/FRAM-like). A power cut may stop
// a write part-way: bytes before the cut are written, the rest keep their old values.
class NvMemory {
public:
    [[nodiscard]] virtual std::size_t size() const = 0;
    virtual Status read(std::size_t offset, Bytes out) = 0;
    virtual Status write(std::size_t offset, ConstBytes data) = 0;

protected:
    NvMemory() = default;
    NvMemory(const NvMemory &) = default;
    NvMemory &operator=(const NvMemory &) = default;
    ~NvMemory() = default;
};

// Magnetic latching relay: a pulse opens or closes it; the feedback input tells where it is.
class Relay {
public:
    virtual void pulse(bool close) = 0;
    [[nodiscard]] virtual bool feedbackClosed() const = 0;

protected:
    Relay() = default;
    Relay(const Relay &) = default;
    Relay &operator=(const Relay &) = default;
    ~Relay() = default;
};

// The metering front end: active power per phase, in milliwatts, positive = forward (import).
class MeteringFrontEnd {
public:
    // Fills `milliwatts` (one entry per phase); false when the front end does not answer.
    virtual bool sample(std::int32_t *milliwatts, std::size_t phases) = 0;

protected:
    MeteringFrontEnd() = default;
    MeteringFrontEnd(const MeteringFrontEnd &) = default;
    MeteringFrontEnd &operator=(const MeteringFrontEnd &) = default;
    ~MeteringFrontEnd() = default;
};

// A card in the slot, as the meter's reader sees it.
class CardSlot {
public:
    enum class State : std::uint8_t { kEmpty, kCard, kFault };
    [[nodiscard]] virtual State state() const = 0;
    // Powers the card; false when it does not answer (no ATR: foreign object, short).
    virtual bool powerOn() = 0;
    virtual void powerOff() = 0;
    // One command APDU; writes SW1 SW2-terminated response, returns its length (0: card gone).
    // Returns within the slot's time bound (work waiting time) whatever the card does: a card
    // that does not finish an answer in time is reported gone.
    virtual std::size_t transmit(ConstBytes command, Bytes response) = 0;

protected:
    CardSlot() = default;
    CardSlot(const CardSlot &) = default;
    CardSlot &operator=(const CardSlot &) = default;
    ~CardSlot() = default;
};

// Real-time clock with a battery.
class Clock {
public:
    [[nodiscard]] virtual tariff::Timestamp now() const = 0;
    [[nodiscard]] virtual bool batteryLow() const = 0;
    // Sets the clock (broadcast time, write of date-time).
    virtual void set(tariff::Timestamp time) = 0;

protected:
    Clock() = default;
    Clock(const Clock &) = default;
    Clock &operator=(const Clock &) = default;
    ~Clock() = default;
};

// The LCD and the two lamps: red (credit alarm) and yellow (relay open).
class Display {
public:
    virtual void show(const char *text, bool alarmLamp, bool tripLamp) = 0;

protected:
    Display() = default;
    Display(const Display &) = default;
    Display &operator=(const Display &) = default;
    ~Display() = default;
};

// Switches and sensors read at each tick.
struct Inputs {
    bool coverOpen = false;
    bool magneticField = false;
};

} // namespace ampcard::meter
