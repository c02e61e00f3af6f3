#pragma once

#include <cstdint>

#include "ampcard/meter/journal.h"
#include "ampcard/meter/meter.h"

// The meter's NV records encoded field by field (docs/meter.md, "NV layout"): little-endian,
// fixed widths, every field in the stated order, so the image does not depend on the compiler's
// struct layout. Decoding checks every enum, bool and count and refuses (kInvalidState) a record
// that does not hold together. Version 1 records (a memcpy of the structs of that time, frozen in
// nvlayoutv1.h) are read and migrated.

namespace ampcard::meter {

// Payload sizes of layout 2 (the golden-image test holds the bytes).
inline constexpr std::size_t kStateRecordSize = 1751;
inline constexpr std::size_t kLineRecordSize = 116;
inline constexpr std::size_t kSettlementRecordSize = 320;

// Streams a state into a journal (Journal::save).
class StateWriter final : public RecordWriter {
public:
    explicit StateWriter(const MeterState &state) : m_state(state) {}
    void write(RecordSink &sink) const override;

private:
    const MeterState &m_state;
};

class LineWriter final : public RecordWriter {
public:
    explicit LineWriter(const LineGuard &line) : m_line(line) {}
    void write(RecordSink &sink) const override;

private:
    const LineGuard &m_line;
};

class SettlementWriter final : public RecordWriter {
public:
    explicit SettlementWriter(const FrozenSettlement &frozen) : m_frozen(frozen) {}
    void write(RecordSink &sink) const override;

private:
    const FrozenSettlement &m_frozen;
};

// Decodes in place (no copy of the state on the stack). On a refusal the target holds a partial
// decode: the caller falls back to an older record or resets.
class StateParser final : public RecordParser {
public:
    explicit StateParser(MeterState &state) : m_state(state) {}
    Status parse(const StoredRecord &record) override;

private:
    MeterState &m_state;
};

class LineParser final : public RecordParser {
public:
    explicit LineParser(LineGuard &line) : m_line(line) {}
    Status parse(const StoredRecord &record) override;

private:
    LineGuard &m_line;
};

class SettlementParser final : public RecordParser {
public:
    explicit SettlementParser(FrozenSettlement &frozen) : m_frozen(frozen) {}
    Status parse(const StoredRecord &record) override;

private:
    FrozenSettlement &m_frozen;
};

} // namespace ampcard::meter
