#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "ampcard/tariff/billing.h"
#include "ampcard/tariff/tarifffile.h"

// Billing a series of meter readings with the meter's own Billing class.

namespace ampcard::tariff {

struct Reading {
    Timestamp time = 0;
    Energy cumulative; // register reading, kWh with up to 3 decimals
};

struct Bill {
    std::vector<PeriodRecord> periods; // settled periods, then the running one (partial)
    Energy energy;
    Money money;
    std::array<Energy, kMaxSteps> stepEnergy{};
    std::array<Money, kMaxSteps> stepMoney{};
};

class BillReader {
    Q_DECLARE_TR_FUNCTIONS(BillReader)

public:
    // CSV "timestamp,cumulative_kwh" with ISO 8601 local times ("2025-01-01T00:00[:00]", a space
    // may stand for the T); an optional header line; timestamps strictly increasing, readings
    // never decreasing. Errors name the line.
    static std::optional<std::vector<Reading>> parseReadings(const QByteArray &csv,
                                                             FileError *error);
    static std::optional<std::vector<Reading>> loadReadings(const QString &path, FileError *error);

    // Parses "YYYY-MM-DDTHH:MM[:SS]" local time.
    static std::optional<Timestamp> parseLocalTime(const QString &text);
    static QString formatLocalTime(Timestamp time);

    // Bills the consumption between consecutive readings. The energy of an interval counts at its
    // last second (the meter deducts as it accumulates), so a reading taken exactly at a
    // settlement instant closes the period that ends there.
    static std::optional<Bill> bill(const Tariff &tariff, const std::vector<Reading> &readings,
                                    FileError *error);
};

} // namespace ampcard::tariff
