#include "ampcard/cardio/securebytes.h"

#include <sys/mman.h>
#include <unistd.h>

#include <utility>

#include <openssl/crypto.h>

namespace ampcard::cardio {

SecureBytes::SecureBytes(std::size_t size)
{
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    const std::size_t mapped = (size + page - 1) / page * page;
    void *memory =
        mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED)
        return;
    madvise(memory, mapped, MADV_DONTDUMP);
    mlock(memory, mapped); // best effort: RLIMIT_MEMLOCK may refuse; the dump exclusion stays
    m_data = static_cast<std::uint8_t *>(memory);
    m_size = size;
    m_mapped = mapped;
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_mapped(std::exchange(other.m_mapped, 0))
{}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_mapped = std::exchange(other.m_mapped, 0);
    }
    return *this;
}

void SecureBytes::release()
{
    if (m_data == nullptr)
        return;
    OPENSSL_cleanse(m_data, m_mapped);
    munlock(m_data, m_mapped);
    munmap(m_data, m_mapped);
    m_data = nullptr;
    m_size = 0;
    m_mapped = 0;
}

} // namespace ampcard::cardio
