#include "board.h"

#include <new>

#include "ampcard/card/crc.h"

namespace ampcard::board {

namespace {

constexpr int kSysOpen = 0x01;
constexpr int kSysClose = 0x02;
constexpr int kSysWrite = 0x05;
constexpr int kSysRead = 0x06;
constexpr int kSysSeek = 0x0A;
constexpr int kSysExitExtended = 0x20;
constexpr std::uintptr_t kApplicationExit = 0x20026;

int semihost(int operation, const void *argument)
{
    register int r0 asm("r0") = operation;
    register const void *r1 asm("r1") = argument;
    asm volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

std::size_t length(const char *text)
{
    std::size_t n = 0;
    while (text[n] != '\0')
        ++n;
    return n;
}

volatile std::uint32_t &reg(std::uintptr_t address)
{
    return *reinterpret_cast<volatile std::uint32_t *>(address);
}

volatile std::uint32_t g_ticks = 0;

} // namespace

int semihostOpen(const char *path, int mode)
{
    const std::uintptr_t block[3] = {reinterpret_cast<std::uintptr_t>(path),
                                     static_cast<std::uintptr_t>(mode), length(path)};
    return semihost(kSysOpen, block);
}

int semihostClose(int handle)
{
    const std::uintptr_t block[1] = {static_cast<std::uintptr_t>(handle)};
    return semihost(kSysClose, block);
}

bool semihostRead(int handle, std::size_t offset, std::uint8_t *data, std::size_t size)
{
    const std::uintptr_t seek[2] = {static_cast<std::uintptr_t>(handle), offset};
    if (semihost(kSysSeek, seek) != 0)
        return false;
    const std::uintptr_t block[3] = {static_cast<std::uintptr_t>(handle),
                                     reinterpret_cast<std::uintptr_t>(data), size};
    return semihost(kSysRead, block) == 0; // returns the bytes NOT read
}

bool semihostWrite(int handle, std::size_t offset, const std::uint8_t *data, std::size_t size)
{
    const std::uintptr_t seek[2] = {static_cast<std::uintptr_t>(handle), offset};
    if (semihost(kSysSeek, seek) != 0)
        return false;
    const std::uintptr_t block[3] = {static_cast<std::uintptr_t>(handle),
                                     reinterpret_cast<std::uintptr_t>(data), size};
    return semihost(kSysWrite, block) == 0;
}

void semihostExit(int code)
{
    const std::uintptr_t block[2] = {kApplicationExit, static_cast<std::uintptr_t>(code)};
    semihost(kSysExitExtended, block);
    for (;;) {
    }
}

void Uart::init() const
{
    reg(m_base + 0x10) = 16;  // BAUDDIV (QEMU ignores the rate)
    reg(m_base + 0x08) = 0x3; // TX and RX enabled
}

void Uart::put(char c) const
{
    while ((reg(m_base + 0x04) & 0x1u) != 0) {
    }
    reg(m_base + 0x00) = static_cast<std::uint8_t>(c);
}

void Uart::write(const char *text) const
{
    while (*text != '\0')
        put(*text++);
}

int Uart::get() const
{
    if ((reg(m_base + 0x04) & 0x2u) == 0)
        return -1;
    return static_cast<int>(reg(m_base + 0x00) & 0xFFu);
}

void startTick(std::uint32_t hertz)
{
    constexpr std::uint32_t kCoreClock = 25'000'000; // mps2-an385
    reg(0xE000E014) = kCoreClock / hertz - 1;        // SYST_RVR
    reg(0xE000E018) = 0;                             // SYST_CVR
    reg(0xE000E010) = 0x7;                           // SYST_CSR: processor clock, interrupt, enable
}

std::uint32_t ticks()
{
    return g_ticks;
}

extern "C" void SysTick_Handler()
{
    g_ticks = g_ticks + 1;
}

bool SemihostNv::open(const char *path, std::size_t size)
{
    m_size = size;
    m_handle = semihostOpen(path, 3); // "r+b"
    if (m_handle >= 0)
        return true;
    m_handle = semihostOpen(path, 7); // "w+b": a new, erased part
    if (m_handle < 0)
        return false;
    std::uint8_t erased[64];
    for (std::uint8_t &byte : erased)
        byte = 0xFF;
    for (std::size_t offset = 0; offset < size; offset += sizeof erased) {
        const std::size_t chunk = size - offset < sizeof erased ? size - offset : sizeof erased;
        if (!semihostWrite(m_handle, offset, erased, chunk))
            return false;
    }
    return true;
}

Status SemihostNv::read(std::size_t offset, card::Bytes out)
{
    if (offset > m_size || out.size() > m_size - offset)
        return Errc::kBufferSize;
    return semihostRead(m_handle, offset, out.data(), out.size()) ? kOk
                                                                  : Status(Errc::kInvalidState);
}

Status SemihostNv::write(std::size_t offset, card::ConstBytes data)
{
    if (offset > m_size || data.size() > m_size - offset)
        return Errc::kBufferSize;
    return semihostWrite(m_handle, offset, data.data(), data.size()) ? kOk
                                                                     : Status(Errc::kInvalidState);
}

Status SemihostCardSlot::insert(const char *path)
{
    remove();
    const int handle = semihostOpen(path, 3);
    if (handle < 0)
        return Errc::kNoCard;
    // Checked once here, on this command's stack; the card's bytes then stay in the file.
    std::uint8_t image[card::kImageSize];
    if (!semihostRead(handle, 0, image, sizeof image) ||
        !card::checkImage(image, &m_protocol).ok()) {
        semihostClose(handle);
        return Errc::kCardFormat;
    }
    m_handle = handle;
    return kOk;
}

void SemihostCardSlot::insertHostile(HostileCard hostile)
{
    remove();
    m_hostile = hostile;
}

void SemihostCardSlot::remove()
{
    if (m_handle >= 0)
        semihostClose(m_handle);
    m_handle = -1;
    m_hostile = HostileCard::kNone;
    m_apdus = 0;
    m_card = nullptr;
}

bool SemihostCardSlot::powerOn()
{
    if (m_hostile != HostileCard::kNone)
        return true; // it answers the reset: the trouble starts with the first command
    if (m_handle < 0)
        return false;
    m_card = new (m_application) card::CardApplication(*this, m_protocol);
    return true;
}

std::size_t SemihostCardSlot::transmit(card::ConstBytes command, card::Bytes response)
{
    if (m_hostile != HostileCard::kNone) {
        ++m_apdus;
        return meter::hostileAnswer(m_hostile, command, response);
    }
    if (m_card == nullptr)
        return 0;
    ++m_apdus;
    return m_card->process(command, response);
}

Status SemihostCardSlot::read(std::size_t offset, card::Bytes out) const
{
    if (offset > card::kCardStoreSize || out.size() > card::kCardStoreSize - offset)
        return Errc::kBufferSize;
    return semihostRead(m_handle, card::kImagePrefixSize + offset, out.data(), out.size())
               ? kOk
               : Status(Errc::kCardRemoved);
}

Status SemihostCardSlot::write(std::size_t offset, card::ConstBytes data)
{
    if (offset > card::kCardStoreSize || data.size() > card::kCardStoreSize - offset)
        return Errc::kBufferSize;
    // Written into the file, then the image's CRC over the prefix and the whole store again, read
    // back in chunks: no copy of the card on the meter's RAM or stack.
    if (!semihostWrite(m_handle, card::kImagePrefixSize + offset, data.data(), data.size()))
        return Errc::kCardRemoved;
    std::uint32_t crc = 0;
    std::uint8_t chunk[64];
    for (std::size_t done = 0; done < card::kImageSize - 4; done += sizeof chunk) {
        const std::size_t part =
            card::kImageSize - 4 - done < sizeof chunk ? card::kImageSize - 4 - done : sizeof chunk;
        if (!semihostRead(m_handle, done, chunk, part))
            return Errc::kCardRemoved;
        crc = card::crc32(card::ConstBytes(chunk, part), crc);
    }
    std::uint8_t trailer[4];
    card::storeBigEndian(trailer, crc);
    return semihostWrite(m_handle, card::kImageSize - 4, trailer, sizeof trailer)
               ? kOk
               : Status(Errc::kCardRemoved);
}

bool SimFrontEnd::sample(std::int32_t *milliwatts, std::size_t phases)
{
    for (std::size_t i = 0; i < phases && i < 3; ++i)
        milliwatts[i] = m_gated ? 0 : m_milliwatts[i];
    return true;
}

} // namespace ampcard::board
