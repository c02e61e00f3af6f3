// The meter's NV record decoders on any bytes (docs/meter.md, "NV layout"): byte 0 picks the
// record (0 state, 1 line guard, 2 settlement), byte 1 its layout version, the rest is the
// payload, stored in a journal with a good CRC. A layout-2 record the decoder accepts must encode
// back to exactly the same bytes.
#include <array>
#include <cstddef>
#include <cstdint>

#include "ampcard/meter/nvcodec.h"
#include "fuzzmeter.h"

namespace {

using namespace ampcard;
using namespace ampcard::meter;

class Payload final : public RecordWriter {
public:
    explicit Payload(ConstBytes bytes) : m_bytes(bytes) {}
    void write(RecordSink &sink) const override { sink.put(m_bytes); }

private:
    ConstBytes m_bytes;
};

// Compares what an encoder writes with the accepted payload.
class SameBytes final : public RecordSink {
public:
    explicit SameBytes(ConstBytes expected) : m_expected(expected) {}
    void put(ConstBytes bytes) override
    {
        for (std::uint8_t byte : bytes) {
            if (m_offset >= m_expected.size() || m_expected[m_offset] != byte)
                m_same = false;
            ++m_offset;
        }
    }
    [[nodiscard]] bool same() const { return m_same && m_offset == m_expected.size(); }

private:
    ConstBytes m_expected;
    std::size_t m_offset = 0;
    bool m_same = true;
};

template <class T, class Parser, class Writer>
void roundTrip(FakeNv &nv, ConstBytes payload, std::uint8_t version)
{
    Journal journal(nv, 0, kStateSlotSize, 2, version);
    if (!journal.save(Payload(payload)).ok())
        return; // too long for a slot
    static T value;
    Parser parser(value);
    Journal reader(nv, 0, kStateSlotSize, 2, kNvLayoutVersion);
    if (!reader.load(parser).ok() || version != kNvLayoutVersion)
        return;
    SameBytes check(payload);
    Writer(value).write(check);
    if (!check.same())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    static FakeNv nv(kNvBytes);
    const ConstBytes payload(data + 2, size - 2);
    switch (data[0] % 3) {
    case 0: roundTrip<MeterState, StateParser, StateWriter>(nv, payload, data[1]); break;
    case 1: roundTrip<LineGuard, LineParser, LineWriter>(nv, payload, data[1]); break;
    default:
        roundTrip<FrozenSettlement, SettlementParser, SettlementWriter>(nv, payload, data[1]);
        break;
    }
    return 0;
}
