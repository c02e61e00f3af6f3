// DL/T645: the frame decoder, the receive state machine and the meter's server on any bytes.
// Every frame the server sends must decode.
#include <cstddef>
#include <cstdint>

#include "ampcard/meter/dlt645server.h"
#include "ampcard/protocol/dlt645.h"
#include "fuzzmeter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ampcard;
    (void)dlt645::decode(ConstBytes(data, size));
    static fuzzing::Rig rig;
    meter::Dlt645Server server(rig.meter);
    dlt645::Receiver receiver;
    std::array<std::uint8_t, dlt645::kMaxFrame> reply{};
    for (std::size_t i = 0; i < size; ++i) {
        dlt645::Receiver::Event event = receiver.feed(data[i]);
        while (event == dlt645::Receiver::Event::kFrame) {
            const std::size_t length = server.handle(receiver.frame(), reply);
            if (length > 0 && !dlt645::decode(ConstBytes(reply).first(length)).ok())
                __builtin_trap();
            event = receiver.poll();
        }
    }
    return 0;
}
