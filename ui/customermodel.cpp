#include "customermodel.h"

void CustomerModel::setCustomers(const QList<ampcard::station::Customer> &customers,
                                 const QStringList &meters)
{
    beginResetModel();
    m_rows = customers;
    m_meters = meters;
    while (m_meters.size() < m_rows.size())
        m_meters.append(QString());
    endResetModel();
}

int CustomerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant CustomerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const ampcard::station::Customer &customer = m_rows[index.row()];
    switch (index.column()) {
    case kNumber: return customer.number;
    case kName: return customer.name;
    case kPhone: return customer.phone;
    case kAddress: return customer.address;
    case kMeters: return m_meters[index.row()];
    default: return {};
    }
}

QVariant CustomerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case kNumber: return tr("Number");
    case kName: return tr("Name");
    case kPhone: return tr("Phone");
    case kAddress: return tr("Address");
    case kMeters: return tr("Meters");
    default: return {};
    }
}
