#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "ampcard/station/ledger.h"

// Generated history for the benchmarks: a year of completed sales straight into the sales table,
// each with its sealed journal entry (the reports check one against the other). The ledger must
// hold its chain key.
namespace bench {

inline constexpr int kBulkSales = 1'000'000;
inline constexpr int kSalesPerShift = 1000;

// `count` (1,000,000 unless told) completed purchases of one meter over a year, 1,000 to a
// shift; the last five shifts are left open for the Z report.
inline void fillSales(ampcard::station::Ledger &ledger, int count = kBulkSales)
{
    QSqlQuery meter(ledger.database());
    if (!meter.exec(QStringLiteral("SELECT id FROM meters")) || !meter.next())
        qFatal("no meter");
    const QString meterId = meter.value(0).toString();
    ledger.database().transaction();
    QSqlQuery shift(ledger.database());
    shift.prepare(QStringLiteral("INSERT INTO shifts (id, station, operator, opened_at, closed_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery sale(ledger.database());
    sale.prepare(QStringLiteral(
        "INSERT INTO sales (id, station, kind, state, meter_id, card_serial, sequence, reference, "
        "paid, fixed_charge, debt_recovered, vat, credit, energy, token_amount, token_time, "
        "receipt, operator, shift_id, created_at, ledger_seq) VALUES (?, ?, 'purchase', "
        "'complete', ?, 4097, ?, '', ?, 0, 0, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-365);
    const int shifts = count / kSalesPerShift;
    for (int s = 0; s < shifts; ++s) {
        const QString shiftId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const bool open = s >= shifts - 5;
        const QString login =
            open ? QStringLiteral("bulk%1").arg(shifts - s) : QStringLiteral("bulk");
        const QDateTime opened = start.addSecs(qint64(s) * 365 * 86400 / shifts);
        shift.addBindValue(shiftId);
        shift.addBindValue(ledger.stationId());
        shift.addBindValue(login);
        shift.addBindValue(opened.toString(Qt::ISODateWithMs));
        shift.addBindValue(open ? QVariant()
                                : QVariant(opened.addSecs(28'000).toString(Qt::ISODateWithMs)));
        if (!shift.exec())
            qFatal("shift insert");
        for (int i = 0; i < kSalesPerShift; ++i) {
            const qint64 n = qint64(s) * kSalesPerShift + i;
            const qint64 paid = 1'000'000 + (n % 97) * 10'000;
            const qint64 vat = paid * 1600 / 11600;
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString at = opened.addSecs(i * 25).toString(Qt::ISODateWithMs);
            const qint64 energy = (paid - vat) * 10'000 / 251'000;
            ampcard::station::LedgerEntry entry;
            entry.kind = QStringLiteral("sale");
            entry.reference = id;
            entry.operatorName = login;
            entry.amount = paid;
            entry.energy = energy;
            entry.detail = QStringLiteral("{\"at\":\"%1\"}").arg(at);
            entry.at = opened.addSecs(i * 25); // completed when sold
            if (!ledger.append(entry))
                qFatal("%s", qPrintable(ledger.errorString()));
            sale.addBindValue(id);
            sale.addBindValue(ledger.stationId());
            sale.addBindValue(meterId);
            sale.addBindValue(n + 1'000'000);
            sale.addBindValue(paid);
            sale.addBindValue(vat);
            sale.addBindValue(paid - vat);
            sale.addBindValue(energy);
            sale.addBindValue(paid - vat);
            sale.addBindValue(entry.detail);
            sale.addBindValue(login);
            sale.addBindValue(shiftId);
            sale.addBindValue(at);
            sale.addBindValue(entry.seq);
            if (!sale.exec())
                qFatal("sale insert");
        }
    }
    ledger.database().commit();
}

} // namespace bench
