#pragma once

#include <optional>

#include <QCoreApplication>
#include <QStringList>

#include "ampcard/card/records.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/tariffpush.h"

namespace ampcard::station {

class Counter;
class RemoteMeter;
class SaleContext;
class SaleLedger;
class Session;
class TokenFactory;

// The tariff of a meter's plan sent at once over its line (docs/network.md "Tariff changes at
// once"), by the sale protocol's rules without the money: the meter's sealed record is read
// first, the next sequence is taken and the push recorded (function_card_issues, card serial 0,
// and an audit line) in one unit of work before a byte is sent, and only the meter's sealed
// record settles it, now or whenever it is read next (settleTariffPushes).
class TariffPusher {
    Q_DECLARE_TR_FUNCTIONS(CardDesk)

public:
    TariffPusher(SaleContext &context, SaleLedger &sales, TokenFactory &tokens, Counter &counter)
        : m_ctx(context), m_sales(sales), m_tokens(tokens), m_counter(counter)
    {}

    // The push proven loaded, or the meter already running the plan's version; otherwise nothing
    // with the reason in the context's error (a push that left the station stays pending).
    std::optional<TariffPush> push(const Session &by, const QString &meterNumber,
                                   RemoteMeter &link);

private:
    bool close(const Session &by, const QString &id, const QString &action, const QString &why);

    SaleContext &m_ctx;
    SaleLedger &m_sales;
    TokenFactory &m_tokens;
    Counter &m_counter;
};

// Settles the meter's pending tariff pushes from its sealed record `r`, inside the caller's unit
// of work (SaleProtocol::recordReturn): loaded when the record's last sequence is the push's or
// the meter runs the pushed tariff; closed when the meter loaded a later sequence without proving
// it (it can never load it now; the plan rides along with the next sale as before). Each push is
// settled once: its settlement is an audit line, written under the caller's write lock.
bool settleTariffPushes(SaleContext &context, const Session &by, const MeterRecord &meter,
                        const card::ReturnRecord &r, QStringList *settled);

} // namespace ampcard::station
