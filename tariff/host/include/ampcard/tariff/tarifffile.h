#pragma once

#include <cstdint>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "ampcard/tariff/charge.h"
#include "ampcard/tariff/tariff.h"

// The JSON tariff file (docs/tariff-format.md): reading with errors that name the field, and
// writing back. Money and prices are decimal strings, never JSON numbers.

namespace ampcard::tariff {

struct TariffFile {
    QString name;
    QString currency;
    Tariff tariff;
    // TOU rate a quote uses when the consumption time is unknown (ignored without TOU).
    std::uint8_t quoteRate = 0;
};

// A field path such as "steps[2].upTo" and what is wrong with it.
struct FileError {
    QString field;
    QString message;
    [[nodiscard]] QString toString() const
    {
        return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    }
};

class TariffFileReader {
    Q_DECLARE_TR_FUNCTIONS(TariffFileReader)

public:
    // Reads and validates a tariff; on failure returns nothing and sets *error.
    static std::optional<TariffFile> parse(const QByteArray &json, FileError *error);
    static std::optional<TariffFile> load(const QString &path, FileError *error);

    static QByteArray toJson(const TariffFile &file);

    // "sharp", "peak", "flat", "valley" <-> TouRate index; -1 when unknown.
    static int rateFromName(const QString &name);
    static QString rateName(int rate);
};

// Energy as text: 2 decimals (kWh) when it is a whole 0.01 kWh, otherwise all 3.
QString formatEnergy(Energy energy);
QString formatMoney(Money money);
QString formatPrice(Price price);
// Typed or stored text ("250", "250.5", " 12.5 ") as an exact amount; nothing when it is not one.
std::optional<Money> moneyFromText(const QString &text);
std::optional<Energy> energyFromText(const QString &text);

// {"money":..., "energy":..., "steps":[{"step":1,"energy":...,"price":...,"money":...}]}
QJsonObject chargeToJson(const Charge &charge);

} // namespace ampcard::tariff
