#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "ampcard/station/receiptdocument.h"

// ESC/POS for thermal receipt printers: a receipt (ReceiptDocument) becomes the bytes for one
// printer profile. Latin text goes in the profile's code page (characters it lacks are
// transliterated: "ő" → "o"); a receipt in a script the printer has no font for (Arabic, Chinese)
// comes as a raster image the caller rendered (QtGui, not here). Commands as Epson's ESC/POS
// reference gives them: ESC @, ESC t, ESC a, ESC E, GS !, GS ( k (QR model 2), GS v 0, GS V.

namespace ampcard::station {

// A 1-bit image: rows of (width + 7) / 8 bytes, the leftmost dot in the top bit, 1 = black.
struct MonoImage {
    int width = 0;
    int height = 0;
    QByteArray bits;
};

struct PrinterProfile {
    enum class CodePage { kCp858, kCp1252 };

    int columns = 48;   // characters of font A on a line: 32 on 58 mm paper, 48 on 80 mm
    int dotWidth = 576; // printable dots on a line: 384 on 58 mm, 576 on 80 mm
    CodePage codePage = CodePage::kCp858;

    // 58 or 80 (mm); any other width is taken as 80.
    static PrinterProfile forPaper(int millimetres, CodePage codePage = CodePage::kCp858);
};

class EscPos {
public:
    // The whole receipt: initialise, code page, the title bold and double height, the lines, the
    // QR code of the receipt's id and amount, the footer, feed and cut. With `raster`, the image
    // stands for the title, lines and footer (it must be at most the profile's dot width).
    static QByteArray encode(const ReceiptDocument &receipt, const PrinterProfile &profile,
                             const MonoImage *raster = nullptr);
    // `text` in `codePage`; characters not in it are transliterated, '?' where none fits.
    static QByteArray encodeText(const QString &text, PrinterProfile::CodePage codePage);
    // Whether `text` has a letter or digit the code page cannot show, even transliterated: such a
    // receipt goes as a raster image.
    static bool needsRaster(const QString &text, PrinterProfile::CodePage codePage);
    // GS v 0 commands for `image`, in bands a printer's buffer takes.
    static QByteArray raster(const MonoImage &image);
    // GS ( k: QR model 2, module size `size` dots, error correction M, store `data`, print.
    static QByteArray qrCode(const QByteArray &data, int size);
};

} // namespace ampcard::station
