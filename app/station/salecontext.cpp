#include "salecontext.h"

#include <QSqlQuery>

#include "ampcard/station/ledger.h"
#include "salesql.h"

namespace ampcard::station {

bool SaleContext::failed(const QString &message)
{
    error = message;
    if (const QString advice = Ledger::adviceFor(message); !advice.isEmpty()) {
        error += QLatin1Char(' ') + advice;
        // Work stopped by the ledger is settled when its card is read again.
        if (message.contains(QLatin1String("database or disk is full")))
            error += QLatin1Char(' ') + tr("Then read the card again to settle this work "
                                           "(nothing is charged twice).");
    }
    return false;
}

bool SaleContext::step(SaleStep reached)
{
    if (!hook || hook(reached))
        return true;
    error = tr("Stopped by fault injection.");
    return false;
}

tariff::Timestamp SaleContext::meterTime(const QDateTime &utc) const
{
    const QDateTime local = utc.toLocalTime();
    return local.toSecsSinceEpoch() + local.offsetFromUtc() - 946'684'800;
}

const StationSettings &SaleContext::settings()
{
    if (!m_settings)
        m_settings = Settings(ledger).load();
    return *m_settings;
}

SaleContext::Plans &SaleContext::plansOf(const QString &name)
{
    for (Plans &plans : m_plans)
        if (plans.name == name)
            return plans;
    m_plans.append(Plans{name, {}, {}});
    return m_plans.last();
}

const std::optional<PlanVersion> &SaleContext::effectivePlan(const QString &name)
{
    Plans &plans = plansOf(name);
    if (!plans.effective)
        plans.effective = TariffPlans(ledger).effective(name, clock());
    return *plans.effective;
}

const std::optional<PlanVersion> &SaleContext::followingPlan(const QString &name)
{
    Plans &plans = plansOf(name);
    if (!plans.following)
        plans.following = TariffPlans(ledger).following(name, clock());
    return *plans.following;
}

std::optional<QString> SaleContext::openShiftOf(const QString &login) const
{
    QSqlQuery query(ledger.database());
    if (!sale::run(query,
                   QStringLiteral("SELECT id FROM shifts WHERE operator = ? AND closed_at IS NULL"),
                   {login}) ||
        !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

} // namespace ampcard::station
