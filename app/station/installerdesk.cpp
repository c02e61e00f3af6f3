#include "installerdesk.h"

#include <algorithm>

#include "ampcard/cardio/cardnames.h"
#include "ampcard/station/cards.h"
#include "ampcard/station/customers.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/settings.h"
#include "counter.h"
#include "delivery.h"
#include "receipts.h"
#include "salecontext.h"
#include "saleledger.h"
#include "saleprotocol.h"
#include "salesql.h"
#include "tokenfactory.h"

namespace ampcard::station {

using namespace sale;
using cardio::CardNames;

std::optional<QJsonObject> InstallerDesk::openAccount(const Session &by,
                                                      const AccountRequest &request)
{
    if (!by.may(Permission::kOpenAccount))
        return m_ctx.fail(tr("Only an installer, supervisor or administrator may open accounts."));
    if (request.presetRecovery.raw() < 0)
        return m_ctx.fail(tr("The preset credit to recover cannot be negative."));
    const StationSettings &settings = m_ctx.settings();
    if (settings.utilityId != m_ctx.keys.utilityId())
        return m_ctx.fail(tr("The keystore is for utility %1 but the station sells for utility %2.")
                              .arg(m_ctx.keys.utilityId())
                              .arg(settings.utilityId));
    const std::optional<QString> shift = m_ctx.openShiftOf(by.login());
    if (settings.openingFee.raw() > 0 && !shift)
        return m_ctx.fail(tr("Open a shift before taking the opening fee."));
    std::optional<CardInspector::Blank> blank =
        m_inspector.readBlankCard(m_counter.settleUnknown(by));
    if (!blank)
        return std::nullopt;
    Meters meters(m_ctx.ledger);
    std::optional<MeterRecord> meter = meters.byNumber(request.meter.number);
    if (meter && meter->customerNumber != request.customerNumber)
        return m_ctx.fail(
            tr("Meter %1 supplies customer %2.").arg(meter->number, meter->customerNumber));
    if (meter && Cards(m_ctx.ledger).userCardOf(meter->number))
        return m_ctx.fail(
            tr("Meter %1 has an account and a card already; replace the card instead.")
                .arg(meter->number));
    const std::optional<Customer> customer =
        Customers(m_ctx.ledger).byNumber(request.customerNumber);
    if (!customer)
        return m_ctx.fail(tr("There is no customer %1.").arg(request.customerNumber));

    SaleRow row;
    row.id = newId();
    row.kind = SaleKind::kOpening;
    row.operatorName = by.login();
    row.shiftId = shift.value_or(QString());
    row.paid = settings.openingFee.raw();
    row.fixedCharge = row.paid;
    row.debtRecovered = -request.presetRecovery.raw();
    row.receipt = m_receipts.head(row, request.meter.number, customer->number);
    QJsonObject &receipt = row.receipt;
    receipt[QStringLiteral("card")] = CardNames::serialText(blank->id.serial);
    receipt[QStringLiteral("paid")] = moneyText(row.paid);
    receipt[QStringLiteral("openingFee")] = moneyText(row.paid);
    receipt[QStringLiteral("presetRecovery")] = tariff::formatMoney(request.presetRecovery);

    // The meter is registered with the pending record, in the same unit of work, so the token is
    // built from what the ledger holds: its plan and key version.
    MeterRecord registered = meter.value_or(request.meter);
    registered.customerNumber = customer->number;
    card::Token token;
    auto prepare = [&]() {
        if (!meter && !meters.add(by, registered))
            return m_ctx.failed(meters.errorString());
        const std::optional<MeterRecord> stored = meters.byNumber(registered.number);
        if (!stored)
            return m_ctx.failed(tr("Meter %1 could not be registered.").arg(registered.number));
        registered = *stored;
        row.meterId = registered.id;
        row.meterNumber = registered.number;
        token = m_tokens.base(card::RecordType::kAccountOpening, registered, blank->id.serial);
        return m_tokens.addTariff(registered, std::nullopt, token, receipt);
    };
    CardDelivery delivery(m_ctx.service, blank->contents);
    return m_protocol.carry(row, token, delivery, 0, prepare);
}

std::optional<QJsonObject> InstallerDesk::replaceCard(const Session &by, const QString &meterNumber,
                                                      const QString &reason)
{
    if (!by.may(Permission::kReplaceCard))
        return m_ctx.fail(tr("Only an installer, supervisor or administrator may replace cards."));
    if (reason.trimmed().isEmpty())
        return m_ctx.fail(tr("Say why the card is replaced (lost, stolen, damaged)."));
    const StationSettings &settings = m_ctx.settings();
    const std::optional<QString> shift = m_ctx.openShiftOf(by.login());
    if (settings.replacementFee.raw() > 0 && !shift)
        return m_ctx.fail(tr("Open a shift before taking the replacement fee."));
    const std::optional<MeterRecord> meter = Meters(m_ctx.ledger).byNumber(meterNumber);
    if (!meter)
        return m_ctx.fail(tr("Meter %1 is not registered.").arg(meterNumber));
    const std::optional<CardRecord> old = Cards(m_ctx.ledger).userCardOf(meterNumber);
    if (!old)
        return m_ctx.fail(
            tr("Meter %1 has no card to replace: open the account instead.").arg(meterNumber));
    std::optional<CardInspector::Blank> blank =
        m_inspector.readBlankCard(m_counter.settleUnknown(by));
    if (!blank)
        return std::nullopt;
    SaleRow row;
    row.id = newId();
    row.kind = SaleKind::kReplacement;
    row.meterId = meter->id;
    row.meterNumber = meter->number;
    row.reference = QString::number(old->serial);
    row.operatorName = by.login();
    row.shiftId = shift.value_or(QString());
    row.paid = settings.replacementFee.raw();
    row.fixedCharge = row.paid;
    card::Token token = m_tokens.base(card::RecordType::kReplacement, *meter, blank->id.serial);
    token.previousCardSerial = old->serial;
    row.receipt = m_receipts.head(row, meter->number, meter->customerNumber);
    QJsonObject &receipt = row.receipt;
    receipt[QStringLiteral("card")] = CardNames::serialText(blank->id.serial);
    receipt[QStringLiteral("replaces")] = CardNames::serialText(old->serial);
    receipt[QStringLiteral("reason")] = reason.trimmed();
    receipt[QStringLiteral("paid")] = moneyText(row.paid);
    receipt[QStringLiteral("replacementFee")] = moneyText(row.paid);
    if (!m_tokens.addTariff(*meter, std::nullopt, token, receipt))
        return std::nullopt;
    CardDelivery delivery(m_ctx.service, blank->contents);
    return m_protocol.carry(row, token, delivery, 0);
}

std::optional<QJsonObject> InstallerDesk::changeMeter(const Session &by,
                                                      const MeterChangeRequest &request)
{
    m_ctx.countersignWanted = false;
    if (!by.may(Permission::kOpenAccount))
        return m_ctx.fail(tr("Only an installer, supervisor or administrator may change meters."));
    if (request.reason.trimmed().isEmpty())
        return m_ctx.fail(
            tr("Say why the meter is changed (faulty, burnt, upgraded to three phases)."));
    if (request.remaining.isNegative())
        return m_ctx.fail(
            tr("The credit left on the old meter cannot be negative: a meter in overdraft "
               "has 0 left, and its overdraft becomes the account's debt."));
    const StationSettings &settings = m_ctx.settings();
    if (settings.utilityId != m_ctx.keys.utilityId())
        return m_ctx.fail(tr("The keystore is for utility %1 but the station sells for utility %2.")
                              .arg(m_ctx.keys.utilityId())
                              .arg(settings.utilityId));
    if (settings.hoardingLimit.raw() > 0 && request.remaining > settings.hoardingLimit)
        return m_ctx.fail(tr("%1 is above the hoarding limit %2: check the old meter's display.")
                              .arg(tariff::formatMoney(request.remaining),
                                   tariff::formatMoney(settings.hoardingLimit)));
    Meters meters(m_ctx.ledger);
    const std::optional<MeterRecord> old = meters.byNumber(request.oldMeter);
    if (!old)
        return m_ctx.fail(tr("Meter %1 is not registered.").arg(request.oldMeter));
    if (old->status == QLatin1String("removed"))
        return m_ctx.fail(
            tr("Meter %1 was removed already (replaced by %2).").arg(old->number, old->replacedBy));
    if (!Cards(m_ctx.ledger).userCardOf(old->number))
        return m_ctx.fail(
            tr("Meter %1 has no account yet: open the account on the new meter instead.")
                .arg(old->number));
    if (!mayMoveCredit(by, *old, request))
        return std::nullopt;
    if (!m_sales.rows(QStringLiteral("s.meter_id = ? AND s.state = 'pending'"), {old->id})
             .isEmpty())
        return m_ctx.fail(
            tr("Meter %1 has a card record still pending: put its card in the reader to "
               "settle it first.")
                .arg(old->number));
    // Credit on the customer's card the old meter was never proven to load would be stranded: the
    // old meter is removed and its card refused. It is loaded into the old meter first, or a
    // supervisor countersigns moving it (then those sales are marked moved on completion).
    const std::optional<card::ReturnRecord> lastProof = m_sales.newestReturn(*old);
    const std::optional<qint64> onCard = m_sales.newestUnprovenCardSequence(old->id);
    if (!onCard)
        return std::nullopt;
    if (*onCard > (lastProof ? qint64(lastProof->lastSequence) : 0) && !request.countersign) {
        m_ctx.countersignWanted = true;
        return m_ctx.fail(tr("The card of meter %1 holds sales up to sequence %2 that the meter "
                             "has not been proven to load. Load the card into the old meter "
                             "first; if it can no longer read cards, include that credit in the "
                             "credit moved and have a supervisor countersign.")
                              .arg(old->number)
                              .arg(*onCard));
    }
    if (*onCard > (lastProof ? qint64(lastProof->lastSequence) : 0)) {
        if (!request.countersign->may(Permission::kCountersign) ||
            request.countersign->login() == by.login() ||
            request.countersignReason.trimmed().isEmpty())
            return m_ctx.fail(tr("Moving the credit of card sales meter %1 never loaded needs "
                                 "another operator's countersignature, a supervisor or an "
                                 "administrator, with a reason.")
                                  .arg(old->number));
        if (!m_ctx.ledger.audit(
                request.countersign->login(), QStringLiteral("meter-change.countersigned"),
                old->number,
                tr("card sales up to sequence %1 never loaded by meter %2 move "
                   "with the account, for %3: %4")
                    .arg(*onCard)
                    .arg(old->number, by.login(), request.countersignReason.trimmed())))
            return m_ctx.fail(m_ctx.ledger.errorString());
    }
    if (request.newMeter.number == old->number)
        return m_ctx.fail(tr("The new meter has the old meter's number."));
    std::optional<MeterRecord> existing = meters.byNumber(request.newMeter.number);
    if (existing && (existing->customerNumber != old->customerNumber ||
                     Cards(m_ctx.ledger).userCardOf(existing->number) ||
                     existing->status != QLatin1String("active")))
        return m_ctx.fail(tr("Meter %1 is in use already.").arg(existing->number));
    std::optional<CardInspector::Blank> blank =
        m_inspector.readBlankCard(m_counter.settleUnknown(by));
    if (!blank)
        return std::nullopt;

    SaleRow row;
    row.id = newId();
    row.kind = SaleKind::kMeterChange;
    row.reference = old->number;
    row.operatorName = by.login();
    row.shiftId = m_ctx.openShiftOf(by.login()).value_or(QString());
    row.receipt = m_receipts.head(row, request.newMeter.number, old->customerNumber);
    QJsonObject &receipt = row.receipt;
    receipt[QStringLiteral("oldMeter")] = old->number;
    receipt[QStringLiteral("card")] = CardNames::serialText(blank->id.serial);
    receipt[QStringLiteral("reason")] = request.reason.trimmed();
    receipt[QStringLiteral("paid")] = moneyText(0);
    receipt[QStringLiteral("transferred")] = tariff::formatMoney(request.remaining);

    MeterRecord fresh = existing.value_or(request.newMeter);
    fresh.customerNumber = old->customerNumber;
    if (fresh.tariffPlan.isEmpty())
        fresh.tariffPlan = old->tariffPlan;
    // The new meter is registered with the pending record, in the same unit of work, so the
    // token names its plan and key version.
    card::Token token;
    auto prepare = [&]() {
        if (!existing && !meters.add(by, fresh))
            return m_ctx.failed(meters.errorString());
        const std::optional<MeterRecord> stored = meters.byNumber(fresh.number);
        if (!stored)
            return m_ctx.failed(tr("Meter %1 could not be registered.").arg(fresh.number));
        row.meterId = stored->id;
        row.meterNumber = stored->number;
        token = m_tokens.base(card::RecordType::kAccountOpening, *stored, blank->id.serial);
        token.amount = request.remaining;
        return m_tokens.addTariff(*stored, std::nullopt, token, receipt);
    };
    CardDelivery delivery(m_ctx.service, blank->contents);
    return m_protocol.carry(row, token, delivery, 0, prepare);
}

// The old meter's last proven remaining bounds what moves; above it, a supervisor countersigns.
bool InstallerDesk::mayMoveCredit(const Session &by, const MeterRecord &old,
                                  const MeterChangeRequest &request)
{
    const std::optional<card::ReturnRecord> newest = m_sales.newestReturn(old);
    const qint64 provenRemaining = newest ? std::max<qint64>(0, newest->remaining.raw()) : 0;
    if (request.remaining.raw() <= provenRemaining)
        return true;
    const QString what =
        tr("%1 is more than meter %2's last proven remaining credit %3")
            .arg(tariff::formatMoney(request.remaining), old.number, moneyText(provenRemaining));
    m_ctx.countersignWanted = !request.countersign;
    if (!request.countersign)
        return m_ctx.failed(tr("%1 (its newest sealed record). A supervisor must countersign the "
                               "difference with a reason.")
                                .arg(what));
    if (!request.countersign->may(Permission::kCountersign) ||
        request.countersign->login() == by.login())
        return m_ctx.failed(
            tr("%1: the countersignature must be another operator's, a supervisor or "
               "an administrator.")
                .arg(what));
    if (request.countersignReason.trimmed().isEmpty())
        return m_ctx.failed(tr("%1: the countersignature needs a reason.").arg(what));
    return m_ctx.ledger.audit(request.countersign->login(),
                              QStringLiteral("meter-change.countersigned"), old.number,
                              tr("%1, moved for %2: %3")
                                  .arg(what, by.login(), request.countersignReason.trimmed()))
               ? true
               : m_ctx.failed(m_ctx.ledger.errorString());
}

} // namespace ampcard::station
