#include "ampcard/meterlink/dlt645master.h"

#include <algorithm>

#include <QElapsedTimer>

#include "ampcard/protocol/dataids.h"

namespace ampcard::meterlink {

void encodeTime(tariff::Timestamp time, bool weekday, std::uint8_t *out)
{
    const tariff::CivilTime civil = tariff::toCivil(time);
    std::size_t n = 0;
    auto two = [&](int value) {
        (void)dlt645::toBcd(static_cast<std::uint64_t>(value), Bytes(out + n++, 1));
    };
    two(civil.second);
    two(civil.minute);
    two(civil.hour);
    if (weekday) {
        const std::int64_t days = tariff::daysFromCivil(civil.year, civil.month, civil.day);
        two(static_cast<int>((days % 7 + 7 + 6) % 7));
    }
    two(civil.day);
    two(civil.month);
    two(civil.year % 100);
}

bool Dlt645Master::open(const QString &port, qint32 baud, QString *problem)
{
    m_port.setPortName(port);
    if (!m_port.open(QIODevice::ReadWrite)) {
        *problem = tr("cannot open %1: %2").arg(port, m_port.errorString());
        return false;
    }
    m_port.setBaudRate(baud);
    m_port.setDataBits(QSerialPort::Data8);
    m_port.setParity(QSerialPort::EvenParity);
    m_port.setStopBits(QSerialPort::OneStop);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    return true;
}

Status Dlt645Master::transact(const dlt645::Frame &request, dlt645::Frame *reply, int timeoutMs)
{
    std::array<std::uint8_t, dlt645::kMaxFrame> bytes{};
    const Result<std::size_t> size = dlt645::encode(request, 4, bytes);
    if (!size.ok())
        return size.status();
    m_port.clear(QSerialPort::Input);
    m_receiver.reset();
    m_port.write(reinterpret_cast<const char *>(bytes.data()), static_cast<qint64>(size.value()));
    if (!m_port.waitForBytesWritten(timeoutMs))
        return Errc::kTimeout;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (m_port.bytesAvailable() == 0 &&
            !m_port.waitForReadyRead(static_cast<int>(timeoutMs - timer.elapsed())))
            break;
        const QByteArray data = m_port.readAll();
        for (char c : data) {
            dlt645::Receiver::Event event = m_receiver.feed(static_cast<std::uint8_t>(c));
            while (event == dlt645::Receiver::Event::kFrame) {
                const dlt645::Frame &frame = m_receiver.frame();
                // Skip our own echo (half-duplex adapters) and other meters' answers.
                if ((frame.control & dlt645::kReplyBit) != 0 &&
                    (frame.control & 0x1Fu) == (request.control & 0x1Fu) &&
                    (request.address == dlt645::kWildcard || frame.address == request.address ||
                     request.control == dlt645::kReadAddress)) {
                    *reply = frame;
                    return kOk;
                }
                event = m_receiver.poll();
            }
        }
    }
    return Errc::kTimeout;
}

Status Dlt645Master::read(const dlt645::Address &address, std::uint32_t di,
                          std::vector<std::uint8_t> *value, std::uint8_t *errorWord)
{
    dlt645::Frame request;
    request.address = address;
    request.control = dlt645::kRead;
    request.length = 4;
    dlt645::putDataIdentifier(di, Bytes(request.data).first(4));
    dlt645::Frame reply;
    AMPCARD_TRY(transact(request, &reply));
    value->clear();
    for (int part = 0;; ++part) {
        if ((reply.control & dlt645::kErrorBit) != 0) {
            if (errorWord != nullptr)
                *errorWord = reply.length > 0 ? reply.data[0] : 0;
            return Errc::kCardStatus;
        }
        const bool follow = (reply.control & dlt645::kFollowBit) != 0;
        const std::size_t trailer = part > 0 ? 1 : 0; // follow-up replies end with a sequence byte
        if (reply.length < 4 + trailer)
            return Errc::kCardFormat;
        value->insert(value->end(), reply.data.begin() + 4,
                      reply.data.begin() + (reply.length - trailer));
        if (!follow)
            return kOk;
        request.control = dlt645::kReadFollow;
        request.length = 5;
        request.data[4] = static_cast<std::uint8_t>(part);
        AMPCARD_TRY(transact(request, &reply));
    }
}

