#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "ampcard/station/saletypes.h"

namespace ampcard::station {

class SaleContext;
class SaleLedger;
class TokenFactory;

// Function cards (docs/station.md "Accounts, replacements, function cards"): check, parameter,
// clear, relay test, key change and preset. Each takes the meter's next sequence before the card
// is written; none carries money, so none is a sale row.
class FunctionCards {
    Q_DECLARE_TR_FUNCTIONS(CardDesk)

public:
    FunctionCards(SaleContext &context, SaleLedger &sales, TokenFactory &tokens)
        : m_ctx(context), m_sales(sales), m_tokens(tokens)
    {}

    // Writes the card in the reader (its kind must match); the issue id.
    std::optional<QString> issue(const Session &by, const FunctionCardRequest &request);

private:
    SaleContext &m_ctx;
    SaleLedger &m_sales;
    TokenFactory &m_tokens;
};

} // namespace ampcard::station
