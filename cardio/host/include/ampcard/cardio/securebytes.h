#pragma once

#include <cstddef>
#include <cstdint>

#include "ampcard/base/bytes.h"

// Memory for key material: its own pages, locked against swapping where the limit allows, left
// out of core dumps (MADV_DONTDUMP) and wiped before release.

namespace ampcard::cardio {

class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    [[nodiscard]] bool valid() const { return m_data != nullptr; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] card::Bytes bytes() { return {m_data, m_size}; }
    [[nodiscard]] card::ConstBytes bytes() const { return {m_data, m_size}; }

private:
    void release();
    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_mapped = 0;
};

} // namespace ampcard::cardio
