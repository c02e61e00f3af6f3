#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QPrinter;

namespace ampcard::station {
struct ReportTable;
}

// Receipts on paper or PDF through Qt Print Support: 58 mm or 80 mm thermal rolls, or A4; and
// reports on A4.
class ReceiptPrinter {
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)

public:
    enum class Paper { kRoll58, kRoll80, kA4 };

    // The receipt as HTML: utility, station, operator, receipt number, customer, meter, the amount
    // lines, energy, sequence and time.
    static QString html(const QJsonObject &receipt, const QString &utility);
    static void print(const QJsonObject &receipt, const QString &utility, QPrinter &printer);
    // Writes a PDF; false when the file cannot be written.
    static bool toPdf(const QJsonObject &receipt, const QString &utility, const QString &path,
                      Paper paper = Paper::kRoll80);
    static Paper paperFromName(const QString &name); // "58", "80", "a4"
    // Prints on the named printer (Administration's receipt printer) on `paper`; false with
    // `error` set when there is no such printer or it fails.
    static bool toPrinter(const QJsonObject &receipt, const QString &utility,
                          const QString &printerName, Paper paper, QString *error);

    // A report as an A4 table, on a printer or as a PDF.
    static QString reportHtml(const ampcard::station::ReportTable &report, const QString &utility);
    static void printReport(const ampcard::station::ReportTable &report, const QString &utility,
                            QPrinter &printer);
    static bool reportToPdf(const ampcard::station::ReportTable &report, const QString &utility,
                            const QString &path);
};
