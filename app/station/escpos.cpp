#include "ampcard/station/escpos.h"

#include <array>
#include <optional>

namespace ampcard::station {

namespace {

constexpr char kEsc = 0x1B;
constexpr char kGs = 0x1D;
constexpr char kLf = 0x0A;
constexpr int kRasterBand = 256; // rows per GS v 0: within every printer's buffer

// Code page 858 (850 with the euro sign at 0xD5), bytes 0x80-0xFF.
constexpr std::array<char16_t, 128> kCp858 = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF,
    0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA,
    0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x00C0, 0x00A9, 0x2563, 0x2551, 0x2557,
    0x255D, 0x00A2, 0x00A5, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4, 0x00F0, 0x00D0, 0x00CA, 0x00CB,
    0x00C8, 0x20AC, 0x00CD, 0x00CE, 0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580,
    0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE, 0x00DE, 0x00DA, 0x00DB, 0x00D9,
    0x00FD, 0x00DD, 0x00AF, 0x00B4, 0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8,
    0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0};

// Windows-1252, bytes 0x80-0x9F (0 where undefined); 0xA0-0xFF are Latin-1.
constexpr std::array<char16_t, 32> kCp1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::optional<char> byteFor(char16_t ch, PrinterProfile::CodePage codePage)
{
    if (ch >= 0x20 && ch < 0x7F)
        return static_cast<char>(ch);
    if (codePage == PrinterProfile::CodePage::kCp858) {
        for (std::size_t i = 0; i < kCp858.size(); ++i)
            if (kCp858[i] == ch)
                return static_cast<char>(0x80 + i);
        return std::nullopt;
    }
    if (ch >= 0xA0 && ch <= 0xFF)
        return static_cast<char>(ch);
    for (std::size_t i = 0; i < kCp1252.size(); ++i)
        if (kCp1252[i] == ch)
            return static_cast<char>(0x80 + i);
    return std::nullopt;
}

// Letters and punctuation that do not decompose into something a Latin code page has.
struct StandIn {
    char16_t from;
    const char *to;
};
constexpr std::array<StandIn, 25> kStandIns = {{
    {0x2018, "'"},  {0x2019, "'"},  {0x02BC, "'"}, {0x201C, "\""},  {0x201D, "\""},
    {0x00AB, "\""}, {0x00BB, "\""}, {0x2010, "-"}, {0x2011, "-"},   {0x2012, "-"},
    {0x2013, "-"},  {0x2014, "-"},  {0x2212, "-"}, {0x2026, "..."}, {0x20AC, "EUR"},
    {0x202F, " "},  {0x2009, " "},  {0x00A0, " "}, {0x0141, "L"},   {0x0142, "l"},
    {0x0110, "D"},  {0x0111, "d"},  {0x0131, "i"}, {0x0152, "OE"},  {0x0153, "oe"},
}};

// A stand-in the code page has: the base letter of an accented one, ASCII punctuation.
QByteArray transliterated(QChar ch, PrinterProfile::CodePage codePage)
{
    for (const auto &[from, to] : kStandIns)
        if (from == ch.unicode())
            return to;
    const QString decomposed = QString(ch).normalized(QString::NormalizationForm_KD);
    QByteArray out;
    for (const QChar part : decomposed) {
        if (part.category() == QChar::Mark_NonSpacing)
            continue;
        const std::optional<char> byte = byteFor(part.unicode(), codePage);
        if (!byte)
            return {};
        out += *byte;
    }
    return out;
}

void appendQrFunction(QByteArray &out, char function, const QByteArray &parameters)
{
    const int length = static_cast<int>(parameters.size()) + 2;
    out += kGs;
    out += '(';
    out += 'k';
    out += static_cast<char>(length & 0xFF);
    out += static_cast<char>((length >> 8) & 0xFF);
    out += '1'; // cn 49: QR code
    out += function;
    out += parameters;
}

void appendText(QByteArray &out, const QString &text, PrinterProfile::CodePage codePage)
{
    out += EscPos::encodeText(text, codePage);
    out += kLf;
}

} // namespace

