#pragma once

#include <cstdint>
#include <optional>

#include <QList>
#include <QString>

// What the station may conclude about the tokens it issued to one meter, from the meter's proof
// alone (DESIGN.md §5, docs/station.md "Settling from the meter's proof"). Pure logic, no SQL: the
// sale ledger hands in the tokens whose fate is unknown and gets back what became certain.

namespace ampcard::station {

// A sale row's life. Money enters the journal only on the way into kComplete (or, for a
// cancellation, kComplete means the refund was paid).
enum class SaleState { kPending, kComplete, kVoid, kCancelled };
// What the meter proved about a row's token: nothing yet, loaded, or never loadable again (a
// later sequence was loaded without it). kCarried: a re-issue at the same sequence that includes
// this row's credit was loaded.
enum class TokenProof { kUnknown, kLoaded, kCarried, kSuperseded };

QString stateName(SaleState state);
std::optional<SaleState> stateFromName(const QString &name);
QString proofName(TokenProof proof);
TokenProof proofFromName(const QString &name);

// The only moves a sale row makes; everything else is refused by the sale ledger.
//   pending  → complete   the card holds it, or the meter proved it loaded
//   pending  → void       nothing was sent to the card, or the meter proved it superseded
//   complete → cancelled  a cancellation's refund was paid (its superseding record proven)
[[nodiscard]] bool mayMove(SaleState from, SaleState to);

// One token issued to the meter, as the ledger knows it. Rows at the same sequence are re-issues
// (combined purchases), in the order they were issued: each later one carries the earlier ones'
// credit too.
struct IssuedToken {
    QString saleId;
    std::int64_t sequence = 0;
    std::int64_t amount = 0; // token amount, 0.0001
};

// The meter's sealed figures: last sequence loaded, credit-carrying loads and their sum since
// manufacture.
struct MeterProof {
    std::int64_t lastSequence = 0;
    std::int64_t loadCount = 0;
    std::int64_t creditLoaded = 0;
};

// What is already accounted for: credit and loads of tokens proven loaded, and credit the meter
// loaded that this ledger never issued (reported when found).
struct ProvenTotals {
    std::int64_t loadCount = 0;
    std::int64_t creditLoaded = 0;
};

struct ProofVerdict {
    struct Decision {
        QString saleId;
        TokenProof proof = TokenProof::kUnknown;
    };
    QList<Decision> decided;
    QStringList undecided; // more than one history fits the proof (or too many tokens to try)
    // Credit and loads the meter has that no token of this ledger explains (a restored or
    // replaced ledger, another station): reported, then accounted for.
    std::int64_t unknownCredit = 0;
    std::int64_t unknownLoads = 0;
    bool contradicts = false; // the proof is below what is already proven: refuse the record
};

// At most this many sequences are weighed at once; beyond it the tokens stay undecided.
inline constexpr int kMaxWeighedSequences = 14;

// `open`: the tokens with sequence <= proof.lastSequence whose proof is unknown, in issue order.
// `maxIssuedSequence`: the highest sequence the ledger ever issued to this meter.
ProofVerdict weigh(const QList<IssuedToken> &open, const ProvenTotals &proven,
                   const MeterProof &proof, std::int64_t maxIssuedSequence);

} // namespace ampcard::station
