#pragma once

#include <optional>

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ampcard::station {
class Workstation;
}

// The Reports page's "Find receipt": a receipt number, or the text of a receipt's QR code as a
// USB barcode scanner types it (ending in Enter), opens that sale's receipt; Ctrl+P or "Print
// again" prints it through the same path as the first print.
class ReceiptFinder : public QWidget {
    Q_OBJECT

public:
    explicit ReceiptFinder(ampcard::station::Workstation &context, QWidget *parent = nullptr);

    [[nodiscard]] std::optional<QJsonObject> receipt() const { return m_receipt; }
    [[nodiscard]] QString message() const;

public slots:
    void find();
    void printAgain();

private:
    void say(const QString &text, bool problem);

    ampcard::station::Workstation &m_context;
    QLineEdit *m_code;
    QPlainTextEdit *m_text;
    QLabel *m_message;
    std::optional<QJsonObject> m_receipt;
};
