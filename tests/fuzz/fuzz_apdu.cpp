// The card application's APDU handler on any sequence of commands: each input is split into
// commands by a length byte. Every answer ends in a status word and fits the response buffer, and
// the card's identity file can never be changed by a command.
#include <array>
#include <cstddef>
#include <cstdint>

#include "ampcard/card/cardapp.h"
#include "ampcard/card/records.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ampcard;
    using namespace ampcard::card;
    static MemoryStore formatted = [] {
        MemoryStore store;
        if (!formatCard(store, CardId{CardKind::kUser, 0x1001, 0}).ok())
            __builtin_trap();
        return store;
    }();
    MemoryStore store = formatted;
    CardApplication card(store, (size > 0 && (data[0] & 1) != 0) ? Protocol::kT1 : Protocol::kT0);
    std::array<std::uint8_t, kMaxResponseSize> response{};
    std::size_t at = size > 0 ? 1 : 0;
    while (at < size) {
        const std::size_t length = data[at++];
        const std::size_t take = length < size - at ? length : size - at;
        const std::size_t answer = card.process(ConstBytes(data + at, take), response);
        if (answer < 2 || answer > response.size())
            __builtin_trap();
        at += take;
    }
    std::array<std::uint8_t, kCardIdSize> before{}, after{};
    if (!formatted.read(0, before).ok() || !store.read(0, after).ok() || before != after)
        __builtin_trap();
    return 0;
}
