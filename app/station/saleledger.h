#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

#include "ampcard/card/records.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/saleproof.h"
#include "salerow.h"

namespace ampcard::station {

class SaleContext;

// The only SQL on the sales and return_records tables, and the only code that moves a sale row
// between states (mayMove in salestate.h is checked on every move). Meters and cards are updated
// here only as a completed row's effects, inside the same unit of work.
class SaleLedger {
    Q_DECLARE_TR_FUNCTIONS(CardDesk)

public:
    explicit SaleLedger(SaleContext &context) : m_ctx(context) {}

    [[nodiscard]] QList<SaleRow> rows(const QString &where, const QVariantList &values) const;
    [[nodiscard]] std::optional<SaleRow> rowById(const QString &id) const;
    // The stored receipt with the row's current state.
    [[nodiscard]] std::optional<QJsonObject> receipt(const QString &saleId) const;
    [[nodiscard]] QList<QJsonObject> pending() const;

    // The meter's next sequence, inside the caller's (immediate) unit of work: above every
    // sequence the ledger issued and above `floor`, what the meter or its card showed. After a
    // restore the first one jumps 65,536 ahead: past anything the lost ledger could have issued,
    // so no sequence is issued twice (DESIGN.md §5).
    std::optional<qint64> takeSequence(const QString &meterId, qint64 floor);
    bool insertPending(const SaleRow &row);
    // pending → complete: the journal entry and the row's effects on the account, all or nothing.
    bool complete(const SaleRow &row);
    // pending → void, audited with `why`.
    bool voidRow(const QString &login, const SaleRow &row, const QString &why = {});
    bool setProof(const QString &saleId, TokenProof proof);
    bool setNote(const QString &saleId, const QString &note);

    // Stores a return record unless it is older than the newest stored for the meter by what
    // nothing on the line can wind back — its seal counter, last sequence, loads and credit loaded
    // (returns false with *older set, nothing stored; *newestSequence says what the station has
    // seen). *wound says the meter's clock or event counters went back since (a clock set, an
    // event clear): stored all the same, for the caller to audit.
    bool storeReturn(const MeterRecord &meter, quint64 cardSerial, const card::ReturnRecord &r,
                     bool *older, qint64 *newestSequence, bool *wound);
    [[nodiscard]] std::optional<card::ReturnRecord> newestReturn(const MeterRecord &meter) const;
    // What is proven loaded on the meter (tokens marked loaded and unknown credit), the highest
    // sequence this ledger issued to it, and where a restore made its sequences jump (0: never).
    std::optional<ProvenTotals> proven(const QString &meterId, qint64 *maxIssued,
                                       qint64 *restoreGapFrom) const;
    bool addUnknownCredit(const QString &meterId, qint64 credit, qint64 loads);
    [[nodiscard]] qint64 lastSequence(const QString &meterId) const;
    [[nodiscard]] bool shiftIsOpen(const QString &shiftId) const;
    // Completed card tokens above `loadedSequence` carrying credit or binding the card: what the
    // card may still hold unloaded (the account view without the card).
    [[nodiscard]] bool cardCreditAbove(const QString &meterId, qint64 loadedSequence) const;
    // The newest credit-carrying card token of the meter the meter has not been proven to load.
    [[nodiscard]] std::optional<qint64> newestUnprovenCardSequence(const QString &meterId) const;
    // The newest credit-carrying token this ledger wrote to card `serial` of the meter that the
    // meter has not been proven to load, whatever the card shows now.
    [[nodiscard]] std::optional<SaleRow> newestUnprovenOnCard(const QString &meterId,
                                                              quint64 serial) const;
    // What the first token at `sequence` was (a re-issue keeps its record type).
    [[nodiscard]] std::optional<SaleKind> firstKindAt(const QString &meterId,
                                                      qint64 sequence) const;
    // The amount of the newest token issued to the meter at `sequence` (pending or complete).
    [[nodiscard]] std::optional<qint64> newestTokenAmount(const QString &meterId,
                                                          qint64 sequence) const;
    // Whether a purchase with a fixed charge completed for the meter since `since`.
    [[nodiscard]] bool fixedChargePaidSince(const QString &meterId, const QDateTime &since) const;

private:
    bool moveAccount(const SaleRow &row);

    SaleContext &m_ctx;
};

} // namespace ampcard::station
