#pragma once

#include <cstdint>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include "ampcard/station/currencies.h"
#include "ampcard/tariff/units.h"

// Money as the cashier counts it. The ledger keeps tariff::Money (0.0001); screens and receipts
// show it in the station currency's minor units (ISO 4217) with a locale's grouping and decimal
// sign, and cashier input is read back in the same locale. Cash is always whole minor units.

namespace ampcard::station {

class MoneyFormat {
    Q_DECLARE_TR_FUNCTIONS(MoneyFormat)

public:
    // `currency`'s minor units must be 0..4.
    MoneyFormat(Currency currency, QLocale locale);
    // The format for the currency with ISO code `code`; nothing with `error` when it is unknown.
    static std::optional<MoneyFormat> forCode(const QString &code, const QLocale &locale,
                                              QString *error = nullptr);

    [[nodiscard]] const Currency &currency() const { return m_currency; }
    [[nodiscard]] const QLocale &locale() const { return m_locale; }
    // The smallest cash amount, in 0.0001: 100 for 2 decimals, 10000 for none, 10 for 3.
    [[nodiscard]] std::int64_t cashUnit() const { return m_unit; }

    // `money` to the nearest minor unit (halves away from zero), and up to the next one.
    [[nodiscard]] tariff::Money rounded(tariff::Money money) const;
    [[nodiscard]] tariff::Money roundedUp(tariff::Money money) const;
    [[nodiscard]] bool isCash(tariff::Money money) const { return money.raw() % m_unit == 0; }

    // `money` rounded to minor units, in the locale: "1,234.50" (en), "1 234,50" (fr), "1,235"
    // for XOF; with the code after it when `withCode`.
    [[nodiscard]] QString format(tariff::Money money, bool withCode = false) const;
    // Cashier input in the locale (group separators optional, locale or ASCII digits); nothing
    // with `error` saying what is wrong, e.g. more decimals than the currency has.
    [[nodiscard]] std::optional<tariff::Money> parse(const QString &text,
                                                     QString *error = nullptr) const;

private:
    Currency m_currency;
    QLocale m_locale;
    std::int64_t m_unit = 1;
};

// A receipt's money lines as cash: each line rounded to minor units, and a "Rounding" line when
// the rounded lines do not add up to the cash paid, so that the printed lines always do.
struct CashLine {
    QString label;
    tariff::Money amount; // rounded to minor units
};

QList<CashLine> cashLines(const MoneyFormat &format, const QList<CashLine> &exactLines,
                          tariff::Money paid, const QString &roundingLabel);

// A ledger time (UTC) in `zone` as the locale writes it, with the zone stated:
// "30/11/2026 14:05 (UTC+03:00 EAT)".
QString localTimeText(const QDateTime &utc, const QLocale &locale, const QTimeZone &zone);

} // namespace ampcard::station
