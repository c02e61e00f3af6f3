#pragma once

#include <optional>

#include <QJsonObject>
#include <QWidget>

#include "ampcard/station/carddesk.h"
#include "ampcard/station/receiptdocument.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QuoteModel;

namespace ampcard::station {
class Workstation;
}

// The page cashiers live on. Find the account (meter number, customer number, name, a barcode
// scanner typing the meter number, or F5 to read the card in the reader), see it and its warnings,
// type the amount and watch the quote, press Enter: the card is written and verified, the receipt
// is shown and printed. Escape starts over for the next customer. All by keyboard.
class SellPage : public QWidget {
    Q_OBJECT

public:
    explicit SellPage(ampcard::station::Workstation &context, QWidget *parent = nullptr);

    // Where receipts are written as PDF (the print queue when no printer is set).
    void setReceiptFolder(const QString &folder) { m_receiptFolder = folder; }
    [[nodiscard]] QString lastReceiptPdf() const { return m_lastPdf; }
    [[nodiscard]] std::optional<QJsonObject> lastReceipt() const { return m_lastReceipt; }
    [[nodiscard]] QString message() const;

public slots:
    void startOver();
    void search();
    void readCard();
    void sell();
    // Sells to the chosen account without its card, over the meter line set in Administration.
    void sellRemotely();
    void printReceipt();

signals:
    void sold(const QJsonObject &receipt);

private:
    void showAccount(const ampcard::station::CardCheck &account, const QStringList &notes);
    void chooseMeter(const QString &meterNumber);
    void updateQuote();
    std::optional<ampcard::station::SaleRequest> request(QString *problem = nullptr) const;
    std::optional<ampcard::station::SaleRequest> readyToSell(const QString &noAccount);
    void say(const QString &text, bool problem);
    // The receipt in the station's currency, the locale and the local time zone.
    [[nodiscard]] ampcard::station::ReceiptStyle receiptLayout() const;
    void finishSale(const QJsonObject &receipt);

    ampcard::station::Workstation &m_context;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_account;
    QComboBox *m_mode;
    QLineEdit *m_amount;
    QCheckBox *m_combine;
    QTableView *m_quoteView;
    QuoteModel *m_quote;
    QPushButton *m_sellButton;
    QPushButton *m_remoteButton;
    QLabel *m_message;
    QPlainTextEdit *m_receipt;
    std::optional<ampcard::station::CardCheck> m_current;
    std::optional<QJsonObject> m_lastReceipt;
    QString m_receiptFolder;
    QString m_lastPdf;
};
