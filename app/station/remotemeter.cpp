#include "ampcard/station/remotemeter.h"

#include "ampcard/protocol/dataids.h"
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

} // namespace

bool Dlt645RemoteMeter::open(const QString &port, qint32 baud, QString *problem)
{
    return m_master.open(port, baud, problem);
}

Status Dlt645RemoteMeter::state(const QString &meterNumber, RemoteState *state)
{
    AMPCARD_TRY_ASSIGN(const dlt645::Address address, addressOf(meterNumber));
    return m_master.read(address, dlt645::id("sealed-proof"), &state->sealedProof);
}

Status Dlt645RemoteMeter::deliver(const QString &meterNumber,
                                  const std::vector<std::uint8_t> &token, std::uint8_t *outcome)
{
    AMPCARD_TRY_ASSIGN(const dlt645::Address address, addressOf(meterNumber));
    std::int64_t remaining = 0;
    return m_master.deliverToken(address, token, outcome, &remaining);
}

} // namespace ampcard::station
