#include "ampcard/base/bytes.h"

namespace ampcard {

bool constantTimeEqual(ConstBytes a, ConstBytes b)
{
    if (a.size() != b.size())
        return false;
    std::uint8_t difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        difference = static_cast<std::uint8_t>(difference | (a[i] ^ b[i]));
    return difference == 0;
}

void secureZero(Bytes bytes)
{
    volatile std::uint8_t *data = bytes.data();
    for (std::size_t i = 0; i < bytes.size(); ++i)
        data[i] = 0;
}

} // namespace ampcard
