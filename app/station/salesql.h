#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

#include "ampcard/station/salestate.h"
#include "ampcard/tariff/tariff.h"
#include "ampcard/tariff/tarifffile.h"
#include "ampcard/tariff/units.h"

// Small helpers the parts of the sale desk share: ids, the ledger's text for times, money and
// energy, binding a query, and the receipt's ladder lines.

namespace ampcard::station::sale {

using tariff::Money;

inline const QString kRowColumns = QStringLiteral(
    "s.id, s.kind, s.state, s.meter_id, m.number, s.reference, s.operator, "
    "coalesce(s.shift_id, ''), s.card_serial, s.sequence, s.paid, s.fixed_charge, "
    "s.debt_recovered, s.vat, s.credit, s.energy, s.token_amount, s.token_time, s.receipt, "
    "s.proof");

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QString isoText(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

inline QString moneyText(qint64 raw)
{
    return tariff::formatMoney(Money::fromRaw(raw));
}

inline QString energyText(qint64 raw)
{
    return tariff::formatEnergy(tariff::Energy::fromRaw(raw));
}

inline qint64 moneyRaw(const QJsonObject &json, const char *key)
{
    return tariff::moneyFromText(json.value(QLatin1String(key)).toString()).value_or(Money()).raw();
}

// Binds `values` in order; a null QString binds as '' (the text columns are NOT NULL), a null
// QVariant as SQL NULL.
inline bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values) {
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    return query.exec();
}

// The journal's name for what a completed row did.
inline QString kindOfEntry(SaleKind kind)
{
    switch (kind) {
    case SaleKind::kPurchase: return QStringLiteral("sale");
    case SaleKind::kCancel: return QStringLiteral("reversal");
    case SaleKind::kOpening: return QStringLiteral("account-opening");
    case SaleKind::kMeterChange: return QStringLiteral("meter-change");
    case SaleKind::kReplacement: return QStringLiteral("card-replacement");
    }
    return {};
}

inline QJsonArray energyPieces(const tariff::Charge &charge)
{
    QJsonArray pieces;
    for (std::size_t i = 0; i < charge.pieceCount; ++i) {
        const tariff::ChargePiece &piece = charge.pieces[i];
        QJsonObject line;
        line[QStringLiteral("step")] = piece.step + 1;
        line[QStringLiteral("energy")] = tariff::formatEnergy(piece.energy);
        line[QStringLiteral("price")] = tariff::formatPrice(piece.price);
        line[QStringLiteral("money")] = tariff::formatMoney(piece.money);
        pieces.append(line);
    }
    return pieces;
}

} // namespace ampcard::station::sale
