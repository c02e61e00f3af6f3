#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include "ampcard/station/saletypes.h"
#include "cardinspector.h"
#include "salerow.h"

namespace ampcard::station {

class Quotes;
class Receipts;
class SaleContext;
class SaleLedger;
class SaleProtocol;
class TokenFactory;
class Transaction;

// The cashier's work (docs/station.md "The sale protocol", "Remote sales"): read the card and
// settle what its meter proved, quote, sell to the card or over the line, cancel a sale by a
// superseding record and refund it once the meter proves it.
class Counter {
    Q_DECLARE_TR_FUNCTIONS(CardDesk)

public:
    struct Parts {
        SaleContext &context;
        SaleLedger &sales;
        SaleProtocol &protocol;
        CardInspector &inspector;
        TokenFactory &tokens;
        Quotes &quotes;
        Receipts &receipts;
    };
    explicit Counter(const Parts &parts)
        : m_ctx(parts.context), m_sales(parts.sales), m_protocol(parts.protocol),
          m_inspector(parts.inspector), m_tokens(parts.tokens), m_quotes(parts.quotes),
          m_receipts(parts.receipts)
    {}

    std::optional<CardCheck> inspect(const Session &by);
    std::optional<SaleQuote> quote(const CardCheck &card, const SaleRequest &request);
    std::optional<QJsonObject> sell(const Session &by, const QString &meterNumber,
                                    const SaleRequest &request);
    std::optional<QJsonObject> sellRemote(const Session &by, const QString &meterNumber,
                                          const SaleRequest &request, RemoteMeter &link);
    std::optional<QStringList> settleRemote(const Session &by, const QString &meterNumber,
                                            RemoteMeter &link);
    // What settleRemote does, with the sealed record read: the account as the meter proved it now
    // (returned, the record just read, unless the station has seen a newer one).
    std::optional<CardCheck> readRemote(const Session &by, const QString &meterNumber,
                                        RemoteMeter &link);
    std::optional<QJsonObject> cancel(const Session &by, const QString &saleId);
    // How a card the ledger does not know yet is settled before it is read further.
    CardInspector::SettleUnknown settleUnknown(const Session &by);

private:
    std::optional<QString> sellingShift(const Session &by);
    std::optional<QJsonObject> sellInside(const Session &by, const QString &meterNumber,
                                          const SaleRequest &request, Transaction &outer);
    std::optional<CardCheck> proveRemotely(const Session &by, const CardCheck &account,
                                           RemoteMeter &link);
    std::optional<QString> refundShift(const Session &by, const SaleRow &sale);
    std::optional<QJsonObject> refundOwed(const Session &by, const SaleRow &sale);

    SaleContext &m_ctx;
    SaleLedger &m_sales;
    SaleProtocol &m_protocol;
    CardInspector &m_inspector;
    TokenFactory &m_tokens;
    Quotes &m_quotes;
    Receipts &m_receipts;
};

} // namespace ampcard::station
