#include "saleledger.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "ampcard/station/ledger.h"
#include "salecontext.h"
#include "salesql.h"
#include "transaction.h"

namespace ampcard::station {

using namespace sale;

QList<SaleRow> SaleLedger::rows(const QString &where, const QVariantList &values) const
{
    QList<SaleRow> found;
    QSqlQuery query(m_ctx.ledger.database());
    if (!run(query,
             QStringLiteral("SELECT %1 FROM sales s JOIN meters m ON m.id = s.meter_id WHERE %2 "
                            "ORDER BY s.rowid")
                 .arg(kRowColumns, where),
             values))
        return found;
    while (query.next()) {
        SaleRow row;
        row.id = query.value(0).toString();
        row.kind = kindFromName(query.value(1).toString()).value_or(SaleKind::kPurchase);
        row.state = stateFromName(query.value(2).toString()).value_or(SaleState::kPending);
        row.meterId = query.value(3).toString();
        row.meterNumber = query.value(4).toString();
        row.reference = query.value(5).toString();
        row.operatorName = query.value(6).toString();
        row.shiftId = query.value(7).toString();
        row.cardSerial = query.value(8).toULongLong();
        row.sequence = query.value(9).toLongLong();
        row.paid = query.value(10).toLongLong();
        row.fixedCharge = query.value(11).toLongLong();
        row.debtRecovered = query.value(12).toLongLong();
        row.vat = query.value(13).toLongLong();
        row.credit = query.value(14).toLongLong();
        row.energy = query.value(15).toLongLong();
        row.tokenAmount = query.value(16).toLongLong();
        row.tokenTime = query.value(17).toLongLong();
        row.receipt = QJsonDocument::fromJson(query.value(18).toString().toUtf8()).object();
        row.proof = proofFromName(query.value(19).toString());
        found.append(row);
    }
    return found;
}

std::optional<SaleRow> SaleLedger::rowById(const QString &id) const
{
    const QList<SaleRow> found = rows(QStringLiteral("s.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<SaleRow>(found.first());
}

std::optional<QJsonObject> SaleLedger::receipt(const QString &saleId) const
{
    const std::optional<SaleRow> row = rowById(saleId);
    if (!row)
        return std::nullopt;
    QJsonObject receipt = row->receipt;
    receipt[QStringLiteral("state")] = stateName(row->state);
    return receipt;
}

QList<QJsonObject> SaleLedger::pending() const
{
    QList<QJsonObject> found;
    for (const SaleRow &row : rows(QStringLiteral("s.state = 'pending'"), {})) {
        QJsonObject receipt = row.receipt;
        receipt[QStringLiteral("state")] = stateName(row.state);
        found.append(receipt);
    }
    return found;
}

std::optional<qint64> SaleLedger::takeSequence(const QString &meterId, qint64 floor)
{
    QSqlQuery take(m_ctx.ledger.database());
    const QString above = QStringLiteral(
        "max(last_sequence, ?, (SELECT coalesce(max(sequence), 0) FROM sales WHERE meter_id = ?))");
    if (!run(take,
             QStringLiteral("UPDATE meters SET restore_gap_from = CASE WHEN "
                            "sequence_unknown_since <> '' THEN %1 ELSE restore_gap_from END, "
                            "last_sequence = %1 + 1 + CASE WHEN sequence_unknown_since <> '' THEN "
                            "65536 ELSE 0 END, sequence_unknown_since = '' WHERE id = ? RETURNING "
                            "last_sequence")
                 .arg(above),
             {floor, meterId, floor, meterId, meterId}) ||
        !take.next())
        return m_ctx.fail<qint64>(
            tr("Cannot take the meter's next sequence: %1").arg(take.lastError().text()));
    const qint64 taken = take.value(0).toLongLong();
    take.finish();
    if (taken <= 0)
        return m_ctx.fail<qint64>(tr("Cannot take the meter's next sequence."));
    return taken;
}

bool SaleLedger::shiftIsOpen(const QString &shiftId) const
{
    QSqlQuery open(m_ctx.ledger.database());
    return !shiftId.isEmpty() &&
           run(open,
               QStringLiteral("SELECT count(*) FROM shifts WHERE id = ? AND closed_at IS NULL"),
               {shiftId}) &&
           open.next() && open.value(0).toLongLong() == 1;
}

qint64 SaleLedger::lastSequence(const QString &meterId) const
{
    QSqlQuery read(m_ctx.ledger.database());
    if (!run(read, QStringLiteral("SELECT last_sequence FROM meters WHERE id = ?"), {meterId}) ||
        !read.next())
        return -1;
    return read.value(0).toLongLong();
}

bool SaleLedger::cardCreditAbove(const QString &meterId, qint64 loadedSequence) const
{
    QSqlQuery unloaded(m_ctx.ledger.database());
    return run(unloaded,
               QStringLiteral("SELECT count(*) FROM sales WHERE meter_id = ? AND state = "
                              "'complete' AND kind IN ('purchase', 'opening', 'replacement') AND "
                              "sequence > ? AND card_serial <> 0"),
               {meterId, loadedSequence}) &&
           unloaded.next() && unloaded.value(0).toLongLong() > 0;
}

std::optional<qint64> SaleLedger::newestUnprovenCardSequence(const QString &meterId) const
{
    QSqlQuery onCard(m_ctx.ledger.database());
    if (!run(onCard,
             QStringLiteral("SELECT coalesce(max(sequence), 0) FROM sales WHERE meter_id = ? AND "
                            "card_serial <> 0 AND proof = '' AND token_amount > 0 AND state IN "
                            "('complete', 'pending')"),
             {meterId}) ||
        !onCard.next())
        return m_ctx.fail<qint64>(onCard.lastError().text());
    return onCard.value(0).toLongLong();
}

std::optional<SaleRow> SaleLedger::newestUnprovenOnCard(const QString &meterId,
                                                        quint64 serial) const
{
    const QList<SaleRow> found =
        rows(QStringLiteral("s.meter_id = ? AND s.card_serial = ? AND s.proof = '' AND "
                            "s.token_amount > 0 AND s.state IN ('pending', 'complete') AND "
                            "s.kind <> 'cancel'"),
             {meterId, qint64(serial)});
    std::optional<SaleRow> newest;
    for (const SaleRow &row : found) // in issue order: the last of the highest sequence wins
        if (!newest || row.sequence >= newest->sequence)
            newest = row;
    return newest;
}

std::optional<SaleKind> SaleLedger::firstKindAt(const QString &meterId, qint64 sequence) const
{
    const QList<SaleRow> found =
        rows(QStringLiteral("s.meter_id = ? AND s.sequence = ? AND s.kind <> 'cancel'"),
             {meterId, sequence});
    return found.isEmpty() ? std::nullopt : std::optional<SaleKind>(found.first().kind);
}

std::optional<qint64> SaleLedger::newestTokenAmount(const QString &meterId, qint64 sequence) const
{
    QSqlQuery newest(m_ctx.ledger.database());
    if (!run(
            newest,
            QStringLiteral("SELECT token_amount FROM sales WHERE meter_id = ? AND sequence = ? AND "
                           "state IN ('pending', 'complete') AND kind <> 'cancel' ORDER BY rowid "
                           "DESC LIMIT 1"),
            {meterId, sequence}) ||
        !newest.next())
        return std::nullopt;
    return newest.value(0).toLongLong();
}

bool SaleLedger::fixedChargePaidSince(const QString &meterId, const QDateTime &since) const
{
    QSqlQuery bought(m_ctx.ledger.database());
    return run(bought,
               QStringLiteral("SELECT count(*) FROM sales WHERE meter_id = ? AND kind = 'purchase' "
                              "AND state = 'complete' AND fixed_charge > 0 AND created_at >= ?"),
               {meterId, isoText(since)}) &&
           bought.next() && bought.value(0).toLongLong() > 0;
}

bool SaleLedger::insertPending(const SaleRow &row)
{
    QSqlQuery insert(m_ctx.ledger.database());
    if (!run(insert,
             QStringLiteral("INSERT INTO sales (id, station, kind, state, meter_id, card_serial, "
                            "sequence, reference, paid, fixed_charge, debt_recovered, vat, credit, "
                            "energy, token_amount, token_time, receipt, operator, shift_id, "
                            "created_at) VALUES (?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "?, ?, ?, ?, ?, ?)"),
             {row.id, m_ctx.ledger.stationId(), kindName(row.kind), row.meterId,
              qint64(row.cardSerial), row.sequence, row.reference, row.paid, row.fixedCharge,
              row.debtRecovered, row.vat, row.credit, row.energy, row.tokenAmount, row.tokenTime,
              QString::fromUtf8(QJsonDocument(row.receipt).toJson(QJsonDocument::Compact)),
              row.operatorName, row.shiftId.isEmpty() ? QVariant() : QVariant(row.shiftId),
              row.receipt.value(QStringLiteral("at")).toString()}))
        return m_ctx.failed(tr("Cannot record the sale: %1").arg(insert.lastError().text()));
    QSqlQuery sequence(m_ctx.ledger.database());
    if (!run(sequence,
             QStringLiteral("UPDATE meters SET last_sequence = max(last_sequence, ?) WHERE id = ?"),
             {row.sequence, row.meterId}))
        return m_ctx.failed(sequence.lastError().text());
    return m_ctx.ledger.audit(row.operatorName, QStringLiteral("sale.pending"), row.id,
                              QStringLiteral("%1 %2 sequence %3")
                                  .arg(kindName(row.kind), row.meterNumber)
                                  .arg(row.sequence))
               ? true
               : m_ctx.failed(m_ctx.ledger.errorString());
}

bool SaleLedger::complete(const SaleRow &row)
{
    if (!mayMove(row.state, SaleState::kComplete))
        return m_ctx.failed(tr("Sale %1 is no longer pending.").arg(row.id));
    // Immediate: the journal's head is read under the write lock (Ledger::append says why).
    Transaction transaction(m_ctx.ledger.database(), Transaction::Lock::kImmediate);
    if (!transaction.started())
        return m_ctx.failed(tr("The ledger is busy: %1").arg(transaction.errorText()));
    LedgerEntry entry;
    entry.kind = kindOfEntry(row.kind);
    entry.reference = row.kind == SaleKind::kCancel ? row.reference : row.id;
    entry.meter = row.meterNumber;
    entry.operatorName = row.operatorName;
    entry.amount = row.paid;
    entry.energy = row.energy;
    QJsonObject receipt = row.receipt;
    receipt[QStringLiteral("state")] = stateName(SaleState::kComplete);
    entry.detail = QString::fromUtf8(QJsonDocument(receipt).toJson(QJsonDocument::Compact));
    if (!m_ctx.ledger.append(entry))
        return m_ctx.failed(m_ctx.ledger.errorString());
    QSqlQuery update(m_ctx.ledger.database());
    if (!run(update,
             QStringLiteral("UPDATE sales SET state = 'complete', resolved_at = ?, ledger_seq = ?, "
                            "receipt = ?, shift_id = ? WHERE id = ? AND state = 'pending'"),
             {isoText(m_ctx.clock()), entry.seq, entry.detail,
              row.shiftId.isEmpty() ? QVariant() : QVariant(row.shiftId), row.id}) ||
        update.numRowsAffected() != 1)
        return m_ctx.failed(tr("Sale %1 is no longer pending.").arg(row.id));
    QSqlQuery debt(m_ctx.ledger.database());
    if (row.debtRecovered != 0 &&
        !run(debt, QStringLiteral("UPDATE meters SET debt = debt - ? WHERE id = ?"),
             {row.debtRecovered, row.meterId}))
        return m_ctx.failed(
            tr("Cannot update the account's debt: %1").arg(debt.lastError().text()));
    if (row.kind == SaleKind::kCancel) {
        // complete → cancelled: the refund of the sale it cancels is paid with this row.
        const std::optional<SaleRow> original = rowById(row.reference);
        QSqlQuery cancelled(m_ctx.ledger.database());
        if (!original || !mayMove(original->state, SaleState::kCancelled) ||
            !run(cancelled,
                 QStringLiteral(
                     "UPDATE sales SET state = 'cancelled' WHERE id = ? AND state = 'complete'"),
                 {row.reference}) ||
            cancelled.numRowsAffected() != 1)
            return m_ctx.failed(tr("Sale %1 cannot be cancelled twice.").arg(row.reference));
    }
    if (row.kind == SaleKind::kMeterChange && !moveAccount(row))
        return false;
    if (row.kind == SaleKind::kOpening || row.kind == SaleKind::kReplacement ||
        row.kind == SaleKind::kMeterChange) {
        QSqlQuery old(m_ctx.ledger.database());
        if (row.kind == SaleKind::kReplacement &&
            !run(old,
                 QStringLiteral("UPDATE cards SET state = 'blacklisted', reason = ? WHERE serial = "
                                "? AND state = 'active'"),
                 {row.receipt.value(QStringLiteral("reason")).toString(),
                  row.reference.toLongLong()}))
            return m_ctx.failed(
                tr("Cannot blacklist the old card: %1").arg(old.lastError().text()));
        QSqlQuery card(m_ctx.ledger.database());
        if (!run(card,
                 QStringLiteral("INSERT INTO cards (id, station, serial, kind, meter_id, state, "
                                "reason, issued_by, issued_at) VALUES (?, ?, ?, 1, ?, 'active', "
                                "'', ?, ?)"),
                 {newId(), m_ctx.ledger.stationId(), qint64(row.cardSerial), row.meterId,
                  row.operatorName, isoText(m_ctx.clock())}))
            return m_ctx.failed(tr("Cannot record the card: %1").arg(card.lastError().text()));
    }
    if (!m_ctx.ledger.audit(
            row.operatorName, QStringLiteral("sale.complete"), row.id,
            QStringLiteral("%1 %2 paid %3").arg(entry.kind, row.meterNumber, moneyText(row.paid))))
        return m_ctx.failed(m_ctx.ledger.errorString());
    return transaction.commit() ? true : m_ctx.failed(transaction.errorText());
}

// A completed meter change: the old meter (the row's reference) is removed, its active card
// blacklisted, and its debt moved to the new meter.
bool SaleLedger::moveAccount(const SaleRow &row)
{
    const QString reason = row.receipt.value(QStringLiteral("reason")).toString();
    QSqlQuery old(m_ctx.ledger.database());
    if (!run(old, QStringLiteral("SELECT id, debt FROM meters WHERE number = ?"),
             {row.reference}) ||
        !old.next())
        return m_ctx.failed(tr("Meter %1 is not registered.").arg(row.reference));
    const QString oldId = old.value(0).toString();
    const qint64 debt = old.value(1).toLongLong();
    QSqlQuery update(m_ctx.ledger.database());
    if (!run(update,
             QStringLiteral("UPDATE meters SET status = 'removed', replaced_by = ?, debt = 0 WHERE "
                            "id = ? AND status <> 'removed'"),
             {row.meterNumber, oldId}) ||
        update.numRowsAffected() != 1)
        return m_ctx.failed(tr("Meter %1 was removed already.").arg(row.reference));
    QSqlQuery moved(m_ctx.ledger.database());
    if (!run(moved, QStringLiteral("UPDATE meters SET debt = debt + ? WHERE id = ?"),
             {debt, row.meterId}))
        return m_ctx.failed(tr("Cannot move the account's debt: %1").arg(moved.lastError().text()));
    QSqlQuery card(m_ctx.ledger.database());
    if (!run(card,
             QStringLiteral("UPDATE cards SET state = 'blacklisted', reason = ? WHERE meter_id = ? "
                            "AND state = 'active' AND kind = 1"),
             {reason, oldId}))
        return m_ctx.failed(tr("Cannot blacklist the old card: %1").arg(card.lastError().text()));
    // Card credit the old meter never proved (a countersigned change): it moved with the account.
    QSqlQuery carried(m_ctx.ledger.database());
    if (!run(carried,
             QStringLiteral("UPDATE sales SET proof = 'carried', note = ? WHERE meter_id = ? AND "
                            "proof = '' AND token_amount > 0 AND state = 'complete' AND "
                            "card_serial <> 0"),
             {tr("its credit moved to meter %1 by meter change %2 (countersigned)")
                  .arg(row.meterNumber, row.id),
              oldId}))
        return m_ctx.failed(carried.lastError().text());
    return true;
}

bool SaleLedger::voidRow(const QString &login, const SaleRow &row, const QString &why)
{
    if (!mayMove(row.state, SaleState::kVoid))
        return m_ctx.failed(tr("Sale %1 is no longer pending.").arg(row.id));
    Transaction transaction(m_ctx.ledger.database());
    QSqlQuery update(m_ctx.ledger.database());
    if (!transaction.started() ||
        !run(update,
             QStringLiteral("UPDATE sales SET state = 'void', resolved_at = ? WHERE id = ? AND "
                            "state = 'pending'"),
             {isoText(m_ctx.clock()), row.id}))
        return m_ctx.failed(update.lastError().text());
    if (!m_ctx.ledger.audit(login, QStringLiteral("sale.void"), row.id,
                            !why.isEmpty()
                                ? why
                                : tr("the card does not hold %1 sequence %2: nothing was sold")
                                      .arg(kindName(row.kind))
                                      .arg(row.sequence)))
        return m_ctx.failed(m_ctx.ledger.errorString());
    return transaction.commit() ? true : m_ctx.failed(transaction.errorText());
}

bool SaleLedger::setProof(const QString &saleId, TokenProof proof)
{
    QSqlQuery mark(m_ctx.ledger.database());
    return run(mark, QStringLiteral("UPDATE sales SET proof = ? WHERE id = ? AND proof = ''"),
               {proofName(proof), saleId})
               ? true
               : m_ctx.failed(mark.lastError().text());
}

bool SaleLedger::setNote(const QString &saleId, const QString &note)
{
    QSqlQuery update(m_ctx.ledger.database());
    return run(update, QStringLiteral("UPDATE sales SET note = ? WHERE id = ?"), {note, saleId})
               ? true
               : m_ctx.failed(update.lastError().text());
}

bool SaleLedger::storeReturn(const MeterRecord &meter, quint64 cardSerial,
                             const card::ReturnRecord &r, bool *older, qint64 *newestSequence,
                             bool *wound)
{
    *older = false;
    *wound = false;
    *newestSequence = 0;
    // Return records only move forward: an older one (a restored card image) would hide loads,
    // reverse energy, tamper and illegal-card counts the station has already seen. What orders
    // them is what the line cannot move back: the seal counter and the proof figures.
    QSqlQuery newest(m_ctx.ledger.database());
    if (!run(newest,
             QStringLiteral("SELECT meter_time, last_sequence, purchase_count, credit_loaded, "
                            "tamper_events, illegal_cards, seal_counter FROM return_records WHERE "
                            "meter_id = ? ORDER BY coalesce(seal_counter, 0) DESC, meter_time "
                            "DESC, rowid DESC LIMIT 1"),
             {meter.id}))
        return m_ctx.failed(newest.lastError().text());
    if (newest.next()) {
        *newestSequence = newest.value(1).toLongLong();
        *older =
            qint64(r.lastSequence) < newest.value(1).toLongLong() ||
            qint64(r.purchaseCount) < newest.value(2).toLongLong() ||
            (!newest.value(3).isNull() && r.creditLoaded.raw() < newest.value(3).toLongLong()) ||
            (!newest.value(6).isNull() && qint64(r.sealCounter) < newest.value(6).toLongLong());
        if (*older)
            return false;
        *wound = qint64(r.time) < newest.value(0).toLongLong() ||
                 qint64(r.tamperEvents) < newest.value(4).toLongLong() ||
                 qint64(r.illegalCards) < newest.value(5).toLongLong();
    }
    Transaction transaction(m_ctx.ledger.database());
    QSqlQuery insert(m_ctx.ledger.database());
    if (!transaction.started() ||
        !run(insert,
             QStringLiteral(
                 "INSERT OR IGNORE INTO return_records (id, station, meter_id, card_serial, "
                 "read_at, meter_time, remaining, forward, reverse, period_usage, "
                 "last_sequence, purchase_count, status_word, fault_word, illegal_cards, "
                 "tamper_events, power_failures, reverse_minutes, active_tariff, "
                 "credit_loaded, seal_counter) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                 "?, ?, ?, ?, ?, ?, ?)"),
             {newId(),
              m_ctx.ledger.stationId(),
              meter.id,
              qint64(cardSerial),
              isoText(m_ctx.clock()),
              qint64(r.time),
              qint64(r.remaining.raw()),
              qint64(r.forward.raw()),
              qint64(r.reverse.raw()),
              qint64(r.periodUsage.raw()),
              qint64(r.lastSequence),
              qint64(r.purchaseCount),
              int(r.statusWord),
              int(r.faultWord),
              int(r.illegalCards),
              int(r.tamperEvents),
              int(r.powerFailures),
              qint64(r.reverseMinutes),
              qint64(r.activeTariffId),
              qint64(r.creditLoaded.raw()),
              qint64(r.sealCounter)}))
        return m_ctx.failed(
            tr("Cannot record the meter's return record: %1").arg(insert.lastError().text()));
    // A key change the meter has loaded shows in its return record's key version.
    if (r.keyVersion > meter.keyVersion) {
        QSqlQuery update(m_ctx.ledger.database());
        if (!run(update, QStringLiteral("UPDATE meters SET key_version = ? WHERE id = ?"),
                 {int(r.keyVersion), meter.id}))
            return m_ctx.failed(update.lastError().text());
    }
    return transaction.commit() ? true : m_ctx.failed(transaction.errorText());
}

std::optional<card::ReturnRecord> SaleLedger::newestReturn(const MeterRecord &meter) const
{
    QSqlQuery query(m_ctx.ledger.database());
    if (!run(
            query,
            QStringLiteral("SELECT meter_time, remaining, forward, reverse, period_usage, "
                           "last_sequence, purchase_count, status_word, fault_word, "
                           "illegal_cards, tamper_events, power_failures, reverse_minutes, "
                           "active_tariff, coalesce(credit_loaded, 0) FROM return_records WHERE "
                           "meter_id = ? ORDER BY coalesce(seal_counter, 0) DESC, meter_time DESC, "
                           "rowid DESC LIMIT 1"),
            {meter.id}) ||
        !query.next())
        return std::nullopt;
    card::ReturnRecord r;
    r.keyVersion = static_cast<std::uint8_t>(meter.keyVersion);
    r.time = query.value(0).toLongLong();
    r.remaining = Money::fromRaw(query.value(1).toLongLong());
    r.forward = tariff::Energy::fromRaw(query.value(2).toLongLong());
    r.reverse = tariff::Energy::fromRaw(query.value(3).toLongLong());
    r.periodUsage = tariff::Energy::fromRaw(query.value(4).toLongLong());
    r.lastSequence = static_cast<std::uint32_t>(query.value(5).toLongLong());
    r.purchaseCount = static_cast<std::uint32_t>(query.value(6).toLongLong());
    r.statusWord = static_cast<std::uint16_t>(query.value(7).toInt());
    r.faultWord = static_cast<std::uint16_t>(query.value(8).toInt());
    r.illegalCards = static_cast<std::uint16_t>(query.value(9).toInt());
    r.tamperEvents = static_cast<std::uint16_t>(query.value(10).toInt());
    r.powerFailures = static_cast<std::uint16_t>(query.value(11).toInt());
    r.reverseMinutes = static_cast<std::uint32_t>(query.value(12).toLongLong());
    r.activeTariffId = static_cast<std::uint32_t>(query.value(13).toLongLong());
    r.creditLoaded = Money::fromRaw(query.value(14).toLongLong());
    return r;
}

std::optional<ProvenTotals> SaleLedger::proven(const QString &meterId, qint64 *maxIssued,
                                               qint64 *restoreGapFrom) const
{
    QSqlQuery totals(m_ctx.ledger.database());
    if (!run(totals,
             QStringLiteral("SELECT (SELECT coalesce(sum(token_amount), 0) FROM sales WHERE "
                            "meter_id = ? AND proof = 'loaded' AND token_amount > 0) + "
                            "unknown_credit, (SELECT count(*) FROM sales WHERE meter_id = ? AND "
                            "proof = 'loaded' AND token_amount > 0) + unknown_loads, (SELECT "
                            "coalesce(max(sequence), 0) FROM sales WHERE meter_id = ?), "
                            "restore_gap_from FROM meters WHERE id = ?"),
             {meterId, meterId, meterId, meterId}) ||
        !totals.next())
        return m_ctx.fail<ProvenTotals>(totals.lastError().text());
    ProvenTotals proven;
    proven.creditLoaded = totals.value(0).toLongLong();
    proven.loadCount = totals.value(1).toLongLong();
    *maxIssued = totals.value(2).toLongLong();
    *restoreGapFrom = totals.value(3).toLongLong();
    return proven;
}

bool SaleLedger::addUnknownCredit(const QString &meterId, qint64 credit, qint64 loads)
{
    QSqlQuery unknown(m_ctx.ledger.database());
    return run(unknown,
               QStringLiteral("UPDATE meters SET unknown_credit = unknown_credit + ?, "
                              "unknown_loads = unknown_loads + ? WHERE id = ?"),
               {credit, loads, meterId})
               ? true
               : m_ctx.failed(unknown.lastError().text());
}

} // namespace ampcard::station
