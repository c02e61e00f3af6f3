#include "tariffpush.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "ampcard/cardio/opensslcrypto.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/remotemeter.h"
#include "ampcard/station/sync.h"
#include "ampcard/tariff/errc.h"
#include "cardinspector.h"
#include "counter.h"
#include "delivery.h"
#include "salecontext.h"
#include "saleledger.h"
#include "salesql.h"
#include "tokenfactory.h"
#include "transaction.h"

namespace ampcard::station {

using namespace sale;

namespace {

// A push is a parameter record sent without a card: a function-card issue of card serial 0.
constexpr int kParameterKind = static_cast<int>(card::CardKind::kParameter);
const QString kPushed = QStringLiteral("meter.tariff-push");
const QString kLoaded = QStringLiteral("meter.tariff-push.loaded");
const QString kClosed = QStringLiteral("meter.tariff-push.closed");
const QString kVoid = QStringLiteral("meter.tariff-push.void");

// What the meter's outcome code means, for the operator (docs/meter.md's C-codes).
QString outcomeText(std::uint8_t outcome)
{
    switch (outcome) {
    case 2: return TariffPusher::tr("nothing new: it loaded this sequence or a later one already");
    case 10: return TariffPusher::tr("another utility's token");
    case 11: return TariffPusher::tr("a token for another meter");
    case 14: return TariffPusher::tr("the token does not open with the meter's key");
    case 15: return TariffPusher::tr("the meter runs another key version");
    case 17: return TariffPusher::tr("the token is damaged");
    case 20: return TariffPusher::tr("the meter is not commissioned");
    default: return TariffPusher::tr("refused");
    }
}

} // namespace

std::optional<TariffPush> TariffPusher::push(const Session &by, const QString &meterNumber,
                                             RemoteMeter &link)
{
    if (!by.may(Permission::kIssueFunctionCard))
        return m_ctx.fail<TariffPush>(tr("Only an installer, supervisor or administrator may push "
                                         "a tariff to a meter."));
    if (!m_ctx.keys.valid())
        return m_ctx.fail<TariffPush>(
            tr("The keystore is locked: a supervisor must unlock it first."));
    if (m_ctx.settings().utilityId != m_ctx.keys.utilityId())
        return m_ctx.fail<TariffPush>(
            tr("The keystore is for utility %1 but the station works for utility %2.")
                .arg(m_ctx.keys.utilityId())
                .arg(m_ctx.settings().utilityId));
    const std::optional<MeterRecord> meter = Meters(m_ctx.ledger).byNumber(meterNumber);
    if (!meter)
        return m_ctx.fail<TariffPush>(tr("Meter %1 is not registered.").arg(meterNumber));
    if (meter->status == QLatin1String("removed"))
        return m_ctx.fail<TariffPush>(
            tr("Meter %1 is removed: no tariff is pushed to it.").arg(meterNumber));

    TariffPush result;
    result.meterNumber = meterNumber;
    // The meter's sealed record first, as for a remote sale: it settles what it proves (earlier
    // pushes too) and says which tariff the meter runs and which sequence it loaded last.
    const std::optional<CardCheck> before = m_counter.readRemote(by, meterNumber, link);
    if (!before || !before->returned) {
        m_ctx.error += QLatin1Char(' ') + tr("Nothing was pushed.");
        return std::nullopt;
    }
    result.settled = before->settled;
    // The record just read, not the stored one: records of the same meter second and load count
    // are stored once, and a parameter token changes neither.
    const std::optional<card::ReturnRecord> &returned = before->returned;

    card::Token token = m_tokens.base(card::RecordType::kParameter, *meter, 0);
    QJsonObject detail;
    detail[QStringLiteral("kind")] = QStringLiteral("parameter");
    detail[QStringLiteral("delivery")] = QStringLiteral("remote");
    if (!m_tokens.addTariff(*meter, returned, token, detail))
        return std::nullopt;
    if ((token.flags & card::kFlagTariff) == 0) {
        // The meter runs the version in force and none follows: a token would change nothing.
        const std::optional<PlanVersion> &version = m_ctx.effectivePlan(meter->tariffPlan);
        result.outcome = TariffPush::Outcome::kCurrent;
        result.tariffId = returned->activeTariffId;
        if (version)
            result.plan = QStringLiteral("%1 v%2").arg(version->name).arg(version->version);
        return result;
    }
    result.plan = detail[QStringLiteral("tariff")].toString();
    result.activation = detail[QStringLiteral("tariffFrom")].toString();
    result.tariffId = token.tariffId;
    // The key before anything is recorded: without it nothing can be sealed.
    cardio::OpensslAead key;
    if (const Status status = m_ctx.keys.meterAead(token.meter, token.keyVersion, key);
        !status.ok())
        return m_ctx.fail<TariffPush>(tr("Cannot derive the meter key: %1. Nothing was pushed.")
                                          .arg(describe(status.code())));

    // In network mode the server allocates, as for a remote sale (DESIGN.md §6).
    qint64 floor = qint64(returned->lastSequence);
    if (Sync sync(m_ctx.ledger); sync.joined()) {
        QString why;
        const std::optional<qint64> allocated = sync.allocateRemote(
            meter->number, std::max<qint64>(floor, m_sales.lastSequence(meter->id)), &why);
        if (!allocated)
            return m_ctx.fail<TariffPush>(tr("A tariff push in network mode takes its sequence "
                                             "from the server: %1. Nothing was pushed.")
                                              .arg(why));
        if (*allocated <= 0 || *allocated > 0xFFFFFFFFLL)
            return m_ctx.fail<TariffPush>(tr("The server gave sequence %1 for meter %2, outside a "
                                             "meter's range. Nothing was pushed.")
                                              .arg(*allocated)
                                              .arg(meter->number));
        floor = *allocated - 1;
    }
    result.id = newId();
    {
        // The sequence is taken and the push recorded before a byte is sent: a crash or a lost
        // answer never lets another token reuse it, and the meter's next record settles it.
        Transaction transaction(m_ctx.ledger.database(), Transaction::Lock::kImmediate);
        if (!transaction.started())
            return m_ctx.fail<TariffPush>(
                tr("The ledger is busy: %1").arg(transaction.errorText()));
        const std::optional<qint64> taken = m_sales.takeSequence(meter->id, floor);
        if (!taken)
            return std::nullopt;
        token.sequence = static_cast<std::uint32_t>(*taken);
        result.sequence = *taken;
        detail[QStringLiteral("sequence")] = *taken;
        detail[QStringLiteral("tariffId")] = qint64(token.tariffId);
        const QString detailText =
            QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
        QSqlQuery insert(m_ctx.ledger.database());
        if (!run(insert,
                 QStringLiteral("INSERT INTO function_card_issues (id, station, card_serial, "
                                "kind, meter_id, sequence, detail, operator, at) VALUES (?, ?, 0, "
                                "?, ?, ?, ?, ?, ?)"),
                 {result.id, m_ctx.ledger.stationId(), kParameterKind, meter->id, *taken,
                  detailText, by.login(), isoText(m_ctx.clock())}))
            return m_ctx.fail<TariffPush>(insert.lastError().text());
        if (!m_ctx.ledger.audit(by.login(), kPushed, result.id,
                                meter->number + QLatin1Char(' ') + detailText))
            return m_ctx.fail<TariffPush>(m_ctx.ledger.errorString());
        if (!transaction.commit())
            return m_ctx.fail<TariffPush>(transaction.errorText());
    }

    RemoteDelivery delivery(link, meterNumber);
    const Status sent = delivery.deliver(token, key);
    if (!sent.ok() && !delivery.started()) {
        const QString why = tr("the token could not be sealed (%1)").arg(describe(sent.code()));
        if (!close(by, result.id, kVoid, tr("nothing was sent: %1").arg(why)))
            return std::nullopt;
        return m_ctx.fail<TariffPush>(
            tr("Meter %1: %2. Nothing was pushed.").arg(meterNumber, why));
    }
    result.answer = delivery.answer();
    // Whatever the meter answered (unsealed), only its sealed record settles the push.
    const std::optional<QStringList> after = m_counter.settleRemote(by, meterNumber, link);
    const QString unread = after ? QString() : m_ctx.error;
    if (after)
        result.settled += *after;
    QSqlQuery state(m_ctx.ledger.database());
    if (!run(state,
             QStringLiteral(
                 "SELECT action FROM audit_log WHERE subject = ? AND action IN (?, ?, ?)"),
             {result.id, kLoaded, kClosed, kVoid}))
        return m_ctx.fail<TariffPush>(state.lastError().text());
    const QString settledAs = state.next() ? state.value(0).toString() : QString();
    if (settledAs == kLoaded) {
        result.outcome = TariffPush::Outcome::kLoaded;
        return result;
    }
    if (delivery.answered() && delivery.outcome() != 0) {
        const std::uint8_t outcome = delivery.outcome();
        return m_ctx.fail<TariffPush>(
            tr("Meter %1 refused tariff push %2 (C-%3: %4). It still runs its previous tariff; "
               "the push stays on record until the meter's next record closes it.")
                .arg(meterNumber, result.id)
                .arg(outcome, 2, 10, QLatin1Char('0'))
                .arg(outcomeText(outcome)));
    }
    const QString why =
        !after ? tr("its sealed record could not be read: %1").arg(unread)
               : tr("its sealed record shows sequence %1 not loaded").arg(result.sequence);
    return m_ctx.fail<TariffPush>(
        tr("Meter %1 has not proven tariff push %2 (sequence %3: %4; %5). It stays pending: the "
           "meter's next sealed record (a remote sale, a settle over the line, or its card at the "
           "counter) settles it, and nothing is sent twice.")
            .arg(meterNumber, result.id)
            .arg(result.sequence)
            .arg(result.answer, why));
}

bool TariffPusher::close(const Session &by, const QString &id, const QString &action,
                         const QString &why)
{
    return m_ctx.ledger.audit(by.login(), action, id, why)
               ? true
               : m_ctx.failed(m_ctx.ledger.errorString());
}

bool settleTariffPushes(SaleContext &context, const Session &by, const MeterRecord &meter,
                        const card::ReturnRecord &r, QStringList *settled)
{
    QSqlQuery open(context.ledger.database());
    if (!run(open,
             QStringLiteral("SELECT f.id, f.sequence, f.detail FROM function_card_issues f WHERE "
                            "f.meter_id = ? AND f.card_serial = 0 AND f.kind = ? AND f.sequence "
                            "<= ? AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.subject = "
                            "f.id AND a.action IN (?, ?, ?)) ORDER BY f.sequence"),
             {meter.id, kParameterKind, qint64(r.lastSequence), kLoaded, kClosed, kVoid}))
        return context.failed(open.lastError().text());
    struct Open {
        QString id;
        qint64 sequence = 0;
        QJsonObject detail;
    };
    QList<Open> pushes;
    while (open.next())
        pushes.append({open.value(0).toString(), open.value(1).toLongLong(),
                       QJsonDocument::fromJson(open.value(2).toString().toUtf8()).object()});
    open.finish();
    for (const Open &push : pushes) {
        const QString plan = push.detail[QStringLiteral("tariff")].toString();
        const auto tariffId =
            static_cast<std::uint32_t>(push.detail[QStringLiteral("tariffId")].toInteger());
        // Sequences are the ledger's own, never issued twice: a last sequence equal to the push's
        // is the push. A later one proves only that it can never load now, unless the meter runs
        // the pushed tariff (this push or a sale that carried it).
        const bool loaded = qint64(r.lastSequence) == push.sequence ||
                            (tariffId != 0 && r.activeTariffId == tariffId);
        const QString why =
            loaded ? TariffPusher::tr("meter %1 loaded tariff push %2 (sequence %3, plan %4)")
                         .arg(meter.number, push.id)
                         .arg(push.sequence)
                         .arg(plan)
                   : TariffPusher::tr("meter %1 loaded sequence %2 without proving tariff push "
                                      "%3 (sequence %4): it can never load it now; plan %5 rides "
                                      "along with its next sale")
                         .arg(meter.number)
                         .arg(r.lastSequence)
                         .arg(push.id)
                         .arg(push.sequence)
                         .arg(plan);
        if (!context.ledger.audit(by.login(), loaded ? kLoaded : kClosed, push.id, why))
            return context.failed(context.ledger.errorString());
        settled->append(loaded ? TariffPusher::tr("Tariff push %1 completed: meter %2 loaded plan "
                                                  "%3.")
                                     .arg(push.id, meter.number, plan)
                               : TariffPusher::tr("Tariff push %1 closed: %2.").arg(push.id, why));
    }
    return true;
}

} // namespace ampcard::station
