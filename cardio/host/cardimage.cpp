#include "ampcard/cardio/cardimage.h"

#include <QFile>
#include <QSaveFile>

namespace ampcard::cardio {

Status CardImage::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Errc::kCardFormat;
    const QByteArray image = file.read(static_cast<qint64>(card::kImageSize) + 1);
    if (image.size() != static_cast<qsizetype>(card::kImageSize))
        return Errc::kCardFormat;
    AMPCARD_TRY(card::decodeImage(
        card::ConstBytes(reinterpret_cast<const std::uint8_t *>(image.constData()),
                         card::kImageSize),
        &m_protocol, m_bytes));
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
    std::array<std::uint8_t, card::kImageSize> image{};
    card::encodeImage(m_protocol, m_bytes, image);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char *>(image.data()), card::kImageSize) !=
            static_cast<qint64>(card::kImageSize) ||
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
