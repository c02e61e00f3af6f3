// Card records: the header, token and return-record decoders, the card id, and the binary tariff
// and credit parameters, on any bytes. What decodes must encode again and decode the same way;
// a token or return record must never open under a key it was not sealed with, but anything
// may be fed to it.
#include <array>
#include <cstddef>
#include <cstdint>

#include "ampcard/card/aead.h"
#include "ampcard/card/records.h"

namespace {

using namespace ampcard;
using namespace ampcard::card;

const PortableAead &key()
{
    static const PortableAead aead = [] {
        PortableAead made;
        std::array<std::uint8_t, 16> bytes{};
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<std::uint8_t>(0xA0 + i);
        if (!made.setKey(bytes).ok())
            __builtin_trap();
        return made;
    }();
    return aead;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ConstBytes in(data, size);
    if (const Result<CardId> id = decodeCardId(in); id.ok()) {
        std::array<std::uint8_t, kCardIdSize> again{};
        if (!encodeCardId(id.value(), again).ok() || !decodeCardId(again).ok())
            __builtin_trap();
    }
    if (const Result<tariff::Tariff> tariff = decodeTariff(in); tariff.ok()) {
        std::array<std::uint8_t, kTariffEncodedSize> again{};
        if (!encodeTariff(tariff.value(), again).ok() || !decodeTariff(again).ok())
            __builtin_trap();
    }
    if (const Result<tariff::CreditParameters> credit = decodeCredit(in); credit.ok()) {
        std::array<std::uint8_t, 24> again{};
        if (!encodeCredit(credit.value(), again).ok() || !decodeCredit(again).ok())
            __builtin_trap();
    }
    if (size < kHeaderSize)
        return 0;
    const Result<RecordHeader> header = decodeHeader(in.first(kHeaderSize));
    if (!header.ok())
        return 0;
    std::array<std::uint8_t, kHeaderSize> again{};
    if (!encodeHeader(header.value(), again).ok() || !decodeHeader(again).ok())
        __builtin_trap();
    const ConstBytes body = in.subspan(kHeaderSize);
    (void)openToken(header.value(), body, key());
    (void)openReturn(header.value(), body, key());
    return 0;
}