Status Dlt645Master::readAddress(dlt645::Address *address)
{
    dlt645::Frame request;
    request.address = dlt645::kWildcard;
    request.control = dlt645::kReadAddress;
    dlt645::Frame reply;
    AMPCARD_TRY(transact(request, &reply));
    if (reply.control != (dlt645::kReadAddress | dlt645::kReplyBit) || reply.length != 6)
        return Errc::kCardStatus;
    for (std::size_t i = 0; i < 6; ++i)
        (*address)[i] = reply.data[i];
    return kOk;
}

Status Dlt645Master::relay(const dlt645::Address &address, std::uint8_t command,
                           const std::uint8_t (&password)[4], std::uint32_t operatorCode,
                           tariff::Timestamp now, int validMinutes, std::uint8_t *errorWord)
{
    dlt645::Frame request;
    request.address = address;
    request.control = dlt645::kRelayControl;
    request.length = 16;
    for (std::size_t i = 0; i < 4; ++i)
        request.data[i] = password[i];
    dlt645::putDataIdentifier(operatorCode, Bytes(request.data).subspan(4, 4));
    request.data[8] = command;
    request.data[9] = 0;
    if (validMinutes > 0)
        encodeTime(now + validMinutes * 60, false, request.data.data() + 10);
    dlt645::Frame reply;
    AMPCARD_TRY(transact(request, &reply));
    if ((reply.control & dlt645::kErrorBit) != 0) {
        if (errorWord != nullptr)
            *errorWord = reply.length > 0 ? reply.data[0] : 0;
        return Errc::kCardStatus;
    }
    return kOk;
}

Status Dlt645Master::deliverToken(const dlt645::Address &address,
                                  const std::vector<std::uint8_t> &token, std::uint8_t *outcome,
                                  std::int64_t *remaining)
{
    constexpr std::size_t kChunk = dlt645::kMaxData - 6; // DI, part and parts come first
    const std::size_t parts = (token.size() + kChunk - 1) / kChunk;
    if (token.empty() || parts > 0xFF)
        return Errc::kBufferSize;
    for (std::size_t part = 0; part < parts; ++part) {
        dlt645::Frame request;
        request.address = address;
        request.control = dlt645::kSecurity;
        dlt645::putDataIdentifier(dlt645::id("remote-token"), Bytes(request.data).first(4));
        request.data[4] = static_cast<std::uint8_t>(part);
        request.data[5] = static_cast<std::uint8_t>(parts);
        const std::size_t offset = part * kChunk;
        const std::size_t size = std::min(kChunk, token.size() - offset);
        std::copy_n(token.begin() + static_cast<long>(offset), size, request.data.begin() + 6);
        request.length = static_cast<std::uint8_t>(6 + size);
        dlt645::Frame reply;
        AMPCARD_TRY(transact(request, &reply));
        if ((reply.control & dlt645::kErrorBit) != 0)
            return Errc::kCardStatus;
        if (part + 1 < parts)
            continue;
        if (reply.length != 9)
            return Errc::kBufferSize;
        const Result<std::uint64_t> money = dlt645::fromBcd(ConstBytes(reply.data).subspan(5, 4));
        if (!money.ok())
            return money.status();
        *outcome = reply.data[4];
        *remaining = static_cast<std::int64_t>(money.value()) * 100;
    }
    return kOk;
}

Status Dlt645Master::broadcastTime(tariff::Timestamp time)
{
    dlt645::Frame request;
    request.address = dlt645::kBroadcast;
    request.control = dlt645::kBroadcastTime;
    request.length = 6;
    encodeTime(time, false, request.data.data());
    std::array<std::uint8_t, dlt645::kMaxFrame> bytes{};
    const Result<std::size_t> size = dlt645::encode(request, 4, bytes);
    if (!size.ok())
        return size.status();
    m_port.write(reinterpret_cast<const char *>(bytes.data()), static_cast<qint64>(size.value()));
    return m_port.waitForBytesWritten(2000) ? kOk : Status(Errc::kTimeout);
}

} // namespace ampcard::meterlink
