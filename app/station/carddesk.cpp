#include "ampcard/station/carddesk.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "ampcard/cardio/cardnames.h"
#include "ampcard/cardio/opensslcrypto.h"
#include "ampcard/station/cards.h"
#include "ampcard/station/customers.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/remotemeter.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/tariff/errc.h"
#include "ampcard/tariff/tarifffile.h"
#include "transaction.h"

namespace ampcard::station {

using cardio::CardNames;
using tariff::Money;

// One row of the sales table: a record written (or being written) to a user card.
struct CardDesk::Row {
    QString id;
    QString kind; // purchase, opening, replacement, cancel
    QString state = QStringLiteral("pending");
    QString meterId;
    QString meterNumber;
    QString reference; // cancel: the sale it cancels; replacement: the old card's serial
    QString operatorName;
    QString shiftId;
    quint64 cardSerial = 0;
    qint64 sequence = 0;
    qint64 paid = 0;
    qint64 fixedCharge = 0;
    qint64 debtRecovered = 0; // negative: debt added (preset recovery at opening)
    qint64 vat = 0;
    qint64 credit = 0;
    qint64 energy = 0;
    qint64 tokenAmount = 0;
    qint64 tokenTime = 0;
    QString proof; // '' unknown, 'loaded', 'carried', 'superseded' (saleproof.h)
    QJsonObject receipt;
};

// A card with no records yet: for an account opening or a replacement.
struct CardDesk::Blank {
    card::CardId id;
    cardio::CardContents contents;
};

namespace {

const QString kRowColumns = QStringLiteral(
    "s.id, s.kind, s.state, s.meter_id, m.number, s.reference, s.operator, "
    "coalesce(s.shift_id, ''), s.card_serial, s.sequence, s.paid, s.fixed_charge, "
    "s.debt_recovered, s.vat, s.credit, s.energy, s.token_amount, s.token_time, s.receipt, "
    "s.proof");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString isoText(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QString moneyText(qint64 raw)
{
    return tariff::formatMoney(Money::fromRaw(raw));
}

QString energyText(qint64 raw)
{
    return tariff::formatEnergy(tariff::Energy::fromRaw(raw));
}

qint64 moneyRaw(const QJsonObject &json, const char *key)
{
    return tariff::moneyFromText(json.value(QLatin1String(key)).toString()).value_or(Money()).raw();
}

// Binds `values` in order; a null QString binds as '' (the text columns are NOT NULL), a null
// QVariant as SQL NULL.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values) {
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    return query.exec();
}

QString kindOfEntry(const QString &rowKind)
{
    if (rowKind == QLatin1String("purchase"))
        return QStringLiteral("sale");
    if (rowKind == QLatin1String("cancel"))
        return QStringLiteral("reversal");
    if (rowKind == QLatin1String("opening"))
        return QStringLiteral("account-opening");
    if (rowKind == QLatin1String("meter-change"))
        return QStringLiteral("meter-change");
    return QStringLiteral("card-replacement");
}

QJsonArray energyPieces(const tariff::Charge &charge)
{
    QJsonArray pieces;
    for (std::size_t i = 0; i < charge.pieceCount; ++i) {
        const tariff::ChargePiece &piece = charge.pieces[i];
        QJsonObject line;
        line[QStringLiteral("step")] = piece.step + 1;
        line[QStringLiteral("energy")] = tariff::formatEnergy(piece.energy);
        line[QStringLiteral("price")] = tariff::formatPrice(piece.price);
        line[QStringLiteral("money")] = tariff::formatMoney(piece.money);
        pieces.append(line);
    }
    return pieces;
}

} // namespace

CardDesk::CardDesk(Ledger &ledger, const cardio::UtilityKeys &keys, cardio::ApduChannel &channel,
                   Clock clock)
    : m_ledger(ledger), m_keys(keys), m_service(channel), m_clock(std::move(clock))
{}

template <typename T> std::optional<T> CardDesk::fail(const QString &message)
{
    failed(message);
    return std::nullopt;
}

bool CardDesk::failed(const QString &message)
{
    m_error = message;
    if (const QString advice = Ledger::adviceFor(message); !advice.isEmpty()) {
        m_error += QLatin1Char(' ') + advice;
        // Work stopped by the ledger is settled when its card is read again.
        if (message.contains(QLatin1String("database or disk is full")))
            m_error += QLatin1Char(' ') + tr("Then read the card again to settle this work "
                                             "(nothing is charged twice).");
    }
    return false;
}

bool CardDesk::step(SaleStep reached)
{
    if (!m_hook || m_hook(reached))
        return true;
    m_error = tr("Stopped by fault injection.");
    return false;
}

tariff::Timestamp CardDesk::meterTime(const QDateTime &utc) const
{
    const QDateTime local = utc.toLocalTime();
    return local.toSecsSinceEpoch() + local.offsetFromUtc() - 946'684'800;
}

std::optional<QString> CardDesk::openShiftOf(const QString &login) const
{
    QSqlQuery query(m_ledger.database());
    if (!run(query,
             QStringLiteral("SELECT id FROM shifts WHERE operator = ? AND closed_at IS NULL"),
             {login}) ||
        !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

// ---- reading and checking the card
// ---------------------------------------------------------------

std::optional<CardCheck> CardDesk::readUserCard(const Session &by)
{
    if (!m_keys.valid())
        return fail<CardCheck>(tr("The keystore is locked: a supervisor must unlock it first."));
    CardCheck check;
    if (const Status status = m_service.read(check.contents); !status.ok())
        return fail<CardCheck>(tr("Cannot read the card: %1").arg(describe(status.code())));
    check.id = check.contents.id;
    if (check.id.kind != card::CardKind::kUser)
        return fail<CardCheck>(
            tr("This is a %1, not a customer's card.").arg(CardNames::kindLabel(check.id.kind)));
    const QString serial = CardNames::serialText(check.id.serial);

    // Records of another utility say so before anything else.
    for (const card::SlotChoice *choice : {&check.contents.issue, &check.contents.returns}) {
        for (int i = 0; i < choice->count; ++i) {
            if (choice->headers[static_cast<std::size_t>(i)].utilityId != m_keys.utilityId())
                return fail<CardCheck>(
                    tr("Card %1 belongs to another utility (%2): it cannot be sold to here.")
                        .arg(serial)
                        .arg(choice->headers[static_cast<std::size_t>(i)].utilityId));
        }
    }
    Cards cards(m_ledger);
    std::optional<CardRecord> record = cards.bySerial(check.id.serial);
    if (!record) {
        // A card whose opening, replacement or meter change was stopped before completion.
        if (!settleNewCard(by, check.contents, &check.settled))
            return std::nullopt;
        record = cards.bySerial(check.id.serial);
        if (!record && !check.settled.isEmpty())
            return fail<CardCheck>(tr("Card %1 does not hold the record written to it: %2 Write "
                                      "it again on this card.")
                                       .arg(serial, check.settled.join(QLatin1Char(' '))));
    }
    if (!record || record->kind != Cards::kUserCard || record->meterNumber.isEmpty())
        return fail<CardCheck>(
            tr("Card %1 is not a customer card issued by this utility's stations.").arg(serial));
    if (record->state == QLatin1String("blacklisted"))
        return fail<CardCheck>(tr("Card %1 is blacklisted (%2): keep it and send the customer to "
                                  "a supervisor.")
                                   .arg(serial, record->reason));
    const std::optional<MeterRecord> meter = Meters(m_ledger).byNumber(record->meterNumber);
    if (!meter)
        return fail<CardCheck>(tr("The meter of card %1 is not registered.").arg(serial));
    check.meter = *meter;
    if (const auto customer = Customers(m_ledger).byNumber(meter->customerNumber))
        check.customerName = customer->name;

    for (const card::SlotChoice *choice : {&check.contents.issue, &check.contents.returns}) {
        for (int i = 0; i < choice->count; ++i) {
            char digits[13];
            choice->headers[static_cast<std::size_t>(i)].meter.format(digits);
            if (QLatin1String(digits) != meter->number)
                return fail<CardCheck>(tr("Card %1 holds a record of meter %2 but belongs to meter "
                                          "%3: it was tampered with.")
                                           .arg(serial, QLatin1String(digits), meter->number));
        }
    }
    card::ReturnRecord returned;
    if (const Status status =
            cardio::CardService::openReturnRecord(check.contents, m_keys, returned);
        status.ok())
        check.returned = returned;
    else if (status.code() != Errc::kNoValidRecord || check.contents.returns.count > 0)
        return fail<CardCheck>(tr("The meter's record on card %1 does not verify (%2): the card "
                                  "was tampered with or damaged.")
                                   .arg(serial, describe(status.code())));
    card::Token issued;
    if (const Status status = cardio::CardService::openIssueToken(check.contents, m_keys, issued);
        status.ok())
        check.issued = issued;
    else if (status.code() != Errc::kNoValidRecord || check.contents.issue.count > 0)
        return fail<CardCheck>(tr("The purchase record on card %1 does not verify (%2): the card "
                                  "was tampered with or damaged.")
                                   .arg(serial, describe(status.code())));
    if (check.issued && check.issued->cardSerial != check.id.serial)
        return fail<CardCheck>(
            tr("Card %1 holds a record copied from another card: it was tampered with.")
                .arg(serial));
    check.unloaded = holdsUnloaded(check);
    return check;
}

bool CardDesk::holdsUnloaded(const CardCheck &card)
{
    if (!card.issued)
        return false;
    const card::RecordType type = card.issued->type;
    const bool credits = type == card::RecordType::kPurchase ||
                         type == card::RecordType::kAccountOpening ||
                         type == card::RecordType::kReplacement;
    const std::uint32_t loaded = card.returned ? card.returned->lastSequence : 0;
    // An opening or replacement record always matters (it binds the card); a purchase only
    // while it carries credit (a cancellation record carries none).
    const bool matters = type != card::RecordType::kPurchase || card.issued->amount.raw() > 0;
    return credits && matters && card.issued->sequence > loaded;
}

bool CardDesk::recordReturn(const Session &by, CardCheck &card)
{
    if (!card.returned)
        return learnSequence(card.meter, std::nullopt);
    const card::ReturnRecord &r = *card.returned;
    // Return records only move forward: an older one (a restored card image) would hide loads,
    // reverse energy, tamper and illegal-card counts the station has already seen.
    QSqlQuery newest(m_ledger.database());
    if (!run(newest,
             QStringLiteral("SELECT meter_time, last_sequence, purchase_count, credit_loaded, "
                            "tamper_events, illegal_cards FROM return_records WHERE meter_id = ? "
                            "ORDER BY meter_time DESC, rowid DESC LIMIT 1"),
             {card.meter.id}))
        return failed(newest.lastError().text());
    if (newest.next()) {
        const bool older = qint64(r.time) < newest.value(0).toLongLong() ||
                           qint64(r.lastSequence) < newest.value(1).toLongLong() ||
                           qint64(r.purchaseCount) < newest.value(2).toLongLong() ||
                           (!newest.value(3).isNull() &&
                            r.creditLoaded.raw() < newest.value(3).toLongLong()) ||
                           qint64(r.tamperEvents) < newest.value(4).toLongLong() ||
                           qint64(r.illegalCards) < newest.value(5).toLongLong();
        if (older) {
            // Not stored, not used: the station goes on from the newest record it has (a remote
            // read since the card last met the meter, or a restored card image).
            card.settled.append(tr("The meter's record on card %1 is older than one the station "
                                   "has already read for meter %2 (it shows sequence %3, the "
                                   "station has seen %4): it is refused, and the station's newest "
                                   "record of the meter is used.")
                                    .arg(CardNames::serialText(card.id.serial), card.meter.number)
                                    .arg(r.lastSequence)
                                    .arg(newest.value(1).toLongLong()));
            if (const std::optional<CardCheck> known = account(card.meter.number))
                card.returned = known->returned;
            card.unloaded = holdsUnloaded(card);
            return true;
        }
    }
    {
        Transaction transaction(m_ledger.database());
        QSqlQuery insert(m_ledger.database());
        if (!transaction.started() ||
            !run(insert,
                 QStringLiteral(
                     "INSERT OR IGNORE INTO return_records (id, station, meter_id, card_serial, "
                     "read_at, meter_time, remaining, forward, reverse, period_usage, "
                     "last_sequence, purchase_count, status_word, fault_word, illegal_cards, "
                     "tamper_events, power_failures, reverse_minutes, active_tariff, "
                     "credit_loaded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     "?, ?, ?)"),
                 {newId(), m_ledger.stationId(), card.meter.id, qint64(card.id.serial),
                  isoText(m_clock()), qint64(r.time), qint64(r.remaining.raw()),
                  qint64(r.forward.raw()), qint64(r.reverse.raw()), qint64(r.periodUsage.raw()),
                  qint64(r.lastSequence), qint64(r.purchaseCount), int(r.statusWord),
                  int(r.faultWord), int(r.illegalCards), int(r.tamperEvents),
                  int(r.powerFailures), qint64(r.reverseMinutes), qint64(r.activeTariffId),
                  qint64(r.creditLoaded.raw())}))
            return failed(
                tr("Cannot record the meter's return record: %1").arg(insert.lastError().text()));
        // A key change the meter has loaded shows in its return record's key version.
        if (r.keyVersion > card.meter.keyVersion) {
            QSqlQuery update(m_ledger.database());
            if (!run(update, QStringLiteral("UPDATE meters SET key_version = ? WHERE id = ?"),
                     {int(r.keyVersion), card.meter.id}))
                return failed(update.lastError().text());
        }
        if (!transaction.commit())
            return failed(transaction.errorText());
    }
    MeterProof proof;
    proof.lastSequence = r.lastSequence;
    proof.loadCount = r.purchaseCount;
    proof.creditLoaded = r.creditLoaded.raw();
    return settleFromProof(by, card.meter, proof, &card.settled) &&
           learnSequence(card.meter, r.time);
}

// A meter whose newest sequence the ledger may not know (after a restore) is known again once a
// return record written after that moment has been read, or the meter was read over the line.
bool CardDesk::learnSequence(const MeterRecord &meter, std::optional<tariff::Timestamp> seenAt)
{
    const std::optional<QDateTime> since = sequenceUnknownSince(meter);
    if (!since || !seenAt || *seenAt < meterTime(*since))
        return true;
    QSqlQuery known(m_ledger.database());
    if (!run(known, QStringLiteral("UPDATE meters SET sequence_unknown_since = '' WHERE id = ?"),
             {meter.id}))
        return failed(known.lastError().text());
    return m_ledger.audit(QStringLiteral("station"), QStringLiteral("meter.sequence-learned"),
                          meter.number, QStringLiteral("newest sequence learned from the meter"))
               ? true
               : failed(m_ledger.errorString());
}

std::optional<QDateTime> CardDesk::sequenceUnknownSince(const MeterRecord &meter) const
{
    QSqlQuery since(m_ledger.database());
    if (!run(since, QStringLiteral("SELECT sequence_unknown_since FROM meters WHERE id = ?"),
             {meter.id}) ||
        !since.next() || since.value(0).toString().isEmpty())
        return std::nullopt;
    return QDateTime::fromString(since.value(0).toString(), Qt::ISODateWithMs);
}

bool CardDesk::refuseWhileSequenceUnknown(const MeterRecord &meter)
{
    const std::optional<QDateTime> since = sequenceUnknownSince(meter);
    if (!since)
        return true;
    return failed(tr("The ledger was restored on %1 and does not know what meter %2 loaded since. "
                     "Ask the customer to insert the card in the meter once (or read the meter "
                     "remotely), then sell: the station learns the meter's newest sequence from "
                     "it and sells nothing twice.")
                      .arg(since->toLocalTime().toString(Qt::ISODate), meter.number));
}

// Settles every token of `meter` whose fate the meter's figures now prove (saleproof.h): pending
// sales loaded complete, pending sales superseded are void, a cancellation's refund is paid when
// its purchase is proven superseded and refused when it is proven loaded, a paid purchase proven
// superseded is owed to the customer, and credit no token of this ledger explains is reported.
bool CardDesk::settleFromProof(const Session &by, const MeterRecord &meter,
                               const MeterProof &proof, QStringList *settled)
{
    QSqlQuery totals(m_ledger.database());
    if (!run(totals,
             QStringLiteral("SELECT (SELECT coalesce(sum(token_amount), 0) FROM sales WHERE "
                            "meter_id = ? AND proof = 'loaded' AND token_amount > 0) + "
                            "unknown_credit, (SELECT count(*) FROM sales WHERE meter_id = ? AND "
                            "proof = 'loaded' AND token_amount > 0) + unknown_loads, (SELECT "
                            "coalesce(max(sequence), 0) FROM sales WHERE meter_id = ?) FROM "
                            "meters WHERE id = ?"),
             {meter.id, meter.id, meter.id, meter.id}) ||
        !totals.next())
        return failed(totals.lastError().text());
    ProvenTotals proven;
    proven.creditLoaded = totals.value(0).toLongLong();
    proven.loadCount = totals.value(1).toLongLong();
    const qint64 maxIssued = totals.value(2).toLongLong();
    const QList<Row> openRows =
        rows(QStringLiteral("s.meter_id = ? AND s.proof = '' AND s.state IN ('pending', "
                            "'complete') AND s.sequence <= ?"),
             {meter.id, qint64(proof.lastSequence)});
    QList<IssuedToken> open;
    for (const Row &row : openRows)
        open.append({row.id, row.sequence, row.tokenAmount});
    const ProofVerdict verdict = weigh(open, proven, proof, maxIssued);
    if (verdict.contradicts)
        return failed(tr("Meter %1 shows %2 loaded in %3 loads, less than this ledger has "
                         "already proven (%4 in %5): its record is not the newest, or the meter "
                         "was swapped. Nothing was settled; call a supervisor.")
                          .arg(meter.number, moneyText(proof.creditLoaded))
                          .arg(proof.loadCount)
                          .arg(moneyText(proven.creditLoaded))
                          .arg(proven.loadCount));

    Transaction transaction(m_ledger.database());
    if (!transaction.started())
        return failed(tr("The ledger is busy: %1").arg(transaction.errorText()));
    for (const ProofVerdict::Decision &decision : verdict.decided) {
        QSqlQuery mark(m_ledger.database());
        if (!run(mark, QStringLiteral("UPDATE sales SET proof = ? WHERE id = ? AND proof = ''"),
                 {proofName(decision.proof), decision.saleId}))
            return failed(mark.lastError().text());
    }
    for (const ProofVerdict::Decision &decision : verdict.decided) {
        const std::optional<Row> row = rowById(decision.saleId);
        if (!row || !applyProof(by, *row, decision.proof, settled))
            return false;
    }
    if (verdict.unknownCredit > 0) {
        QSqlQuery unknown(m_ledger.database());
        if (!run(unknown,
                 QStringLiteral("UPDATE meters SET unknown_credit = unknown_credit + ?, "
                                "unknown_loads = unknown_loads + ? WHERE id = ?"),
                 {qint64(verdict.unknownCredit), qint64(verdict.unknownLoads), meter.id}))
            return failed(unknown.lastError().text());
        const QString what = tr("meter %1 loaded %2 in %3 loads that this ledger did not issue "
                                "(up to sequence %4)")
                                 .arg(meter.number, moneyText(verdict.unknownCredit))
                                 .arg(verdict.unknownLoads)
                                 .arg(proof.lastSequence);
        if (!m_ledger.audit(by.login(), QStringLiteral("meter.unknown-credit"), meter.number,
                            what))
            return failed(m_ledger.errorString());
        settled->append(tr("Attention: %1 (a restored ledger or another station). It is recorded "
                           "for the auditors.")
                            .arg(what));
    }
    for (const QString &id : verdict.undecided) {
        QSqlQuery note(m_ledger.database());
        if (!run(note, QStringLiteral("UPDATE sales SET note = ? WHERE id = ?"),
                 {tr("the meter's figures fit more than one history: waits for its next record"),
                  id}))
            return failed(note.lastError().text());
    }
    return transaction.commit() ? true : failed(transaction.errorText());
}

bool CardDesk::applyProof(const Session &by, const Row &row, TokenProof proof,
                          QStringList *settled)
{
    const bool loaded = proof == TokenProof::kLoaded || proof == TokenProof::kCarried;
    if (row.state == QLatin1String("pending") && row.kind != QLatin1String("cancel")) {
        if (loaded) {
            if (!complete(row))
                return false;
            settled->append(tr("%1 %2 completed: meter %3 loaded it.")
                                .arg(row.kind, row.id, row.meterNumber));
            return true;
        }
        if (!voidRow(by.login(), row,
                     tr("meter %1 loaded a later sequence without %2: it can never load it, "
                        "nothing was sold")
                         .arg(row.meterNumber)
                         .arg(row.sequence)))
            return false;
        settled->append(tr("%1 %2 voided: meter %3 can never load it, nothing was sold.")
                            .arg(row.kind, row.id, row.meterNumber));
        return true;
    }
    if (row.state != QLatin1String("complete") || row.kind == QLatin1String("cancel"))
        return true;
    // A completed sale: its cancellation (if any) is decided now.
    const QList<Row> cancels = rows(
        QStringLiteral("s.kind = 'cancel' AND s.state = 'pending' AND s.reference = ?"), {row.id});
    for (const Row &cancel : cancels) {
        if (loaded) {
            if (!voidRow(by.login(), cancel,
                         tr("meter %1 loaded sale %2 before its cancellation: nothing is refunded")
                             .arg(row.meterNumber, row.id)))
                return false;
            settled->append(tr("Cancellation %1 refused: meter %2 loaded sale %3 first, nothing "
                               "is refunded.")
                                .arg(cancel.id, row.meterNumber, row.id));
        } else {
            if (!complete(cancel))
                return false;
            settled->append(tr("Cancellation %1: meter %2 can never load sale %3, refund %4 "
                               "paid.")
                                .arg(cancel.id, row.meterNumber, row.id,
                                     moneyText(-cancel.paid)));
        }
    }
    if (!loaded && cancels.isEmpty() && proof == TokenProof::kSuperseded) {
        const QString why = tr("paid, but meter %1 can never load it: %2 is owed to the customer")
                                .arg(row.meterNumber, moneyText(row.paid));
        QSqlQuery note(m_ledger.database());
        if (!run(note, QStringLiteral("UPDATE sales SET note = ? WHERE id = ?"), {why, row.id}))
            return failed(note.lastError().text());
        if (!m_ledger.audit(by.login(), QStringLiteral("sale.owed"), row.id, why))
            return failed(m_ledger.errorString());
        settled->append(tr("Sale %1 %2. Refund it (cancel it) at the counter.").arg(row.id, why));
    }
    return true;
}

std::optional<CardCheck> CardDesk::inspect(const Session &by)
{
    std::optional<CardCheck> check = readUserCard(by);
    if (!check || !recordReturn(by, *check) || !settle(by, *check))
        return std::nullopt;
    return check;
}

std::optional<CardCheck> CardDesk::account(const QString &meterNumber) const
{
    const std::optional<MeterRecord> meter = Meters(m_ledger).byNumber(meterNumber);
    if (!meter)
        return std::nullopt;
    CardCheck check;
    check.meter = *meter;
    if (const auto customer = Customers(m_ledger).byNumber(meter->customerNumber))
        check.customerName = customer->name;
    if (const auto card = Cards(m_ledger).userCardOf(meterNumber)) {
        check.id.kind = card::CardKind::kUser;
        check.id.serial = card->serial;
    }
    QSqlQuery query(m_ledger.database());
    if (run(query,
            QStringLiteral("SELECT meter_time, remaining, forward, reverse, period_usage, "
                           "last_sequence, purchase_count, status_word, fault_word, "
                           "illegal_cards, tamper_events, power_failures, reverse_minutes, "
                           "active_tariff FROM return_records WHERE meter_id = ? ORDER BY "
                           "meter_time DESC, rowid DESC LIMIT 1"),
            {meter->id}) &&
        query.next()) {
        card::ReturnRecord r;
        r.keyVersion = static_cast<std::uint8_t>(meter->keyVersion);
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
        check.returned = r;
    }
    // Completed purchases above the meter's last known sequence: credit still on the card.
    QSqlQuery unloaded(m_ledger.database());
    const qint64 loaded = check.returned ? qint64(check.returned->lastSequence) : 0;
    if (run(unloaded,
            QStringLiteral("SELECT count(*) FROM sales WHERE meter_id = ? AND state = 'complete' "
                           "AND kind IN ('purchase', 'opening', 'replacement') AND sequence > ? "
                           "AND card_serial <> 0"),
            {meter->id, loaded}) &&
        unloaded.next())
        check.unloaded = unloaded.value(0).toLongLong() > 0;
    return check;
}

std::optional<CardDesk::Blank> CardDesk::readBlankCard(const Session &by)
{
    if (!m_keys.valid())
        return fail<Blank>(tr("The keystore is locked: a supervisor must unlock it first."));
    Blank blank;
    if (const Status status = m_service.read(blank.contents); !status.ok())
        return fail<Blank>(tr("Cannot read the card: %1").arg(describe(status.code())));
    blank.id = blank.contents.id;
    const QString serial = CardNames::serialText(blank.id.serial);
    // An opening, replacement or meter change stopped on this card is settled first.
    QStringList settled;
    if (!settleNewCard(by, blank.contents, &settled))
        return std::nullopt;
    if (blank.id.kind != card::CardKind::kUser)
        return fail<Blank>(tr("This is a %1; a customer needs a user card.")
                               .arg(CardNames::kindLabel(blank.id.kind)));
    if (const std::optional<CardRecord> known = Cards(m_ledger).bySerial(blank.id.serial))
        return fail<Blank>(
            known->state == QLatin1String("blacklisted")
                ? tr("Card %1 is blacklisted (%2).").arg(serial, known->reason)
                : tr("Card %1 is already the card of meter %2.").arg(serial, known->meterNumber));
    if (blank.contents.issue.count > 0 || blank.contents.returns.count > 0)
        return fail<Blank>(tr("Card %1 already holds records: use a new card.").arg(serial));
    return blank;
}

// ---- the pending protocol
// ------------------------------------------------------------------------

QList<CardDesk::Row> CardDesk::rows(const QString &where, const QVariantList &values) const
{
    QList<Row> found;
    QSqlQuery query(m_ledger.database());
    if (!run(query,
             QStringLiteral("SELECT %1 FROM sales s JOIN meters m ON m.id = s.meter_id WHERE %2 "
                            "ORDER BY s.rowid")
                 .arg(kRowColumns, where),
             values))
        return found;
    while (query.next()) {
        Row row;
        row.id = query.value(0).toString();
        row.kind = query.value(1).toString();
        row.state = query.value(2).toString();
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
        row.proof = query.value(19).toString();
        found.append(row);
    }
    return found;
}

std::optional<CardDesk::Row> CardDesk::rowById(const QString &id) const
{
    const QList<Row> found = rows(QStringLiteral("s.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Row>(found.first());
}

bool CardDesk::insertPending(const Row &row)
{
    QSqlQuery insert(m_ledger.database());
    if (!run(insert,
             QStringLiteral("INSERT INTO sales (id, station, kind, state, meter_id, card_serial, "
                            "sequence, reference, paid, fixed_charge, debt_recovered, vat, credit, "
                            "energy, token_amount, token_time, receipt, operator, shift_id, "
                            "created_at) VALUES (?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "?, ?, ?, ?, ?, ?)"),
             {row.id, m_ledger.stationId(), row.kind, row.meterId, qint64(row.cardSerial),
              row.sequence, row.reference, row.paid, row.fixedCharge, row.debtRecovered, row.vat,
              row.credit, row.energy, row.tokenAmount, row.tokenTime,
              QString::fromUtf8(QJsonDocument(row.receipt).toJson(QJsonDocument::Compact)),
              row.operatorName, row.shiftId.isEmpty() ? QVariant() : QVariant(row.shiftId),
              row.receipt.value(QStringLiteral("at")).toString()}))
        return failed(tr("Cannot record the sale: %1").arg(insert.lastError().text()));
    QSqlQuery sequence(m_ledger.database());
    if (!run(sequence,
             QStringLiteral("UPDATE meters SET last_sequence = max(last_sequence, ?) WHERE id = ?"),
             {row.sequence, row.meterId}))
        return failed(sequence.lastError().text());
    return m_ledger.audit(
               row.operatorName, QStringLiteral("sale.pending"), row.id,
               QStringLiteral("%1 %2 sequence %3").arg(row.kind, row.meterNumber).arg(row.sequence))
               ? true
               : failed(m_ledger.errorString());
}

// The row's money goes into the journal and its effects onto the account, all or nothing.
bool CardDesk::complete(const Row &row)
{
    Transaction transaction(m_ledger.database());
    if (!transaction.started())
        return failed(tr("The ledger is busy: %1").arg(transaction.errorText()));
    LedgerEntry entry;
    entry.kind = kindOfEntry(row.kind);
    entry.reference = row.kind == QLatin1String("cancel") ? row.reference : row.id;
    entry.meter = row.meterNumber;
    entry.operatorName = row.operatorName;
    entry.amount = row.paid;
    entry.energy = row.energy;
    QJsonObject receipt = row.receipt;
    receipt[QStringLiteral("state")] = QStringLiteral("complete");
    entry.detail = QString::fromUtf8(QJsonDocument(receipt).toJson(QJsonDocument::Compact));
    if (!m_ledger.append(entry))
        return failed(m_ledger.errorString());
    QSqlQuery update(m_ledger.database());
    if (!run(update,
             QStringLiteral("UPDATE sales SET state = 'complete', resolved_at = ?, ledger_seq = ?, "
                            "receipt = ? WHERE id = ? AND state = 'pending'"),
             {isoText(m_clock()), entry.seq, entry.detail, row.id}) ||
        update.numRowsAffected() != 1)
        return failed(tr("Sale %1 is no longer pending.").arg(row.id));
    QSqlQuery debt(m_ledger.database());
    if (row.debtRecovered != 0 &&
        !run(debt, QStringLiteral("UPDATE meters SET debt = debt - ? WHERE id = ?"),
             {row.debtRecovered, row.meterId}))
        return failed(tr("Cannot update the account's debt: %1").arg(debt.lastError().text()));
    if (row.kind == QLatin1String("cancel")) {
        QSqlQuery original(m_ledger.database());
        if (!run(original,
                 QStringLiteral(
                     "UPDATE sales SET state = 'cancelled' WHERE id = ? AND state = 'complete'"),
                 {row.reference}) ||
            original.numRowsAffected() != 1)
            return failed(tr("Sale %1 cannot be cancelled twice.").arg(row.reference));
    }
    if (row.kind == QLatin1String("meter-change") && !moveAccount(row))
        return false;
    if (row.kind == QLatin1String("opening") || row.kind == QLatin1String("replacement") ||
        row.kind == QLatin1String("meter-change")) {
        QSqlQuery old(m_ledger.database());
        if (row.kind == QLatin1String("replacement") &&
            !run(old,
                 QStringLiteral("UPDATE cards SET state = 'blacklisted', reason = ? WHERE serial = "
                                "? AND state = 'active'"),
                 {row.receipt.value(QStringLiteral("reason")).toString(),
                  row.reference.toLongLong()}))
            return failed(tr("Cannot blacklist the old card: %1").arg(old.lastError().text()));
        QSqlQuery card(m_ledger.database());
        if (!run(
                card,
                QStringLiteral("INSERT INTO cards (id, station, serial, kind, meter_id, state, "
                               "reason, issued_by, issued_at) VALUES (?, ?, ?, 1, ?, 'active', '', "
                               "?, ?)"),
                {newId(), m_ledger.stationId(), qint64(row.cardSerial), row.meterId,
                 row.operatorName, isoText(m_clock())}))
            return failed(tr("Cannot record the card: %1").arg(card.lastError().text()));
    }
    if (!m_ledger.audit(
            row.operatorName, QStringLiteral("sale.complete"), row.id,
            QStringLiteral("%1 %2 paid %3").arg(entry.kind, row.meterNumber, moneyText(row.paid))))
        return failed(m_ledger.errorString());
    return transaction.commit() ? true : failed(transaction.errorText());
}

// A completed meter change: the old meter (the row's reference) is removed, its active card
// blacklisted, and its debt moved to the new meter.
bool CardDesk::moveAccount(const Row &row)
{
    const QString reason = row.receipt.value(QStringLiteral("reason")).toString();
    QSqlQuery old(m_ledger.database());
    if (!run(old, QStringLiteral("SELECT id, debt FROM meters WHERE number = ?"),
             {row.reference}) ||
        !old.next())
        return failed(tr("Meter %1 is not registered.").arg(row.reference));
    const QString oldId = old.value(0).toString();
    const qint64 debt = old.value(1).toLongLong();
    QSqlQuery update(m_ledger.database());
    if (!run(update,
             QStringLiteral("UPDATE meters SET status = 'removed', replaced_by = ?, debt = 0 WHERE "
                            "id = ? AND status <> 'removed'"),
             {row.meterNumber, oldId}) ||
        update.numRowsAffected() != 1)
        return failed(tr("Meter %1 was removed already.").arg(row.reference));
    QSqlQuery moved(m_ledger.database());
    if (!run(moved, QStringLiteral("UPDATE meters SET debt = debt + ? WHERE id = ?"),
             {debt, row.meterId}))
        return failed(tr("Cannot move the account's debt: %1").arg(moved.lastError().text()));
    QSqlQuery card(m_ledger.database());
    if (!run(card,
             QStringLiteral("UPDATE cards SET state = 'blacklisted', reason = ? WHERE meter_id = ? "
                            "AND state = 'active' AND kind = 1"),
             {reason, oldId}))
        return failed(tr("Cannot blacklist the old card: %1").arg(card.lastError().text()));
    return true;
}

bool CardDesk::voidRow(const QString &login, const Row &row, const QString &why)
{
    Transaction transaction(m_ledger.database());
    QSqlQuery update(m_ledger.database());
    if (!transaction.started() ||
        !run(update,
             QStringLiteral("UPDATE sales SET state = 'void', resolved_at = ? WHERE id = ? AND "
                            "state = 'pending'"),
             {isoText(m_clock()), row.id}))
        return failed(update.lastError().text());
    if (!m_ledger.audit(login, QStringLiteral("sale.void"), row.id,
                        !why.isEmpty()
                            ? why
                            : tr("the card does not hold %1 sequence %2: nothing was sold")
                                  .arg(row.kind)
                                  .arg(row.sequence)))
        return failed(m_ledger.errorString());
    return transaction.commit() ? true : failed(transaction.errorText());
}

// Complete when the card holds exactly the record that was being written, void when not.
bool CardDesk::settle(const Session &by, CardCheck &card)
{
    return settleRows(by, card.contents, card.issued, &card.settled);
}

bool CardDesk::settleRows(const Session &by, const cardio::CardContents &contents,
                          const std::optional<card::Token> &issued, QStringList *settled)
{
    const QList<Row> pendingRows =
        rows(QStringLiteral("s.state = 'pending' AND s.card_serial = ? AND s.kind <> 'cancel'"),
             {qint64(contents.id.serial)});
    for (const Row &row : pendingRows) {
        const bool held = issued && qint64(issued->sequence) == row.sequence &&
                          issued->amount.raw() == row.tokenAmount &&
                          issued->issueTime == row.tokenTime &&
                          issued->cardSerial == row.cardSerial;
        if (held) {
            if (!complete(row))
                return false;
            settled->append(tr("%1 %2 completed: the card holds it.").arg(row.kind, row.id));
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
                                    .arg(row.kind, row.id)
                                    .arg(row.sequence));
                continue;
            }
            settled->append(tr("%1 %2 (sequence %3) is not on the card. It stays pending until "
                               "meter %4's record proves it loaded or never loadable; nothing is "
                               "charged for it until then.")
                                .arg(row.kind, row.id)
                                .arg(row.sequence)
                                .arg(row.meterNumber));
            continue;
        }
        if (!voidRow(by.login(), row))
            return false;
        settled->append(
            tr("%1 %2 voided: the card does not hold it, nothing was sold.").arg(row.kind, row.id));
    }
    return true;
}

// The card came back without a record that carries credit: when nothing was issued to the meter
// since, the same token (same sequence, amount and time) is written again and the row completes.
// Either copy loads the same credit once: the meter takes each sequence once.
bool CardDesk::resume(const Row &row, const cardio::CardContents &contents, bool *written)
{
    *written = false;
    const bool combined = row.kind == QLatin1String("purchase") && row.tokenAmount != row.credit;
    const std::optional<MeterRecord> meter = Meters(m_ledger).byNumber(row.meterNumber);
    if (combined || !meter || !m_keys.valid())
        return true;
    QSqlQuery newest(m_ledger.database());
    if (!run(newest, QStringLiteral("SELECT last_sequence FROM meters WHERE id = ?"), {meter->id}) ||
        !newest.next() || newest.value(0).toLongLong() != row.sequence)
        return true;
    const card::RecordType type = row.kind == QLatin1String("purchase")      ? card::RecordType::kPurchase
                                  : row.kind == QLatin1String("replacement") ? card::RecordType::kReplacement
                                                                             : card::RecordType::kAccountOpening;
    card::Token token = baseToken(type, *meter, row.cardSerial);
    token.sequence = static_cast<std::uint32_t>(row.sequence);
    token.amount = Money::fromRaw(row.tokenAmount);
    token.issueTime = row.tokenTime;
    if (type == card::RecordType::kReplacement)
        token.previousCardSerial = row.reference.toULongLong();
    QJsonObject receipt = row.receipt;
    if (row.receipt.contains(QStringLiteral("tariff")) &&
        !addTariff(*meter, std::nullopt, token, receipt))
        return false;
    cardio::OpensslAead key;
    if (!m_keys.meterAead(token.meter, token.keyVersion, key).ok() ||
        !m_service.writeToken(contents, token, key).ok())
        return true; // still pending; said by the caller
    *written = true;
    return complete(row);
}

// A card the ledger does not know yet: its pending opening, replacement or meter change (if
// any) completes when the card holds the record, and is voided when it does not.
bool CardDesk::settleNewCard(const Session &by, const cardio::CardContents &contents,
                             QStringList *settled)
{
    std::optional<card::Token> issued;
    card::Token token;
    if (cardio::CardService::openIssueToken(contents, m_keys, token).ok())
        issued = token;
    return settleRows(by, contents, issued, settled);
}

std::optional<QJsonObject> CardDesk::carry(Row &row, card::Token &token,
                                           const cardio::CardContents &contents, qint64 floor,
                                           const std::function<bool()> &alsoWhenPending)
{
    row.tokenAmount = token.amount.raw();
    row.tokenTime = token.issueTime;
    row.cardSerial = token.cardSerial;
    {
        Transaction transaction(m_ledger.database(), Transaction::Lock::kImmediate);
        if (!transaction.started())
            return fail(tr("The ledger is busy: %1").arg(transaction.errorText()));
        if (token.sequence == 0) {
            const std::optional<qint64> taken = takeSequence(row.meterId, floor);
            if (!taken)
                return std::nullopt;
            token.sequence = static_cast<std::uint32_t>(*taken);
        }
        row.sequence = token.sequence;
        row.receipt[QStringLiteral("sale")] = row.id;
        row.receipt[QStringLiteral("sequence")] = row.sequence;
        row.receipt[QStringLiteral("tokenAmount")] = moneyText(row.tokenAmount);
        if ((alsoWhenPending && !alsoWhenPending()) || !insertPending(row))
            return std::nullopt;
        if (!transaction.commit())
            return fail(transaction.errorText());
    }
    if (!step(SaleStep::kPendingRecorded))
        return std::nullopt;
    cardio::OpensslAead key;
    if (const Status status = m_keys.meterAead(token.meter, token.keyVersion, key); !status.ok())
        return voidUnsent(row, tr("Cannot derive the meter key: %1").arg(describe(status.code())));
    if (const Status status = m_service.writeToken(contents, token, key); !status.ok()) {
        if (!m_service.writeStarted())
            return voidUnsent(row, tr("The card did not take the record (%1). Nothing was sold.")
                                       .arg(describe(status.code())));
        return fail(tr("The card write did not finish (%1). Nothing is charged yet: put the same "
                       "card back to settle it.")
                        .arg(describe(status.code())));
    }
    if (row.kind == QLatin1String("cancel"))
        return receipt(row.id); // the refund waits for the meter's proof
    return delivered(row);
}

// Nothing of the record left the station: the row is void and `why` is the error.
std::optional<QJsonObject> CardDesk::voidUnsent(const Row &row, const QString &why)
{
    if (!voidRow(row.operatorName, row, tr("nothing was sent to the card: %1").arg(why)))
        return std::nullopt;
    return fail(why);
}

// The token reached the card or the meter: the row completes and its receipt is returned.
std::optional<QJsonObject> CardDesk::delivered(const Row &row)
{
    if (!step(SaleStep::kCardWritten))
        return std::nullopt;
    if (!complete(row))
        return std::nullopt;
    if (!step(SaleStep::kCompleted))
        return std::nullopt;
    return receipt(row.id);
}

// ---- tokens
// ------------------------------------------------------------------------------------------

// Takes the meter's next sequence inside the caller's (immediate) transaction: above every
// sequence the ledger issued and above `floor`, what the meter or its card showed.
std::optional<qint64> CardDesk::takeSequence(const QString &meterId, qint64 floor)
{
    QSqlQuery take(m_ledger.database());
    if (!run(take,
             QStringLiteral("UPDATE meters SET last_sequence = max(last_sequence, ?, (SELECT "
                            "coalesce(max(sequence), 0) FROM sales WHERE meter_id = ?)) + 1 WHERE "
                            "id = ?"),
             {floor, meterId, meterId}) ||
        take.numRowsAffected() != 1)
        return fail<qint64>(tr("Cannot take the meter's next sequence: %1")
                                .arg(take.lastError().text()));
    QSqlQuery read(m_ledger.database());
    if (!run(read, QStringLiteral("SELECT last_sequence FROM meters WHERE id = ?"), {meterId}) ||
        !read.next())
        return fail<qint64>(read.lastError().text());
    return read.value(0).toLongLong();
}

qint64 CardDesk::floorOf(const CardCheck &card)
{
    qint64 floor = 0;
    if (card.returned)
        floor = std::max(floor, qint64(card.returned->lastSequence));
    if (card.issued)
        floor = std::max(floor, qint64(card.issued->sequence));
    return floor;
}

card::Token CardDesk::baseToken(card::RecordType type, const MeterRecord &meter,
                                quint64 serial) const
{
    card::Token token;
    token.type = type;
    token.utilityId = m_keys.utilityId();
    token.meter = card::MeterNumber::parse(meter.number.toStdString()).value();
    token.keyVersion = static_cast<std::uint8_t>(meter.keyVersion);
    token.sequence = 0; // taken when the sale is recorded (takeSequence)
    token.cardSerial = serial;
    token.issueTime = meterTime(m_clock());
    token.stationId = Settings(m_ledger).load().stationNumber;
    return token;
}

// A plan version the meter does not run yet rides along: the one that follows (it switches at its
// activation), else the one in force when the meter's active tariff differs.
bool CardDesk::addTariff(const MeterRecord &meter,
                         const std::optional<card::ReturnRecord> &returned, card::Token &token,
                         QJsonObject &receipt)
{
    TariffPlans plans(m_ledger);
    const QDateTime now = m_clock();
    std::optional<PlanVersion> version = plans.following(meter.tariffPlan, now);
    if (!version)
        version = plans.effective(meter.tariffPlan, now);
    if (!version)
        return failed(tr("Tariff plan %1 has no version in force.").arg(meter.tariffPlan));
    QSqlQuery id(m_ledger.database());
    if (!run(id, QStringLiteral("SELECT rowid FROM tariff_plans WHERE name = ? AND version = ?"),
             {version->name, version->version}) ||
        !id.next())
        return failed(id.lastError().text());
    const auto tariffId = static_cast<std::uint32_t>(id.value(0).toLongLong());
    const bool pendingSwitch = version->activatesAt > now;
    if (!pendingSwitch && returned && returned->activeTariffId == tariffId)
        return true;
    token.flags |= card::kFlagTariff;
    token.tariffId = tariffId;
    token.tariffActivation = meterTime(version->activatesAt);
    token.tariff = version->file.tariff;
    receipt[QStringLiteral("tariff")] =
        QStringLiteral("%1 v%2").arg(version->name).arg(version->version);
    receipt[QStringLiteral("tariffFrom")] = isoText(version->activatesAt);
    return true;
}

// ---- selling
// -----------------------------------------------------------------------------------------

std::optional<SaleQuote> CardDesk::quote(const CardCheck &card, const SaleRequest &request)
{
    const StationSettings settings = Settings(m_ledger).load();
    const std::optional<PlanVersion> plan =
        TariffPlans(m_ledger).effective(card.meter.tariffPlan, m_clock());
    if (!plan)
        return fail<SaleQuote>(
            tr("Tariff plan %1 has no version in force.").arg(card.meter.tariffPlan));
    SaleFacts facts;
    const QDateTime local = m_clock().toLocalTime();
    const QDateTime monthStart(QDate(local.date().year(), local.date().month(), 1), QTime(0, 0));
    QSqlQuery bought(m_ledger.database());
    facts.firstPurchaseThisMonth =
        run(bought,
            QStringLiteral("SELECT count(*) FROM sales WHERE meter_id = ? AND kind = 'purchase' "
                           "AND state = 'complete' AND fixed_charge > 0 AND created_at >= ?"),
            {card.meter.id, isoText(monthStart)}) &&
        bought.next() && bought.value(0).toLongLong() == 0;
    QSqlQuery debt(m_ledger.database());
    if (run(debt, QStringLiteral("SELECT debt FROM meters WHERE id = ?"), {card.meter.id}) &&
        debt.next())
        facts.debt = Money::fromRaw(debt.value(0).toLongLong());
    std::int64_t remaining = card.returned ? card.returned->remaining.raw() : 0;
    if (card.unloaded && card.issued)
        remaining += card.issued->amount.raw(); // what the meter will hold once it loads the card
    facts.remainingOnMeter = Money::fromRaw(remaining);
    facts.hoardingLimit = settings.hoardingLimit;
    // The meter's ladder usage as of its return record, unless a settlement date has passed
    // since: the meter has started a new period at step 1 (docs/station.md "Quotes").
    if (card.returned && tariff::nextSettlement(plan->file.tariff.settlement, card.returned->time) >
                             meterTime(m_clock()))
        facts.periodUsage = card.returned->periodUsage;
    facts.rate = plan->file.quoteRate;
    Fees fees(settings.fees, plan->file.tariff);
    std::optional<SaleQuote> quoted = request.by == SaleRequest::By::kMoney
                                          ? fees.byMoney(request.money, facts)
                                          : fees.byEnergy(request.energy, facts);
    if (!quoted)
        return fail<SaleQuote>(fees.errorString());
    return quoted;
}

// The open shift a sale goes into, when `by` may sell with these keys.
std::optional<QString> CardDesk::sellingShift(const Session &by)
{
    if (!by.may(Permission::kSell))
        return fail<QString>(tr("This operator may not sell."));
    if (Settings(m_ledger).load().utilityId != m_keys.utilityId())
        return fail<QString>(
            tr("The keystore is for utility %1 but the station sells for utility %2.")
                .arg(m_keys.utilityId())
                .arg(Settings(m_ledger).load().utilityId));
    const std::optional<QString> shift = openShiftOf(by.login());
    if (!shift)
        return fail<QString>(tr("Open a shift before selling."));
    return shift;
}

// The lines every receipt starts with: what, when, where, who, for which meter and customer.
QJsonObject CardDesk::receiptHead(const Row &row, const QString &meterNumber,
                                  const QString &customerNumber) const
{
    QJsonObject receipt;
    receipt[QStringLiteral("kind")] = row.kind;
    receipt[QStringLiteral("at")] = isoText(m_clock());
    receipt[QStringLiteral("station")] = m_ledger.stationId();
    receipt[QStringLiteral("operator")] = row.operatorName;
    receipt[QStringLiteral("meter")] = meterNumber;
    receipt[QStringLiteral("customer")] = customerNumber;
    if (const auto customer = Customers(m_ledger).byNumber(customerNumber))
        receipt[QStringLiteral("customerName")] = customer->name;
    return receipt;
}

// A purchase's row and the receipt lines every purchase has, card or remote.
CardDesk::Row CardDesk::purchaseRow(const Session &by, const QString &shift,
                                    const CardCheck &account, const SaleQuote &quoted) const
{
    Row row;
    row.id = newId();
    row.kind = QStringLiteral("purchase");
    row.meterId = account.meter.id;
    row.meterNumber = account.meter.number;
    row.operatorName = by.login();
    row.shiftId = shift;
    row.paid = quoted.paid.raw();
    row.fixedCharge = quoted.fixedCharge.raw();
    row.debtRecovered = quoted.debtRecovered.raw();
    row.vat = quoted.vat.raw();
    row.credit = quoted.credit.raw();
    row.energy = quoted.energy.energy.raw();
    row.receipt = receiptHead(row, account.meter.number, account.meter.customerNumber);
    QJsonObject &receipt = row.receipt;
    receipt[QStringLiteral("paid")] = tariff::formatMoney(quoted.paid);
    receipt[QStringLiteral("fixedCharge")] = tariff::formatMoney(quoted.fixedCharge);
    receipt[QStringLiteral("debtRecovered")] = tariff::formatMoney(quoted.debtRecovered);
    receipt[QStringLiteral("vat")] = tariff::formatMoney(quoted.vat);
    receipt[QStringLiteral("credit")] = tariff::formatMoney(quoted.credit);
    if (quoted.overdraftRepaid.raw() > 0)
        receipt[QStringLiteral("overdraftRepaid")] = tariff::formatMoney(quoted.overdraftRepaid);
    receipt[QStringLiteral("energy")] = tariff::formatEnergy(quoted.energy.energy);
    receipt[QStringLiteral("energySteps")] = energyPieces(quoted.energy);
    QSqlQuery debt(m_ledger.database());
    if (run(debt, QStringLiteral("SELECT debt FROM meters WHERE id = ?"), {row.meterId}) &&
        debt.next())
        receipt[QStringLiteral("debtLeft")] =
            moneyText(debt.value(0).toLongLong() - row.debtRecovered);
    return row;
}

std::optional<QJsonObject> CardDesk::sell(const Session &by, const QString &meterNumber,
                                          const SaleRequest &request)
{
    const std::optional<QString> shift = sellingShift(by);
    if (!shift)
        return std::nullopt;
    std::optional<CardCheck> card = inspect(by);
    if (!card)
        return std::nullopt;
    if (!meterNumber.isEmpty() && card->meter.number != meterNumber)
        return fail(
            tr("This card belongs to meter %1, not %2.").arg(card->meter.number, meterNumber));
    if (card->meter.status != QLatin1String("active"))
        return fail(tr("Meter %1 is %2: no sales.").arg(card->meter.number, card->meter.status));
    if (!refuseWhileSequenceUnknown(card->meter))
        return std::nullopt;
    const bool combine = card->unloaded && card->issued;
    if (combine && !request.combineUnloaded) {
        if (card->issued->type != card::RecordType::kPurchase)
            return fail(tr("The card still holds its %1 record (sequence %2), which the meter has "
                           "not loaded. Take the card to the meter first, or sell combining this "
                           "purchase with it on the card.")
                            .arg(card->issued->type == card::RecordType::kAccountOpening
                                     ? tr("account-opening")
                                     : tr("replacement"))
                            .arg(card->issued->sequence));
        return fail(tr("The card still holds %1 (sequence %2) that the meter has not loaded. Load "
                       "it into the meter first, or sell again combining both on the card.")
                        .arg(tariff::formatMoney(card->issued->amount))
                        .arg(card->issued->sequence));
    }
    const std::optional<SaleQuote> quoted = quote(*card, request);
    if (!quoted)
        return std::nullopt;

    Row row = purchaseRow(by, *shift, *card, *quoted);

    card::Token token;
    if (combine) {
        token = *card->issued;
        token.flags = static_cast<std::uint16_t>(token.flags | card::kFlagReissue);
        token.flags = static_cast<std::uint16_t>(token.flags & ~card::kFlagTariff);
        const Result<Money> sum = token.amount.plus(quoted->credit);
        if (!sum.ok())
            return fail(describe(sum.status().code()));
        token.amount = sum.value();
        token.issueTime = meterTime(m_clock());
        token.stationId = Settings(m_ledger).load().stationNumber;
    } else {
        token = baseToken(card::RecordType::kPurchase, card->meter, card->id.serial);
        token.amount = quoted->credit;
    }
    QJsonObject &receipt = row.receipt;
    receipt[QStringLiteral("card")] = CardNames::serialText(card->id.serial);
    receipt[QStringLiteral("combined")] = combine;
    if (card->returned)
        receipt[QStringLiteral("remainingBefore")] = tariff::formatMoney(card->returned->remaining);
    if (!addTariff(card->meter, card->returned, token, receipt))
        return std::nullopt;
    return carry(row, token, card->contents, floorOf(*card));
}

// ---- remote sales
// ------------------------------------------------------------------------------------

// Reads the meter's sealed proof over `link`, checks it is this meter's and sealed with its key,
// records it like a card's return record and settles the meter's tokens from it.
std::optional<CardCheck> CardDesk::proveRemotely(const Session &by, const CardCheck &account,
                                                 RemoteMeter &link)
{
    const QString &number = account.meter.number;
    RemoteState state;
    if (const Status status = link.state(number, &state); !status.ok())
        return fail<CardCheck>(
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
        header.value().utilityId != m_keys.utilityId() || QLatin1String(digits) != number)
        return fail<CardCheck>(tr("Meter %1 answered something that is not its sealed record: "
                                  "nothing is settled from it.")
                                   .arg(number));
    cardio::OpensslAead key;
    if (const Status status = m_keys.meterAead(header.value().meter, header.value().keyVersion, key);
        !status.ok())
        return fail<CardCheck>(tr("Cannot derive the meter key: %1").arg(describe(status.code())));
    const Result<card::ReturnRecord> opened = card::openReturn(
        header.value(), card::ConstBytes(bytes).subspan(card::kHeaderSize), key);
    if (!opened.ok())
        return fail<CardCheck>(tr("Meter %1's record does not verify (%2): it was not sealed by "
                                  "the meter. Nothing is settled from it.")
                                   .arg(number, describe(opened.status().code())));
    CardCheck seen = account;
    seen.id.serial = 0; // read over the line
    seen.returned = opened.value();
    seen.unloaded = false;
    seen.settled.clear();
    if (!recordReturn(by, seen))
        return std::nullopt;
    seen.id = account.id;
    return seen;
}

std::optional<QStringList> CardDesk::settleRemote(const Session &by, const QString &meterNumber,
                                                  RemoteMeter &link)
{
    const std::optional<CardCheck> known = account(meterNumber);
    if (!known)
        return fail<QStringList>(tr("Meter %1 is not registered.").arg(meterNumber));
    const std::optional<CardCheck> seen = proveRemotely(by, *known, link);
    if (!seen)
        return std::nullopt;
    return seen->settled;
}

std::optional<QJsonObject> CardDesk::sellRemote(const Session &by, const QString &meterNumber,
                                                const SaleRequest &request, RemoteMeter &link)
{
    const std::optional<QString> shift = sellingShift(by);
    if (!shift)
        return std::nullopt;
    const std::optional<CardCheck> known = this->account(meterNumber);
    if (!known)
        return fail(tr("Meter %1 is not registered.").arg(meterNumber));
    if (known->meter.status != QLatin1String("active"))
        return fail(tr("Meter %1 is %2: no sales.").arg(known->meter.number, known->meter.status));
    if (known->id.serial == 0)
        return fail(tr("Meter %1 has no account card: open the account before selling remotely.")
                        .arg(meterNumber));
    std::optional<CardCheck> account = proveRemotely(by, *known, link);
    if (!account) {
        m_error += QLatin1Char(' ') + tr("Nothing was sold.");
        return std::nullopt;
    }
    if (!refuseWhileSequenceUnknown(account->meter))
        return std::nullopt;
    const std::uint32_t loaded = account->returned->lastSequence;
    // Credit on the customer's card that the meter has not loaded would be superseded by a remote
    // token: the customer loads the card first.
    QSqlQuery onCard(m_ledger.database());
    if (!run(onCard,
             QStringLiteral("SELECT coalesce(max(sequence), 0) FROM sales WHERE meter_id = ? AND "
                            "card_serial <> 0 AND proof = '' AND token_amount > 0 AND state IN "
                            "('complete', 'pending')"),
             {account->meter.id}) ||
        !onCard.next())
        return fail(onCard.lastError().text());
    if (onCard.value(0).toLongLong() > qint64(loaded))
        return fail(tr("The customer's card holds sequence %1, which meter %2 has not loaded (it "
                       "loaded %3). Insert the card in the meter first: a remote sale now would "
                       "make the meter refuse the card's credit.")
                        .arg(onCard.value(0).toLongLong())
                        .arg(meterNumber)
                        .arg(loaded));
    const std::optional<SaleQuote> quoted = quote(*account, request);
    if (!quoted)
        return std::nullopt;

    Row row = purchaseRow(by, *shift, *account, *quoted);
    card::Token token = baseToken(card::RecordType::kPurchase, account->meter, known->id.serial);
    token.amount = quoted->credit;
    row.cardSerial = 0; // delivered over the line: no card settles it
    row.tokenAmount = token.amount.raw();
    row.tokenTime = token.issueTime;
    row.reference = QStringLiteral("remote");
    QJsonObject &receipt = row.receipt;
    receipt[QStringLiteral("delivery")] = QStringLiteral("remote");
    receipt[QStringLiteral("card")] = QString();
    receipt[QStringLiteral("combined")] = false;
    receipt[QStringLiteral("remainingBefore")] =
        tariff::formatMoney(account->returned->remaining);
    if (!addTariff(account->meter, account->returned, token, receipt))
        return std::nullopt;
    {
        Transaction transaction(m_ledger.database(), Transaction::Lock::kImmediate);
        if (!transaction.started())
            return fail(tr("The ledger is busy: %1").arg(transaction.errorText()));
        const std::optional<qint64> taken = takeSequence(row.meterId, loaded);
        if (!taken)
            return std::nullopt;
        token.sequence = static_cast<std::uint32_t>(*taken);
        row.sequence = *taken;
        receipt[QStringLiteral("sale")] = row.id;
        receipt[QStringLiteral("sequence")] = row.sequence;
        receipt[QStringLiteral("tokenAmount")] = moneyText(row.tokenAmount);
        if (!insertPending(row) || !transaction.commit())
            return fail(m_error.isEmpty() ? transaction.errorText() : m_error);
    }
    if (!step(SaleStep::kPendingRecorded))
        return std::nullopt;
    cardio::OpensslAead key;
    if (const Status status = m_keys.meterAead(token.meter, token.keyVersion, key); !status.ok())
        return voidUnsent(row, tr("Cannot derive the meter key: %1").arg(describe(status.code())));
    std::array<std::uint8_t, card::kSaltSize> salt{};
    if (const Status status = cardio::openssl::randomBytes(salt); !status.ok())
        return voidUnsent(row, describe(status.code()));
    std::vector<std::uint8_t> sealed(card::kHeaderSize + card::kTokenMaxBodySize + card::kTagSize);
    const Result<std::size_t> body =
        card::sealToken(token, key, 1, salt, card::Bytes(sealed).first(card::kHeaderSize),
                        card::Bytes(sealed).subspan(card::kHeaderSize));
    if (!body.ok())
        return voidUnsent(row, describe(body.status().code()));
    sealed.resize(card::kHeaderSize + body.value());

    std::uint8_t outcome = 0xFF;
    const Status sent = link.deliver(meterNumber, sealed, &outcome);
    if (!step(SaleStep::kCardWritten))
        return std::nullopt;
    // Whatever the meter answered (unsealed), only its sealed record settles the sale.
    const std::optional<CardCheck> after = proveRemotely(by, *known, link);
    const std::optional<Row> settled = rowById(row.id);
    if (settled && settled->state == QLatin1String("complete")) {
        if (!step(SaleStep::kCompleted))
            return std::nullopt;
        return this->receipt(row.id);
    }
    if (settled && settled->state == QLatin1String("void"))
        return fail(tr("Meter %1 did not take the token and can never load it. Nothing was sold.")
                        .arg(meterNumber));
    const QString answer = !sent.ok() ? tr("no answer (%1)").arg(describe(sent.code()))
                           : outcome == 0
                               ? tr("it said loaded")
                               : tr("it said C-%1").arg(outcome, 2, 10, QLatin1Char('0'));
    const QString why = !after ? tr("its sealed record could not be read") :
                                 tr("its sealed record shows sequence %1 not loaded")
                                     .arg(row.sequence);
    QSqlQuery note(m_ledger.database());
    (void)run(note, QStringLiteral("UPDATE sales SET note = ? WHERE id = ?"),
              {tr("meter %1: %2; %3").arg(meterNumber, answer, why), row.id});
    return fail(tr("Meter %1 has not loaded remote sale %2 (%3; %4). The sale stays pending and "
                   "nothing is charged: it completes if the meter's record ever proves it loaded, "
                   "and is void once a later sale is loaded without it.")
                    .arg(meterNumber, row.id, answer, why));
}

std::optional<QJsonObject> CardDesk::cancel(const Session &by, const QString &saleId)
{
    if (!by.may(Permission::kCancelSale))
        return fail(tr("Only a supervisor or administrator may cancel a sale."));
    std::optional<Row> sale = rowById(saleId);
    if (!sale || sale->kind != QLatin1String("purchase"))
        return fail(tr("There is no sale %1.").arg(saleId));
    if (sale->state != QLatin1String("complete"))
        return fail(
            tr("Sale %1 is %2: only a completed sale can be cancelled.").arg(saleId, sale->state));
    if (!rows(QStringLiteral("s.kind = 'cancel' AND s.state = 'pending' AND s.reference = ?"),
              {saleId})
             .isEmpty())
        return fail(tr("Sale %1 is being cancelled already: its refund waits for the meter's "
                       "record.")
                        .arg(saleId));
    if (sale->proof == QLatin1String("loaded") || sale->proof == QLatin1String("carried"))
        return fail(tr("Meter %1 has loaded sale %2: it can no longer be cancelled.")
                        .arg(sale->meterNumber, saleId));
    if (sale->proof == QLatin1String("superseded"))
        return refundOwed(by, *sale); // the meter can never load it: nothing to write
    if (sale->cardSerial == 0)
        return fail(tr("Sale %1 was delivered over the meter line; the meter settles it.")
                        .arg(saleId));
    if (sale->tokenAmount != sale->credit)
        return fail(tr("Sale %1 was combined on the card with an earlier purchase: it cannot be "
                       "cancelled alone.")
                        .arg(saleId));
    std::optional<CardCheck> card = inspect(by);
    if (!card)
        return std::nullopt;
    if (card->id.serial != sale->cardSerial)
        return fail(tr("Sale %1 was written to card %2; this is card %3.")
                        .arg(saleId, CardNames::serialText(sale->cardSerial),
                             CardNames::serialText(card->id.serial)));
    sale = rowById(saleId); // the card's return record may have settled it just now
    if (!sale || sale->state != QLatin1String("complete"))
        return fail(tr("There is no sale %1 to cancel.").arg(saleId));
    if (sale->proof == QLatin1String("loaded") || sale->proof == QLatin1String("carried"))
        return fail(tr("Meter %1 has loaded sale %2: it can no longer be cancelled.")
                        .arg(sale->meterNumber, saleId));
    if (sale->proof == QLatin1String("superseded"))
        return refundOwed(by, *sale);
    if (!card->issued || qint64(card->issued->sequence) != sale->sequence ||
        card->issued->amount.raw() != sale->tokenAmount)
        return fail(tr("The card holds a newer record than sale %1: it is settled by the meter's "
                       "next record, not cancelled.")
                        .arg(saleId));

    Row row;
    row.id = newId();
    row.kind = QStringLiteral("cancel");
    row.meterId = sale->meterId;
    row.meterNumber = sale->meterNumber;
    row.reference = sale->id;
    row.operatorName = by.login();
    const std::optional<QString> shift = refundShift(by, *sale);
    if (!shift)
        return std::nullopt;
    row.shiftId = *shift;
    fillRefund(row, *sale);
    // The cancellation is a new record that supersedes the purchase (DESIGN.md §5): once the
    // meter loads it, the purchase can never be loaded, and the meter's record proves which.
    card::Token token = baseToken(card::RecordType::kPurchase, card->meter, card->id.serial);
    token.amount = Money();
    row.receipt[QStringLiteral("refundPending")] = true;
    return carry(row, token, card->contents, floorOf(*card));
}

// The drawer a refund is paid from: the canceller's shift, or the sale's own while it is open.
std::optional<QString> CardDesk::refundShift(const Session &by, const Row &sale)
{
    if (const std::optional<QString> own = openShiftOf(by.login()))
        return own;
    if (const std::optional<QString> sold = openShiftOf(sale.operatorName);
        sold && *sold == sale.shiftId)
        return sold;
    return fail<QString>(tr("Open a shift to pay the customer back."));
}

void CardDesk::fillRefund(Row &row, const Row &sale) const
{
    row.paid = -sale.paid;
    row.fixedCharge = -sale.fixedCharge;
    row.debtRecovered = -sale.debtRecovered;
    row.vat = -sale.vat;
    row.credit = -sale.credit;
    row.energy = -sale.energy;
    row.receipt = sale.receipt;
    row.receipt[QStringLiteral("kind")] = row.kind;
    row.receipt[QStringLiteral("cancels")] = sale.id;
    row.receipt[QStringLiteral("at")] = isoText(m_clock());
    row.receipt[QStringLiteral("operator")] = row.operatorName;
    for (const char *key : {"paid", "fixedCharge", "debtRecovered", "vat", "credit"})
        row.receipt[QLatin1String(key)] = moneyText(-moneyRaw(sale.receipt, key));
    row.receipt[QStringLiteral("energy")] = energyText(-sale.energy);
    row.receipt.remove(QStringLiteral("energySteps"));
    row.receipt.remove(QStringLiteral("tariff"));
}

// A paid sale the meter proved it can never load: the money goes back now, no card involved.
std::optional<QJsonObject> CardDesk::refundOwed(const Session &by, const Row &sale)
{
    Row row;
    row.id = newId();
    row.kind = QStringLiteral("cancel");
    row.meterId = sale.meterId;
    row.meterNumber = sale.meterNumber;
    row.reference = sale.id;
    row.operatorName = by.login();
    row.cardSerial = sale.cardSerial;
    const std::optional<QString> shift = refundShift(by, sale);
    if (!shift)
        return std::nullopt;
    row.shiftId = *shift;
    fillRefund(row, sale);
    row.receipt[QStringLiteral("refundPending")] = false;
    {
        Transaction transaction(m_ledger.database(), Transaction::Lock::kImmediate);
        if (!transaction.started())
            return fail(tr("The ledger is busy: %1").arg(transaction.errorText()));
        const std::optional<qint64> taken = takeSequence(row.meterId, 0);
        if (!taken)
            return std::nullopt;
        row.sequence = *taken; // a sequence used up, never written: nothing can load it
        row.receipt[QStringLiteral("sale")] = row.id;
        row.receipt[QStringLiteral("sequence")] = row.sequence;
        if (!insertPending(row) || !complete(row) || !transaction.commit())
            return fail(m_error.isEmpty() ? transaction.errorText() : m_error);
    }
    return receipt(row.id);
}

std::optional<QJsonObject> CardDesk::receipt(const QString &saleId) const
{
    const std::optional<Row> row = rowById(saleId);
    if (!row)
        return std::nullopt;
    QJsonObject receipt = row->receipt;
    receipt[QStringLiteral("state")] = row->state;
    return receipt;
}

QList<QJsonObject> CardDesk::pending() const
{
    QList<QJsonObject> found;
    for (const Row &row : rows(QStringLiteral("s.state = 'pending'"), {})) {
        QJsonObject receipt = row.receipt;
        receipt[QStringLiteral("state")] = row.state;
        found.append(receipt);
    }
    return found;
}

// ---- accounts and cards
// -------------------------------------------------------------------------------

std::optional<QJsonObject> CardDesk::openAccount(const Session &by, const AccountRequest &request)
{
    if (!by.may(Permission::kOpenAccount))
        return fail(tr("Only an installer, supervisor or administrator may open accounts."));
    if (request.presetRecovery.raw() < 0)
        return fail(tr("The preset credit to recover cannot be negative."));
    const StationSettings settings = Settings(m_ledger).load();
    if (settings.utilityId != m_keys.utilityId())
        return fail(tr("The keystore is for utility %1 but the station sells for utility %2.")
                        .arg(m_keys.utilityId())
                        .arg(settings.utilityId));
    const std::optional<QString> shift = openShiftOf(by.login());
    if (settings.openingFee.raw() > 0 && !shift)
        return fail(tr("Open a shift before taking the opening fee."));
    std::optional<Blank> blank = readBlankCard(by);
    if (!blank)
        return std::nullopt;
    Meters meters(m_ledger);
    std::optional<MeterRecord> meter = meters.byNumber(request.meter.number);
    if (meter && meter->customerNumber != request.customerNumber)
        return fail(tr("Meter %1 supplies customer %2.").arg(meter->number, meter->customerNumber));
    if (meter && Cards(m_ledger).userCardOf(meter->number))
        return fail(tr("Meter %1 has an account and a card already; replace the card instead.")
                        .arg(meter->number));
    const std::optional<Customer> customer = Customers(m_ledger).byNumber(request.customerNumber);
    if (!customer)
        return fail(tr("There is no customer %1.").arg(request.customerNumber));

    Row row;
    row.id = newId();
    row.kind = QStringLiteral("opening");
    row.operatorName = by.login();
    row.shiftId = shift.value_or(QString());
    row.paid = settings.openingFee.raw();
    row.fixedCharge = row.paid;
    row.debtRecovered = -request.presetRecovery.raw();
    row.receipt = receiptHead(row, request.meter.number, customer->number);
    QJsonObject &receipt = row.receipt;
    receipt[QStringLiteral("card")] = CardNames::serialText(blank->id.serial);
    receipt[QStringLiteral("paid")] = moneyText(row.paid);
    receipt[QStringLiteral("openingFee")] = moneyText(row.paid);
    receipt[QStringLiteral("presetRecovery")] = tariff::formatMoney(request.presetRecovery);

    // The meter is registered with the pending record, so the token can name its plan and key.
    MeterRecord registered = meter.value_or(request.meter);
    registered.customerNumber = customer->number;
    bool registeredNow = false;
    auto registerMeter = [&]() {
        if (meter)
            return true;
        if (!meters.add(by, registered))
            return failed(meters.errorString());
        registeredNow = true;
        return true;
    };
    {
        // Registration first, so the token is built from what the ledger holds.
        Transaction transaction(m_ledger.database(), Transaction::Lock::kImmediate);
        if (!transaction.started())
            return fail(tr("The ledger is busy: %1").arg(transaction.errorText()));
        if (!registerMeter())
            return std::nullopt;
        const std::optional<MeterRecord> stored = meters.byNumber(registered.number);
        if (!stored)
            return fail(tr("Meter %1 could not be registered.").arg(registered.number));
        registered = *stored;
        row.meterId = registered.id;
        row.meterNumber = registered.number;
        card::Token token =
            baseToken(card::RecordType::kAccountOpening, registered, blank->id.serial);
        if (!addTariff(registered, std::nullopt, token, receipt))
            return std::nullopt;
        const std::optional<qint64> taken = takeSequence(registered.id, 0);
        if (!taken)
            return std::nullopt;
        token.sequence = static_cast<std::uint32_t>(*taken);
        row.tokenAmount = 0;
        row.tokenTime = token.issueTime;
        row.sequence = token.sequence;
        row.cardSerial = token.cardSerial;
        receipt[QStringLiteral("sale")] = row.id;
        receipt[QStringLiteral("sequence")] = row.sequence;
        receipt[QStringLiteral("tokenAmount")] = moneyText(0);
        if (!insertPending(row) || !transaction.commit())
            return std::nullopt;
        Q_UNUSED(registeredNow);
        if (!step(SaleStep::kPendingRecorded))
            return std::nullopt;
        cardio::OpensslAead key;
        if (const Status status = m_keys.meterAead(token.meter, token.keyVersion, key);
            !status.ok())
            return fail(tr("Cannot derive the meter key: %1").arg(describe(status.code())));
        if (const Status status = m_service.writeToken(blank->contents, token, key);
            !status.ok()) {
            if (!m_service.writeStarted())
                return voidUnsent(row, tr("The card did not take the record (%1). Nothing was "
                                          "sold.")
                                           .arg(describe(status.code())));
            return fail(tr("The card write did not finish (%1): put the same card back to settle "
                           "it.")
                            .arg(describe(status.code())));
        }
    }
    if (!step(SaleStep::kCardWritten) || !complete(row) || !step(SaleStep::kCompleted))
        return std::nullopt;
    return this->receipt(row.id);
}

std::optional<QJsonObject> CardDesk::replaceCard(const Session &by, const QString &meterNumber,
                                                 const QString &reason)
{
    if (!by.may(Permission::kReplaceCard))
        return fail(tr("Only an installer, supervisor or administrator may replace cards."));
    if (reason.trimmed().isEmpty())
        return fail(tr("Say why the card is replaced (lost, stolen, damaged)."));
    const StationSettings settings = Settings(m_ledger).load();
    const std::optional<QString> shift = openShiftOf(by.login());
    if (settings.replacementFee.raw() > 0 && !shift)
        return fail(tr("Open a shift before taking the replacement fee."));
    const std::optional<MeterRecord> meter = Meters(m_ledger).byNumber(meterNumber);
    if (!meter)
        return fail(tr("Meter %1 is not registered.").arg(meterNumber));
    const std::optional<CardRecord> old = Cards(m_ledger).userCardOf(meterNumber);
    if (!old)
        return fail(
            tr("Meter %1 has no card to replace: open the account instead.").arg(meterNumber));
    std::optional<Blank> blank = readBlankCard(by);
    if (!blank)
        return std::nullopt;
    Row row;
    row.id = newId();
    row.kind = QStringLiteral("replacement");
    row.meterId = meter->id;
    row.meterNumber = meter->number;
    row.reference = QString::number(old->serial);
    row.operatorName = by.login();
    row.shiftId = shift.value_or(QString());
    row.paid = settings.replacementFee.raw();
    row.fixedCharge = row.paid;
    card::Token token = baseToken(card::RecordType::kReplacement, *meter, blank->id.serial);
    token.previousCardSerial = old->serial;
    row.receipt = receiptHead(row, meter->number, meter->customerNumber);
    QJsonObject &receipt = row.receipt;
    receipt[QStringLiteral("card")] = CardNames::serialText(blank->id.serial);
    receipt[QStringLiteral("replaces")] = CardNames::serialText(old->serial);
    receipt[QStringLiteral("reason")] = reason.trimmed();
    receipt[QStringLiteral("paid")] = moneyText(row.paid);
    receipt[QStringLiteral("replacementFee")] = moneyText(row.paid);
    if (!addTariff(*meter, std::nullopt, token, receipt))
        return std::nullopt;
    return carry(row, token, blank->contents, 0);
}

std::optional<QJsonObject> CardDesk::changeMeter(const Session &by,
                                                 const MeterChangeRequest &request)
{
    if (!by.may(Permission::kOpenAccount))
        return fail(tr("Only an installer, supervisor or administrator may change meters."));
    if (request.reason.trimmed().isEmpty())
        return fail(tr("Say why the meter is changed (faulty, burnt, upgraded to three phases)."));
    if (request.remaining.isNegative())
        return fail(tr("The credit left on the old meter cannot be negative: a meter in overdraft "
                       "has 0 left, and its overdraft becomes the account's debt."));
    const StationSettings settings = Settings(m_ledger).load();
    if (settings.utilityId != m_keys.utilityId())
        return fail(tr("The keystore is for utility %1 but the station sells for utility %2.")
                        .arg(m_keys.utilityId())
                        .arg(settings.utilityId));
    if (settings.hoardingLimit.raw() > 0 && request.remaining > settings.hoardingLimit)
        return fail(tr("%1 is above the hoarding limit %2: check the old meter's display.")
                        .arg(tariff::formatMoney(request.remaining),
                             tariff::formatMoney(settings.hoardingLimit)));
    Meters meters(m_ledger);
    const std::optional<MeterRecord> old = meters.byNumber(request.oldMeter);
    if (!old)
        return fail(tr("Meter %1 is not registered.").arg(request.oldMeter));
    if (old->status == QLatin1String("removed"))
        return fail(
            tr("Meter %1 was removed already (replaced by %2).").arg(old->number, old->replacedBy));
    if (!Cards(m_ledger).userCardOf(old->number))
        return fail(tr("Meter %1 has no account yet: open the account on the new meter instead.")
                        .arg(old->number));
    if (!mayMoveCredit(by, *old, request))
        return std::nullopt;
    if (!rows(QStringLiteral("meter_id = ? AND state = 'pending'"), {old->id}).isEmpty())
        return fail(tr("Meter %1 has a card record still pending: put its card in the reader to "
                       "settle it first.")
                        .arg(old->number));
    if (request.newMeter.number == old->number)
        return fail(tr("The new meter has the old meter's number."));
    std::optional<MeterRecord> existing = meters.byNumber(request.newMeter.number);
    if (existing && (existing->customerNumber != old->customerNumber ||
                     Cards(m_ledger).userCardOf(existing->number) ||
                     existing->status != QLatin1String("active")))
        return fail(tr("Meter %1 is in use already.").arg(existing->number));
    std::optional<Blank> blank = readBlankCard(by);
    if (!blank)
        return std::nullopt;

    Row row;
    row.id = newId();
    row.kind = QStringLiteral("meter-change");
    row.reference = old->number;
    row.operatorName = by.login();
    row.shiftId = openShiftOf(by.login()).value_or(QString());
    row.receipt = receiptHead(row, request.newMeter.number, old->customerNumber);
    QJsonObject &receipt = row.receipt;
    receipt[QStringLiteral("oldMeter")] = old->number;
    receipt[QStringLiteral("card")] = CardNames::serialText(blank->id.serial);
    receipt[QStringLiteral("reason")] = request.reason.trimmed();
    receipt[QStringLiteral("paid")] = moneyText(0);
    receipt[QStringLiteral("transferred")] = tariff::formatMoney(request.remaining);

    MeterRecord fresh = existing.value_or(request.newMeter);
    fresh.customerNumber = old->customerNumber;
    if (fresh.tariffPlan.isEmpty())
        fresh.tariffPlan = old->tariffPlan;
    card::Token token;
    {
        // The new meter is registered with the pending record, so the token names its plan.
        Transaction transaction(m_ledger.database());
        if (!transaction.started())
            return fail(tr("The ledger is busy: %1").arg(transaction.errorText()));
        if (!existing && !meters.add(by, fresh))
            return fail(meters.errorString());
        const std::optional<MeterRecord> stored = meters.byNumber(fresh.number);
        if (!stored)
            return fail(tr("Meter %1 could not be registered.").arg(fresh.number));
        row.meterId = stored->id;
        row.meterNumber = stored->number;
        token = baseToken(card::RecordType::kAccountOpening, *stored, blank->id.serial);
        token.amount = request.remaining;
        if (!addTariff(*stored, std::nullopt, token, receipt) || !transaction.commit())
            return std::nullopt;
    }
    return carry(row, token, blank->contents, 0);
}

// The old meter's last proven remaining bounds what moves; above it, a supervisor countersigns.
bool CardDesk::mayMoveCredit(const Session &by, const MeterRecord &old,
                             const MeterChangeRequest &request)
{
    QSqlQuery proven(m_ledger.database());
    if (!run(proven,
             QStringLiteral("SELECT remaining FROM return_records WHERE meter_id = ? ORDER BY "
                            "meter_time DESC, rowid DESC LIMIT 1"),
             {old.id}))
        return failed(proven.lastError().text());
    const qint64 provenRemaining = proven.next() ? std::max<qint64>(0, proven.value(0).toLongLong()) : 0;
    if (request.remaining.raw() <= provenRemaining)
        return true;
    const QString what = tr("%1 is more than meter %2's last proven remaining credit %3")
                             .arg(tariff::formatMoney(request.remaining), old.number,
                                  moneyText(provenRemaining));
    if (!request.countersign)
        return failed(tr("%1 (its newest sealed record). A supervisor must countersign the "
                         "difference with a reason.")
                          .arg(what));
    if (!request.countersign->may(Permission::kCountersign) ||
        request.countersign->login() == by.login())
        return failed(tr("%1: the countersignature must be another operator's, a supervisor or "
                         "an administrator.")
                          .arg(what));
    if (request.countersignReason.trimmed().isEmpty())
        return failed(tr("%1: the countersignature needs a reason.").arg(what));
    return m_ledger.audit(request.countersign->login(),
                          QStringLiteral("meter-change.countersigned"), old.number,
                          tr("%1, moved for %2: %3")
                              .arg(what, by.login(), request.countersignReason.trimmed()))
               ? true
               : failed(m_ledger.errorString());
}

std::optional<QString> CardDesk::issueFunctionCard(const Session &by,
                                                   const FunctionCardRequest &request)
{
    if (!by.may(Permission::kIssueFunctionCard))
        return fail<QString>(
            tr("Only an installer, supervisor or administrator may issue function cards."));
    if (request.kind == card::CardKind::kKeyChange && !by.may(Permission::kManageKeys))
        return fail<QString>(tr("Only a supervisor or administrator may issue key-change cards."));
    if ((request.kind == card::CardKind::kClear || request.kind == card::CardKind::kPreset) &&
        !by.may(Permission::kIssueCreditCards))
        return fail<QString>(tr("Only a supervisor or administrator may issue clear and preset "
                                "cards: they reset or create credit on a meter."));
    if (request.kind == card::CardKind::kUser || !card::isKnown(request.kind))
        return fail<QString>(tr("Choose a function card kind."));
    if (!m_keys.valid())
        return fail<QString>(tr("The keystore is locked: a supervisor must unlock it first."));
    const std::optional<MeterRecord> meter = Meters(m_ledger).byNumber(request.meterNumber);
    if (!meter)
        return fail<QString>(tr("Meter %1 is not registered.").arg(request.meterNumber));
    cardio::CardContents contents;
    if (const Status status = m_service.read(contents); !status.ok())
        return fail<QString>(tr("Cannot read the card: %1").arg(describe(status.code())));
    const QString serial = CardNames::serialText(contents.id.serial);
    if (contents.id.kind != request.kind)
        return fail<QString>(
            tr("This is a %1, not a %2.")
                .arg(CardNames::kindLabel(contents.id.kind), CardNames::kindLabel(request.kind)));
    Cards cards(m_ledger);
    const std::optional<CardRecord> known = cards.bySerial(contents.id.serial);
    if (known && known->state == QLatin1String("blacklisted"))
        return fail<QString>(tr("Card %1 is blacklisted (%2).").arg(serial, known->reason));
    if (known && known->kind != int(request.kind))
        return fail<QString>(tr("Card %1 is recorded as another kind.").arg(serial));
    if (request.kind == card::CardKind::kKeyChange &&
        (request.newKeyVersion == 0 || request.newKeyVersion <= meter->keyVersion))
        return fail<QString>(
            tr("The new key version must be above the meter's %1.").arg(meter->keyVersion));

    QJsonObject detail;
    detail[QStringLiteral("kind")] = CardNames::kindName(request.kind);
    detail[QStringLiteral("card")] = serial;
    const QString issueId = newId();
    card::Token token;
    const bool writes = request.kind != card::CardKind::kCheck;
    if (writes) {
        const card::RecordType type =
            request.kind == card::CardKind::kParameter   ? card::RecordType::kParameter
            : request.kind == card::CardKind::kClear     ? card::RecordType::kClear
            : request.kind == card::CardKind::kRelayTest ? card::RecordType::kRelayTest
            : request.kind == card::CardKind::kKeyChange ? card::RecordType::kKeyChange
                                                         : card::RecordType::kPreset;
        token = baseToken(type, *meter, contents.id.serial);
        if (request.kind == card::CardKind::kParameter && request.sendTariff &&
            !addTariff(*meter, std::nullopt, token, detail))
            return std::nullopt;
        if (request.credit && (request.kind == card::CardKind::kParameter ||
                               request.kind == card::CardKind::kPreset)) {
            if (!tariff::validate(*request.credit).ok())
                return fail<QString>(tr("The credit thresholds do not hold together."));
            token.flags |= card::kFlagCredit;
            token.credit = *request.credit;
            detail[QStringLiteral("thresholds")] = true;
        }
        if (request.kind == card::CardKind::kParameter &&
            (token.flags & (card::kFlagTariff | card::kFlagCredit)) == 0)
            return fail<QString>(tr("A parameter card carries a tariff, thresholds or both."));
        if (request.kind == card::CardKind::kPreset) {
            if (request.presetAmount.raw() <= 0)
                return fail<QString>(tr("A preset card carries a preset credit above zero."));
            token.amount = request.presetAmount;
            detail[QStringLiteral("preset")] = tariff::formatMoney(request.presetAmount);
        }
        if (request.kind == card::CardKind::kKeyChange) {
            token.flags |= card::kFlagNewKey;
            token.newKeyVersion = request.newKeyVersion;
            token.newKeyLength = 16;
            if (const Status status =
                    m_keys.meterKey(token.meter, request.newKeyVersion,
                                    card::Bytes(token.newKey.data(), token.newKeyLength));
                !status.ok())
                return fail<QString>(describe(status.code()));
            detail[QStringLiteral("newKeyVersion")] = int(request.newKeyVersion);
        }
        {
            // The sequence is taken before the card is written, so a crash never lets a later
            // purchase reuse it.
            Transaction transaction(m_ledger.database(), Transaction::Lock::kImmediate);
            if (!transaction.started())
                return fail<QString>(transaction.errorText());
            const std::optional<qint64> taken = takeSequence(meter->id, 0);
            if (!taken || !transaction.commit())
                return fail<QString>(m_error.isEmpty() ? transaction.errorText() : m_error);
            token.sequence = static_cast<std::uint32_t>(*taken);
        }
        detail[QStringLiteral("sequence")] = qint64(token.sequence);
        cardio::OpensslAead key;
        if (const Status status = m_keys.meterAead(token.meter, token.keyVersion, key);
            !status.ok())
            return fail<QString>(describe(status.code()));
        if (const Status status = m_service.writeToken(contents, token, key); !status.ok())
            return fail<QString>(tr("The card write did not finish (%1); write the card again.")
                                     .arg(describe(status.code())));
    }
    Transaction transaction(m_ledger.database());
    if (!transaction.started())
        return fail<QString>(transaction.errorText());
    if (!known && !cards.record(by, CardRecord{contents.id.serial, int(request.kind), {}, {}, {}}))
        return fail<QString>(cards.errorString());
    const QString detailText =
        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    QSqlQuery insert(m_ledger.database());
    if (!run(insert,
             QStringLiteral("INSERT INTO function_card_issues (id, station, card_serial, kind, "
                            "meter_id, sequence, detail, operator, at) VALUES (?, ?, ?, ?, ?, ?, "
                            "?, ?, ?)"),
             {issueId, m_ledger.stationId(), qint64(contents.id.serial), int(request.kind),
              meter->id, writes ? qint64(token.sequence) : qint64(0), detailText, by.login(),
              isoText(m_clock())}))
        return fail<QString>(insert.lastError().text());
    if (!m_ledger.audit(by.login(), QStringLiteral("card.function"), serial,
                        meter->number + QLatin1Char(' ') + detailText))
        return fail<QString>(m_ledger.errorString());
    if (!transaction.commit())
        return fail<QString>(transaction.errorText());
    return issueId;
}

// ---- the receipt
// -----------------------------------------------------------------------------------

QString receiptText(const QJsonObject &r)
{
    auto line = [](const QString &label, const QString &value) {
        return label.leftJustified(22, QLatin1Char(' ')) + value + QLatin1Char('\n');
    };
    const QString kind = r.value(QStringLiteral("kind")).toString();
    QString title = CardDesk::tr("ELECTRICITY PURCHASE");
    if (kind == QLatin1String("cancel"))
        title = CardDesk::tr("CANCELLED PURCHASE");
    else if (kind == QLatin1String("opening"))
        title = CardDesk::tr("ACCOUNT OPENING");
    else if (kind == QLatin1String("replacement"))
        title = CardDesk::tr("REPLACEMENT CARD");
    else if (kind == QLatin1String("meter-change"))
        title = CardDesk::tr("METER CHANGE");
    QString text = title + QLatin1Char('\n');
    auto value = [&](const char *key) { return r.value(QLatin1String(key)).toString(); };
    text += line(CardDesk::tr("Receipt"), value("sale"));
    text += line(CardDesk::tr("State"), value("state"));
    text += line(CardDesk::tr("Time (UTC)"), value("at"));
    text += line(CardDesk::tr("Operator"), value("operator"));
    text += line(CardDesk::tr("Customer"),
                 value("customer") + QLatin1Char(' ') + value("customerName"));
    text += line(CardDesk::tr("Meter"), value("meter"));
    text += line(CardDesk::tr("Card"), value("delivery") == QLatin1String("remote")
                                           ? CardDesk::tr("none: delivered to the meter remotely")
                                           : value("card"));
    text += line(CardDesk::tr("Sequence"),
                 QString::number(r.value(QStringLiteral("sequence")).toInteger()));
    if (kind == QLatin1String("cancel"))
        text += line(CardDesk::tr("Cancels"), value("cancels"));
    if (kind == QLatin1String("replacement"))
        text += line(CardDesk::tr("Replaces card"),
                     value("replaces") + QStringLiteral(" (") + value("reason") + QLatin1Char(')'));
    if (kind == QLatin1String("purchase") || kind == QLatin1String("cancel")) {
        text += line(CardDesk::tr("Fixed charge"), value("fixedCharge"));
        text += line(CardDesk::tr("Debt recovered"), value("debtRecovered"));
        text += line(CardDesk::tr("VAT"), value("vat"));
        text += line(CardDesk::tr("Electricity credit"), value("credit"));
        if (r.contains(QStringLiteral("overdraftRepaid")))
            text += line(CardDesk::tr("  of which repays the overdraft"), value("overdraftRepaid"));
        const QJsonArray steps = r.value(QStringLiteral("energySteps")).toArray();
        for (const QJsonValue &piece : steps) {
            const QJsonObject p = piece.toObject();
            text += line(CardDesk::tr("  step %1").arg(p.value(QStringLiteral("step")).toInt()),
                         CardDesk::tr("%1 kWh at %2 = %3")
                             .arg(p.value(QStringLiteral("energy")).toString(),
                                  p.value(QStringLiteral("price")).toString(),
                                  p.value(QStringLiteral("money")).toString()));
        }
        text += line(CardDesk::tr("Energy (kWh)"), value("energy"));
        if (r.value(QStringLiteral("combined")).toBool())
            text += line(
                CardDesk::tr("On the card"),
                CardDesk::tr("%1 (combined with the unloaded purchase)").arg(value("tokenAmount")));
        if (r.contains(QStringLiteral("debtLeft")))
            text += line(CardDesk::tr("Debt left"), value("debtLeft"));
    }
    if (kind == QLatin1String("opening"))
        text += line(CardDesk::tr("Preset credit owed"), value("presetRecovery"));
    if (kind == QLatin1String("meter-change")) {
        text += line(CardDesk::tr("Replaces meter"),
                     value("oldMeter") + QStringLiteral(" (") + value("reason") + QLatin1Char(')'));
        text += line(CardDesk::tr("Credit moved"), value("transferred"));
    }
    if (r.contains(QStringLiteral("tariff")))
        text += line(CardDesk::tr("New tariff"),
                     CardDesk::tr("%1 from %2").arg(value("tariff"), value("tariffFrom")));
    if (kind == QLatin1String("cancel") && value("state") == QLatin1String("pending"))
        text += line(CardDesk::tr("REFUND PENDING"),
                     CardDesk::tr("%1, paid once the meter's record proves it can never load the "
                                  "purchase")
                         .arg(value("paid")));
    else
        text += line(CardDesk::tr("TOTAL PAID"), value("paid"));
    return text;
}

} // namespace ampcard::station
