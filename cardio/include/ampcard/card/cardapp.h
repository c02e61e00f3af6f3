#pragma once

#include <array>
#include <cstdint>

#include "ampcard/base/bytes.h"
#include "ampcard/card/records.h"

// The Ampcard card application (docs/card-format.md): the files, the slot scheme that survives torn
// writes, and the APDU state machine over a byte store. The same code runs in ampcard-vcard and in
// the meter's tests.

namespace ampcard::card {

// ---- files -----------------------------------------------------------------------------------

inline constexpr std::array<std::uint8_t, 8> kAid = {0xF0, 'A', 'M', 'P', 'C', 'A', 'R', 'D'};

struct FileInfo {
    std::uint16_t fid;
    std::uint8_t sfi;
    std::uint16_t storeOffset; // where the file lives in the card's byte store
    std::uint16_t size;
    bool updatable;
};

// A file of two record slots laid out as [body 0][header 0][header 1][body 1]. Body 0 is written
// right-aligned against header 0 and body 1 left-aligned after header 1, so one READ BINARY gets
// both headers, and one gets a slot's header and body together.
struct SlotFile {
    FileInfo file;
    std::uint16_t bodyCapacity;
    [[nodiscard]] constexpr std::uint16_t headerArea() const { return bodyCapacity; }
    [[nodiscard]] constexpr std::uint16_t headerOffset(int slot) const
    {
        return static_cast<std::uint16_t>(bodyCapacity + slot * kHeaderSize);
    }
    // Where a body of `storedLength` bytes (ciphertext || tag) of `slot` starts.
    [[nodiscard]] constexpr std::uint16_t bodyOffset(int slot, std::size_t storedLength) const
    {
        return static_cast<std::uint16_t>(slot == 0 ? bodyCapacity - storedLength
                                                    : bodyCapacity + 2 * kHeaderSize);
    }
    // Offset and length of the single read that returns a slot's header and body.
    [[nodiscard]] constexpr std::uint16_t recordOffset(int slot, std::size_t storedLength) const
    {
        return slot == 0 ? bodyOffset(0, storedLength) : headerOffset(1);
    }
};

inline constexpr FileInfo kIdFile{0x0101, 1, 0, kCardIdSize, false};
inline constexpr SlotFile kIssueFile{{0x0102, 2, 32, 2 * 288 + 2 * kHeaderSize, true}, 288};
inline constexpr SlotFile kReturnFile{{0x0103, 3, 688, 2 * 88 + 2 * kHeaderSize, true}, 88};
inline constexpr std::size_t kCardStoreSize = 944;
static_assert(kIssueFile.file.storeOffset == kIdFile.storeOffset + kIdFile.size);
static_assert(kReturnFile.file.storeOffset == kIssueFile.file.storeOffset + kIssueFile.file.size);
static_assert(kCardStoreSize == kReturnFile.file.storeOffset + kReturnFile.file.size);
static_assert(kReturnFile.file.size == 256, "the whole return file is one READ BINARY");
static_assert(kTokenMaxBodySize + kTagSize <= kIssueFile.bodyCapacity);
static_assert(kReturnBodySize + kTagSize <= kReturnFile.bodyCapacity);

// The slots of a two-slot file in the order to try them: valid headers only, larger generation
// first. A slot whose body then fails its CRC is skipped for the next one.
struct SlotChoice {
    int count = 0;
    std::array<int, 2> order{};
    std::array<RecordHeader, 2> headers{};
};
// `headers` holds the file's 2 * kHeaderSize header bytes (from headerArea()).
SlotChoice chooseSlots(ConstBytes headers);
// The slot a writer uses next (never the current one) and the generation it writes there.
struct WriteTarget {
    int slot = 0;
    std::uint32_t generation = 1;
};
WriteTarget writeTarget(const SlotChoice &choice);

// ---- the byte store and the application --------------------------------------------------------

class ByteStore {
public:
    [[nodiscard]] virtual std::size_t size() const = 0;
    virtual Status read(std::size_t offset, Bytes out) const = 0;
    // A store may stop part-way (power lost): it returns an error and keeps what it wrote.
    virtual Status write(std::size_t offset, ConstBytes data) = 0;

protected:
    ByteStore() = default;
    ByteStore(const ByteStore &) = default;
    ByteStore &operator=(const ByteStore &) = default;
    ~ByteStore() = default;
};

class MemoryStore final : public ByteStore {
public:
    [[nodiscard]] std::size_t size() const override { return m_bytes.size(); }
    Status read(std::size_t offset, Bytes out) const override;
    Status write(std::size_t offset, ConstBytes data) override;
    [[nodiscard]] ConstBytes bytes() const { return m_bytes; }
    [[nodiscard]] Bytes bytes() { return m_bytes; }

private:
    std::array<std::uint8_t, kCardStoreSize> m_bytes{};
};

// Writes a blank card: EF_ID for `id`, empty slot files.
Status formatCard(ByteStore &store, const CardId &id);

enum class Protocol : std::uint8_t { kT0, kT1 };

// ATR: T=0 "3B 08" + "AMPCARD1"; T=1 adds TD1/TD2 and the check byte.
struct Atr {
    std::array<std::uint8_t, 16> bytes{};
    std::size_t size = 0;
};
Atr atrFor(Protocol protocol);

// Status words the application answers.
inline constexpr std::uint16_t kSwOk = 0x9000;
inline constexpr std::uint16_t kSwMoreData = 0x6100; // | bytes available (T=0)
inline constexpr std::uint16_t kSwWrongLe = 0x6C00;  // | exact length
inline constexpr std::uint16_t kSwWrongLength = 0x6700;
inline constexpr std::uint16_t kSwMemoryFailure = 0x6581;
inline constexpr std::uint16_t kSwSecurity = 0x6982;    // file may not be updated
inline constexpr std::uint16_t kSwNotSelected = 0x6985; // application not selected
inline constexpr std::uint16_t kSwNotFound = 0x6A82;    // application or file not found
inline constexpr std::uint16_t kSwWrongP1P2 = 0x6A86;
inline constexpr std::uint16_t kSwWrongOffset = 0x6B00;
inline constexpr std::uint16_t kSwInsNotSupported = 0x6D00;
inline constexpr std::uint16_t kSwClaNotSupported = 0x6E00;

inline constexpr std::size_t kMaxResponseSize = 258;
// SELECT of the application answers EF_ID followed by the issue file's header area.
inline constexpr std::size_t kFciSize = kCardIdSize + 2 * kHeaderSize;

// The card image file (docs/card-format.md, "Card image"): magic, version, protocol, the byte
// store and a CRC-32. Shared by ampcard-vcard and the firmware's semihosted card slot.
inline constexpr std::size_t kImagePrefixSize = 16;
inline constexpr std::size_t kImageSize = kImagePrefixSize + kCardStoreSize + 4;
Status decodeImage(ConstBytes image, Protocol *protocol, Bytes store);
// The same checks without the copy (the meter image's slot keeps the card's bytes in the file).
Status checkImage(ConstBytes image, Protocol *protocol);
void encodeImage(Protocol protocol, ConstBytes store, Bytes image);

class CardApplication {
public:
    CardApplication(ByteStore &store, Protocol protocol) : m_store(store), m_protocol(protocol) {}

