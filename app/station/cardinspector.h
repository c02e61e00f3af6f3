#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QStringList>

#include "ampcard/station/saletypes.h"

namespace ampcard::station {

class SaleContext;
class SaleLedger;

// Reads the card in the reader and checks it against the ledger and the keys; writes nothing.
// A card the ledger does not know yet is handed to `settleUnknown` first (its stopped opening,
// replacement or meter change), which the sale protocol does.
class CardInspector {
    Q_DECLARE_TR_FUNCTIONS(CardDesk)

public:
    using SettleUnknown = std::function<bool(const cardio::CardContents &, QStringList *)>;

    CardInspector(SaleContext &context, const SaleLedger &sales) : m_ctx(context), m_sales(sales) {}

    // A customer's card: refused (with the reason) when the station must not sell to it: another
    // utility, unknown, blacklisted, tampered, copied.
    std::optional<CardCheck> readUserCard(const SettleUnknown &settleUnknown);
    // A blank user card for an opening, a replacement or a meter change.
    struct Blank {
        card::CardId id;
        cardio::CardContents contents;
    };
    std::optional<Blank> readBlankCard(const SettleUnknown &settleUnknown);
    // The account of `meterNumber` as the ledger knows it, without the card.
    [[nodiscard]] std::optional<CardCheck> account(const QString &meterNumber) const;

    // The card's issue record carries credit (or binds the card) the meter has not loaded, as far
    // as its return record shows.
    [[nodiscard]] static bool holdsUnloaded(const CardCheck &card);
    // The highest sequence the card shows: a new token goes above it.
    [[nodiscard]] static qint64 floorOf(const CardCheck &card);

private:
    SaleContext &m_ctx;
    const SaleLedger &m_sales;
};

} // namespace ampcard::station
