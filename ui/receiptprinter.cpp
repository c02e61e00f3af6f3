#include "receiptprinter.h"

#include <qrencode.h>

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSettings>
#include <QTextDocument>
#include <QUrl>

#include "ampcard/station/carddesk.h"
#include "ampcard/station/reports.h"
#include "receiptraster.h"

using namespace ampcard::station;

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

const QUrl kQrResource(QStringLiteral("ampcard-qr:receipt"));

ReceiptStyle plainStyle(const QString &utility)
{
    ReceiptStyle style;
    style.utility = utility;
    return style;
}

} // namespace

QString ReceiptPrinter::html(const QJsonObject &receipt, const QString &utility)
{
    return html(receipt, plainStyle(utility));
}

QString ReceiptPrinter::html(const QJsonObject &receipt, const ReceiptStyle &style)
{
    const ReceiptDocument document = receiptDocument(receipt, style);
    const bool rtl = style.locale.textDirection() == Qt::RightToLeft;
    QString rows;
    for (const ReceiptLine &line : document.lines)
        rows +=
            QStringLiteral("<tr><td>%1</td><td align=\"%2\" dir=\"ltr\">%3%4%5</td></tr>")
                .arg(line.label.toHtmlEscaped(),
                     rtl ? QStringLiteral("left") : QStringLiteral("right"),
                     line.strong ? QStringLiteral("<b>") : QString(), line.value.toHtmlEscaped(),
                     line.strong ? QStringLiteral("</b>") : QString());
    const QString qr = document.qrText.isEmpty()
                           ? QString()
                           : QStringLiteral("<p align=\"center\"><img src=\"%1\"></p>")
                                 .arg(kQrResource.toString());
    return QStringLiteral("<div dir=\"%1\"><h3 align=\"center\">%2</h3>"
                          "<h4 align=\"center\">%3</h4><table width=\"100%\" "
                          "style=\"font-size:8pt\">%4</table>%5<p align=\"center\">%6</p></div>")
        .arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"), document.utility.toHtmlEscaped(),
             document.title.toHtmlEscaped(), rows, qr, document.footer.toHtmlEscaped());
}

void ReceiptPrinter::print(const QJsonObject &receipt, const QString &utility, QPrinter &printer)
{
    print(receipt, plainStyle(utility), printer);
}

void ReceiptPrinter::print(const QJsonObject &receipt, const ReceiptStyle &style, QPrinter &printer)
{
    QTextDocument document;
    const ReceiptDocument layout = receiptDocument(receipt, style);
    if (!layout.qrText.isEmpty())
        document.addResource(QTextDocument::ImageResource, kQrResource, qrImage(layout.qrText, 4));
    document.setHtml(html(receipt, style));
    document.print(&printer);
}

QImage ReceiptPrinter::qrImage(const QString &text, int module)
{
    const QByteArray data = text.toUtf8();
    QRcode *code = QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int quiet = 4;
    const int side = (code->width + 2 * quiet) * module;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + quiet) * module, (y + quiet) * module, module, module,
                                 Qt::black);
    painter.end();
    QRcode_free(code);
    return image;
}

QByteArray ReceiptPrinter::escPos(const QJsonObject &receipt, const ReceiptStyle &style,
                                  const PrinterProfile &profile)
{
    const ReceiptDocument document = receiptDocument(receipt, style);
    QString all = document.utility + document.title + document.footer;
    for (const ReceiptLine &line : document.lines)
        all += line.label + line.value;
    if (!EscPos::needsRaster(all, profile.codePage))
        return EscPos::encode(document, profile);
    const MonoImage image = renderReceipt(document, profile.dotWidth, style.locale.textDirection());
    return EscPos::encode(document, profile, &image);
}

bool ReceiptPrinter::toThermal(const QJsonObject &receipt, const ReceiptStyle &style,
                               const PrinterTarget &target, const PrinterProfile &profile,
                               QString *error)
{
    return ThermalPrinter::send(target, escPos(receipt, style, profile), error);
}

ReceiptPrinter::Kind ReceiptPrinter::configuredKind()
{
    const QString kind = QSettings().value(QStringLiteral("receiptPrinterKind")).toString();
    if (kind == QLatin1String("device"))
        return Kind::kDevice;
    if (kind == QLatin1String("network"))
        return Kind::kNetwork;
    return Kind::kSystem;
}

std::optional<std::pair<PrinterTarget, PrinterProfile>>
ReceiptPrinter::configuredThermal(QString *error)
{
    const QSettings preferences;
    const Kind kind = configuredKind();
    PrinterTarget target;
    if (kind == Kind::kDevice) {
        target.device = preferences.value(QStringLiteral("receiptDevice")).toString().trimmed();
        target.baud = preferences.value(QStringLiteral("receiptBaud"), 0).toInt();
        if (target.device.isEmpty()) {
            *error = tr("No receipt printer device is set: an administrator sets it in "
                        "Administration (for example /dev/usb/lp0 or /dev/ttyUSB0).");
            return std::nullopt;
        }
    } else if (kind == Kind::kNetwork) {
        const auto network = PrinterTarget::network(
            preferences.value(QStringLiteral("receiptAddress")).toString(), error);
        if (!network)
            return std::nullopt;
        target = *network;
    } else {
        *error = tr("The receipt printer is a system printer, not a thermal one.");
        return std::nullopt;
    }
    const PrinterProfile profile = PrinterProfile::forPaper(
        preferences.value(QStringLiteral("receiptPaper")).toString() == QLatin1String("58") ? 58
                                                                                            : 80,
        preferences.value(QStringLiteral("receiptCodePage")).toString() == QLatin1String("1252")
            ? PrinterProfile::CodePage::kCp1252
            : PrinterProfile::CodePage::kCp858);
    return std::make_pair(target, profile);
}

bool ReceiptPrinter::toConfigured(const QJsonObject &receipt, const ReceiptStyle &style,
                                  QString *error)
{
    if (configuredKind() == Kind::kSystem) {
        const QSettings preferences;
        const QString printer = preferences.value(QStringLiteral("receiptPrinter")).toString();
        return printer.isEmpty() ||
               toPrinter(
                   receipt, style, printer,
                   paperFromName(preferences.value(QStringLiteral("receiptPaper")).toString()),
                   error);
    }
    const auto thermal = configuredThermal(error);
    return thermal && toThermal(receipt, style, thermal->first, thermal->second, error);
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
    return toPdf(receipt, plainStyle(utility), path, paper);
}

bool ReceiptPrinter::toPdf(const QJsonObject &receipt, const ReceiptStyle &style,
                           const QString &path, Paper paper)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    setPaper(printer, paper);
    print(receipt, style, printer);
    return QFileInfo(path).size() > 0;
}

bool ReceiptPrinter::toPrinter(const QJsonObject &receipt, const ReceiptStyle &style,
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
    print(receipt, style, printer);
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
