#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ampcard/protocol/dlt645.h"

// The one table of DL/T645-2007 data identifiers (docs/dlt645.md, "The table"): the meter's server
// answers exactly what it lists, and the station (remote meter, `ampcard meter read`) finds
// identifiers by name and decodes values by its format. Nothing else spells an identifier out.
// Below it, the meter's Modbus register map (docs/modbus.md), the same way.

namespace ampcard::dlt645 {

enum class Format : std::uint8_t {
    kBcd,          // unsigned packed BCD, low byte first, `decimals` places; `width` bytes a value
    kBcdSigned,    // as kBcd; bit 7 of the value's last byte set when negative
    kDateTimeWeek, // ss mm hh WW DD MM YY, BCD
    kDigits,       // BCD digits shown as they stand, most significant first (addresses)
    kHex,          // bits or a composite record: shown as hex, most significant byte first
    kBinary,       // bytes with a layout of their own (the sealed proof), shown as hex in order
};

enum class Access : std::uint8_t {
    kRead,      // 0x11 (and 0x12 for a long answer)
    kReadWrite, // 0x11 and 0x14
    kSecurity,  // 0x03 only: sealed by the meter key, no password
};

// The password level a 0x14 write needs: level 02 also passes where 04 is enough.
enum class Level : std::uint8_t { kNone = 0, k02 = 0x02, k04 = 0x04 };

struct DataItem {
    std::uint32_t di;     // the first identifier of the family
    std::uint8_t count;   // identifiers in the family: di, di + step, ... (1: a single one)
    std::uint32_t step;   // distance between the family's identifiers
    const char *name;     // unique; how the station names it
    std::uint16_t length; // value bytes after the DI
    std::uint8_t width;   // bytes of one value (length is a whole number of them)
    Format format;
    std::uint8_t decimals;
    const char *unit; // "" when none
    Access access;
    Level writeLevel; // for kReadWrite
};

// Value bytes one reply frame holds after the DI (longer answers: 0x12 follow-up frames).
inline constexpr std::size_t kMaxAnswerData = kMaxData - 4;
inline constexpr std::size_t kHistorySettlements = 12; // the meter keeps the last 12
inline constexpr std::size_t kClockSetRecordCount = 4;
inline constexpr std::size_t kRelayRecordCount = 10;
inline constexpr std::uint16_t kSealedProofLength = 40 + 86; // record header, ciphertext and tag

// clang-format off
inline constexpr DataItem kDataItems[] = {
    // di          count  step        name                    len  w  format               dec unit       access              write
    {0x00000000, 13, 1,      "combined-energy",        4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00000100, 13, 1,      "combined-energy-sharp",  4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00000200, 13, 1,      "combined-energy-peak",   4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00000300, 13, 1,      "combined-energy-flat",   4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00000400, 13, 1,      "combined-energy-valley", 4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x0000FF00, 13, 1,      "combined-energy-block",  20,  4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00010000, 13, 1,      "forward-energy",         4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00010100, 13, 1,      "forward-energy-sharp",   4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00010200, 13, 1,      "forward-energy-peak",    4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00010300, 13, 1,      "forward-energy-flat",    4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00010400, 13, 1,      "forward-energy-valley",  4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x0001FF00, 13, 1,      "forward-energy-block",   20,  4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00020000, 13, 1,      "reverse-energy",         4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00020100, 13, 1,      "reverse-energy-sharp",   4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00020200, 13, 1,      "reverse-energy-peak",    4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00020300, 13, 1,      "reverse-energy-flat",    4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00020400, 13, 1,      "reverse-energy-valley",  4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x0002FF00, 13, 1,      "reverse-energy-block",   20,  4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00FFFFFF, 1,  0,      "energy-history",         780, 4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x00900200, 1,  0,      "remaining-credit",       4,   4, Format::kBcd,          2, "money",   Access::kRead,      Level::kNone},
    {0x00900201, 1,  0,      "overdraft-used",         4,   4, Format::kBcd,          2, "money",   Access::kRead,      Level::kNone},
    {0x03330201, 1,  0,      "purchase-count",         2,   2, Format::kBcd,          0, "",        Access::kRead,      Level::kNone},
    {0x03330601, 1,  0,      "purchased-total",        4,   4, Format::kBcd,          2, "money",   Access::kRead,      Level::kNone},
    {0x04800101, 1,  0,      "last-sequence",          4,   4, Format::kBcd,          0, "",        Access::kRead,      Level::kNone},
    {0x04800102, 1,  0,      "sealed-proof",           kSealedProofLength, kSealedProofLength, Format::kBinary, 0, "", Access::kRead, Level::kNone},
    {0x070102FF, 1,  0,      "remote-token",           0,   1, Format::kBinary,       0, "",        Access::kSecurity,  Level::kNone},
    {0x04001001, 1,  0,      "alarm-1",                4,   4, Format::kBcd,          2, "money",   Access::kReadWrite, Level::k02},
    {0x04001002, 1,  0,      "alarm-2",                4,   4, Format::kBcd,          2, "money",   Access::kReadWrite, Level::k02},
    {0x04001003, 1,  0,      "overdraft-limit",        4,   4, Format::kBcd,          2, "money",   Access::kReadWrite, Level::k02},
    {0x04001004, 1,  0,      "hoarding-limit",         4,   4, Format::kBcd,          2, "money",   Access::kReadWrite, Level::k02},
    {0x04001005, 1,  0,      "close-allow",            4,   4, Format::kBcd,          2, "money",   Access::kReadWrite, Level::k02},
    {0x04050101, 4,  1,      "tou-price",              4,   4, Format::kBcd,          4, "per kWh", Access::kRead,      Level::kNone},
    {0x04060001, 7,  1,      "ladder-threshold",       4,   4, Format::kBcd,          2, "kWh",     Access::kRead,      Level::kNone},
    {0x04060101, 8,  1,      "ladder-price",           4,   4, Format::kBcd,          4, "per kWh", Access::kRead,      Level::kNone},
    {0x04000501, 7,  1,      "status-word",            2,   2, Format::kHex,          0, "hex",     Access::kRead,      Level::kNone},
    {0x0400010C, 1,  0,      "date-time",              7,   7, Format::kDateTimeWeek, 0, "",        Access::kReadWrite, Level::k04},
    {0x04000401, 1,  0,      "comm-address",           6,   6, Format::kDigits,       0, "",        Access::kRead,      Level::kNone},
    {0x04000402, 1,  0,      "meter-number",           6,   6, Format::kDigits,       0, "",        Access::kRead,      Level::kNone},
    {0x02010100, 3,  0x100,  "voltage",                2,   2, Format::kBcd,          1, "V",       Access::kRead,      Level::kNone},
    {0x02020100, 3,  0x100,  "current",                3,   3, Format::kBcd,          3, "A",       Access::kRead,      Level::kNone},
    {0x02030000, 4,  0x100,  "active-power",           3,   3, Format::kBcdSigned,    4, "kW",      Access::kRead,      Level::kNone},
    {0x03300400, 1,  0,      "clock-set-count",        3,   3, Format::kBcd,          0, "",        Access::kRead,      Level::kNone},
    {0x03300401, 4,  1,      "clock-set-record",       16,  16, Format::kHex,         0, "hex",     Access::kRead,      Level::kNone},
    {0x1D000000, 1,  0,      "trip-count",             3,   3, Format::kBcd,          0, "",        Access::kRead,      Level::kNone},
    {0x1D000001, 10, 1,      "trip-record",            18,  18, Format::kHex,         0, "hex",     Access::kRead,      Level::kNone},
    {0x1E000000, 1,  0,      "close-count",            3,   3, Format::kBcd,          0, "",        Access::kRead,      Level::kNone},
    {0x1E000001, 10, 1,      "close-record",           18,  18, Format::kHex,         0, "hex",     Access::kRead,      Level::kNone},
};
// clang-format on

// What the meter's server needs of each item, without the names and units: the firmware keeps
// this copy in flash, a third of the table's size. Same order as kDataItems.
struct DataKey {
    std::uint32_t di;
    std::uint32_t step;
    std::uint16_t length;
    std::uint8_t count;
    Access access;
    Level writeLevel;
};

inline constexpr std::array<DataKey, std::size(kDataItems)> kDataKeys = [] {
    std::array<DataKey, std::size(kDataItems)> keys{};
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const DataItem &item = kDataItems[i];
        keys[i] = {item.di,     item.step == 0 ? 1u : item.step,
                   item.length, item.count,
                   item.access, item.writeLevel};
    }
    return keys;
}();

