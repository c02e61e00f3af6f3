#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "ampcard/station/fees.h"

// The lines of a sale as the cashier sees them before and after: what is paid, where each part
// goes (fixed charge, debt, VAT, credit) and what the credit buys, step by step.
class QuoteModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { kItem, kDetail, kAmount, kColumnCount };

    explicit QuoteModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setQuote(const ampcard::station::SaleQuote &quote);
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
