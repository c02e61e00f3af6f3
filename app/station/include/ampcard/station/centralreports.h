#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "ampcard/station/moneyformat.h"
#include "ampcard/station/reports.h"

namespace ampcard::central {
class PgConnection;
}

namespace ampcard::station {

// Reports over every station, from the central server's journal (docs/network.md "Reports over
// all stations"). The connection is a reporting login (`ampcard server add-reporter`); a
// station's own login sees only its own rows and is refused here.
class CentralReports {
    Q_DECLARE_TR_FUNCTIONS(CentralReports)

public:
    explicit CentralReports(central::PgConnection &db) : m_db(db) {}

    // Money columns in the station currency's minor units and the locale (screens); without it
    // they keep the ledger's 0.0001 (the command line, CSV for machines), as Reports does.
    void showMoneyIn(const MoneyFormat &format) { m_money = format; }

    // The takings of `day` (local midnight to midnight) per station and kind of entry, and the
    // total: entries, amount, energy.
    std::optional<ReportTable> daily(const QDate &day);
    // The close-out (Z) report over all stations for the local days `from` to `to`: what each
    // operator of each station took, per kind of work (purchase, cancel, opening, ...) as the
    // station's own Z report counts it: count, paid, VAT, credit, energy. A row whose kind is
    // "*" totals the operator (its Paid is the cash in their drawer), one whose operator is "*"
    // the station, and the last one every station. Entries count by the time they were
    // written, so a period of whole shifts gives the sum of their stations' Z reports.
    std::optional<ReportTable> z(const QDate &from, const QDate &to);
    // The takings of a month by local day and station, with each day's total: purchases, paid,
    // VAT, credit, energy.
    std::optional<ReportTable> monthly(int year, int month);
    // Each station: float granted, used and left, its chains' heads, the last entry received.
    std::optional<ReportTable> stations();
    // Meter sequences sold by more than one station (a card sale at an offline station at a
    // sequence another station used remotely): one of the two never loaded; the paid and
    // refunded columns show whether the customer got the money back (docs/network.md).
    std::optional<ReportTable> sharedSequences();

    // The report `name` (names()): `argument` is the day of daily or the month (YYYY-MM) of
    // monthly, empty for the current one; `from`/`to` bound z (today when invalid).
    std::optional<ReportTable> byName(const QString &name, const QString &argument,
                                      const QDate &from, const QDate &to);
    [[nodiscard]] static QStringList names();

    [[nodiscard]] QString errorString() const { return m_error; }

private:
    std::optional<ReportTable> fail(const QString &message);
    bool reportingLogin();
    [[nodiscard]] QString money(const QString &raw) const;

    central::PgConnection &m_db;
    std::optional<MoneyFormat> m_money;
    QString m_error;
};

} // namespace ampcard::station