// The key whose family holds `di` (and the member's index in it), or nullptr.
[[nodiscard]] constexpr const DataKey *findKey(std::uint32_t di, std::uint8_t *index = nullptr)
{
    for (const DataKey &key : kDataKeys) {
        if (di < key.di || (di - key.di) % key.step != 0 || (di - key.di) / key.step >= key.count)
            continue;
        if (index != nullptr)
            *index = static_cast<std::uint8_t>((di - key.di) / key.step);
        return &key;
    }
    return nullptr;
}

[[nodiscard]] constexpr bool readable(Access access)
{
    return access == Access::kRead || access == Access::kReadWrite;
}

// The item whose family holds `di` (and the member's index in it), or nullptr.
[[nodiscard]] constexpr const DataItem *findItem(std::uint32_t di, std::uint8_t *index = nullptr)
{
    for (const DataItem &item : kDataItems) {
        if (di < item.di)
            continue;
        const std::uint32_t offset = di - item.di;
        const std::uint32_t step = item.step == 0 ? 1 : item.step;
        if (offset % step != 0 || offset / step >= item.count)
            continue;
        if (index != nullptr)
            *index = static_cast<std::uint8_t>(offset / step);
        return &item;
    }
    return nullptr;
}

[[nodiscard]] constexpr const DataItem *findItem(std::string_view name)
{
    for (const DataItem &item : kDataItems) {
        if (name == item.name)
            return &item;
    }
    return nullptr;
}

