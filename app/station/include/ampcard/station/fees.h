#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "ampcard/tariff/charge.h"
#include "ampcard/tariff/tariff.h"
#include "ampcard/tariff/units.h"

// What a sale costs and where each 0.0001 of it goes: the station's charges around the tariff.
// Every line is exact integer money; the lines always add up to what the customer pays.

namespace ampcard::station {

struct FeeRules {
    tariff::Money minimumPurchase; // the least a customer may pay (0: no minimum)
    int vatBasisPoints = 0; // VAT on the energy credit, 1600 = 16 %; included in the price paid
    tariff::Money monthlyFixedCharge; // taken from the first purchase of each calendar month
    enum class Debt { kPercent, kFixed };
    Debt debtMode = Debt::kPercent;
    int debtBasisPoints = 0;   // kPercent: share of each payment, 2500 = 25 %
    tariff::Money debtPerSale; // kFixed: at most this much per purchase
};

// What the station knows of the account when it sells.
struct SaleFacts {
    bool firstPurchaseThisMonth = false;
    tariff::Money debt;             // outstanding arrears to recover
    tariff::Money remainingOnMeter; // last known remaining (from the return record)
    tariff::Money hoardingLimit;    // 0: no limit
    tariff::Energy periodUsage;     // ladder usage of the period, from the return record
    std::uint8_t rate = 0;          // TOU rate the quote uses
    std::int64_t cashUnit = 1;      // the currency's minor unit in 0.0001: cash is a multiple
};

// The receipt's lines. paid == fixedCharge + debtRecovered + vat + credit, always.
struct SaleQuote {
    tariff::Money paid;
    tariff::Money fixedCharge;
    tariff::Money debtRecovered;
    tariff::Money vat;
    tariff::Money credit; // what the card carries to the meter
    // The part of the credit that repays an overdraft the meter is running on (it goes first).
    tariff::Money overdraftRepaid;
    tariff::Charge energy; // what the credit left after the overdraft buys, from the usage on
};

class Fees {
    Q_DECLARE_TR_FUNCTIONS(Fees)

public:
    Fees(const FeeRules &rules, const tariff::Tariff &tariff) : m_rules(rules), m_tariff(tariff) {}

    // The customer pays `paid`; the charges come off first, VAT is inside the rest.
    std::optional<SaleQuote> byMoney(tariff::Money paid, const SaleFacts &facts);
    // The customer wants `energy`: the least payment whose credit buys it.
    std::optional<SaleQuote> byEnergy(tariff::Energy energy, const SaleFacts &facts);
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] static QString validate(const FeeRules &rules);

private:
    std::optional<SaleQuote> fail(const QString &message);
    std::optional<SaleQuote> split(tariff::Money paid, const SaleFacts &facts);

    FeeRules m_rules;
    tariff::Tariff m_tariff;
    QString m_error;
};

} // namespace ampcard::station
