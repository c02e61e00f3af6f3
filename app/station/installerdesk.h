#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>

#include "ampcard/station/saletypes.h"

namespace ampcard::station {

class CardInspector;
class Counter;
class Receipts;
class SaleContext;
class SaleLedger;
class SaleProtocol;
class TokenFactory;

// The installer's work on blank user cards (docs/station.md "Accounts, replacements, function
// cards"): open an account, replace a lost card, move an account to a new meter with at most the
// old meter's proven credit unless a supervisor countersigns.
class InstallerDesk {
    Q_DECLARE_TR_FUNCTIONS(CardDesk)

public:
    struct Parts {
        SaleContext &context;
        SaleLedger &sales;
        SaleProtocol &protocol;
        CardInspector &inspector;
        Counter &counter;
        TokenFactory &tokens;
        Receipts &receipts;
    };
    explicit InstallerDesk(const Parts &parts)
        : m_ctx(parts.context), m_sales(parts.sales), m_protocol(parts.protocol),
          m_inspector(parts.inspector), m_counter(parts.counter), m_tokens(parts.tokens),
          m_receipts(parts.receipts)
    {}

    std::optional<QJsonObject> openAccount(const Session &by, const AccountRequest &request);
    std::optional<QJsonObject> replaceCard(const Session &by, const QString &meterNumber,
                                           const QString &reason);
    std::optional<QJsonObject> changeMeter(const Session &by, const MeterChangeRequest &request);

private:
    bool mayMoveCredit(const Session &by, const MeterRecord &old,
                       const MeterChangeRequest &request);

    SaleContext &m_ctx;
    SaleLedger &m_sales;
    SaleProtocol &m_protocol;
    CardInspector &m_inspector;
    Counter &m_counter;
    TokenFactory &m_tokens;
    Receipts &m_receipts;
};

} // namespace ampcard::station
