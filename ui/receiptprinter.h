#pragma once

#include <optional>
#include <utility>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "ampcard/station/escpos.h"
#include "ampcard/station/receiptdocument.h"
#include "ampcard/station/thermalprinter.h"

class QImage;
class QPrinter;

namespace ampcard::station {
struct ReportTable;
}

// Receipts on paper or PDF through Qt Print Support (58 mm or 80 mm thermal rolls, or A4), or as
// raw ESC/POS to a thermal printer on a device node or the network; and reports on A4. Every
// receipt, first print or reprint, goes where Administration chose (QSettings keys below).
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

    // The receipt laid out in `style` (currency, locale, time zone), with its QR code.
    static QString html(const QJsonObject &receipt, const ampcard::station::ReceiptStyle &style);
    static void print(const QJsonObject &receipt, const ampcard::station::ReceiptStyle &style,
                      QPrinter &printer);
    static bool toPdf(const QJsonObject &receipt, const ampcard::station::ReceiptStyle &style,
                      const QString &path, Paper paper);
    // The QR code of `text` (libqrencode, error correction M), `module` pixels a module, with
    // the quiet zone.
    static QImage qrImage(const QString &text, int module);

    // The receipt as ESC/POS for `profile`: text in its code page, or a raster image when the
    // receipt has a script the code page lacks (Arabic, Chinese), right to left for Arabic.
    static QByteArray escPos(const QJsonObject &receipt,
                             const ampcard::station::ReceiptStyle &style,
                             const ampcard::station::PrinterProfile &profile);
    static bool toThermal(const QJsonObject &receipt, const ampcard::station::ReceiptStyle &style,
                          const ampcard::station::PrinterTarget &target,
                          const ampcard::station::PrinterProfile &profile, QString *error);

    // Administration's choice: "receiptPrinterKind" is "system" (Qt Print Support, the printer
    // "receiptPrinter"), "device" ("receiptDevice", "receiptBaud") or "network"
    // ("receiptAddress", HOST[:PORT]); "receiptPaper" 58 or 80 and "receiptCodePage" 858 or
    // 1252 for the thermal ones.
    enum class Kind { kSystem, kDevice, kNetwork };
    static Kind configuredKind();
    // The thermal printer Administration chose; nothing with `error` when it is not one or its
    // setting is incomplete.
    static std::optional<
        std::pair<ampcard::station::PrinterTarget, ampcard::station::PrinterProfile>>
    configuredThermal(QString *error);
    // Prints on the printer Administration chose; true with nothing done when it chose none.
    // The same path prints the first receipt and every reprint.
    static bool toConfigured(const QJsonObject &receipt,
                             const ampcard::station::ReceiptStyle &style, QString *error);
    // Prints on the named printer (Administration's receipt printer) on `paper`; false with
    // `error` set when there is no such printer or it fails.
    static bool toPrinter(const QJsonObject &receipt, const ampcard::station::ReceiptStyle &style,
                          const QString &printerName, Paper paper, QString *error);

    // A report as an A4 table, on a printer or as a PDF.
    static QString reportHtml(const ampcard::station::ReportTable &report, const QString &utility);
    static void printReport(const ampcard::station::ReportTable &report, const QString &utility,
                            QPrinter &printer);
    static bool reportToPdf(const ampcard::station::ReportTable &report, const QString &utility,
                            const QString &path);
};
