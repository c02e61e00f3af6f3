#include "ampcard/meter/fakes.h"

#include "ampcard/meter/meter.h"

#include <QFile>

namespace ampcard::meter {

bool FakeNv::attachFile(const QString &path)
{
    m_path = path;
    QFile file(path);
    if (file.exists()) {
        // A shorter file is an NV part written before the line journal was added after the
        // history ring: the rest reads erased, and the next write extends the file.
        if (!file.open(QIODevice::ReadOnly) || file.size() > static_cast<qint64>(m_bytes.size()) ||
            file.size() < static_cast<qint64>(kLineBase))
            return false;
        const QByteArray content = file.readAll();
        std::copy(content.begin(), content.end(), m_bytes.begin());
        return true;
    }
    return flush(0, m_bytes.size());
}

bool FakeNv::flush(std::size_t offset, std::size_t size)
{
    if (m_path.isEmpty())
        return true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    if (file.size() != static_cast<qint64>(m_bytes.size()) &&
        !file.resize(static_cast<qint64>(m_bytes.size())))
        return false;
    return file.seek(static_cast<qint64>(offset)) &&
           file.write(reinterpret_cast<const char *>(m_bytes.data() + offset),
                      static_cast<qint64>(size)) == static_cast<qint64>(size);
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
        switch (m_hostile) {
        case HostileCard::kEndlessMore:
            response[0] = 0x61;
            response[1] = 0xFF;
            return 2;
        case HostileCard::kNonsense:
            response[0] = 0x12; // no such SW1
            response[1] = 0x34;
            return 2;
        case HostileCard::kEndlessRetry:
            response[0] = 0x6C;
            response[1] = static_cast<std::uint8_t>(command.size() > 4 ? command[4] + 1 : 1);
            return 2;
        case HostileCard::kNone: break;
        }
        return 0;
    }
    if (m_store == nullptr || !m_application)
        return 0;
    ++m_apdus;
    return m_application->process(command, response);
}

} // namespace ampcard::meter
