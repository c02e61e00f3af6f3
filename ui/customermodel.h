#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "ampcard/station/customers.h"

// Customers found by a search, with their meters: the Accounts page's table.
class CustomerModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { kNumber, kName, kPhone, kAddress, kMeters, kColumnCount };

    explicit CustomerModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    // `meters` holds each customer's meter numbers, joined.
    void setCustomers(const QList<ampcard::station::Customer> &customers,
                      const QStringList &meters);
    [[nodiscard]] const ampcard::station::Customer &customer(int row) const { return m_rows[row]; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    QList<ampcard::station::Customer> m_rows;
    QStringList m_meters;
};
