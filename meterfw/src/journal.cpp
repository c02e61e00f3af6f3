#include "ampcard/meter/journal.h"

#include "ampcard/card/crc.h"

namespace ampcard::meter {

namespace {

constexpr std::uint8_t kMagic0 = 'A';
constexpr std::uint8_t kMagic1 = 'J';
constexpr std::size_t kHeader = 12;
constexpr std::size_t kChunk = 64;

class CountingSink final : public RecordSink {
public:
    void put(ConstBytes bytes) override { size += bytes.size(); }
    std::size_t size = 0;
};

// Buffers the payload into chunks of NV writes and runs the CRC over it.
class NvSink final : public RecordSink {
public:
    NvSink(NvMemory &nv, std::size_t offset, std::uint32_t crc)
        : m_nv(nv), m_offset(offset), m_crc(crc)
    {}
    void put(ConstBytes bytes) override
    {
        for (std::uint8_t byte : bytes) {
            m_chunk[m_filled++] = byte;
            if (m_filled == kChunk)
                flush();
        }
    }
    Status finish()
    {
        flush();
        return m_status;
    }
    [[nodiscard]] std::uint32_t crc() const { return m_crc; }

private:
    void flush()
    {
        if (m_filled == 0)
            return;
        const ConstBytes chunk = ConstBytes(m_chunk).first(m_filled);
        m_crc = card::crc32(chunk, m_crc);
        if (m_status.ok())
            m_status = m_nv.write(m_offset, chunk);
        m_offset += m_filled;
        m_filled = 0;
    }

    NvMemory &m_nv;
    std::size_t m_offset;
    std::uint32_t m_crc;
    std::uint8_t m_chunk[kChunk] = {};
    std::size_t m_filled = 0;
    Status m_status = kOk;
};

} // namespace

Status StoredRecord::read(std::size_t offset, Bytes out) const
{
    if (offset > m_size || out.size() > m_size - offset)
        return Errc::kBufferSize;
    return m_nv.read(m_offset + offset, out);
}

Status Journal::check(std::size_t index, std::size_t *size, std::uint8_t *version,
                      std::uint32_t *sequence)
{
    if (index >= m_slots)
        return Errc::kBufferSize;
    const std::size_t offset = m_base + index * m_slotSize;
    std::uint8_t header[kHeader];
    AMPCARD_TRY(m_nv.read(offset, header));
    const auto length =
        static_cast<std::size_t>(card::loadBigEndian(ConstBytes(header).subspan(8, 2)));
    if (header[0] != kMagic0 || header[1] != kMagic1 || header[3] != 0 ||
        length + kJournalOverhead > m_slotSize)
        return Errc::kNoValidRecord;
    std::uint32_t crc = card::crc32(header);
    std::uint8_t chunk[kChunk];
    for (std::size_t done = 0; done < length; done += kChunk) {
        const std::size_t part = length - done < kChunk ? length - done : kChunk;
        AMPCARD_TRY(m_nv.read(offset + kHeader + done, Bytes(chunk).first(part)));
        crc = card::crc32(ConstBytes(chunk).first(part), crc);
    }
    std::uint8_t stored[4];
    AMPCARD_TRY(m_nv.read(offset + kHeader + length, stored));
    if (card::loadBigEndian(stored) != crc)
        return Errc::kNoValidRecord;
    *size = length;
    *version = header[2];
    *sequence = static_cast<std::uint32_t>(card::loadBigEndian(ConstBytes(header).subspan(4, 4)));
    return kOk;
}

Status Journal::readSlot(std::size_t index, RecordParser &parser, std::uint32_t *sequence)
{
    std::size_t size = 0;
    std::uint8_t version = 0;
    AMPCARD_TRY(check(index, &size, &version, sequence));
    const Status parsed =
        parser.parse(StoredRecord(m_nv, m_base + index * m_slotSize + kHeader, size, version));
    return parsed.code() == Errc::kInvalidState ? Status(Errc::kNoValidRecord) : parsed;
}

Status Journal::load(RecordParser &parser)
{
    m_any = false;
    m_damaged = 0;
    // Every slot's sequence (0: none or damaged); the newest is tried first.
    std::uint32_t sequences[16] = {};
    if (m_slots > sizeof sequences / sizeof sequences[0])
        return Errc::kBufferSize;
    std::uint32_t highest = 0;
    for (std::size_t index = 0; index < m_slots; ++index) {
        std::size_t size = 0;
        std::uint8_t version = 0;
        const Status status = check(index, &size, &version, &sequences[index]);
        if (!status.ok()) {
            sequences[index] = 0;
            if (status.code() != Errc::kNoValidRecord)
                return status;
            std::uint8_t magic[2];
            if (m_nv.read(m_base + index * m_slotSize, magic).ok() && magic[0] == kMagic0 &&
                magic[1] == kMagic1)
                ++m_damaged; // started but not valid: a torn or corrupted record
            continue;
        }
        if (sequences[index] > highest)
            highest = sequences[index];
    }
    // The sequence continues from the highest valid one, even when that record is refused, so a
    // refused record is never overwritten by the next save before an older good one.
    m_sequence = highest;
    for (;;) {
        std::size_t newest = m_slots;
        for (std::size_t index = 0; index < m_slots; ++index) {
            if (sequences[index] != 0 &&
                (newest == m_slots || sequences[index] > sequences[newest]))
                newest = index;
        }
        if (newest == m_slots)
            break;
        if (!m_any) {
            m_newest = newest; // saves go after the newest valid slot
            m_any = true;
        }
        std::uint32_t sequence = 0;
        const Status parsed = readSlot(newest, parser, &sequence);
        if (parsed.ok())
            return kOk;
        if (parsed.code() != Errc::kNoValidRecord)
            return parsed;
        ++m_damaged; // valid bytes, but not a record that holds together
        sequences[newest] = 0;
    }
    return Errc::kNoValidRecord;
}

Status Journal::save(const RecordWriter &payload)
{
    CountingSink counted;
    payload.write(counted);
    if (counted.size + kJournalOverhead > m_slotSize)
        return Errc::kBufferSize;
    const std::size_t index = m_any ? (m_newest + 1) % m_slots : 0;
    const std::size_t offset = m_base + index * m_slotSize;
    const std::uint32_t sequence = m_sequence + 1;
    std::uint8_t header[kHeader] = {kMagic0, kMagic1, m_version, 0};
    card::storeBigEndian(Bytes(header).subspan(4, 4), sequence);
    card::storeBigEndian(Bytes(header).subspan(8, 2), counted.size);
    // Header, payload and CRC in order: until the CRC's last byte lands the slot is invalid.
    AMPCARD_TRY(m_nv.write(offset, header));
    NvSink sink(m_nv, offset + kHeader, card::crc32(header));
    payload.write(sink);
    AMPCARD_TRY(sink.finish());
    std::uint8_t trailer[4];
    card::storeBigEndian(trailer, sink.crc());
    AMPCARD_TRY(m_nv.write(offset + kHeader + counted.size, trailer));
    m_sequence = sequence;
    m_newest = index;
    m_any = true;
    return kOk;
}

} // namespace ampcard::meter
