#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "ampcard/cardio/apdu.h"
#include "ampcard/cardio/cardservice.h"
#include "ampcard/cardio/keystore.h"
#include "ampcard/station/saletypes.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/tariff/datetime.h"

namespace ampcard::station {

class Ledger;

// What every part of the sale desk shares: the ledger, the keys, the card service over the one
// reader, the clock, the fault-injection hook and the operator's last error. The parts keep the
// CardDesk translation context, so a message reads the same wherever it moved.
class SaleContext {
    Q_DECLARE_TR_FUNCTIONS(CardDesk)

public:
    using Clock = std::function<QDateTime()>;

    SaleContext(Ledger &ledger_, const cardio::UtilityKeys &keys_, cardio::ApduChannel &channel,
                Clock clock_)
        : ledger(ledger_), keys(keys_), service(channel), clock(std::move(clock_))
    {}

    Ledger &ledger;
    const cardio::UtilityKeys &keys;
    cardio::CardService service;
    Clock clock;
    StepHook hook;
    QString error;
    // The last refusal asked for a supervisor's countersignature (a meter change).
    bool countersignWanted = false;

    // Records `message` (with what to do when the ledger's disk is full or the file damaged) and
    // returns false / nothing.
    bool failed(const QString &message);
    template <typename T = QJsonObject> std::optional<T> fail(const QString &message)
    {
        failed(message);
        return std::nullopt;
    }
    // The fault-injection hook after `reached`: false stops the work as a killed process would.
    bool step(SaleStep reached);
    // The meter's local time (seconds since 2000-01-01) of a UTC moment.
    [[nodiscard]] tariff::Timestamp meterTime(const QDateTime &utc) const;
    [[nodiscard]] std::optional<QString> openShiftOf(const QString &login) const;
    // The station's settings, read once per piece of work (begin() forgets them).
    const StationSettings &settings();
    // The plan's version in force and the one that follows, as of the clock, read (and its
    // tariff file parsed) once per piece of work.
    const std::optional<PlanVersion> &effectivePlan(const QString &name);
    const std::optional<PlanVersion> &followingPlan(const QString &name);
    void begin()
    {
        m_settings.reset();
        m_plans.clear();
        countersignWanted = false;
    }

private:
    struct Plans {
        QString name;
        std::optional<std::optional<PlanVersion>> effective;
        std::optional<std::optional<PlanVersion>> following;
    };
    Plans &plansOf(const QString &name);

    std::optional<StationSettings> m_settings;
    QList<Plans> m_plans;
};

} // namespace ampcard::station
