#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "ampcard/station/moneyformat.h"

// The station's reports, each a plain table the UI shows, the tool prints and both export as CSV
// (cells a spreadsheet would run as formulas neutralised). Each money report first checks that the
// sales it reads agree with the sealed journal and refuses, naming the first mismatch, if not:
// daily and monthly takings, one cashier's work, one customer's history, consumption from the
// meters' return records, and meters that look tampered with. Days are the station's local days.

namespace ampcard::station {

class Ledger;
class Session;

struct ReportTable {
    QString title;
    QStringList columns;
    QList<QStringList> rows;

    // RFC 4180: comma-separated, quoted where needed, CRLF line ends, a header row.
    [[nodiscard]] QString toCsv() const;
    // A cell as toCsv writes it: one a spreadsheet would run as a formula (=, +, -, @, tab or CR
    // first, not a plain number) gets a leading apostrophe.
    [[nodiscard]] static QString neutralised(const QString &field);
    // Columns padded for a terminal or a receipt printer.
    [[nodiscard]] QString toText() const;
};

struct SuspicionRules {
    int silenceDays = 60;  // no return record for this long while the account is active
    int unloadedDays = 14; // a completed purchase the meter has not loaded after this long
};

class Reports {
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    explicit Reports(Ledger &ledger) : m_ledger(ledger) {}

    // Money columns in the station currency's minor units and the locale (screens); without it
    // they keep the ledger's 0.0001 (the command line, CSV for machines).
    void showMoneyIn(const MoneyFormat &format) { m_money = format; }

    // Every report needs kViewReports; a cashier sees only their own work.
    std::optional<ReportTable> daily(const Session &by, const QDate &day);
    std::optional<ReportTable> monthly(const Session &by, int year, int month);
    std::optional<ReportTable> cashier(const Session &by, const QString &login, const QDate &from,
                                       const QDate &to);
    std::optional<ReportTable> customer(const Session &by, const QString &customerNumber);
    std::optional<ReportTable> consumption(const Session &by, const QDate &from, const QDate &to);
    // One customer's energy by month: bought (completed purchases) and used (the growth of
    // forward + reverse between successive return records of each meter, in the month the later
    // one was read). Columns: month (YYYY-MM), bought kWh, used kWh.
    std::optional<ReportTable> usage(const Session &by, const QString &customerNumber);
    std::optional<ReportTable> suspicious(const Session &by, const QDateTime &now,
                                          const SuspicionRules &rules = {});
    // The report named `name` (daily, monthly, cashier, customer, usage, consumption, suspicious)
    // with its arguments as text, for the tool: `argument` is a date, a month (YYYY-MM), a login or
    // a customer number; `from`/`to` bound the period where one applies.
    std::optional<ReportTable> byName(const Session &by, const QString &name,
                                      const QString &argument, const QDate &from, const QDate &to);
    // The receipt of the sale a receipt's QR code names (what a scanner types, see
    // parseReceiptCode()) or of a typed receipt number, with its state now. A code whose station
    // or amount differs from the ledger's sale is refused: the receipt is not this ledger's.
    std::optional<QJsonObject> receipt(const Session &by, const QString &codeOrNumber);
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] static QStringList names();

private:
    std::optional<MoneyFormat> m_money;
    std::optional<ReportTable> fail(const QString &message);
    bool allowed(const Session &by);
    // The sales a report reads agree with the sealed journal (Ledger::crossCheck); else the
    // error names the first mismatch.
    bool agrees(const QDateTime &from, const QDateTime &to, const QString &customer = {});
    std::optional<ReportTable> table(QString title, QStringList columns, const QString &sql,
                                     const QVariantList &values, const QList<int> &moneyColumns,
                                     const QList<int> &energyColumns);

    Ledger &m_ledger;
    QString m_error;
};

} // namespace ampcard::station
