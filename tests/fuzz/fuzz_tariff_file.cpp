// The tariff file parser on any bytes: what it accepts is a valid tariff, written back it reads the
// same, and the shared core can quote with it.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "ampcard/tariff/charge.h"
#include "ampcard/tariff/tarifffile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ampcard::tariff;
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    FileError error;
    const std::optional<TariffFile> file = TariffFileReader::parse(json, &error);
    if (!file)
        return 0;
    if (!validate(file->tariff).ok())
        __builtin_trap();
    const QByteArray written = TariffFileReader::toJson(*file);
    const std::optional<TariffFile> again = TariffFileReader::parse(written, &error);
    if (!again || TariffFileReader::toJson(*again) != written)
        __builtin_trap();
    (void)quoteEnergy(file->tariff, Energy(), Energy::fromWhole(123), file->quoteRate);
    return 0;
}
