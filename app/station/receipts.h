#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "ampcard/station/fees.h"
#include "ampcard/station/saletypes.h"
#include "salerow.h"

namespace ampcard::station {

class SaleContext;

// The receipt every row carries (JSON, stored with the row and in its journal entry): the lines
// every receipt starts with, a purchase's money lines, a refund's negated ones.
class Receipts {
    Q_DECLARE_TR_FUNCTIONS(CardDesk)

public:
    explicit Receipts(SaleContext &context) : m_ctx(context) {}

    // What, when, where, who, for which meter and customer.
    [[nodiscard]] QJsonObject head(const SaleRow &row, const QString &meterNumber,
                                   const QString &customerNumber,
                                   const QString &customerName = {}) const;
    // A purchase's row and the receipt lines every purchase has, card or remote.
    [[nodiscard]] SaleRow purchase(const QString &operatorName, const QString &shift,
                                   const CardCheck &account, const SaleQuote &quoted) const;
    // `row` (a cancellation) gives back every line of `sale`.
    void refund(SaleRow &row, const SaleRow &sale) const;

private:
    SaleContext &m_ctx;
};

} // namespace ampcard::station
