#include "ampcard/station/remotemeter.h"

#include "ampcard/protocol/dlt645.h"

namespace ampcard::station {

namespace {

Result<dlt645::Address> addressOf(const QString &meterNumber)
{
    const QByteArray digits = meterNumber.toLatin1();
    if (digits.size() != 12)
        return Status(Errc::kWrongMeter);
    char text[13] = {};
    std::copy_n(digits.constData(), 12, text);
    return dlt645::addressFromDigits(text);
}

Result<std::uint64_t> readNumber(meterlink::Dlt645Master &master, const dlt645::Address &address,
                                 std::uint32_t di, std::size_t size)
{
    std::vector<std::uint8_t> value;
    AMPCARD_TRY(master.read(address, di, &value));
    if (value.size() != size)
        return Status(Errc::kBufferSize);
    return dlt645::fromBcd(value);
}

} // namespace

bool Dlt645RemoteMeter::open(const QString &port, qint32 baud, QString *problem)
{
    return m_master.open(port, baud, problem);
}

Status Dlt645RemoteMeter::state(const QString &meterNumber, RemoteState *state)
{
    AMPCARD_TRY_ASSIGN(const dlt645::Address address, addressOf(meterNumber));
    AMPCARD_TRY_ASSIGN(const std::uint64_t sequence,
                       readNumber(m_master, address, dlt645::kLastSequenceDi, 4));
    AMPCARD_TRY_ASSIGN(const std::uint64_t remaining, readNumber(m_master, address, 0x00900200, 4));
    AMPCARD_TRY_ASSIGN(const std::uint64_t overdraft, readNumber(m_master, address, 0x00900201, 4));
    state->lastSequence = static_cast<std::uint32_t>(sequence);
    // XXXXXX.XX on the wire; the ledger counts 0.0001.
    state->remaining = tariff::Money::fromRaw(
        (static_cast<std::int64_t>(remaining) - static_cast<std::int64_t>(overdraft)) * 100);
    return kOk;
}

Status Dlt645RemoteMeter::deliver(const QString &meterNumber,
                                  const std::vector<std::uint8_t> &token, std::uint8_t *outcome)
{
    AMPCARD_TRY_ASSIGN(const dlt645::Address address, addressOf(meterNumber));
    std::int64_t remaining = 0;
    return m_master.deliverToken(address, token, outcome, &remaining);
}

} // namespace ampcard::station
