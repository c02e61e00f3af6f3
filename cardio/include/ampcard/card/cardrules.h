#pragma once

#include <array>
#include <cstdint>

#include "ampcard/card/records.h"

// What a meter accepts from a card or a remote token (DESIGN.md §4): one meter, one card; each
// sequence number once; replaced cards refused. Pure checks: a refusal changes nothing.

namespace ampcard::card {

inline constexpr std::size_t kBlacklistSize = 8;

struct MeterCardState {
    std::uint32_t utilityId = 0;
    MeterNumber meter;
    std::uint8_t keyVersion = 0;
    bool opened = false;
    std::uint64_t boundSerial = 0;
    std::uint32_t lastSequence = 0;
    std::uint8_t blacklistCount = 0;
    std::array<std::uint64_t, kBlacklistSize> blacklist{}; // most recent replaced serials
};

// Before the key is touched: kWrongUtility, kWrongMeter, kKeyVersion, kUnknownKind.
Status checkHeader(const RecordHeader &header, const MeterCardState &meter);

// After the token opened under the meter key: kWrongCard (kind or serial does not fit, another
// card bound), kBlacklisted, kReplay. `card` is the inserted card's EF_ID; a remote token passes
// nullptr (no card involved).
Status checkToken(const Token &token, const CardId *card, const MeterCardState &meter);

// Records an accepted token: sequence, binding, blacklist, key version.
void recordAccepted(const Token &token, MeterCardState &meter);

} // namespace ampcard::card
