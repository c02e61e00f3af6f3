#include "receiptprinter.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTextDocument>

#include "ampcard/station/carddesk.h"
#include "ampcard/station/reports.h"

namespace {

void setPaper(QPrinter &printer, ReceiptPrinter::Paper paper)
{
    if (paper == ReceiptPrinter::Paper::kA4)
        printer.setPageSize(QPageSize(QPageSize::A4));
    else
        printer.setPageSize(QPageSize(
            QSizeF(paper == ReceiptPrinter::Paper::kRoll58 ? 58 : 80, 200), QPageSize::Millimeter));
    printer.setPageMargins(QMarginsF(2, 2, 2, 2), QPageLayout::Millimeter);
}

} // namespace

QString ReceiptPrinter::html(const QJsonObject &receipt, const QString &utility)
{
    QString text = ampcard::station::receiptText(receipt).toHtmlEscaped();
    return QStringLiteral("<h3 align=\"center\">%1</h3><pre style=\"font-size:8pt\">%2</pre>"
                          "<p align=\"center\">%3</p>")
        .arg(utility.toHtmlEscaped(), text, tr("Keep this receipt."));
}

void ReceiptPrinter::print(const QJsonObject &receipt, const QString &utility, QPrinter &printer)
{
    QTextDocument document;
    document.setHtml(html(receipt, utility));
    document.print(&printer);
}

ReceiptPrinter::Paper ReceiptPrinter::paperFromName(const QString &name)
{
    if (name == QLatin1String("58"))
        return Paper::kRoll58;
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return Paper::kA4;
    return Paper::kRoll80;
}

bool ReceiptPrinter::toPdf(const QJsonObject &receipt, const QString &utility, const QString &path,
                           Paper paper)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    setPaper(printer, paper);
    print(receipt, utility, printer);
    return QFileInfo(path).size() > 0;
}

bool ReceiptPrinter::toPrinter(const QJsonObject &receipt, const QString &utility,
                               const QString &printerName, Paper paper, QString *error)
{
    const QPrinterInfo info = QPrinterInfo::printerInfo(printerName);
    if (info.isNull()) {
        *error = tr("There is no printer \"%1\" on this computer: choose another in "
                    "Administration.")
                     .arg(printerName);
        return false;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    setPaper(printer, paper);
    if (!printer.isValid()) {
        *error = tr("Printer \"%1\" cannot print now.").arg(printerName);
        return false;
    }
    print(receipt, utility, printer);
    if (printer.printerState() == QPrinter::Error) {
        *error = tr("Printer \"%1\" reported an error.").arg(printerName);
        return false;
    }
    return true;
}

QString ReceiptPrinter::reportHtml(const ampcard::station::ReportTable &report,
                                   const QString &utility)
{
    QString html = QStringLiteral("<h3>%1</h3><h4>%2</h4><table border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"2\" style=\"font-size:8pt\"><tr>")
                       .arg(utility.toHtmlEscaped(), report.title.toHtmlEscaped());
    for (const QString &column : report.columns)
        html += QStringLiteral("<th>%1</th>").arg(column.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList &row : report.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table><p>%1</p>")
                      .arg(tr("%n row(s).", nullptr, static_cast<int>(report.rows.size())));
}

void ReceiptPrinter::printReport(const ampcard::station::ReportTable &report,
                                 const QString &utility, QPrinter &printer)
{
    QTextDocument document;
    document.setHtml(reportHtml(report, utility));
    document.print(&printer);
}

bool ReceiptPrinter::reportToPdf(const ampcard::station::ReportTable &report,
                                 const QString &utility, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printReport(report, utility, printer);
    return QFileInfo(path).size() > 0;
}
