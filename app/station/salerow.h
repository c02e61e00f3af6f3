#pragma once

#include <QJsonObject>
#include <QString>

#include "ampcard/station/salestate.h"

namespace ampcard::station {

// One row of the sales table: a token written (or being written) to a user card, or sent to a
// meter over the line. Only the sale ledger reads and writes these rows.
struct SaleRow {
    QString id;
    SaleKind kind = SaleKind::kPurchase;
    SaleState state = SaleState::kPending;
    QString meterId;
    QString meterNumber;
    QString reference; // cancel: the sale it cancels; replacement: the old card's serial
    QString operatorName;
    QString shiftId;
    quint64 cardSerial = 0; // 0: delivered over the line
    qint64 sequence = 0;
    qint64 paid = 0;
    qint64 fixedCharge = 0;
    qint64 debtRecovered = 0; // negative: debt added (preset recovery at opening)
    qint64 vat = 0;
    qint64 credit = 0;
    qint64 energy = 0;
    qint64 tokenAmount = 0;
    qint64 tokenTime = 0;
    TokenProof proof = TokenProof::kUnknown;
    QJsonObject receipt;
};

} // namespace ampcard::station
