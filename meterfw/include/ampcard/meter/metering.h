#pragma once

#include <array>
#include <cstdint>

#include "ampcard/tariff/units.h"

// Energy registers from per-phase active power: forward and reverse per phase and in total, and
// the combined register that billing follows. By default the combined register adds |reverse| to
// forward (reverse energy is billed as consumption: anti-theft).

namespace ampcard::meter {

inline constexpr std::size_t kMaxPhases = 3;
// 1 Wh in milliwatt-milliseconds.
inline constexpr std::int64_t kMilliwattMillisecondsPerWh = 3'600'000'000;

// Combination mode word (DL/T645 "active combination" character): bit 0 add forward, bit 1
// subtract forward, bit 2 add reverse, bit 3 subtract reverse.
inline constexpr std::uint8_t kCombineAddForward = 1u << 0;
inline constexpr std::uint8_t kCombineSubtractForward = 1u << 1;
inline constexpr std::uint8_t kCombineAddReverse = 1u << 2;
inline constexpr std::uint8_t kCombineSubtractReverse = 1u << 3;
inline constexpr std::uint8_t kCombineDefault = kCombineAddForward | kCombineAddReverse;

struct MeteringConfig {
    std::uint8_t phases = 1;              // 1 or 3
    std::int32_t creepMilliwatts = 2'000; // below |2 W| per phase nothing is counted
    std::uint8_t combination = kCombineDefault;
};

struct EnergyRegisters {
    tariff::Energy forward;
    tariff::Energy reverse;
    tariff::Energy combined; // may not go below zero
    std::array<tariff::Energy, kMaxPhases> phaseForward{};
    std::array<tariff::Energy, kMaxPhases> phaseReverse{};
    // Sub-Wh remainders per phase and direction, milliwatt-milliseconds.
    std::array<std::int64_t, kMaxPhases> forwardRemainder{};
    std::array<std::int64_t, kMaxPhases> reverseRemainder{};
    std::uint32_t reverseMilliseconds = 0; // time with reverse flow, below one minute
    std::uint32_t reverseMinutes = 0;
    std::uint16_t reverseEvents = 0;
    std::uint8_t reversePhases = 0; // bit per phase currently in reverse
};

struct MeteringStep {
    tariff::Energy billable; // increase of the combined register
    bool reverseStarted = false;
};

// Integrates `milliwatts` (one per configured phase) over `milliseconds`.
MeteringStep integrate(EnergyRegisters &registers, const MeteringConfig &config,
                       const std::int32_t *milliwatts, std::uint32_t milliseconds);

} // namespace ampcard::meter
