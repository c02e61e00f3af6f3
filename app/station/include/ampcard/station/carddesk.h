#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "ampcard/card/records.h"
#include "ampcard/cardio/apdu.h"
#include "ampcard/cardio/cardservice.h"
#include "ampcard/cardio/keystore.h"
#include "ampcard/station/fees.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/saletypes.h"
#include "ampcard/station/saleproof.h"
#include "ampcard/station/tariffpush.h"
#include "ampcard/tariff/credit.h"
#include "ampcard/tariff/units.h"

// Everything the station writes to a card or sends to a meter, over one reader (DESIGN.md §5,
// docs/station.md "The sale protocol"): purchases, cancellations, account openings, replacement
// cards and function cards. CardDesk puts the parts together for the front ends: the counter, the
// installer desk and function cards over one sale protocol, one sale ledger and one card
// inspector (app/station/*.h). Each record is first recorded as pending (its sequence taken in
// the same unit of work), then written and read back, then completed with its journal entry in one
// unit of work. From the first byte sent to the card, a record carrying credit is settled only by
// the meter's proof (its sealed return record, on a card or over the line): complete when loaded,
// void when it can never be loaded. A cancellation is a superseding record whose refund waits for
// that proof.

namespace ampcard::station {

class Ledger;
class RemoteMeter;
class Session;

class CardDesk {
    Q_DECLARE_TR_FUNCTIONS(CardDesk)

public:
    using Clock = std::function<QDateTime()>;

    CardDesk(Ledger &ledger, const cardio::UtilityKeys &keys, cardio::ApduChannel &channel,
             Clock clock = &QDateTime::currentDateTimeUtc);
    ~CardDesk();
    CardDesk(const CardDesk &) = delete;
    CardDesk &operator=(const CardDesk &) = delete;

    void setStepHook(StepHook hook);

    // ---- the counter (app/station/counter.h)
    // Reads the user card in the reader, refuses a card the station must not sell to (another
    // utility, unknown, blacklisted, tampered, copied), records the meter's return record and
    // settles what it proves, and the card's pending work.
    std::optional<CardCheck> inspect(const Session &by);
    // The account of `meterNumber` as the ledger knows it, without the card: the meter, its
    // customer and the newest return record read from its card. For the counter's search.
    [[nodiscard]] std::optional<CardCheck> account(const QString &meterNumber) const;
    // What a sale would cost with the card as read; nothing is recorded.
    std::optional<SaleQuote> quote(const CardCheck &card, const SaleRequest &request);
    // Sells to the card in the reader, which must belong to `meterNumber` (empty: any meter).
    // The receipt (JSON, see receiptText()), or nothing with errorString().
    std::optional<QJsonObject> sell(const Session &by, const QString &meterNumber,
                                    const SaleRequest &request);
    // Sells to `meterNumber` without its card: reads the meter's sealed proof over `link` and
    // settles the meter's tokens from it, refuses while the card holds a sequence the meter has
    // not loaded, then records the sale pending, delivers the sealed token and completes it only
    // when the meter's next sealed proof shows it loaded (docs/station.md "Remote sales").
    std::optional<QJsonObject> sellRemote(const Session &by, const QString &meterNumber,
                                          const SaleRequest &request, RemoteMeter &link);
    // Reads the meter's sealed proof over `link` and settles its tokens; what was settled.
    std::optional<QStringList> settleRemote(const Session &by, const QString &meterNumber,
                                            RemoteMeter &link);
    // Cancels a sale whose record is still on the card in the reader, unloaded, by writing a
    // superseding record; the refund is paid when the meter's proof shows the superseding record
    // loaded without the sale (pending until then). A sale the meter proved it can never load is
    // refunded at once, without the card.
    std::optional<QJsonObject> cancel(const Session &by, const QString &saleId);
    // The receipt of a sale, cancellation, opening or replacement, for a reprint.
    [[nodiscard]] std::optional<QJsonObject> receipt(const QString &saleId) const;
    // Pending records of any card: the station lists them at start until they are settled.
    [[nodiscard]] QList<QJsonObject> pending() const;

    // ---- the installer desk (app/station/installerdesk.h)
    // Registers the meter (unless it is already, without a card), and writes the account-opening
    // record to the blank user card in the reader.
    std::optional<QJsonObject> openAccount(const Session &by, const AccountRequest &request);
    // Writes the replacement record to the blank user card in the reader; on completion the
    // meter's old card is blacklisted and the new one bound.
    std::optional<QJsonObject> replaceCard(const Session &by, const QString &meterNumber,
                                           const QString &reason);
    // Moves an account to a new meter (see MeterChangeRequest) by writing its opening record,
    // carrying the old meter's credit, to the blank user card in the reader. On completion the
    // old meter is removed, its card blacklisted and its debt moved to the new meter.
    std::optional<QJsonObject> changeMeter(const Session &by, const MeterChangeRequest &request);

    // ---- function cards (app/station/functioncards.h)
    // Writes a function card (its kind must match the card in the reader); returns the issue id.
    std::optional<QString> issueFunctionCard(const Session &by, const FunctionCardRequest &request);
    // Pushes the tariff of the meter's plan to `meterNumber` over `link` at once (a sealed
    // parameter token in its sequence space, docs/network.md "Tariff changes at once"): loaded
    // when the meter's sealed record proves it, else nothing with errorString() (a push that left
    // the station stays pending until the meter's next record settles it).
    std::optional<TariffPush> pushTariff(const Session &by, const QString &meterNumber,
                                         RemoteMeter &link);

    [[nodiscard]] QString errorString() const;
    // The last meter change was refused for want of a supervisor's countersignature.
    [[nodiscard]] bool countersignWanted() const;

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace ampcard::station
