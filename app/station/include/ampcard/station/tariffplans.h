#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "ampcard/tariff/tarifffile.h"

// Tariff plans: named, versioned tariffs (the JSON of docs/tariff-format.md), each version with the
// time it takes effect, and which plan each customer group is on. A released version is never
// changed: a new tariff is a new version. Supervisors and administrators manage them.

namespace ampcard::station {

class Ledger;
class Session;

struct PlanVersion {
    QString name;
    int version = 0;
    QDateTime activatesAt; // UTC
    QByteArray json;
    tariff::TariffFile file;
};

class TariffPlans {
    Q_DECLARE_TR_FUNCTIONS(TariffPlans)

public:
    using Clock = std::function<QDateTime()>;

    explicit TariffPlans(Ledger &ledger, Clock clock = &QDateTime::currentDateTimeUtc)
        : m_ledger(ledger), m_clock(std::move(clock))
    {}

    // Adds the next version of plan `name`, taking effect at `activatesAt` — not in the past
    // and not before the plan's newest version. Returns the version number, or 0.
    int addVersion(const Session &by, const QString &name, const QByteArray &json,
                   const QDateTime &activatesAt);
    // The version in force at `at`, and the one that follows it (sent to meters as pending).
    [[nodiscard]] std::optional<PlanVersion> effective(const QString &name,
                                                       const QDateTime &at) const;
    [[nodiscard]] std::optional<PlanVersion> following(const QString &name,
                                                       const QDateTime &at) const;
    [[nodiscard]] QList<PlanVersion> versions(const QString &name) const;
    // Every plan's name, sorted.
    [[nodiscard]] QStringList names() const;

    // Puts customer group `group` on plan `name` (which must exist).
    bool assign(const Session &by, const QString &group, const QString &name);
    [[nodiscard]] std::optional<QString> planForGroup(const QString &group) const;

    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    int noVersion(const QString &message); // sets the error, returns 0
    [[nodiscard]] std::optional<PlanVersion> one(const QString &sql, const QString &name,
                                                 const QDateTime &at) const;

    Ledger &m_ledger;
    Clock m_clock;
    QString m_error;
};

} // namespace ampcard::station
