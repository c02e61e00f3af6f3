#pragma once

#include <cstdint>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include "ampcard/station/moneyformat.h"

// A sale's receipt laid out for people: the stored receipt (JSON, see receiptText()) in the
// station currency's minor units, the locale and the station's time zone, with a QR code of its
// id and amount. The screen, Qt Print Support and the ESC/POS printers all print this one layout.

namespace ampcard::station {

struct ReceiptStyle {
    QString utility;                  // the utility's name, on top
    std::optional<MoneyFormat> money; // nothing: money as the ledger keeps it (0.0001)
    QTimeZone zone = QTimeZone::systemTimeZone();
    QLocale locale = QLocale::c();
};

struct ReceiptLine {
    QString label;
    QString value;
    bool strong = false; // the total: printed bold
};

struct ReceiptDocument {
    QString utility;
    QString title;
    QList<ReceiptLine> lines;
    QString qrText; // empty when the receipt has no sale id
    QString footer;

    // The lines as text, each at most `columns` wide (labels left, values right, wrapped where
    // they do not fit); 0: labels padded to one column, values after them.
    [[nodiscard]] QStringList textLines(int columns = 0) const;
    // One line at most `columns` wide: label left and value right, or both wrapped.
    static QStringList fitted(const ReceiptLine &line, int columns);
    // `text` in pieces at most `columns` wide, cut at spaces where it can be.
    static QStringList wrapped(const QString &text, int columns);
};

ReceiptDocument receiptDocument(const QJsonObject &receipt, const ReceiptStyle &style);
// The document as text (see ReceiptDocument::textLines), one line each.
QString receiptText(const QJsonObject &receipt, const ReceiptStyle &style, int columns = 0);
// The style for a station: money in `currencyCode`'s minor units when the station knows that
// currency, else as the ledger keeps it.
ReceiptStyle receiptStyle(const QString &utility, const QString &currencyCode,
                          const QLocale &locale = QLocale());

// The QR payload of a receipt: "AMPCARD:R1:<sale id>:<station>:<paid in 0.0001>:<currency>".
struct ReceiptCode {
    QString saleId;
    QString station;
    std::int64_t paid = 0;
    QString currency;
};

QString receiptCodeText(const ReceiptCode &code);
// The code in `text` (what a scanner types; surrounding blanks ignored); nothing with `error`.
std::optional<ReceiptCode> parseReceiptCode(const QString &text, QString *error = nullptr);

} // namespace ampcard::station