PrinterProfile PrinterProfile::forPaper(int millimetres, CodePage codePage)
{
    PrinterProfile profile;
    profile.codePage = codePage;
    if (millimetres == 58) {
        profile.columns = 32;
        profile.dotWidth = 384;
    }
    return profile;
}

QByteArray EscPos::encodeText(const QString &text, PrinterProfile::CodePage codePage)
{
    QByteArray out;
    for (const QChar ch : text) {
        if (const std::optional<char> byte = byteFor(ch.unicode(), codePage)) {
            out += *byte;
            continue;
        }
        const QByteArray stand = transliterated(ch, codePage);
        out += stand.isEmpty() ? QByteArray("?") : stand;
    }
    return out;
}

bool EscPos::needsRaster(const QString &text, PrinterProfile::CodePage codePage)
{
    for (const QChar ch : text)
        if (ch.isLetterOrNumber() && !byteFor(ch.unicode(), codePage) &&
            transliterated(ch, codePage).isEmpty())
            return true;
    return false;
}

QByteArray EscPos::raster(const MonoImage &image)
{
    const int rowBytes = (image.width + 7) / 8;
    QByteArray out;
    for (int top = 0; top < image.height; top += kRasterBand) {
        const int rows = std::min(kRasterBand, image.height - top);
        out += kGs;
        out += 'v';
        out += '0';
        out += '\0'; // normal density
        out += static_cast<char>(rowBytes & 0xFF);
        out += static_cast<char>((rowBytes >> 8) & 0xFF);
        out += static_cast<char>(rows & 0xFF);
        out += static_cast<char>((rows >> 8) & 0xFF);
        out += image.bits.mid(qsizetype(top) * rowBytes, qsizetype(rows) * rowBytes);
    }
    return out;
}

QByteArray EscPos::qrCode(const QByteArray &data, int size)
{
    QByteArray out;
    appendQrFunction(out, 'A', QByteArray("\x32\x00", 2));              // model 2
    appendQrFunction(out, 'C', QByteArray(1, static_cast<char>(size))); // module size
    appendQrFunction(out, 'E', QByteArray(1, '1'));                     // error correction M
    appendQrFunction(out, 'P', QByteArray(1, '0') + data);              // store
    appendQrFunction(out, 'Q', QByteArray(1, '0'));                     // print
    return out;
}

QByteArray EscPos::encode(const ReceiptDocument &receipt, const PrinterProfile &profile,
                          const MonoImage *raster)
{
    QByteArray out;
    out += kEsc;
    out += '@';
    out += kEsc;
    out += 't';
    out += static_cast<char>(profile.codePage == PrinterProfile::CodePage::kCp858 ? 19 : 16);
    auto align = [&](char how) {
        out += kEsc;
        out += 'a';
        out += how;
    };
    auto bold = [&](bool on) {
        out += kEsc;
        out += 'E';
        out += static_cast<char>(on ? 1 : 0);
    };
    if (raster) {
        align(1);
        out += EscPos::raster(*raster);
    } else {
        align(1);
        bold(true);
        out += kGs;
        out += '!';
        out += '\x01'; // double height
        for (const QString &heading : {receipt.utility, receipt.title})
            if (!heading.isEmpty())
                for (const QString &piece : ReceiptDocument::wrapped(heading, profile.columns))
                    appendText(out, piece, profile.codePage);
        out += kGs;
        out += '!';
        out += '\0';
        bold(false);
        align(0);
        for (const ReceiptLine &line : receipt.lines) {
            if (line.strong)
                bold(true);
            for (const QString &text : ReceiptDocument::fitted(line, profile.columns))
                appendText(out, text, profile.codePage);
            if (line.strong)
                bold(false);
        }
    }
    if (!receipt.qrText.isEmpty()) {
        align(1);
        out += kLf;
        out += qrCode(receipt.qrText.toLatin1(), profile.columns <= 32 ? 5 : 6);
        out += kLf;
    }
    if (!raster && !receipt.footer.isEmpty()) {
        align(1);
        appendText(out, receipt.footer, profile.codePage);
    }
    align(0);
    out += kGs;
    out += 'V';
    out += 'B';
    out += static_cast<char>(4); // feed to the cutter and 4 lines more, then cut
    return out;
}

} // namespace ampcard::station
