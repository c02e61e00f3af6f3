#pragma once

#include <optional>

#include <QString>

// The vocabulary of the sale protocol (DESIGN.md §5, docs/station.md "The sale protocol"): what a
// sale row is, where it is in its life, and what the meter proved about its token. The names are
// what the ledger stores.

namespace ampcard::station {

// What a row of the sales table records: a token written to a user card or sent to a meter.
enum class SaleKind { kPurchase, kOpening, kReplacement, kMeterChange, kCancel };

// A sale row's life. Money enters the journal only on the way into kComplete (or, for a
// cancellation, kComplete means the refund was paid).
enum class SaleState { kPending, kComplete, kVoid, kCancelled };
// What the meter proved about a row's token: nothing yet, loaded, or never loadable again (a
// later sequence was loaded without it). kCarried: a re-issue at the same sequence that includes
// this row's credit was loaded.
enum class TokenProof { kUnknown, kLoaded, kCarried, kSuperseded };

QString stateName(SaleState state);
// The state in the operator's language, for messages.
QString stateText(SaleState state);
std::optional<SaleState> stateFromName(const QString &name);
QString proofName(TokenProof proof);
TokenProof proofFromName(const QString &name);

// The only moves a sale row makes; everything else is refused by the sale ledger.
//   pending  → complete   the card holds it, or the meter proved it loaded
//   pending  → void       nothing was sent to the card, or the meter proved it superseded
//   complete → cancelled  a cancellation's refund was paid (its superseding record proven)
[[nodiscard]] bool mayMove(SaleState from, SaleState to);

QString kindName(SaleKind kind);
std::optional<SaleKind> kindFromName(const QString &name);

} // namespace ampcard::station