    // Power-on or reset: nothing selected, no pending response.
    void reset();
    // Handles one command APDU; writes data and SW1 SW2 to `response` (at least
    // kMaxResponseSize bytes) and returns the response length.
    std::size_t process(ConstBytes command, Bytes response);

    // Bytes written by UPDATE BINARY since construction (a torn-write harness counts on it).
    [[nodiscard]] std::size_t bytesWritten() const { return m_bytesWritten; }

private:
    std::size_t select(std::uint8_t p1, std::uint8_t p2, ConstBytes data, bool hasLe,
                       Bytes response);
    std::size_t readBinary(std::uint8_t p1, std::uint8_t p2, std::size_t le, Bytes response);
    std::size_t updateBinary(std::uint8_t p1, std::uint8_t p2, ConstBytes data, Bytes response);
    std::size_t getResponse(std::size_t le, Bytes response);
    // Resolves SFI or current-file addressing; nullptr with *sw set on failure.
    // SFI addressing makes the file current, as ISO 7816-4 has it.
    const FileInfo *addressed(std::uint8_t p1, std::uint8_t p2, std::size_t *offset,
                              std::uint16_t *sw);

    ByteStore &m_store;
    Protocol m_protocol;
    bool m_applicationSelected = false;
    const FileInfo *m_currentFile = nullptr;
    std::array<std::uint8_t, 256> m_pending{};
    std::size_t m_pendingSize = 0;
    std::size_t m_bytesWritten = 0;
};

} // namespace ampcard::card
