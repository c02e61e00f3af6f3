#include "ampcard/meter/journal.h"

#include "ampcard/card/crc.h"

namespace ampcard::meter {

namespace {

constexpr std::uint8_t kMagic0 = 'A';
constexpr std::uint8_t kMagic1 = 'J';
constexpr std::size_t kHeader = 12;
constexpr std::size_t kChunk = 64;

} // namespace

Status Journal::readSlot(std::size_t index, Bytes payload, std::uint32_t *sequence)
{
    if (index >= m_slots || payload.size() + kJournalOverhead > m_slotSize)
        return Errc::kBufferSize;
    const std::size_t offset = m_base + index * m_slotSize;
    std::uint8_t header[kHeader];
    AMPCARD_TRY(m_nv.read(offset, header));
    if (header[0] != kMagic0 || header[1] != kMagic1 || header[2] != m_version ||
        card::loadBigEndian(ConstBytes(header).subspan(8, 2)) != payload.size())
        return Errc::kNoValidRecord;
    std::uint32_t crc = card::crc32(header);
    AMPCARD_TRY(m_nv.read(offset + kHeader, payload));
    crc = card::crc32(payload, crc);
    std::uint8_t stored[4];
    AMPCARD_TRY(m_nv.read(offset + kHeader + payload.size(), stored));
    if (card::loadBigEndian(stored) != crc)
        return Errc::kNoValidRecord;
    *sequence = static_cast<std::uint32_t>(card::loadBigEndian(ConstBytes(header).subspan(4, 4)));
    return kOk;
}

Status Journal::load(Bytes payload)
{
    m_any = false;
    m_damaged = 0;
    std::uint32_t best = 0;
    for (std::size_t index = 0; index < m_slots; ++index) {
        std::uint32_t sequence = 0;
        const Status status = readSlot(index, payload, &sequence);
        if (!status.ok()) {
            if (status.code() != Errc::kNoValidRecord)
                return status;
            std::uint8_t magic[2];
            if (m_nv.read(m_base + index * m_slotSize, magic).ok() && magic[0] == kMagic0 &&
                magic[1] == kMagic1)
                ++m_damaged; // started but not valid: a torn or corrupted record
            continue;
        }
        if (!m_any || sequence > best) {
            best = sequence;
            m_newest = index;
            m_any = true;
        }
    }
    if (!m_any)
        return Errc::kNoValidRecord;
    m_sequence = best;
    std::uint32_t sequence = 0;
    return readSlot(m_newest, payload, &sequence);
}

Status Journal::save(ConstBytes payload)
{
    if (payload.size() + kJournalOverhead > m_slotSize)
        return Errc::kBufferSize;
    const std::size_t index = m_any ? (m_newest + 1) % m_slots : 0;
    const std::size_t offset = m_base + index * m_slotSize;
    const std::uint32_t sequence = m_sequence + 1;
    std::uint8_t header[kHeader] = {kMagic0, kMagic1, m_version, 0};
    card::storeBigEndian(Bytes(header).subspan(4, 4), sequence);
    card::storeBigEndian(Bytes(header).subspan(8, 2), payload.size());
    std::uint32_t crc = card::crc32(header);
    crc = card::crc32(payload, crc);
    std::uint8_t trailer[4];
    card::storeBigEndian(trailer, crc);
    // Header, payload and CRC in order: until the CRC's last byte lands the slot is invalid.
    AMPCARD_TRY(m_nv.write(offset, header));
    for (std::size_t done = 0; done < payload.size(); done += kChunk) {
        const std::size_t size = payload.size() - done < kChunk ? payload.size() - done : kChunk;
        AMPCARD_TRY(m_nv.write(offset + kHeader + done, payload.subspan(done, size)));
    }
    AMPCARD_TRY(m_nv.write(offset + kHeader + payload.size(), trailer));
    m_sequence = sequence;
    m_newest = index;
    m_any = true;
    return kOk;
}

} // namespace ampcard::meter
