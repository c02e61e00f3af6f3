#pragma once

#include <cstdint>
#include <optional>

#include <QList>
#include <QString>

#include "ampcard/station/salestate.h"

// What the station may conclude about the tokens it issued to one meter, from the meter's proof
// alone (DESIGN.md §5, docs/station.md "Settling from the meter's proof"). Pure logic, no SQL: the
// sale protocol hands in the tokens whose fate is unknown and gets back what became certain.

namespace ampcard::station {

// One token issued to the meter, as the ledger knows it. Rows at the same sequence are re-issues
// (combined purchases), in the order they were issued: each later one carries the earlier ones'
// credit too.
struct IssuedToken {
    QString saleId;
    std::int64_t sequence = 0;
    std::int64_t amount = 0; // token amount, 0.0001
    // Its sequence came from the server (a remote sale in network mode): no other station's
    // token has it, whatever `sequencesShared` says.
    bool sequenceFromServer = false;
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
// `unknownPossible`: tokens this ledger never saw may sit below the meter's last sequence (a
// restore jumped past them); credit no ledger token explains is then weighed too.
// `sequencesShared`: in network mode another station may have used the meter's last sequence
// itself (a remote sale while this one was offline), so a token of this ledger at the last
// sequence may not be the one the meter loaded.
ProofVerdict weigh(const QList<IssuedToken> &open, const ProvenTotals &proven,
                   const MeterProof &proof, std::int64_t maxIssuedSequence,
                   bool unknownPossible = false, bool sequencesShared = false);

} // namespace ampcard::station
