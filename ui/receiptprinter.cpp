#include "receiptprinter.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

#include "ampcard/station/carddesk.h"

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
    if (paper == Paper::kA4)
        printer.setPageSize(QPageSize(QPageSize::A4));
    else
        printer.setPageSize(
            QPageSize(QSizeF(paper == Paper::kRoll58 ? 58 : 80, 200), QPageSize::Millimeter));
    printer.setPageMargins(QMarginsF(2, 2, 2, 2), QPageLayout::Millimeter);
    print(receipt, utility, printer);
    return QFileInfo(path).size() > 0;
}