// The identifier of member `index` of a family.
[[nodiscard]] constexpr std::uint32_t memberOf(const DataItem &item, std::uint8_t index)
{
    return item.di + index * item.step;
}

namespace detail {
// Not constexpr: naming an item the table lacks stops the compilation where id() is called.
void noSuchDataItem();
} // namespace detail

// The identifier named `name` (member `index` of its family), resolved when compiling.
// (No pointer is compared with null here: GCC's UBSan checks make that comparison not constant.)
consteval std::uint32_t id(std::string_view name, std::uint8_t index = 0)
{
    for (const DataItem &item : kDataItems) {
        if (name != item.name)
            continue;
        if (index >= item.count)
            detail::noSuchDataItem();
        return memberOf(item, index);
    }
    detail::noSuchDataItem();
    return 0;
}

[[nodiscard]] constexpr bool readable(const DataItem &item)
{
    return readable(item.access);
}

} // namespace ampcard::dlt645

namespace ampcard::modbus {

enum class RegisterFormat : std::uint8_t {
    kUnsigned, // u16, or u32 high word first
    kSigned,   // i32, high word first
    kBits,     // flags
    kCode,     // an enumeration (credit state), or the unlock PIN
};

enum class RegisterAccess : std::uint8_t {
    kRead,
    kReadWrite, // 0x06 / 0x10 after the unlock; 32-bit fields written whole
    kUnlock,    // write the PIN (reads 0); the only write taken without the unlock
};

struct Register {
    std::uint16_t address;
    std::uint8_t words; // 1 or 2
    const char *name;
    RegisterFormat format;
    std::uint8_t decimals;
    const char *unit;
    RegisterAccess access;
};

// clang-format off
inline constexpr Register kRegisters[] = {
    {0x0000, 2, "combined-energy",  RegisterFormat::kUnsigned, 0, "Wh",    RegisterAccess::kRead},
    {0x0002, 2, "forward-energy",   RegisterFormat::kUnsigned, 0, "Wh",    RegisterAccess::kRead},
    {0x0004, 2, "reverse-energy",   RegisterFormat::kUnsigned, 0, "Wh",    RegisterAccess::kRead},
    {0x0006, 2, "remaining-credit", RegisterFormat::kSigned,   2, "money", RegisterAccess::kRead},
    {0x0008, 1, "status",           RegisterFormat::kBits,     0, "",      RegisterAccess::kRead},
    {0x0009, 1, "credit-state",     RegisterFormat::kCode,     0, "",      RegisterAccess::kRead},
    {0x000A, 1, "faults",           RegisterFormat::kBits,     0, "",      RegisterAccess::kRead},
    {0x000B, 2, "time",             RegisterFormat::kUnsigned, 0, "s",     RegisterAccess::kReadWrite},
    {0x000D, 2, "last-sequence",    RegisterFormat::kUnsigned, 0, "",      RegisterAccess::kRead},
    {0x0010, 2, "alarm-1",          RegisterFormat::kUnsigned, 2, "money", RegisterAccess::kReadWrite},
    {0x0012, 2, "alarm-2",          RegisterFormat::kUnsigned, 2, "money", RegisterAccess::kReadWrite},
    {0x0014, 2, "overdraft-limit",  RegisterFormat::kUnsigned, 2, "money", RegisterAccess::kReadWrite},
    {0x0016, 2, "hoarding-limit",   RegisterFormat::kUnsigned, 2, "money", RegisterAccess::kReadWrite},
    {0x0018, 2, "close-allow",      RegisterFormat::kUnsigned, 2, "money", RegisterAccess::kReadWrite},
    {0x0020, 2, "active-power",     RegisterFormat::kSigned,   0, "W",     RegisterAccess::kRead},
    {0x0100, 1, "unlock",           RegisterFormat::kCode,     0, "",      RegisterAccess::kUnlock},
    {0x0101, 1, "slave-address",    RegisterFormat::kUnsigned, 0, "",      RegisterAccess::kReadWrite},
};
// clang-format on

// Addresses up to here that the table does not name are reserved measurement registers: they
// read 0 and take no write.
inline constexpr std::uint16_t kLastMeasurement = 0x0021;

// What the meter's server needs of each register (flash), in kRegisters' order.
struct RegisterKey {
    std::uint16_t address;
    std::uint8_t words;
    RegisterAccess access;
};

inline constexpr std::array<RegisterKey, std::size(kRegisters)> kRegisterKeys = [] {
    std::array<RegisterKey, std::size(kRegisters)> keys{};
    for (std::size_t i = 0; i < keys.size(); ++i)
        keys[i] = {kRegisters[i].address, kRegisters[i].words, kRegisters[i].access};
    return keys;
}();

[[nodiscard]] constexpr const RegisterKey *findRegisterKey(std::uint16_t address,
                                                           std::uint8_t *word = nullptr)
{
    for (const RegisterKey &key : kRegisterKeys) {
        if (address >= key.address && address - key.address < key.words) {
            if (word != nullptr)
                *word = static_cast<std::uint8_t>(address - key.address);
            return &key;
        }
    }
    return nullptr;
}

// The register holding `address` (and which of its words), or nullptr.
[[nodiscard]] constexpr const Register *findRegister(std::uint16_t address,
                                                     std::uint8_t *word = nullptr)
{
    for (const Register &entry : kRegisters) {
        if (address >= entry.address && address - entry.address < entry.words) {
            if (word != nullptr)
                *word = static_cast<std::uint8_t>(address - entry.address);
            return &entry;
        }
    }
    return nullptr;
}

[[nodiscard]] constexpr const Register *findRegister(std::string_view name)
{
    for (const Register &entry : kRegisters) {
        if (name == entry.name)
            return &entry;
    }
    return nullptr;
}

namespace detail {
void noSuchRegister(); // not constexpr: see dlt645::detail
} // namespace detail

// The address of the register named `name`, resolved when compiling.
consteval std::uint16_t reg(std::string_view name)
{
    for (const Register &entry : kRegisters) {
        if (name == entry.name)
            return entry.address;
    }
    detail::noSuchRegister();
    return 0;
}

} // namespace ampcard::modbus
