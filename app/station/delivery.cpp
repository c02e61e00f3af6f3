#include "delivery.h"

#include <array>
#include <vector>

#include "ampcard/cardio/opensslcrypto.h"
#include "ampcard/station/remotemeter.h"
#include "ampcard/tariff/errc.h"

namespace ampcard::station {

Status CardDelivery::deliver(const card::Token &token, const card::Aead &key)
{
    return m_service.writeToken(m_before, token, key);
}

QString CardDelivery::nothingSent(Status status) const
{
    return tr("The card did not take the record (%1). Nothing was sold.")
        .arg(describe(status.code()));
}

QString CardDelivery::unfinished(Status status) const
{
    return tr("The card write did not finish (%1). Nothing is charged yet: put the same card back "
              "to settle it.")
        .arg(describe(status.code()));
}

Status RemoteDelivery::deliver(const card::Token &token, const card::Aead &key)
{
    m_started = false;
    std::array<std::uint8_t, card::kSaltSize> salt{};
    AMPCARD_TRY(cardio::openssl::randomBytes(salt));
    std::vector<std::uint8_t> sealed(card::kHeaderSize + card::kTokenMaxBodySize + card::kTagSize);
    const Result<std::size_t> body =
        card::sealToken(token, key, 1, salt, card::Bytes(sealed).first(card::kHeaderSize),
                        card::Bytes(sealed).subspan(card::kHeaderSize));
    if (!body.ok())
        return body.status();
    sealed.resize(card::kHeaderSize + body.value());
    m_started = true;
    m_outcome = 0xFF;
    m_sent = m_link.deliver(m_meterNumber, sealed, &m_outcome);
    return m_sent;
}

QString RemoteDelivery::nothingSent(Status status) const
{
    return tr("The token could not be sealed (%1). Nothing was sold.").arg(describe(status.code()));
}

QString RemoteDelivery::unfinished(Status status) const
{
    return tr("Meter %1 stopped answering during the sale (%2).")
        .arg(m_meterNumber, describe(status.code()));
}

QString RemoteDelivery::answer() const
{
    if (!m_sent.ok())
        return tr("no answer (%1)").arg(describe(m_sent.code()));
    return m_outcome == 0 ? tr("it said loaded")
                          : tr("it said C-%1").arg(m_outcome, 2, 10, QLatin1Char('0'));
}

} // namespace ampcard::station
