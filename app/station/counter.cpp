#include "counter.h"

#include <algorithm>

#include "ampcard/cardio/cardnames.h"
#include "ampcard/cardio/opensslcrypto.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/remotemeter.h"
#include "ampcard/station/sync.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/sync.h"
#include "ampcard/tariff/errc.h"
#include "delivery.h"
#include "quotes.h"
#include "receipts.h"
#include "salecontext.h"
#include "saleledger.h"
#include "saleprotocol.h"
#include "salesql.h"
#include "tokenfactory.h"
#include "transaction.h"

namespace ampcard::station {

using namespace sale;
using cardio::CardNames;

// The open shift a sale goes into, when `by` may sell with these keys.
std::optional<QString> Counter::sellingShift(const Session &by)
{
    if (!by.may(Permission::kSell))
        return m_ctx.fail<QString>(tr("This operator may not sell."));
    if (m_ctx.settings().utilityId != m_ctx.keys.utilityId())
        return m_ctx.fail<QString>(
            tr("The keystore is for utility %1 but the station sells for utility %2.")
                .arg(m_ctx.keys.utilityId())
                .arg(m_ctx.settings().utilityId));
    const std::optional<QString> shift = m_ctx.openShiftOf(by.login());
    if (!shift)
        return m_ctx.fail<QString>(tr("Open a shift before selling."));
    return shift;
}

// One unit of work from the card's reading to the pending row: what the card's record settles and
// the sale it starts reach the disk together, before the card is written (one fsync less). It
// commits on every way out, so a refused sale keeps what the reading settled.
std::optional<QJsonObject> Counter::sell(const Session &by, const QString &meterNumber,
                                         const SaleRequest &request)
{
    Transaction outer(m_ctx.ledger.database(), Transaction::Lock::kImmediate);
    if (!outer.started())
        return m_ctx.fail(tr("The ledger is busy: %1").arg(outer.errorText()));
    std::optional<QJsonObject> sold = sellInside(by, meterNumber, request, outer);
    if (outer.isOpen()) {
        const QString why = m_ctx.error;
        if (!outer.commit())
            return m_ctx.fail(outer.errorText());
        m_ctx.error = why;
    }
    return sold;
}

std::optional<QJsonObject> Counter::sellInside(const Session &by, const QString &meterNumber,
                                               const SaleRequest &request, Transaction &outer)
{
    const std::optional<QString> shift = sellingShift(by);
    if (!shift)
        return std::nullopt;
    std::optional<CardCheck> card = inspect(by);
    if (!card)
        return std::nullopt;
    if (!meterNumber.isEmpty() && card->meter.number != meterNumber)
        return m_ctx.fail(
            tr("This card belongs to meter %1, not %2.").arg(card->meter.number, meterNumber));
    if (card->meter.status != QLatin1String("active"))
        return m_ctx.fail(tr("Meter %1 is %2: no sales.")
                              .arg(card->meter.number, Meters::statusText(card->meter.status)));
    // The ledger, not the card, says what is on its way to the meter: a restored copy or a
    // damaged newest record shows less. A sale then goes onto that record's sequence (combined),
    // so the tokens open on a meter never pile up.
    if (const std::optional<SaleRow> unproven =
            m_sales.newestUnprovenOnCard(card->meter.id, card->id.serial);
        unproven &&
        unproven->sequence > (card->returned ? qint64(card->returned->lastSequence) : 0) &&
        !(card->issued && qint64(card->issued->sequence) == unproven->sequence)) {
        const SaleKind first =
            m_sales.firstKindAt(card->meter.id, unproven->sequence).value_or(unproven->kind);
        card::Token issued =
            m_tokens.base(first == SaleKind::kPurchase      ? card::RecordType::kPurchase
                          : first == SaleKind::kReplacement ? card::RecordType::kReplacement
                                                            : card::RecordType::kAccountOpening,
                          card->meter, card->id.serial);
        issued.sequence = static_cast<std::uint32_t>(unproven->sequence);
        issued.amount = Money::fromRaw(unproven->tokenAmount);
        issued.issueTime = unproven->tokenTime;
        if (first == SaleKind::kReplacement)
            if (const auto firstRow = m_sales.rows(
                    QStringLiteral("s.meter_id = ? AND s.sequence = ? AND s.kind = 'replacement'"),
                    {card->meter.id, unproven->sequence});
                !firstRow.isEmpty())
                issued.previousCardSerial = firstRow.first().reference.toULongLong();
        card->issued = issued;
        card->unloaded = true;
        card->settled.append(tr("The card does not show sequence %1 that this station wrote to "
                                "it and meter %2 has not loaded: it holds an older copy or a "
                                "damaged record.")
                                 .arg(unproven->sequence)
                                 .arg(card->meter.number));
    }
    const bool combine = card->unloaded && card->issued;
    if (combine && !request.combineUnloaded) {
        if (card->issued->type != card::RecordType::kPurchase)
            return m_ctx.fail(
                tr("The card still holds its %1 record (sequence %2), which the meter has "
                   "not loaded. Take the card to the meter first, or sell combining this "
                   "purchase with it on the card.")
                    .arg(card->issued->type == card::RecordType::kAccountOpening
                             ? tr("account-opening")
                             : tr("replacement"))
                    .arg(card->issued->sequence));
        return m_ctx.fail(
            tr("The card still holds %1 (sequence %2) that the meter has not loaded. Load "
               "it into the meter first, or sell again combining both on the card.")
                .arg(tariff::formatMoney(card->issued->amount))
                .arg(card->issued->sequence) +
            (card->settled.isEmpty() ? QString() : QLatin1Char(' ') + card->settled.last()));
    }
    const std::optional<SaleQuote> quoted = m_quotes.quote(*card, request);
    if (!quoted)
        return std::nullopt;
    // In network mode a station sells within the vendor float the server granted, online or not
    // (docs/network.md "The float").
    if (const std::optional<qint64> left = Sync(m_ctx.ledger).floatLeftNow();
        left && quoted->paid.raw() > *left)
        return m_ctx.fail(
            tr("This sale of %1 is more than the station's float left (%2). "
               "A supervisor asks the utility for more float; it arrives with "
               "the next sync.")
                .arg(tariff::formatMoney(quoted->paid),
                     tariff::formatMoney(Money::fromRaw(std::max<qint64>(*left, 0)))));

    SaleRow row = m_receipts.purchase(by.login(), *shift, *card, *quoted);

    card::Token token;
    if (combine) {
        token = *card->issued;
        token.flags = static_cast<std::uint16_t>(token.flags | card::kFlagReissue);
        token.flags = static_cast<std::uint16_t>(token.flags & ~card::kFlagTariff);
        // A re-issue carries the credit of every earlier token at its sequence, so it builds on
        // the newest one the ledger issued there, which the card may not show (a torn re-issue
        // still pending, a damaged newest slot, a restored copy): only one of them ever loads.
        if (const std::optional<qint64> newest =
                m_sales.newestTokenAmount(card->meter.id, card->issued->sequence))
            token.amount = Money::fromRaw(std::max<qint64>(*newest, token.amount.raw()));
        const Result<Money> sum = token.amount.plus(quoted->credit);
        if (!sum.ok())
            return m_ctx.fail(describe(sum.status().code()));
        token.amount = sum.value();
        token.issueTime = m_ctx.meterTime(m_ctx.clock());
        token.stationId = m_ctx.settings().stationNumber;
    } else {
        token = m_tokens.base(card::RecordType::kPurchase, card->meter, card->id.serial);
        token.amount = quoted->credit;
    }
    QJsonObject &receipt = row.receipt;
    receipt[QStringLiteral("card")] = CardNames::serialText(card->id.serial);
    receipt[QStringLiteral("combined")] = combine;
    if (card->returned)
        receipt[QStringLiteral("remainingBefore")] = tariff::formatMoney(card->returned->remaining);
    if (!m_tokens.addTariff(card->meter, card->returned, token, receipt))
        return std::nullopt;
    CardDelivery delivery(m_ctx.service, card->contents);
    return m_protocol.carry(row, token, delivery, CardInspector::floorOf(*card), {}, &outer);
}

// Reads the meter's sealed proof over `link`, checks it is this meter's and sealed with its key,
// records it like a card's return record and settles the meter's tokens from it.
std::optional<CardCheck> Counter::proveRemotely(const Session &by, const CardCheck &account,
                                                RemoteMeter &link)
{
    const QString &number = account.meter.number;
    RemoteState state;
    if (const Status status = link.state(number, &state); !status.ok())
        return m_ctx.fail<CardCheck>(
            tr("Meter %1 does not answer (%2).").arg(number, describe(status.code())));
    const std::vector<std::uint8_t> &bytes = state.sealedProof;
    const Result<card::RecordHeader> header =
        bytes.size() > card::kHeaderSize
            ? card::decodeHeader(card::ConstBytes(bytes).first(card::kHeaderSize))
            : Result<card::RecordHeader>(Status(Errc::kCardFormat));
    char digits[13] = {};
    if (header.ok())
        header.value().meter.format(digits);
    if (!header.ok() || header.value().type != card::RecordType::kReturn ||
        header.value().utilityId != m_ctx.keys.utilityId() || QLatin1String(digits) != number)
        return m_ctx.fail<CardCheck>(
            tr("Meter %1 answered something that is not its sealed record: "
               "nothing is settled from it.")
                .arg(number));
    cardio::OpensslAead key;
    if (const Status status =
            m_ctx.keys.meterAead(header.value().meter, header.value().keyVersion, key);
        !status.ok())
        return m_ctx.fail<CardCheck>(
            tr("Cannot derive the meter key: %1").arg(describe(status.code())));
    const Result<card::ReturnRecord> opened =
        card::openReturn(header.value(), card::ConstBytes(bytes).subspan(card::kHeaderSize), key);
    if (!opened.ok())
        return m_ctx.fail<CardCheck>(
            tr("Meter %1's record does not verify (%2): it was not sealed by "
               "the meter. Nothing is settled from it.")
                .arg(number, describe(opened.status().code())));
    CardCheck seen = account;
    seen.id.serial = 0; // read over the line
    seen.returned = opened.value();
    seen.unloaded = false;
    seen.settled.clear();
    if (!m_protocol.recordReturn(by, seen))
        return std::nullopt;
    seen.id = account.id;
    return seen;
}

std::optional<QStringList> Counter::settleRemote(const Session &by, const QString &meterNumber,
                                                 RemoteMeter &link)
{
    const std::optional<CardCheck> seen = readRemote(by, meterNumber, link);
    if (!seen)
        return std::nullopt;
    return seen->settled;
}

std::optional<CardCheck> Counter::readRemote(const Session &by, const QString &meterNumber,
                                             RemoteMeter &link)
{
    const std::optional<CardCheck> known = m_inspector.account(meterNumber);
    if (!known)
        return m_ctx.fail<CardCheck>(tr("Meter %1 is not registered.").arg(meterNumber));
    return proveRemotely(by, *known, link);
}

std::optional<QJsonObject> Counter::sellRemote(const Session &by, const QString &meterNumber,
                                               const SaleRequest &request, RemoteMeter &link)
{
    const std::optional<QString> shift = sellingShift(by);
    if (!shift)
        return std::nullopt;
    const std::optional<CardCheck> known = m_inspector.account(meterNumber);
    if (!known)
        return m_ctx.fail(tr("Meter %1 is not registered.").arg(meterNumber));
    if (known->meter.status != QLatin1String("active"))
        return m_ctx.fail(tr("Meter %1 is %2: no sales.")
                              .arg(known->meter.number, Meters::statusText(known->meter.status)));
    if (known->id.serial == 0)
        return m_ctx.fail(
            tr("Meter %1 has no account card: open the account before selling remotely.")
                .arg(meterNumber));
    std::optional<CardCheck> account = proveRemotely(by, *known, link);
    if (!account) {
        m_ctx.error += QLatin1Char(' ') + tr("Nothing was sold.");
        return std::nullopt;
    }
    const std::uint32_t loaded = account->returned->lastSequence;
    // Credit on the customer's card that the meter has not loaded would be superseded by a remote
    // token: the customer loads the card first.
    const std::optional<qint64> onCard = m_sales.newestUnprovenCardSequence(account->meter.id);
    if (!onCard)
        return std::nullopt;
    if (*onCard > qint64(loaded))
        return m_ctx.fail(tr("The customer's card holds sequence %1, which meter %2 has not loaded "
                             "(it loaded %3). Insert the card in the meter first: a remote sale "
                             "now would make the meter refuse the card's credit.")
                              .arg(*onCard)
                              .arg(meterNumber)
                              .arg(loaded));
    const std::optional<SaleQuote> quoted = m_quotes.quote(*account, request);
    if (!quoted)
        return std::nullopt;

    SaleRow row = m_receipts.purchase(by.login(), *shift, *account, *quoted);
    card::Token token =
        m_tokens.base(card::RecordType::kPurchase, account->meter, known->id.serial);
    token.amount = quoted->credit;
    row.cardSerial = 0; // delivered over the line: no card settles it
    row.reference = QStringLiteral("remote");
    QJsonObject &receipt = row.receipt;
    receipt[QStringLiteral("delivery")] = QStringLiteral("remote");
    receipt[QStringLiteral("card")] = QString();
    receipt[QStringLiteral("combined")] = false;
    receipt[QStringLiteral("remainingBefore")] = tariff::formatMoney(account->returned->remaining);
    if (!m_tokens.addTariff(account->meter, account->returned, token, receipt))
        return std::nullopt;
    // In network mode the server allocates: card and remote sales at every station share the
    // meter's one sequence space (DESIGN.md §6). Offline, a remote sale cannot be made.
    if (Sync sync(m_ctx.ledger); sync.joined()) {
        QString why;
        const qint64 newest = std::max<qint64>(loaded, m_sales.lastSequence(account->meter.id));
        const std::optional<qint64> allocated = sync.allocateRemote(meterNumber, newest, &why);
        if (!allocated)
            return m_ctx.fail(tr("A remote sale in network mode takes its sequence from the "
                                 "server: %1. Nothing was sold; card sales go on offline.")
                                  .arg(why));
        if (*allocated <= 0 || *allocated > 0xFFFFFFFFLL)
            return m_ctx.fail(tr("The server gave sequence %1 for meter %2, outside a meter's "
                                 "range. Nothing was sold.")
                                  .arg(*allocated)
                                  .arg(meterNumber));
        token.sequence = static_cast<std::uint32_t>(*allocated);
    }
    RemoteDelivery delivery(link, meterNumber);
    if (!m_protocol.carry(row, token, delivery, loaded))
        return std::nullopt;
    // Whatever the meter answered (unsealed), only its sealed record settles the sale.
    const std::optional<CardCheck> after = proveRemotely(by, *known, link);
    const std::optional<SaleRow> settled = m_sales.rowById(row.id);
    if (settled && settled->state == SaleState::kComplete) {
        if (!m_ctx.step(SaleStep::kCompleted))
            return std::nullopt;
        return m_sales.receipt(row.id);
    }
    if (settled && settled->state == SaleState::kVoid)
        return m_ctx.fail(tr("Meter %1 did not take the token and can never load it. Nothing was "
                             "sold.")
                              .arg(meterNumber));
    const QString why =
        !after ? tr("its sealed record could not be read")
               : tr("its sealed record shows sequence %1 not loaded").arg(row.sequence);
    const QString answer = delivery.answer();
    (void)m_sales.setNote(row.id, tr("meter %1: %2; %3").arg(meterNumber, answer, why));
    return m_ctx.fail(tr("Meter %1 has not loaded remote sale %2 (%3; %4). The sale stays pending "
                         "and nothing is charged: it completes if the meter's record ever proves "
                         "it loaded, and is void once a later sale is loaded without it.")
                          .arg(meterNumber, row.id, answer, why));
}

std::optional<QJsonObject> Counter::cancel(const Session &by, const QString &saleId)
{
    if (!by.may(Permission::kCancelSale))
        return m_ctx.fail(tr("Only a supervisor or administrator may cancel a sale."));
    std::optional<SaleRow> sale = m_sales.rowById(saleId);
    if (!sale || sale->kind != SaleKind::kPurchase)
        return m_ctx.fail(tr("There is no sale %1.").arg(saleId));
    if (sale->state != SaleState::kComplete)
        return m_ctx.fail(tr("Sale %1 is %2: only a completed sale can be cancelled.")
                              .arg(saleId, stateText(sale->state)));
    if (!m_sales
             .rows(QStringLiteral("s.kind = 'cancel' AND s.state = 'pending' AND s.reference = ?"),
                   {saleId})
             .isEmpty())
        return m_ctx.fail(tr("Sale %1 is being cancelled already: its refund waits for the meter's "
                             "record.")
                              .arg(saleId));
    if (sale->proof == TokenProof::kLoaded || sale->proof == TokenProof::kCarried)
        return m_ctx.fail(tr("Meter %1 has loaded sale %2: it can no longer be cancelled.")
                              .arg(sale->meterNumber, saleId));
    if (sale->proof == TokenProof::kSuperseded)
        return refundOwed(by, *sale); // the meter can never load it: nothing to write
    if (sale->cardSerial == 0)
        return m_ctx.fail(
            tr("Sale %1 was delivered over the meter line; the meter settles it.").arg(saleId));
    if (sale->tokenAmount != sale->credit)
        return m_ctx.fail(
            tr("Sale %1 was combined on the card with an earlier purchase: it cannot be "
               "cancelled alone.")
                .arg(saleId));
    std::optional<CardCheck> card = inspect(by);
    if (!card)
        return std::nullopt;
    if (card->id.serial != sale->cardSerial)
        return m_ctx.fail(tr("Sale %1 was written to card %2; this is card %3.")
                              .arg(saleId, CardNames::serialText(sale->cardSerial),
                                   CardNames::serialText(card->id.serial)));
    sale = m_sales.rowById(saleId); // the card's return record may have settled it just now
    if (!sale || sale->state != SaleState::kComplete)
        return m_ctx.fail(tr("There is no sale %1 to cancel.").arg(saleId));
    if (sale->proof == TokenProof::kLoaded || sale->proof == TokenProof::kCarried)
        return m_ctx.fail(tr("Meter %1 has loaded sale %2: it can no longer be cancelled.")
                              .arg(sale->meterNumber, saleId));
    if (sale->proof == TokenProof::kSuperseded)
        return refundOwed(by, *sale);
    if (!card->issued || qint64(card->issued->sequence) != sale->sequence ||
        card->issued->amount.raw() != sale->tokenAmount)
        return m_ctx.fail(
            tr("The card holds a newer record than sale %1: it is settled by the meter's "
               "next record, not cancelled.")
                .arg(saleId));

    SaleRow row;
    row.id = newId();
    row.kind = SaleKind::kCancel;
    row.meterId = sale->meterId;
    row.meterNumber = sale->meterNumber;
    row.reference = sale->id;
    row.operatorName = by.login();
    const std::optional<QString> shift = refundShift(by, *sale);
    if (!shift)
        return std::nullopt;
    row.shiftId = *shift;
    m_receipts.refund(row, *sale);
    // The cancellation is a new record that supersedes the purchase (DESIGN.md §5): once the
    // meter loads it, the purchase can never be loaded, and the meter's record proves which.
    card::Token token = m_tokens.base(card::RecordType::kPurchase, card->meter, card->id.serial);
    token.amount = Money();
    row.receipt[QStringLiteral("refundPending")] = true;
    CardDelivery delivery(m_ctx.service, card->contents);
    return m_protocol.carry(row, token, delivery, CardInspector::floorOf(*card));
}

// The drawer a refund is paid from: the canceller's shift, or the sale's own while it is open.
std::optional<QString> Counter::refundShift(const Session &by, const SaleRow &sale)
{
    if (const std::optional<QString> own = m_ctx.openShiftOf(by.login()))
        return own;
    if (const std::optional<QString> sold = m_ctx.openShiftOf(sale.operatorName);
        sold && *sold == sale.shiftId)
        return sold;
    return m_ctx.fail<QString>(tr("Open a shift to pay the customer back."));
}

// A paid sale the meter proved it can never load: the money goes back now, no card involved.
std::optional<QJsonObject> Counter::refundOwed(const Session &by, const SaleRow &sale)
{
    SaleRow row;
    row.id = newId();
    row.kind = SaleKind::kCancel;
    row.meterId = sale.meterId;
    row.meterNumber = sale.meterNumber;
    row.reference = sale.id;
    row.operatorName = by.login();
    row.cardSerial = sale.cardSerial;
    const std::optional<QString> shift = refundShift(by, sale);
    if (!shift)
        return std::nullopt;
    row.shiftId = *shift;
    m_receipts.refund(row, sale);
    row.receipt[QStringLiteral("refundPending")] = false;
    {
        Transaction transaction(m_ctx.ledger.database(), Transaction::Lock::kImmediate);
        if (!transaction.started())
            return m_ctx.fail(tr("The ledger is busy: %1").arg(transaction.errorText()));
        const std::optional<qint64> taken = m_sales.takeSequence(row.meterId, 0);
        if (!taken)
            return std::nullopt;
        row.sequence = *taken; // a sequence used up, never written: nothing can load it
        row.receipt[QStringLiteral("sale")] = row.id;
        row.receipt[QStringLiteral("sequence")] = row.sequence;
        if (!m_sales.insertPending(row) || !m_sales.complete(row) || !transaction.commit())
            return m_ctx.fail(m_ctx.error.isEmpty() ? transaction.errorText() : m_ctx.error);
    }
    return m_sales.receipt(row.id);
}

std::optional<CardCheck> Counter::inspect(const Session &by)
{
    std::optional<CardCheck> check = m_inspector.readUserCard(settleUnknown(by));
    if (!check || !m_protocol.recordReturn(by, *check) ||
        !m_protocol.settleCard(by, check->contents, &check->settled))
        return std::nullopt;
    return check;
}

CardInspector::SettleUnknown Counter::settleUnknown(const Session &by)
{
    return [this, &by](const cardio::CardContents &contents, QStringList *settled) {
        return m_protocol.settleCard(by, contents, settled);
    };
}

std::optional<SaleQuote> Counter::quote(const CardCheck &card, const SaleRequest &request)
{
    return m_quotes.quote(card, request);
}

} // namespace ampcard::station
