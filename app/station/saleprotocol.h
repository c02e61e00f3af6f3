#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include "ampcard/station/saletypes.h"
#include "ampcard/station/saleproof.h"
#include "salerow.h"

namespace ampcard::station {

class Delivery;
class SaleContext;
class SaleLedger;
class TokenFactory;
class Transaction;

// The sale protocol of DESIGN.md §5, once, for every way a token reaches a meter (docs/station.md
// "The sale protocol"): record pending with the sequence taken under the write lock, deliver,
// complete when the delivery proves the token is held; from the first byte sent, settle only on
// the meter's proof. Rows change state only through the sale ledger.
class SaleProtocol {
    Q_DECLARE_TR_FUNCTIONS(CardDesk)

public:
    SaleProtocol(SaleContext &context, SaleLedger &sales, TokenFactory &tokens)
        : m_ctx(context), m_sales(sales), m_tokens(tokens)
    {}

    // Records `row` pending with `token` — `prepare` runs first in the same unit of work (it may
    // register the meter and fill the token), a token without a sequence takes the meter's next
    // one above `floor` — then delivers it. Complete when the delivery confirms it (a card read
    // back); pending when only the meter's proof can settle it (a cancellation, a remote token);
    // void when nothing left the station. `outer`, when given, is the caller's unit of work (the
    // card's reading and what it settled): it commits with the pending row, before delivery.
    std::optional<QJsonObject> carry(SaleRow &row, card::Token &token, Delivery &delivery,
                                     qint64 floor, const std::function<bool()> &prepare = {},
                                     Transaction *outer = nullptr);

    // Stores the meter's return record in `card` (an older one than the station has seen is
    // refused and the newest used instead) and settles the meter's tokens from it. What was
    // settled goes to card.settled.
    bool recordReturn(const Session &by, CardCheck &card);
    bool settleFromProof(const Session &by, const MeterRecord &meter, const MeterProof &proof,
                         QStringList *settled);
    // The pending rows of the card in `contents`: complete when it holds the record, written
    // again when it does not and may (a record carrying credit), void when it carries none.
    bool settleCard(const Session &by, const cardio::CardContents &contents, QStringList *settled);

private:
    bool applyProof(const Session &by, const SaleRow &row, TokenProof proof,
                    const QList<SaleRow> &pendingCancels, QStringList *settled);
    bool resume(const SaleRow &row, const cardio::CardContents &contents, bool *written);
    std::optional<QJsonObject> voidUnsent(const SaleRow &row, const QString &why);

    SaleContext &m_ctx;
    SaleLedger &m_sales;
    TokenFactory &m_tokens;
};

} // namespace ampcard::station
