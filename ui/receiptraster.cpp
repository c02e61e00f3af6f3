#include "receiptraster.h"

#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>

using namespace ampcard::station;

namespace {

// Kept left to right inside a right-to-left line: Unicode's isolate LRI ... PDI.
QString leftToRight(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

struct Row {
    QString text;
    Qt::Alignment alignment;
    bool strong = false;
    QString trailing; // drawn at the other end of the same row
};

} // namespace

MonoImage renderReceipt(const ReceiptDocument &receipt, int dotWidth, Qt::LayoutDirection direction)
{
    const bool rtl = direction == Qt::RightToLeft;
    // Absolute: the painter's right-to-left direction must not mirror these back.
    const Qt::Alignment start = Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft);
    const Qt::Alignment end = Qt::AlignAbsolute | (rtl ? Qt::AlignLeft : Qt::AlignRight);
    QFont font;
    font.setPixelSize(dotWidth >= 576 ? 24 : 20);
    QFont strong = font;
    strong.setBold(true);
    const int margin = 4;
    const int width = dotWidth - 2 * margin;
    QList<Row> rows;
    const QFontMetrics metrics(strong);
    auto add = [&](const QString &text, Qt::Alignment alignment, bool bold) {
        // Words wrap where the text is wider than the paper.
        QStringList words;
        for (QString word : text.split(QLatin1Char(' '))) {
            // A word wider than the paper (a receipt number) is cut where it must be.
            while (metrics.horizontalAdvance(word) > width) {
                qsizetype fits = word.size() - 1;
                while (fits > 1 && metrics.horizontalAdvance(word.left(fits)) > width)
                    --fits;
                words.append(word.left(fits));
                word = word.mid(fits);
            }
            words.append(word);
        }
        QString line;
        for (const QString &word : std::as_const(words)) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
                rows.append({line, alignment, bold, {}});
                line = word;
            } else {
                line = candidate;
            }
        }
        rows.append({line, alignment, bold, {}});
    };
    for (const QString &heading : {receipt.utility, receipt.title})
        if (!heading.isEmpty())
            add(heading, Qt::AlignHCenter, true);
    for (const ReceiptLine &line : receipt.lines) {
        const QString value = leftToRight(line.value);
        if (metrics.horizontalAdvance(line.label + QStringLiteral("  ") + value) <= width) {
            rows.append({line.label, start, line.strong, value});
        } else {
            add(line.label, start, line.strong);
            add(value, end, line.strong);
        }
    }
    if (!receipt.footer.isEmpty())
        add(receipt.footer, Qt::AlignHCenter, false);

    const int rowHeight = metrics.height() + 2;
    QImage image(dotWidth, static_cast<int>(rows.size()) * rowHeight + 2 * margin,
                 QImage::Format_Grayscale8);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setLayoutDirection(direction);
        painter.setPen(Qt::black);
        int top = margin;
        for (const Row &row : std::as_const(rows)) {
            painter.setFont(row.strong ? strong : font);
            const QRect box(margin, top, width, rowHeight);
            painter.drawText(box, row.alignment | Qt::AlignVCenter, row.text);
            if (!row.trailing.isEmpty())
                painter.drawText(box, end | Qt::AlignVCenter, row.trailing);
            top += rowHeight;
        }
    }
    MonoImage mono;
    mono.width = dotWidth;
    mono.height = image.height();
    const int rowBytes = (dotWidth + 7) / 8;
    mono.bits = QByteArray(qsizetype(rowBytes) * mono.height, '\0');
    for (int y = 0; y < mono.height; ++y) {
        const uchar *pixels = image.constScanLine(y);
        for (int x = 0; x < dotWidth; ++x)
            if (pixels[x] < 128)
                mono.bits[qsizetype(y) * rowBytes + x / 8] = static_cast<char>(
                    mono.bits[qsizetype(y) * rowBytes + x / 8] | (0x80 >> (x % 8)));
    }
    return mono;
}
