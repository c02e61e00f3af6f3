#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

// The meters a utility has installed: which customer each supplies, its phases, the key version
// its cards are sealed under, its tariff plan, and the last purchase sequence issued to it.
// Installers, supervisors and administrators register them; cashiers look them up.

namespace ampcard::station {

class Ledger;
class Session;

struct MeterRecord {
    QString id;
    QString number; // 12 digits
    QString customerNumber;
    int phases = 1;
    int keyVersion = 1;
    QString tariffPlan;
    QString status = QStringLiteral("active");
    qint64 lastSequence = 0;
    QString replacedBy; // status "removed": the meter the account moved to
};

class Meters {
    Q_DECLARE_TR_FUNCTIONS(Meters)

public:
    explicit Meters(Ledger &ledger) : m_ledger(ledger) {}

    // A meter's status (active, suspended, removed) in the operator's language.
    static QString statusText(const QString &status);

    // Registers `meter` for an existing customer on an existing tariff plan.
    bool add(const Session &by, MeterRecord &meter);
    // Changes what may change on a registered meter: phases, tariff plan, and status between
    // active and suspended (a suspended meter gets no sales). Its number, customer and key version
    // do not change here (a key-change card changes the key; a meter change moves the account).
    bool update(const Session &by, const MeterRecord &meter);
    [[nodiscard]] std::optional<MeterRecord> byNumber(const QString &number) const;
    // The account's debt (0.0001), 0 for an unknown meter.
    [[nodiscard]] qint64 debtOf(const QString &meterId) const;
    [[nodiscard]] QList<MeterRecord> forCustomer(const QString &customerNumber) const;
    // The active meters on tariff plan `plan`, by number (a tariff pushed to a whole plan).
    [[nodiscard]] QList<MeterRecord> activeOnPlan(const QString &plan) const;
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    Ledger &m_ledger;
    QString m_error;
};

} // namespace ampcard::station
