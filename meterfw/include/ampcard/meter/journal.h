#pragma once

#include <cstdint>

#include "ampcard/meter/hal.h"

// A journal of fixed-size records in a region of NV memory. Each save goes to the slot after the
// newest one, so writes rotate over every slot (wear spread) and the newest valid record is never
// the one being overwritten: a power cut at any byte of a save leaves the previous record. Each
// record carries a sequence number and a CRC-32.
//
// Slot layout: magic "AJ" (2), layout version (1), 0 (1), sequence (4), payload length (2), 0 (2),
// payload, CRC-32 of everything before it (4).

namespace ampcard::meter {

inline constexpr std::size_t kJournalOverhead = 16;

class Journal {
public:
    // `slots` >= 2 slots of `slotSize` bytes from `base`; payloads up to slotSize - 16 bytes.
    Journal(NvMemory &nv, std::size_t base, std::size_t slotSize, std::size_t slots,
            std::uint8_t layoutVersion)
        : m_nv(nv), m_base(base), m_slotSize(slotSize), m_slots(slots), m_version(layoutVersion)
    {}

    // Finds the newest valid record and copies its payload (exactly payload.size() bytes).
    // kNoValidRecord when there is none; counts damaged slots in damaged().
    Status load(Bytes payload);
    Status save(ConstBytes payload);
    // The payload of slot `index` if valid (history rings read every slot).
    Status readSlot(std::size_t index, Bytes payload, std::uint32_t *sequence);

    [[nodiscard]] std::uint32_t sequence() const { return m_sequence; }
    [[nodiscard]] std::size_t slotCount() const { return m_slots; }
    [[nodiscard]] std::size_t damaged() const { return m_damaged; }
    [[nodiscard]] std::size_t regionSize() const { return m_slotSize * m_slots; }

private:
    NvMemory &m_nv;
    std::size_t m_base;
    std::size_t m_slotSize;
    std::size_t m_slots;
    std::uint8_t m_version;
    std::uint32_t m_sequence = 0;
    std::size_t m_newest = 0;
    bool m_any = false;
    std::size_t m_damaged = 0;
};

} // namespace ampcard::meter
