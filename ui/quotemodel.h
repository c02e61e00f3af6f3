#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "ampcard/station/fees.h"
#include "ampcard/station/moneyformat.h"

// The lines of a sale as the cashier sees them before and after: what is paid, where each part
// goes (fixed charge, debt, VAT, credit) and what the credit buys, step by step.
class QuoteModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { kItem, kDetail, kAmount, kColumnCount };

    explicit QuoteModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    // With `money`, amounts in the currency's minor units, rounded, with a "Rounding" line when
    // the rounded lines would not add up to the total; without, as the ledger keeps them.
    void setQuote(const ampcard::station::SaleQuote &quote,
                  const std::optional<ampcard::station::MoneyFormat> &money = std::nullopt);
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    struct Line {
        QString item;
        QString detail;
        QString amount;
        bool total = false;
    };
    QList<Line> m_lines;
};
