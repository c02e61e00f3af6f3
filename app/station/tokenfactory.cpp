#include "tokenfactory.h"

#include <QSqlError>
#include <QSqlQuery>

#include "ampcard/station/ledger.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/tariffplans.h"
#include "salecontext.h"
#include "salesql.h"

namespace ampcard::station {

using namespace sale;

card::Token TokenFactory::base(card::RecordType type, const MeterRecord &meter,
                               quint64 serial) const
{
    card::Token token;
    token.type = type;
    token.utilityId = m_ctx.keys.utilityId();
    token.meter = card::MeterNumber::parse(meter.number.toStdString()).value();
    token.keyVersion = static_cast<std::uint8_t>(meter.keyVersion);
    token.sequence = 0; // taken when the sale is recorded
    token.cardSerial = serial;
    token.issueTime = m_ctx.meterTime(m_ctx.clock());
    token.stationId = m_ctx.settings().stationNumber;
    return token;
}

bool TokenFactory::addTariff(const MeterRecord &meter,
                             const std::optional<card::ReturnRecord> &returned, card::Token &token,
                             QJsonObject &receipt)
{
    const QDateTime now = m_ctx.clock();
    std::optional<PlanVersion> version = m_ctx.followingPlan(meter.tariffPlan);
    if (!version)
        version = m_ctx.effectivePlan(meter.tariffPlan);
    if (!version)
        return m_ctx.failed(tr("Tariff plan %1 has no version in force.").arg(meter.tariffPlan));
    QSqlQuery id(m_ctx.ledger.database());
    if (!run(id, QStringLiteral("SELECT rowid FROM tariff_plans WHERE name = ? AND version = ?"),
             {version->name, version->version}) ||
        !id.next())
        return m_ctx.failed(id.lastError().text());
    const auto tariffId = static_cast<std::uint32_t>(id.value(0).toLongLong());
    const bool pendingSwitch = version->activatesAt > now;
    if (!pendingSwitch && returned && returned->activeTariffId == tariffId)
        return true;
    token.flags |= card::kFlagTariff;
    token.tariffId = tariffId;
    token.tariffActivation = m_ctx.meterTime(version->activatesAt);
    token.tariff = version->file.tariff;
    receipt[QStringLiteral("tariff")] =
        QStringLiteral("%1 v%2").arg(version->name).arg(version->version);
    receipt[QStringLiteral("tariffFrom")] = isoText(version->activatesAt);
    return true;
}

} // namespace ampcard::station
