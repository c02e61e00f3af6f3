#pragma once

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

// The test's own ESC/POS reader, written from Epson's command reference and independent of the
// station's encoder: it walks the byte stream a printer would receive and says what the printer
// would do with it (text lines in the selected code page, QR codes stored and printed, raster
// images and their size, cuts). Anything it does not know is an error, so a stray byte fails.
namespace testing {

struct EscPosPrint {
    bool initialised = false;
    int codePage = -1; // ESC t n
    QStringList lines;
    QStringList boldLines;
    QList<QByteArray> qrStored;
    int qrPrinted = 0;
    int qrModel = 0;
    int qrErrorLevel = 0; // 48 L, 49 M, 50 Q, 51 H
    QList<QSize> images;  // each GS v 0 band: width in dots, height in rows
    int cuts = 0;
    QString error;
};

inline QString codePageText(int page, unsigned char byte)
{
    // The upper halves from the code pages' published tables.
    static const QString kCp858 = QStringLiteral(
        "\u00C7\u00FC\u00E9\u00E2\u00E4\u00E0\u00E5\u00E7\u00EA\u00EB\u00E8\u00EF\u00EE\u00EC"
        "\u00C4\u00C5\u00C9\u00E6\u00C6\u00F4\u00F6\u00F2\u00FB\u00F9\u00FF\u00D6\u00DC\u00F8"
        "\u00A3\u00D8\u00D7\u0192\u00E1\u00ED\u00F3\u00FA\u00F1\u00D1\u00AA\u00BA\u00BF\u00AE"
        "\u00AC\u00BD\u00BC\u00A1\u00AB\u00BB\u2591\u2592\u2593\u2502\u2524\u00C1\u00C2\u00C0"
        "\u00A9\u2563\u2551\u2557\u255D\u00A2\u00A5\u2510\u2514\u2534\u252C\u251C\u2500\u253C"
        "\u00E3\u00C3\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u00A4\u00F0\u00D0\u00CA\u00CB"
        "\u00C8\u20AC\u00CD\u00CE\u00CF\u2518\u250C\u2588\u2584\u00A6\u00CC\u2580\u00D3\u00DF"
        "\u00D4\u00D2\u00F5\u00D5\u00B5\u00FE\u00DE\u00DA\u00DB\u00D9\u00FD\u00DD\u00AF\u00B4"
        "\u00AD\u00B1\u2017\u00BE\u00B6\u00A7\u00F7\u00B8\u00B0\u00A8\u00B7\u00B9\u00B3\u00B2"
        "\u25A0\u00A0");
    static const QString kCp1252 = QStringLiteral(
        "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD"
        "\u017D\uFFFD\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A"
        "\u0153\uFFFD\u017E\u0178");
    if (byte < 0x80)
        return QString(QChar(byte));
    if (page == 19)
        return kCp858.at(byte - 0x80);
    if (page == 16)
        return byte < 0xA0 ? kCp1252.at(byte - 0x80) : QString(QChar(byte));
    return QStringLiteral("\uFFFD");
}

inline EscPosPrint readEscPos(const QByteArray &stream)
{
    EscPosPrint print;
    QString line;
    bool bold = false;
    bool lineBold = false;
    qsizetype i = 0;
    auto byte = [&](qsizetype at) -> int {
        return at < stream.size() ? static_cast<unsigned char>(stream[at]) : -1;
    };
    auto fail = [&](const QString &why) {
        print.error = QStringLiteral("at byte %1: %2").arg(i).arg(why);
        return print;
    };
    while (i < stream.size()) {
        const int b = byte(i);
        if (b == 0x1B) {
            const int command = byte(i + 1);
            const int n = byte(i + 2);
            if (command == '@') {
                print.initialised = true;
                bold = false;
                i += 2;
                continue;
            }
            if (n < 0)
                return fail(QStringLiteral("ESC command cut short"));
            if (command == 't')
                print.codePage = n;
            else if (command == 'E')
                bold = n & 1;
            else if (command == 'a' || command == 'd' || command == '!')
                ;
            else
                return fail(QStringLiteral("unknown ESC %1").arg(command));
            i += 3;
        } else if (b == 0x1D) {
            const int command = byte(i + 1);
            if (command == '!') {
                i += 3;
            } else if (command == 'V') {
                const int m = byte(i + 2);
                ++print.cuts;
                i += (m == 65 || m == 66) ? 4 : 3;
            } else if (command == 'v') {
                if (byte(i + 2) != '0' || i + 8 > stream.size())
                    return fail(QStringLiteral("GS v without 0"));
                const int widthBytes = byte(i + 4) + 256 * byte(i + 5);
                const int rows = byte(i + 6) + 256 * byte(i + 7);
                print.images.append(QSize(widthBytes * 8, rows));
                i += 8 + qsizetype(widthBytes) * rows;
                if (i > stream.size())
                    return fail(QStringLiteral("raster data cut short"));
            } else if (command == '(' && byte(i + 2) == 'k') {
                const int length = byte(i + 3) + 256 * byte(i + 4);
                const qsizetype start = i + 5;
                if (length < 2 || start + length > stream.size() || byte(start) != 49)
                    return fail(QStringLiteral("GS ( k is not a whole QR command"));
                const int function = byte(start + 1);
                const QByteArray parameters = stream.mid(start + 2, length - 2);
                if (function == 65)
                    print.qrModel =
                        static_cast<unsigned char>(parameters.isEmpty() ? 0 : parameters.at(0));
                else if (function == 69)
                    print.qrErrorLevel =
                        static_cast<unsigned char>(parameters.isEmpty() ? 0 : parameters.at(0));
                else if (function == 80)
                    print.qrStored.append(parameters.mid(1));
                else if (function == 81)
                    ++print.qrPrinted;
                else if (function != 67)
                    return fail(QStringLiteral("unknown QR function %1").arg(function));
                i = start + length;
            } else {
                return fail(QStringLiteral("unknown GS %1").arg(command));
            }
        } else if (b == 0x0A) {
            print.lines.append(line);
            if (lineBold || bold)
                print.boldLines.append(line);
            line.clear();
            lineBold = false;
            ++i;
        } else if (b >= 0x20) {
            line += codePageText(print.codePage, static_cast<unsigned char>(b));
            lineBold = lineBold || bold;
            ++i;
        } else {
            return fail(QStringLiteral("control byte %1").arg(b));
        }
    }
    if (!line.isEmpty())
        print.lines.append(line);
    return print;
}

} // namespace testing
