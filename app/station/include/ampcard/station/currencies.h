#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

// The currencies a station can sell in: ISO 4217 code, name and minor units (the digits after the
// decimal point the currency is counted in as cash; money itself is kept to 0.0001 everywhere).
// The set-up wizard offers them, and money on screens and receipts is shown in their minor units.

namespace ampcard::station {

struct Currency {
    QString code;
    QString name;
    int minorUnits = 2;
};

// Every currency the station knows, in the order the wizard offers them.
const QList<Currency> &currencies();

// The currency with ISO code `code`; nothing with `error` naming the code when it is not known.
std::optional<Currency> findCurrency(const QString &code, QString *error = nullptr);

} // namespace ampcard::station
