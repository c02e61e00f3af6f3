#pragma once

#include <cstdint>
#include <optional>

#include <QCoreApplication>
#include <QString>

#include "ampcard/card/records.h"

// Names of card kinds and record types as the command line and the JSON output spell them, and
// their translated labels for people.

namespace ampcard::cardio {

class CardNames {
    Q_DECLARE_TR_FUNCTIONS(CardNames)

public:
    static QString kindName(card::CardKind kind); // "user", "key-change", ...
    static std::optional<card::CardKind> kindFromName(const QString &name);
    static QString recordName(card::RecordType type); // "purchase", "account-opening", ...
    static QString kindLabel(card::CardKind kind);    // translated
    static QString serialText(std::uint64_t serial);  // 16 hex digits
    static std::optional<std::uint64_t> serialFromText(const QString &text);
    static QString meterText(const card::MeterNumber &meter);
};

} // namespace ampcard::cardio
