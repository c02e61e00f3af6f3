#include "ampcard/cardio/cardimage.h"

#include <QFile>
#include <QSaveFile>

#include "ampcard/card/crc.h"

namespace ampcard::cardio {

namespace {

constexpr char kMagic[8] = {'A', 'M', 'P', 'C', 'V', 'C', 'R', 'D'};
constexpr std::uint16_t kImageVersion = 1;
constexpr std::size_t kPrefixSize = 16;
constexpr std::size_t kImageSize = kPrefixSize + card::kCardStoreSize + 4;

} // namespace

Status CardImage::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Errc::kCardFormat;
    const QByteArray image = file.read(static_cast<qint64>(kImageSize) + 1);
    if (image.size() != static_cast<qsizetype>(kImageSize) ||
        QByteArray(kMagic, sizeof kMagic) != image.left(sizeof kMagic))
        return Errc::kCardFormat;
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(image.constData());
    const card::ConstBytes all(bytes, kImageSize);
    if (card::loadBigEndian(all.subspan(8, 2)) != kImageVersion ||
        card::loadBigEndian(all.subspan(12, 4)) != card::kCardStoreSize ||
        card::loadBigEndian(all.subspan(kImageSize - 4, 4)) !=
            card::crc32(all.first(kImageSize - 4)))
        return Errc::kCardFormat;
    const std::uint8_t protocol = bytes[10];
    if (protocol > 1)
        return Errc::kCardFormat;
    m_protocol = protocol == 0 ? card::Protocol::kT0 : card::Protocol::kT1;
    std::copy(bytes + kPrefixSize, bytes + kPrefixSize + card::kCardStoreSize, m_bytes.begin());
    m_path = path;
    return kOk;
}

Status CardImage::create(const QString &path, const card::CardId &id, card::Protocol protocol)
{
    if (QFile::exists(path))
        return Errc::kInvalidState;
    m_path = path;
    m_protocol = protocol;
    m_bytes.fill(0);
    AMPCARD_TRY(card::formatCard(*this, id));
    return save();
}

Status CardImage::save() const
{
    std::array<std::uint8_t, kImageSize> image{};
    std::copy(std::begin(kMagic), std::end(kMagic), image.begin());
    card::storeBigEndian(card::Bytes(image).subspan(8, 2), kImageVersion);
    image[10] = m_protocol == card::Protocol::kT0 ? 0 : 1;
    card::storeBigEndian(card::Bytes(image).subspan(12, 4), card::kCardStoreSize);
    std::copy(m_bytes.begin(), m_bytes.end(), image.begin() + kPrefixSize);
    card::storeBigEndian(card::Bytes(image).subspan(kImageSize - 4, 4),
                         card::crc32(card::ConstBytes(image).first(kImageSize - 4)));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char *>(image.data()), kImageSize) !=
            static_cast<qint64>(kImageSize) ||
        !file.commit())
        return Errc::kCardRemoved;
    return kOk;
}

Status CardImage::read(std::size_t offset, card::Bytes out) const
{
    if (offset > m_bytes.size() || out.size() > m_bytes.size() - offset)
        return Errc::kBufferSize;
    std::copy_n(m_bytes.begin() + static_cast<long>(offset), out.size(), out.begin());
    return kOk;
}

Status CardImage::write(std::size_t offset, card::ConstBytes data)
{
    if (m_torn)
        return Errc::kCardRemoved;
    if (offset > m_bytes.size() || data.size() > m_bytes.size() - offset)
        return Errc::kBufferSize;
    const std::size_t allowed = std::min(m_tearBudget, data.size());
    std::copy_n(data.begin(), allowed, m_bytes.begin() + static_cast<long>(offset));
    if (m_tearBudget != SIZE_MAX)
        m_tearBudget -= allowed;
    if (allowed < data.size())
        m_torn = true;
    const Status saved = save();
    return m_torn ? Status(Errc::kCardRemoved) : saved;
}

} // namespace ampcard::cardio
