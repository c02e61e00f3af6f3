#pragma once

#include <optional>

#include <QCoreApplication>

#include "ampcard/station/saletypes.h"

namespace ampcard::station {

class SaleContext;
class SaleLedger;

// What a sale would cost for the account as read: the plan in force, the meter's ladder usage
// and remaining as its newest record shows them (a new period after a settlement date), the
// account's debt and the station's charges (docs/station.md "Fees"). Nothing is recorded.
class Quotes {
    Q_DECLARE_TR_FUNCTIONS(CardDesk)

public:
    Quotes(SaleContext &context, const SaleLedger &sales) : m_ctx(context), m_sales(sales) {}

    std::optional<SaleQuote> quote(const CardCheck &card, const SaleRequest &request);

private:
    SaleContext &m_ctx;
    const SaleLedger &m_sales;
};

} // namespace ampcard::station
