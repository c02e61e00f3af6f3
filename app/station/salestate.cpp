#include "ampcard/station/salestate.h"

#include <array>

#include <QCoreApplication>

namespace ampcard::station {

namespace {

struct StateName {
    SaleState state;
    const char *name;
};
constexpr std::array<StateName, 4> kStateNames = {{{SaleState::kPending, "pending"},
                                                   {SaleState::kComplete, "complete"},
                                                   {SaleState::kVoid, "void"},
                                                   {SaleState::kCancelled, "cancelled"}}};

struct Move {
    SaleState from;
    SaleState to;
};
constexpr std::array<Move, 3> kMoves = {{{SaleState::kPending, SaleState::kComplete},
                                         {SaleState::kPending, SaleState::kVoid},
                                         {SaleState::kComplete, SaleState::kCancelled}}};

struct KindName {
    SaleKind kind;
    const char *name;
};
constexpr std::array<KindName, 5> kKindNames = {{{SaleKind::kPurchase, "purchase"},
                                                 {SaleKind::kOpening, "opening"},
                                                 {SaleKind::kReplacement, "replacement"},
                                                 {SaleKind::kMeterChange, "meter-change"},
                                                 {SaleKind::kCancel, "cancel"}}};

} // namespace

QString stateName(SaleState state)
{
    for (const StateName &entry : kStateNames)
        if (entry.state == state)
            return QLatin1String(entry.name);
    return {};
}

QString stateText(SaleState state)
{
    switch (state) {
    case SaleState::kPending: return QCoreApplication::translate("SaleState", "pending");
    case SaleState::kComplete: return QCoreApplication::translate("SaleState", "complete");
    case SaleState::kVoid: return QCoreApplication::translate("SaleState", "void");
    case SaleState::kCancelled: return QCoreApplication::translate("SaleState", "cancelled");
    }
    return {};
}

std::optional<SaleState> stateFromName(const QString &name)
{
    for (const StateName &entry : kStateNames)
        if (name == QLatin1String(entry.name))
            return entry.state;
    return std::nullopt;
}

QString proofName(TokenProof proof)
{
    switch (proof) {
    case TokenProof::kUnknown: return {};
    case TokenProof::kLoaded: return QStringLiteral("loaded");
    case TokenProof::kCarried: return QStringLiteral("carried");
    case TokenProof::kSuperseded: return QStringLiteral("superseded");
    }
    return {};
}

TokenProof proofFromName(const QString &name)
{
    for (const TokenProof proof :
         {TokenProof::kLoaded, TokenProof::kCarried, TokenProof::kSuperseded})
        if (name == proofName(proof))
            return proof;
    return TokenProof::kUnknown;
}

bool mayMove(SaleState from, SaleState to)
{
    for (const Move &move : kMoves)
        if (move.from == from && move.to == to)
            return true;
    return false;
}

QString kindName(SaleKind kind)
{
    for (const KindName &entry : kKindNames)
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    return {};
}

std::optional<SaleKind> kindFromName(const QString &name)
{
    for (const KindName &entry : kKindNames)
        if (name == QLatin1String(entry.name))
            return entry.kind;
    return std::nullopt;
}

} // namespace ampcard::station
