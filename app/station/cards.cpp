#include "ampcard/station/cards.h"

#include <limits>

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "transaction.h"

namespace ampcard::station {

namespace {

const QString kSelect = QStringLiteral("SELECT c.serial, c.kind, coalesce(m.number, ''), c.state, "
                                       "c.reason FROM cards c LEFT JOIN meters m ON m.id = "
                                       "c.meter_id ");

CardRecord cardFrom(const QSqlQuery &query)
{
    return {query.value(0).toULongLong(), query.value(1).toInt(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString()};
}

} // namespace

bool Cards::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Cards::insert(const Session &by, const CardRecord &card)
{
    if (card.serial == 0 || card.serial > quint64(std::numeric_limits<qint64>::max()))
        return fail(tr("A card serial is a number from 1 up."));
    if (card.kind < 1 || card.kind > 7)
        return fail(tr("Unknown card kind %1.").arg(card.kind));
    QVariant meterId;
    if (card.kind == kUserCard) {
        QSqlQuery meter(m_ledger.database());
        meter.prepare(QStringLiteral("SELECT id FROM meters WHERE number = ?"));
        meter.addBindValue(card.meterNumber);
        if (!meter.exec() || !meter.next())
            return fail(tr("A user card belongs to a registered meter; %1 is not one.")
                            .arg(card.meterNumber));
        meterId = meter.value(0);
        if (userCardOf(card.meterNumber))
            return fail(
                tr("Meter %1 already has a user card; replace it instead.").arg(card.meterNumber));
    } else if (!card.meterNumber.isEmpty()) {
        return fail(tr("Only user cards are bound to a meter."));
    }
    QSqlQuery insert(m_ledger.database());
    insert.prepare(QStringLiteral("INSERT INTO cards (id, station, serial, kind, meter_id, state, "
                                  "reason, issued_by, issued_at) "
                                  "VALUES (?, ?, ?, ?, ?, 'active', '', ?, ?)"));
    for (const QVariant &value :
         {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)),
          QVariant(m_ledger.stationId()), QVariant(qint64(card.serial)), QVariant(card.kind),
          meterId, QVariant(by.login()),
          QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))})
        insert.addBindValue(value);
    if (!insert.exec()) {
        if (insert.lastError().nativeErrorCode() == QLatin1String("2067"))
            return fail(tr("Card %1 is already recorded.").arg(card.serial));
        return fail(tr("Cannot record the card: %1").arg(insert.lastError().text()));
    }
    return m_ledger.audit(by.login(), QStringLiteral("card.issue"), QString::number(card.serial),
                          card.meterNumber)
               ? true
               : fail(m_ledger.errorString());
}

bool Cards::record(const Session &by, const CardRecord &card)
{
    const Permission needed =
        card.kind == kUserCard ? Permission::kOpenAccount : Permission::kIssueFunctionCard;
    if (!by.may(needed))
        return fail(tr("Only an installer, supervisor or administrator may issue cards."));
    Transaction transaction(m_ledger.database());
    if (!transaction.started() || !insert(by, card))
        return false;
    return transaction.commit() ? true : fail(transaction.errorText());
}

bool Cards::blacklist(const Session &by, quint64 serial, const QString &reason,
                      std::optional<quint64> replacement)
{
    if (!by.may(Permission::kReplaceCard))
        return fail(tr("Only an installer, supervisor or administrator may blacklist cards."));
    if (reason.trimmed().isEmpty())
        return fail(tr("Say why the card is blacklisted."));
    const std::optional<CardRecord> old = bySerial(serial);
    if (!old)
        return fail(tr("Card %1 was never issued here.").arg(serial));
    if (old->state == QLatin1String("blacklisted"))
        return fail(tr("Card %1 is already blacklisted.").arg(serial));
    Transaction transaction(m_ledger.database());
    QSqlQuery update(m_ledger.database());
    update.prepare(
        QStringLiteral("UPDATE cards SET state = 'blacklisted', reason = ? WHERE serial = ?"));
    update.addBindValue(reason);
    update.addBindValue(qint64(serial));
    if (!transaction.started() || !update.exec())
        return fail(tr("Cannot blacklist the card: %1").arg(update.lastError().text()));
    if (!m_ledger.audit(by.login(), QStringLiteral("card.blacklist"), QString::number(serial),
                        reason))
        return fail(m_ledger.errorString());
    if (replacement) {
        if (old->kind != kUserCard)
            return fail(tr("Only a user card is replaced by another bound to its meter."));
        if (!insert(by, CardRecord{*replacement, kUserCard, old->meterNumber, {}, {}}))
            return false; // the blacklisting is rolled back with it
    }
    return transaction.commit() ? true : fail(transaction.errorText());
}

std::optional<CardRecord> Cards::bySerial(quint64 serial) const
{
    QSqlQuery query(m_ledger.database());
    query.prepare(kSelect + QStringLiteral("WHERE c.serial = ?"));
    query.addBindValue(qint64(serial));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return cardFrom(query);
}

std::optional<CardRecord> Cards::userCardOf(const QString &meterNumber) const
{
    QSqlQuery query(m_ledger.database());
    query.prepare(kSelect +
                  QStringLiteral("WHERE m.number = ? AND c.kind = 1 AND c.state = 'active'"));
    query.addBindValue(meterNumber);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return cardFrom(query);
}

QList<quint64> Cards::blacklisted() const
{
    QList<quint64> serials;
    QSqlQuery query(m_ledger.database());
    if (!query.exec(
            QStringLiteral("SELECT serial FROM cards WHERE state = 'blacklisted' ORDER BY serial")))
        return serials;
    while (query.next())
        serials << query.value(0).toULongLong();
    return serials;
}

} // namespace ampcard::station
