#pragma once

#include <cstdint>
#include <optional>

#include <QCoreApplication>
#include <QString>

#include "ampcard/station/fees.h"
#include "ampcard/tariff/units.h"

// The station's own settings, kept in the ledger: which utility it sells for (the keystore must
// match), its number on tokens, and the charges around the tariff. Changes are audited.

namespace ampcard::station {

class Ledger;
class Session;

struct StationSettings {
    std::uint32_t utilityId = 0;     // 0: not set; selling is refused until it is
    std::uint32_t stationNumber = 1; // on every token this station writes
    FeeRules fees;
    tariff::Money hoardingLimit;  // most credit a meter may hold after a sale (0: no limit)
    tariff::Money openingFee;     // paid when an account is opened
    tariff::Money replacementFee; // paid for a lost card's replacement
};

class Settings {
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    explicit Settings(Ledger &ledger) : m_ledger(ledger) {}

    // The stored settings; defaults for a new ledger.
    [[nodiscard]] StationSettings load() const;
    // Fees need kManageTariffs; the utility and station number need kManageKeys when they change.
    bool save(const Session &by, const StationSettings &settings);
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    Ledger &m_ledger;
    QString m_error;
};

} // namespace ampcard::station
