#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "ampcard/station/moneyformat.h"

// Cashier shifts. Money is taken only inside an open shift; closing it computes the close-out (Z)
// report: counts and totals per kind of work, the net cash, and the ledger head it closes on, all
// under a SHA-256 hash. Printing seals it: a sealed report is never changed (a trigger refuses it).

namespace ampcard::station {

class Ledger;
class Session;

struct ShiftInfo {
    QString id;
    QString operatorName;
    QDateTime openedAt;
    QDateTime closedAt; // invalid while open
    bool sealed = false;
};

class Shifts {
    Q_DECLARE_TR_FUNCTIONS(Shifts)

public:
    explicit Shifts(Ledger &ledger) : m_ledger(ledger) {}

    // Opens a shift for the signed-in operator; one open shift per operator.
    std::optional<QString> open(const Session &by);
    [[nodiscard]] std::optional<ShiftInfo> current(const QString &login) const;
    [[nodiscard]] std::optional<ShiftInfo> byId(const QString &id) const;
    // Closes `login`'s open shift (one's own, or anyone's with kManageShifts) and returns its Z
    // report. Refused while a sale of the shift is pending: its card must come back first.
    std::optional<QJsonObject> close(const Session &by, const QString &login);
    // Marks the Z report printed; from then on the shift is sealed.
    bool seal(const Session &by, const QString &shiftId);
    [[nodiscard]] std::optional<QJsonObject> zReport(const QString &shiftId) const;
    // True when the stored report still matches its hash.
    [[nodiscard]] bool reportIntact(const QString &shiftId) const;
    [[nodiscard]] QString errorString() const { return m_error; }

    // The report's hash: SHA-256 (hex) of its compact JSON without the "hash" member.
    [[nodiscard]] static QString hashOf(const QJsonObject &report);

private:
    template <typename T> std::optional<T> fail(const QString &message);
    [[nodiscard]] QJsonObject compute(const ShiftInfo &shift, const QDateTime &closedAt,
                                      const QString &closedBy) const;

    Ledger &m_ledger;
    QString m_error;
};

// The Z report as printed (translated).
// With `money`, amounts in the currency's minor units and times local (the report itself, and
// its hash, stay exact).
QString zReportText(const QJsonObject &report,
                    const std::optional<MoneyFormat> &money = std::nullopt);

} // namespace ampcard::station
