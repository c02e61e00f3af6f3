#pragma once

#include <cstdint>
#include <vector>

#include <QByteArray>
#include <QString>

// Hex literals for test vectors.
namespace testing {

inline std::vector<std::uint8_t> hex(const char *text)
{
    const QByteArray bytes = QByteArray::fromHex(QByteArray(text).replace(' ', ""));
    return std::vector<std::uint8_t>(bytes.begin(), bytes.end());
}

template <typename Container> QString toHex(const Container &bytes)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<int>(bytes.size()))
            .toHex());
}

} // namespace testing
