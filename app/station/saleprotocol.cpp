#include "saleprotocol.h"

#include <algorithm>

#include "ampcard/cardio/cardnames.h"
#include "ampcard/cardio/opensslcrypto.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/sync.h"
#include "ampcard/tariff/errc.h"
#include "cardinspector.h"
#include "delivery.h"
#include "salecontext.h"
#include "saleledger.h"
#include "salesql.h"
#include "tariffpush.h"
#include "tokenfactory.h"
#include "transaction.h"

namespace ampcard::station {

using namespace sale;
using cardio::CardNames;

std::optional<QJsonObject> SaleProtocol::carry(SaleRow &row, card::Token &token, Delivery &delivery,
                                               qint64 floor, const std::function<bool()> &prepare,
                                               Transaction *outer)
{
    {
        Transaction transaction(m_ctx.ledger.database(), Transaction::Lock::kImmediate);
        if (!transaction.started())
            return m_ctx.fail(tr("The ledger is busy: %1").arg(transaction.errorText()));
        if (prepare && !prepare())
            return std::nullopt;
        if (token.sequence == 0) {
            const std::optional<qint64> taken = m_sales.takeSequence(row.meterId, floor);
            if (!taken)
                return std::nullopt;
            token.sequence = static_cast<std::uint32_t>(*taken);
        }
        row.sequence = token.sequence;
        row.tokenAmount = token.amount.raw();
        row.tokenTime = token.issueTime;
        if (delivery.confirms())
            row.cardSerial = token.cardSerial;
        row.receipt[QStringLiteral("sale")] = row.id;
        row.receipt[QStringLiteral("sequence")] = row.sequence;
        row.receipt[QStringLiteral("tokenAmount")] = moneyText(row.tokenAmount);
        if (!m_sales.insertPending(row))
            return std::nullopt;
        if (!transaction.commit())
            return m_ctx.fail(transaction.errorText());
    }
    if (outer && outer->isOpen() && !outer->commit())
        return m_ctx.fail(outer->errorText());
    if (!m_ctx.step(SaleStep::kPendingRecorded))
        return std::nullopt;
    cardio::OpensslAead key;
    if (const Status status = m_ctx.keys.meterAead(token.meter, token.keyVersion, key);
        !status.ok())
        return voidUnsent(row, tr("Cannot derive the meter key: %1").arg(describe(status.code())));
    const Status sent = delivery.deliver(token, key);
    if (!sent.ok() && !delivery.started())
        return voidUnsent(row, delivery.nothingSent(sent));
    if (!sent.ok() && delivery.confirms())
        return m_ctx.fail(delivery.unfinished(sent));
    if (!m_ctx.step(SaleStep::kCardWritten))
        return std::nullopt;
    // A cancellation's refund, and a token sent over the line, wait for the meter's proof.
    QJsonObject receipt = row.receipt; // as stored with the row
    if (!delivery.confirms() || row.kind == SaleKind::kCancel) {
        receipt[QStringLiteral("state")] = stateName(SaleState::kPending);
        return receipt;
    }
    if (!m_sales.complete(row) || !m_ctx.step(SaleStep::kCompleted))
        return std::nullopt;
    receipt[QStringLiteral("state")] = stateName(SaleState::kComplete);
    return receipt;
}

// Nothing of the record left the station: the row is void and `why` is the error.
std::optional<QJsonObject> SaleProtocol::voidUnsent(const SaleRow &row, const QString &why)
{
    if (!m_sales.voidRow(row.operatorName, row, tr("nothing was sent: %1").arg(why)))
        return std::nullopt;
    return m_ctx.fail(why);
}

bool SaleProtocol::recordReturn(const Session &by, CardCheck &card)
{
    if (!card.returned)
        return true;
    const card::ReturnRecord r = *card.returned;
    // The record and what it settles, in one unit of work under the write lock.
    Transaction transaction(m_ctx.ledger.database(), Transaction::Lock::kImmediate);
    if (!transaction.started())
        return m_ctx.failed(tr("The ledger is busy: %1").arg(transaction.errorText()));
    bool older = false;
    bool wound = false;
    qint64 newestSequence = 0;
    if (!m_sales.storeReturn(card.meter, card.id.serial, r, &older, &newestSequence, &wound)) {
        if (!older)
            return false;
        // Not stored, not used: the station goes on from the newest record it has (a remote read
        // since the card last met the meter, or a restored card image).
        card.settled.append(tr("The meter's record on card %1 is older than one the station has "
                               "already read for meter %2 (it shows sequence %3, the station has "
                               "seen %4): it is refused, and the station's newest record of the "
                               "meter is used.")
                                .arg(CardNames::serialText(card.id.serial), card.meter.number)
                                .arg(r.lastSequence)
                                .arg(newestSequence));
        card.returned = m_sales.newestReturn(card.meter);
        card.unloaded = CardInspector::holdsUnloaded(card);
        return true;
    }
    // A clock set back or events cleared on the line do not order the records (the seal counter
    // does); they are kept for the auditors.
    if (wound && !m_ctx.ledger.audit(by.login(), QStringLiteral("meter.clock-or-events-back"),
                                     card.meter.number,
                                     tr("meter %1's clock or event counters went back since its "
                                        "previous record (a clock set or an event clear)")
                                         .arg(card.meter.number)))
        return m_ctx.failed(m_ctx.ledger.errorString());
    MeterProof proof;
    proof.lastSequence = r.lastSequence;
    proof.loadCount = r.purchaseCount;
    proof.creditLoaded = r.creditLoaded.raw();
    if (!settleFromProof(by, card.meter, proof, &card.settled) ||
        !settleTariffPushes(m_ctx, by, card.meter, r, &card.settled))
        return false;
    return transaction.commit() ? true : m_ctx.failed(transaction.errorText());
}

// Settles every token of `meter` whose fate the meter's figures now prove (saleproof.h): pending
// sales loaded complete, pending sales superseded are void, a cancellation's refund is paid when
// its purchase is proven superseded and refused when it is proven loaded, a paid purchase proven
// superseded is owed to the customer, and credit no token of this ledger explains is reported.
bool SaleProtocol::settleFromProof(const Session &by, const MeterRecord &meter,
                                   const MeterProof &proof, QStringList *settled)
{
    // One unit of work under the write lock from the totals to the decisions: two processes
    // settling the same meter cannot both count the same credit.
    Transaction transaction(m_ctx.ledger.database(), Transaction::Lock::kImmediate);
    if (!transaction.started())
        return m_ctx.failed(tr("The ledger is busy: %1").arg(transaction.errorText()));
    qint64 maxIssued = 0;
    qint64 restoreGapFrom = 0;
    const std::optional<ProvenTotals> proven =
        m_sales.proven(meter.id, &maxIssued, &restoreGapFrom);
    if (!proven)
        return false;
    const QList<SaleRow> openRows =
        m_sales.rows(QStringLiteral("s.meter_id = ? AND s.proof = '' AND s.state IN ('pending', "
                                    "'complete') AND s.sequence <= ?"),
                     {meter.id, qint64(proof.lastSequence)});
    // In network mode another station may have sold to the meter: remotely while this one was
    // offline, even at a sequence this ledger used too (only a remote sale's sequence, from the
    // server, is this ledger's alone).
    const bool shared = Sync(m_ctx.ledger).joined();
    QList<IssuedToken> open;
    for (const SaleRow &row : openRows)
        open.append({row.id, row.sequence, row.tokenAmount,
                     shared && row.cardSerial == 0 && row.kind == SaleKind::kPurchase});
    const QList<SaleRow> pendingCancels = m_sales.rows(
        QStringLiteral("s.meter_id = ? AND s.kind = 'cancel' AND s.state = 'pending'"), {meter.id});
    // Tokens this ledger never issued are possible after a restore, and in network mode.
    const bool unknownPossible =
        (restoreGapFrom > 0 && proof.lastSequence > restoreGapFrom) || shared;
    const ProofVerdict verdict = weigh(open, *proven, proof, maxIssued, unknownPossible, shared);
    if (verdict.contradicts)
        return m_ctx.failed(tr("Meter %1 shows %2 loaded in %3 loads, less than this ledger has "
                               "already proven (%4 in %5): its record is not the newest, or the "
                               "meter was swapped. Nothing was settled; call a supervisor.")
                                .arg(meter.number, moneyText(proof.creditLoaded))
                                .arg(proof.loadCount)
                                .arg(moneyText(proven->creditLoaded))
                                .arg(proven->loadCount));

    for (const ProofVerdict::Decision &decision : verdict.decided)
        if (!m_sales.setProof(decision.saleId, decision.proof))
            return false;
    for (const ProofVerdict::Decision &decision : verdict.decided) {
        // The rows were read under this unit's write lock and no decision moves another's.
        const auto row = std::find_if(openRows.begin(), openRows.end(),
                                      [&](const SaleRow &r) { return r.id == decision.saleId; });
        if (row == openRows.end() || !applyProof(by, *row, decision.proof, pendingCancels, settled))
            return false;
    }
    if (verdict.unknownCredit > 0) {
        if (!m_sales.addUnknownCredit(meter.id, verdict.unknownCredit, verdict.unknownLoads))
            return false;
        const QString what = tr("meter %1 loaded %2 in %3 loads that this ledger did not issue "
                                "(up to sequence %4)")
                                 .arg(meter.number, moneyText(verdict.unknownCredit))
                                 .arg(verdict.unknownLoads)
                                 .arg(proof.lastSequence);
        if (!m_ctx.ledger.audit(by.login(), QStringLiteral("meter.unknown-credit"), meter.number,
                                what))
            return m_ctx.failed(m_ctx.ledger.errorString());
        settled->append(tr("Attention: %1 (a restored ledger or another station). It is recorded "
                           "for the auditors.")
                            .arg(what));
    }
    for (const QString &id : verdict.undecided)
        if (!m_sales.setNote(id, tr("the meter's figures fit more than one history: waits for "
                                    "its next record")))
            return false;
    return transaction.commit() ? true : m_ctx.failed(transaction.errorText());
}

bool SaleProtocol::applyProof(const Session &by, const SaleRow &row, TokenProof proof,
                              const QList<SaleRow> &pendingCancels, QStringList *settled)
{
    const bool loaded = proof == TokenProof::kLoaded || proof == TokenProof::kCarried;
    const QString kind = kindName(row.kind);
    if (row.state == SaleState::kPending && row.kind != SaleKind::kCancel) {
        if (loaded) {
            if (!m_sales.complete(row))
                return false;
            settled->append(
                tr("%1 %2 completed: meter %3 loaded it.").arg(kind, row.id, row.meterNumber));
            return true;
        }
        if (!m_sales.voidRow(by.login(), row,
                             tr("meter %1 loaded a later sequence without %2: it can never load "
                                "it, nothing was sold")
                                 .arg(row.meterNumber)
                                 .arg(row.sequence)))
            return false;
        settled->append(tr("%1 %2 voided: meter %3 can never load it, nothing was sold.")
                            .arg(kind, row.id, row.meterNumber));
        return true;
    }
    if (row.state != SaleState::kComplete || row.kind == SaleKind::kCancel)
        return true;
    // A completed sale: its cancellation (if any) is decided now.
    QList<SaleRow> cancels;
    for (const SaleRow &cancel : pendingCancels)
        if (cancel.reference == row.id)
            cancels.append(cancel);
    for (const SaleRow &cancel : cancels) {
        if (loaded) {
            if (!m_sales.voidRow(by.login(), cancel,
                                 tr("meter %1 loaded sale %2 before its cancellation: nothing is "
                                    "refunded")
                                     .arg(row.meterNumber, row.id)))
                return false;
            settled->append(tr("Cancellation %1 refused: meter %2 loaded sale %3 first, nothing "
                               "is refunded.")
                                .arg(cancel.id, row.meterNumber, row.id));
        } else {
            // The refund leaves the drawer now: the shift of whoever reads the proof, or the
            // cancellation's own while it is still open.
            SaleRow paying = cancel;
            if (const std::optional<QString> open = m_ctx.openShiftOf(by.login()))
                paying.shiftId = *open;
            else if (!m_sales.shiftIsOpen(cancel.shiftId)) {
                if (!m_sales.setNote(cancel.id, tr("proven: the refund is paid at the next reading "
                                                   "by an operator with an open shift")))
                    return false;
                settled->append(tr("Cancellation %1: meter %2 can never load sale %3; the refund "
                                   "is paid when an operator with an open shift reads the card.")
                                    .arg(cancel.id, row.meterNumber, row.id));
                continue;
            }
            if (!m_sales.complete(paying))
                return false;
            settled->append(tr("Cancellation %1: meter %2 can never load sale %3, refund %4 "
                               "paid.")
                                .arg(cancel.id, row.meterNumber, row.id, moneyText(-cancel.paid)));
        }
    }
    if (!loaded && cancels.isEmpty() && proof == TokenProof::kSuperseded) {
        const QString why = tr("paid, but meter %1 can never load it: %2 is owed to the customer")
                                .arg(row.meterNumber, moneyText(row.paid));
        if (!m_sales.setNote(row.id, why))
            return false;
        if (!m_ctx.ledger.audit(by.login(), QStringLiteral("sale.owed"), row.id, why))
            return m_ctx.failed(m_ctx.ledger.errorString());
        settled->append(tr("Sale %1 %2. Refund it (cancel it) at the counter.").arg(row.id, why));
    }
    return true;
}

bool SaleProtocol::settleCard(const Session &by, const cardio::CardContents &contents,
                              QStringList *settled)
{
    std::optional<card::Token> issued;
    if (card::Token token; cardio::CardService::openIssueToken(contents, m_ctx.keys, token).ok())
        issued = token;
    const QList<SaleRow> pendingRows = m_sales.rows(
        QStringLiteral("s.state = 'pending' AND s.card_serial = ? AND s.kind <> 'cancel'"),
        {qint64(contents.id.serial)});
    for (const SaleRow &row : pendingRows) {
        const QString kind = kindName(row.kind);
        const bool held = issued && qint64(issued->sequence) == row.sequence &&
                          issued->amount.raw() == row.tokenAmount &&
                          issued->issueTime == row.tokenTime &&
                          issued->cardSerial == row.cardSerial;
        if (held) {
            if (!m_sales.complete(row))
                return false;
            settled->append(tr("%1 %2 completed: the card holds it.").arg(kind, row.id));
            continue;
        }
        // Issued is forever (DESIGN.md §5): a record that may have reached the card may have
        // been copied, so a record carrying credit waits for the meter's proof. One without
        // credit can give nothing away and is voided.
        if (row.tokenAmount > 0) {
            bool written = false;
            if (!resume(row, contents, &written))
                return false;
            if (written) {
                settled->append(tr("%1 %2 completed: written to the card again (sequence %3).")
                                    .arg(kind, row.id)
                                    .arg(row.sequence));
                continue;
            }
            settled->append(tr("%1 %2 (sequence %3) is not on the card. It stays pending until "
                               "meter %4's record proves it loaded or never loadable; nothing is "
                               "charged for it until then.")
                                .arg(kind, row.id)
                                .arg(row.sequence)
                                .arg(row.meterNumber));
            continue;
        }
        if (!m_sales.voidRow(by.login(), row))
            return false;
        settled->append(
            tr("%1 %2 voided: the card does not hold it, nothing was sold.").arg(kind, row.id));
    }
    return true;
}

// The card came back without a record that carries credit: when nothing was issued to the meter
// since, the same token (same sequence, amount and time) is written again and the row completes.
// Either copy loads the same credit once: the meter takes each sequence once.
bool SaleProtocol::resume(const SaleRow &row, const cardio::CardContents &contents, bool *written)
{
    *written = false;
    const bool combined = row.kind == SaleKind::kPurchase && row.tokenAmount != row.credit;
    const std::optional<MeterRecord> meter = Meters(m_ctx.ledger).byNumber(row.meterNumber);
    if (combined || !meter || !m_ctx.keys.valid() ||
        m_sales.lastSequence(meter->id) != row.sequence)
        return true;
    const card::RecordType type = row.kind == SaleKind::kPurchase ? card::RecordType::kPurchase
                                  : row.kind == SaleKind::kReplacement
                                      ? card::RecordType::kReplacement
                                      : card::RecordType::kAccountOpening;
    card::Token token = m_tokens.base(type, *meter, row.cardSerial);
    token.sequence = static_cast<std::uint32_t>(row.sequence);
    token.amount = tariff::Money::fromRaw(row.tokenAmount);
    token.issueTime = row.tokenTime;
    if (type == card::RecordType::kReplacement)
        token.previousCardSerial = row.reference.toULongLong();
    QJsonObject receipt = row.receipt;
    if (row.receipt.contains(QStringLiteral("tariff")) &&
        !m_tokens.addTariff(*meter, std::nullopt, token, receipt))
        return false;
    cardio::OpensslAead key;
    if (!m_ctx.keys.meterAead(token.meter, token.keyVersion, key).ok() ||
        !m_ctx.service.writeToken(contents, token, key).ok())
        return true; // still pending; said by the caller
    *written = true;
    return m_sales.complete(row);
}

} // namespace ampcard::station
