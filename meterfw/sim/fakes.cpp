#include "ampcard/meter/fakes.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include "ampcard/meter/meter.h"

namespace ampcard::meter {

namespace {

struct FileCloser {
    void operator()(std::FILE *file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

long fileSize(std::FILE *file)
{
    return std::fseek(file, 0, SEEK_END) == 0 ? std::ftell(file) : -1;
}

} // namespace

bool FakeNv::attachFile(const std::string &path)
{
    m_path = path;
    if (const File file{std::fopen(path.c_str(), "rb")}) {
        // A shorter file is an NV part written before the line journal was added after the
        // history ring: the rest reads erased, and the next write extends the file.
        const long size = fileSize(file.get());
        if (size < static_cast<long>(kLineBase) || size > static_cast<long>(m_bytes.size()) ||
            std::fseek(file.get(), 0, SEEK_SET) != 0)
            return false;
        return std::fread(m_bytes.data(), 1, static_cast<std::size_t>(size), file.get()) ==
               static_cast<std::size_t>(size);
    }
    return flush(0, m_bytes.size());
}

bool FakeNv::flush(std::size_t offset, std::size_t size)
{
    if (m_path.empty())
        return true;
    File file{std::fopen(m_path.c_str(), "r+b")};
    if (!file)
        file.reset(std::fopen(m_path.c_str(), "w+b"));
    if (!file)
        return false;
    if (fileSize(file.get()) != static_cast<long>(m_bytes.size())) {
        // A file of an older, shorter layout: write the whole image once, erased bytes included.
        offset = 0;
        size = m_bytes.size();
    }
    return std::fseek(file.get(), static_cast<long>(offset), SEEK_SET) == 0 &&
           std::fwrite(m_bytes.data() + offset, 1, size, file.get()) == size &&
           std::fflush(file.get()) == 0;
}

Status FakeNv::read(std::size_t offset, Bytes out)
{
    if (offset > m_bytes.size() || out.size() > m_bytes.size() - offset)
        return Errc::kBufferSize;
    std::copy_n(m_bytes.begin() + static_cast<long>(offset), out.size(), out.begin());
    return kOk;
}

Status FakeNv::write(std::size_t offset, ConstBytes data)
{
    if (m_dead)
        return Errc::kCardRemoved;
    if (offset > m_bytes.size() || data.size() > m_bytes.size() - offset)
        return Errc::kBufferSize;
    if (onWrite)
        onWrite(offset, data);
    std::size_t size = data.size();
    const bool cut = m_writes == m_cutAt;
    if (cut && m_cutBytes < size)
        size = m_cutBytes;
    std::copy_n(data.begin(), size, m_bytes.begin() + static_cast<long>(offset));
    ++m_writes;
    if (!flush(offset, size))
        return Errc::kCardRemoved;
    if (cut) {
        m_dead = true;
        return Errc::kCardRemoved;
    }
    return kOk;
}

bool StoreCardSlot::powerOn()
{
    if (m_hostile != HostileCard::kNone)
        return true;
    if (m_store == nullptr)
        return false;
    m_application.emplace(*m_store, m_protocol);
    return true;
}

std::size_t StoreCardSlot::transmit(ConstBytes command, Bytes response)
{
    if (onTransmit)
        onTransmit(command);
    if (m_hostile != HostileCard::kNone) {
        ++m_apdus;
        return meter::hostileAnswer(m_hostile, command, response);
    }
    if (m_store == nullptr || !m_application)
        return 0;
    ++m_apdus;
    return m_application->process(command, response);
}

} // namespace ampcard::meter
