#include "ampcard/card/cardapp.h"

#include "ampcard/card/crc.h"

namespace ampcard::card {

namespace {

constexpr const FileInfo *kFiles[] = {&kIdFile, &kIssueFile.file, &kReturnFile.file};

std::size_t statusOnly(Bytes response, std::uint16_t sw)
{
    response[0] = static_cast<std::uint8_t>(sw >> 8);
    response[1] = static_cast<std::uint8_t>(sw);
    return 2;
}

std::size_t withData(Bytes response, ConstBytes data, std::uint16_t sw)
{
    for (std::size_t i = 0; i < data.size(); ++i)
        response[i] = data[i];
    return data.size() + statusOnly(response.subspan(data.size()), sw);
}

} // namespace

SlotChoice chooseSlots(ConstBytes headers)
{
    SlotChoice choice;
    for (int slot = 0; slot < 2; ++slot) {
        const Result<RecordHeader> header =
            decodeHeader(headers.subspan(static_cast<std::size_t>(slot) * kHeaderSize));
        if (!header.ok())
            continue;
        choice.order[static_cast<std::size_t>(choice.count)] = slot;
        choice.headers[static_cast<std::size_t>(choice.count)] = header.value();
        ++choice.count;
    }
    if (choice.count == 2 && choice.headers[1].generation > choice.headers[0].generation) {
        const int slot = choice.order[0];
        const RecordHeader header = choice.headers[0];
        choice.order[0] = choice.order[1];
        choice.headers[0] = choice.headers[1];
        choice.order[1] = slot;
        choice.headers[1] = header;
    }
    return choice;
}

WriteTarget writeTarget(const SlotChoice &choice)
{
    if (choice.count == 0)
        return {0, 1};
    return {1 - choice.order[0], choice.headers[0].generation + 1};
}

Status MemoryStore::read(std::size_t offset, Bytes out) const
{
    if (offset > m_bytes.size() || out.size() > m_bytes.size() - offset)
        return Errc::kBufferSize;
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = m_bytes[offset + i];
    return kOk;
}

Status MemoryStore::write(std::size_t offset, ConstBytes data)
{
    if (offset > m_bytes.size() || data.size() > m_bytes.size() - offset)
        return Errc::kBufferSize;
    for (std::size_t i = 0; i < data.size(); ++i)
        m_bytes[offset + i] = data[i];
    return kOk;
}

Status formatCard(ByteStore &store, const CardId &id)
{
    if (store.size() < kCardStoreSize)
        return Errc::kBufferSize;
    std::uint8_t idBytes[kCardIdSize];
    AMPCARD_TRY(encodeCardId(id, idBytes));
    AMPCARD_TRY(store.write(kIdFile.storeOffset, idBytes));
    const std::uint8_t zeros[64] = {};
    for (std::size_t offset = kCardIdSize; offset < kCardStoreSize; offset += sizeof zeros) {
        const std::size_t size =
            kCardStoreSize - offset < sizeof zeros ? kCardStoreSize - offset : sizeof zeros;
        AMPCARD_TRY(store.write(offset, ConstBytes(zeros).first(size)));
    }
    return kOk;
}

namespace {
constexpr std::uint8_t kImageMagic[8] = {'A', 'M', 'P', 'C', 'V', 'C', 'R', 'D'};
constexpr std::uint16_t kImageVersion = 1;
} // namespace

Status checkImage(ConstBytes image, Protocol *protocol)
{
    if (image.size() != kImageSize)
        return Errc::kCardFormat;
    for (std::size_t i = 0; i < sizeof kImageMagic; ++i) {
        if (image[i] != kImageMagic[i])
            return Errc::kCardFormat;
    }
    if (loadBigEndian(image.subspan(8, 2)) != kImageVersion || image[10] > 1 ||
        loadBigEndian(image.subspan(12, 4)) != kCardStoreSize ||
        loadBigEndian(image.subspan(kImageSize - 4, 4)) != crc32(image.first(kImageSize - 4)))
        return Errc::kCardFormat;
    *protocol = image[10] == 0 ? Protocol::kT0 : Protocol::kT1;
    return kOk;
}

Status decodeImage(ConstBytes image, Protocol *protocol, Bytes store)
{
    if (store.size() != kCardStoreSize)
        return Errc::kCardFormat;
    AMPCARD_TRY(checkImage(image, protocol));
    for (std::size_t i = 0; i < kCardStoreSize; ++i)
        store[i] = image[kImagePrefixSize + i];
    return kOk;
}

void encodeImage(Protocol protocol, ConstBytes store, Bytes image)
{
    for (std::size_t i = 0; i < kImagePrefixSize; ++i)
        image[i] = 0;
    for (std::size_t i = 0; i < sizeof kImageMagic; ++i)
        image[i] = kImageMagic[i];
    storeBigEndian(image.subspan(8, 2), kImageVersion);
    image[10] = protocol == Protocol::kT0 ? 0 : 1;
    storeBigEndian(image.subspan(12, 4), kCardStoreSize);
    for (std::size_t i = 0; i < kCardStoreSize; ++i)
        image[kImagePrefixSize + i] = store[i];
    storeBigEndian(image.subspan(kImageSize - 4, 4), crc32(image.first(kImageSize - 4)));
}

Atr atrFor(Protocol protocol)
{
    constexpr std::uint8_t kHistorical[8] = {'A', 'M', 'P', 'C', 'A', 'R', 'D', '1'};
    Atr atr;
    std::size_t n = 0;
    atr.bytes[n++] = 0x3B;
    if (protocol == Protocol::kT0) {
        atr.bytes[n++] = 0x08; // no interface bytes: T=0 implied; 8 historical bytes
    } else {
        atr.bytes[n++] = 0x88; // TD1 follows; 8 historical bytes
        atr.bytes[n++] = 0x80; // TD1: TD2 follows, T=0 off
        atr.bytes[n++] = 0x01; // TD2: T=1
    }
    for (std::uint8_t byte : kHistorical)
        atr.bytes[n++] = byte;
    if (protocol == Protocol::kT1) {
        std::uint8_t check = 0;
        for (std::size_t i = 1; i < n; ++i)
            check ^= atr.bytes[i];
        atr.bytes[n++] = check; // TCK
    }
    atr.size = n;
    return atr;
}

void CardApplication::reset()
{
    m_applicationSelected = false;
    m_currentFile = nullptr;
    m_pendingSize = 0;
}

std::size_t CardApplication::process(ConstBytes command, Bytes response)
{
    if (response.size() < kMaxResponseSize)
        return 0;
    if (command.size() < 4)
        return statusOnly(response, kSwWrongLength);
    const std::uint8_t cla = command[0];
    const std::uint8_t ins = command[1];
    const std::uint8_t p1 = command[2];
    const std::uint8_t p2 = command[3];

    // Short APDU cases: 1 (header), 2 (Le), 3 (Lc data), 4 (Lc data Le).
    ConstBytes data;
    std::size_t le = 0;
    bool hasLe = false;
    if (command.size() == 5) {
        hasLe = true;
        le = command[4] == 0 ? 256 : command[4];
    } else if (command.size() > 5) {
        const std::size_t lc = command[4];
        if (lc == 0 || command.size() < 5 + lc || command.size() > 6 + lc)
            return statusOnly(response, kSwWrongLength);
        data = command.subspan(5, lc);
        if (command.size() == 6 + lc) {
            hasLe = true;
            le = command[5 + lc] == 0 ? 256 : command[5 + lc];
        }
    }

    if (cla != 0x00)
        return statusOnly(response, kSwClaNotSupported);
    if (ins != 0xC0)
        m_pendingSize = 0; // a pending response is lost unless fetched at once
    switch (ins) {
    case 0xA4: return select(p1, p2, data, hasLe, response);
    case 0xB0:
        if (!data.empty())
            return statusOnly(response, kSwWrongLength);
        return readBinary(p1, p2, hasLe ? le : 256, response);
    case 0xD6:
        if (data.empty() || hasLe)
            return statusOnly(response, kSwWrongLength);
        return updateBinary(p1, p2, data, response);
    case 0xC0: return getResponse(hasLe ? le : 0, response);
    default: return statusOnly(response, kSwInsNotSupported);
    }
}

std::size_t CardApplication::select(std::uint8_t p1, std::uint8_t p2, ConstBytes data, bool hasLe,
                                    Bytes response)
{
    if (p1 == 0x04) {
        bool matches = data.size() == kAid.size();
        for (std::size_t i = 0; matches && i < kAid.size(); ++i)
            matches = data[i] == kAid[i];
        if (!matches) {
            m_applicationSelected = false;
            return statusOnly(response, kSwNotFound);
        }
        m_applicationSelected = true;
        m_currentFile = nullptr;
        if ((p2 & 0x0C) == 0x0C) // no response data requested
            return statusOnly(response, kSwOk);
        // Proprietary FCI: EF_ID and the issue file's two record headers, so one command tells
        // the reader which card this is and where its current record lies.
        std::uint8_t fci[kFciSize];
        if (!m_store.read(kIdFile.storeOffset, Bytes(fci).first(kCardIdSize)).ok() ||
            !m_store
                 .read(kIssueFile.file.storeOffset + kIssueFile.headerArea(),
                       Bytes(fci).subspan(kCardIdSize))
                 .ok())
            return statusOnly(response, kSwMemoryFailure);
        if (m_protocol == Protocol::kT0 || !hasLe) {
            for (std::size_t i = 0; i < kFciSize; ++i)
                m_pending[i] = fci[i];
            m_pendingSize = kFciSize;
            return statusOnly(response, static_cast<std::uint16_t>(kSwMoreData | kFciSize));
        }
        return withData(response, fci, kSwOk);
    }
    if (p1 == 0x00 || p1 == 0x02) {
        if (!m_applicationSelected)
            return statusOnly(response, kSwNotSelected);
        if (data.size() != 2)
            return statusOnly(response, kSwWrongLength);
        const auto fid = static_cast<std::uint16_t>((data[0] << 8) | data[1]);
        for (const FileInfo *file : kFiles) {
            if (file->fid == fid) {
                m_currentFile = file;
                return statusOnly(response, kSwOk);
            }
        }
        return statusOnly(response, kSwNotFound);
    }
    return statusOnly(response, kSwWrongP1P2);
}

const FileInfo *CardApplication::addressed(std::uint8_t p1, std::uint8_t p2, std::size_t *offset,
                                           std::uint16_t *sw)
{
    if (!m_applicationSelected) {
        *sw = kSwNotSelected;
        return nullptr;
    }
    if ((p1 & 0x80) != 0) {
        if ((p1 & 0x60) != 0) {
            *sw = kSwWrongP1P2;
            return nullptr;
        }
        const std::uint8_t sfi = p1 & 0x1F;
        for (const FileInfo *file : kFiles) {
            if (file->sfi == sfi) {
                *offset = p2;
                m_currentFile = file;
                return file;
            }
        }
        *sw = kSwNotFound;
        return nullptr;
    }
    if (m_currentFile == nullptr) {
        *sw = kSwNotSelected;
        return nullptr;
    }
    *offset = static_cast<std::size_t>((p1 << 8) | p2);
    return m_currentFile;
}

std::size_t CardApplication::readBinary(std::uint8_t p1, std::uint8_t p2, std::size_t le,
                                        Bytes response)
{
    std::size_t offset = 0;
    std::uint16_t sw = 0;
    const FileInfo *file = addressed(p1, p2, &offset, &sw);
    if (file == nullptr)
        return statusOnly(response, sw);
    if (offset >= file->size)
        return statusOnly(response, kSwWrongOffset);
    const std::size_t available = file->size - offset;
    if (le > available)
        return statusOnly(
            response, static_cast<std::uint16_t>(kSwWrongLe | (available > 255 ? 0 : available)));
    if (!m_store.read(file->storeOffset + offset, response.first(le)).ok())
        return statusOnly(response, kSwMemoryFailure);
    return le + statusOnly(response.subspan(le), kSwOk);
}

std::size_t CardApplication::updateBinary(std::uint8_t p1, std::uint8_t p2, ConstBytes data,
                                          Bytes response)
{
    std::size_t offset = 0;
    std::uint16_t sw = 0;
    const FileInfo *file = addressed(p1, p2, &offset, &sw);
    if (file == nullptr)
        return statusOnly(response, sw);
    if (!file->updatable)
        return statusOnly(response, kSwSecurity);
    if (offset >= file->size)
        return statusOnly(response, kSwWrongOffset);
    if (data.size() > file->size - offset)
        return statusOnly(response, kSwWrongLength);
    const Status written = m_store.write(file->storeOffset + offset, data);
    m_bytesWritten += data.size();
    return statusOnly(response, written.ok() ? kSwOk : kSwMemoryFailure);
}

std::size_t CardApplication::getResponse(std::size_t le, Bytes response)
{
    if (m_pendingSize == 0)
        return statusOnly(response, kSwWrongP1P2);
    if (le != m_pendingSize) {
        const std::size_t exact = m_pendingSize;
        return statusOnly(response, static_cast<std::uint16_t>(kSwWrongLe | exact));
    }
    const std::size_t size = m_pendingSize;
    m_pendingSize = 0;
    return withData(response, ConstBytes(m_pending).first(size), kSwOk);
}

} // namespace ampcard::card
