#pragma once

#include <cstddef>
#include <cstdint>

#include "ampcard/base/bytes.h"

// A card that answers its ATR and then works against the meter, for the hostile-card tests of the
// simulator's slot and the QEMU board's (docs/meter.md "Card slot"). One definition for both, so
// the two meters are tried with the same card.

namespace ampcard::meter {

enum class HostileCard : std::uint8_t {
    kNone,
    kEndlessMore,  // every answer is 61FF: "more to come", forever
    kNonsense,     // answers with a status word no card may send
    kEndlessRetry, // every answer is 6Cxx: "wrong length, try again", forever
};

// What the hostile card answers to `command`: its status word in response[0..1]; returns the
// answer's length (0 for kNone, which is not a hostile card). `response` holds at least 2 bytes.
constexpr std::size_t hostileAnswer(HostileCard hostile, ConstBytes command, Bytes response)
{
    switch (hostile) {
    case HostileCard::kEndlessMore:
        response[0] = 0x61;
        response[1] = 0xFF;
        return 2;
    case HostileCard::kNonsense:
        response[0] = 0x12; // no such SW1
        response[1] = 0x34;
        return 2;
    case HostileCard::kEndlessRetry:
        response[0] = 0x6C;
        response[1] = static_cast<std::uint8_t>(command.size() > 4 ? command[4] + 1 : 1);
        return 2;
    case HostileCard::kNone: break;
    }
    return 0;
}

} // namespace ampcard::meter
