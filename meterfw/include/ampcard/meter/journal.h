#pragma once

#include <cstdint>

#include "ampcard/meter/hal.h"

// A journal of fixed-size records in a region of NV memory. Each save goes to the slot after the
// newest one, so writes rotate over every slot (wear spread) and the newest valid record is never
// the one being overwritten: a power cut at any byte of a save leaves the previous record. Each
// record carries a sequence number and a CRC-32. Payloads are streamed both ways (RecordWriter,
// StoredRecord): an encoded record is never held whole in RAM.
//
// Slot layout: magic "AJ" (2), layout version (1), 0 (1), sequence (4), payload length (2), 0 (2),
// payload, CRC-32 of everything before it (4).

namespace ampcard::meter {

inline constexpr std::size_t kJournalOverhead = 16;

// Where an encoder puts a payload's bytes, in order.
class RecordSink {
public:
    virtual void put(ConstBytes bytes) = 0;

protected:
    RecordSink() = default;
    RecordSink(const RecordSink &) = default;
    RecordSink &operator=(const RecordSink &) = default;
    ~RecordSink() = default;
};

// A payload written in pieces, so no encoded copy of it is ever held in RAM. write() must put the
// same bytes every time it is called (the journal calls it once to count, once to store).
class RecordWriter {
public:
    virtual void write(RecordSink &sink) const = 0;

protected:
    RecordWriter() = default;
    RecordWriter(const RecordWriter &) = default;
    RecordWriter &operator=(const RecordWriter &) = default;
    ~RecordWriter() = default;
};

// A stored record whose CRC checked: its layout version and its payload, read from NV in pieces.
class StoredRecord {
public:
    StoredRecord(NvMemory &nv, std::size_t offset, std::size_t size, std::uint8_t version)
        : m_nv(nv), m_offset(offset), m_size(size), m_version(version)
    {}
    [[nodiscard]] std::uint8_t version() const { return m_version; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    // kBufferSize past the end of the payload.
    Status read(std::size_t offset, Bytes out) const;

private:
    NvMemory &m_nv;
    std::size_t m_offset;
    std::size_t m_size;
    std::uint8_t m_version;
};

// Turns a stored record into the caller's state. kInvalidState for a record that does not hold
// together (a version it cannot read, a field out of range): the journal then falls back to the
// previous record, as for a damaged one.
class RecordParser {
public:
    virtual Status parse(const StoredRecord &record) = 0;

protected:
    RecordParser() = default;
    RecordParser(const RecordParser &) = default;
    RecordParser &operator=(const RecordParser &) = default;
    ~RecordParser() = default;
};

class Journal {
public:
    // `count` slots (2 to 16) of `slotSize` bytes from `base`; payloads up to slotSize - 16 bytes.
    // Records are saved with `layoutVersion`; records of any version are offered to the parser.
    Journal(NvMemory &nv, std::size_t base, std::size_t slotSize, std::size_t count,
            std::uint8_t layoutVersion)
        : m_nv(nv), m_base(base), m_slotSize(slotSize), m_slots(count), m_version(layoutVersion)
    {}

    // Finds the newest record that is valid and that `parser` accepts, newest first.
    // kNoValidRecord when there is none; counts damaged (torn, corrupt or refused) slots in
    // damaged().
    Status load(RecordParser &parser);
    Status save(const RecordWriter &payload);
    // Slot `index` through `parser` if valid (history rings read every slot).
    Status readSlot(std::size_t index, RecordParser &parser, std::uint32_t *sequence);

    [[nodiscard]] std::uint32_t sequence() const { return m_sequence; }
    [[nodiscard]] std::size_t slotCount() const { return m_slots; }
    [[nodiscard]] std::size_t damaged() const { return m_damaged; }
    [[nodiscard]] std::size_t regionSize() const { return m_slotSize * m_slots; }

private:
    // The slot's record if its header and CRC check; its sequence in *sequence.
    Status check(std::size_t index, std::size_t *size, std::uint8_t *version,
                 std::uint32_t *sequence);

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
