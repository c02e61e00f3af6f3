#include "quotemodel.h"

#include <QFont>

#include "ampcard/tariff/tarifffile.h"

using ampcard::tariff::formatEnergy;
using ampcard::tariff::formatMoney;
using ampcard::tariff::formatPrice;

void QuoteModel::setQuote(const ampcard::station::SaleQuote &quote,
                          const std::optional<ampcard::station::MoneyFormat> &money)
{
    using ampcard::station::CashLine;
    auto text = [&](ampcard::tariff::Money amount) {
        return money ? money->format(amount) : formatMoney(amount);
    };
    beginResetModel();
    m_lines.clear();
    const QList<CashLine> exact = {{tr("Fixed charge"), quote.fixedCharge},
                                   {tr("Debt recovered"), quote.debtRecovered},
                                   {tr("VAT"), quote.vat},
                                   {tr("Electricity credit"), quote.credit}};
    const QList<CashLine> shown =
        money ? ampcard::station::cashLines(*money, exact, quote.paid, tr("Rounding")) : exact;
    for (const CashLine &line : shown)
        m_lines.append({line.label,
                        line.label == exact.first().label && quote.fixedCharge.raw() > 0
                            ? tr("first purchase of the month")
                            : QString(),
                        text(line.amount), false});
    for (std::size_t i = 0; i < quote.energy.pieceCount; ++i) {
        const auto &piece = quote.energy.pieces[i];
        m_lines.append(
            {tr("  step %1").arg(piece.step + 1),
             tr("%1 kWh at %2").arg(formatEnergy(piece.energy), formatPrice(piece.price)),
             text(piece.money), false});
    }
    m_lines.append({tr("Energy"), tr("%1 kWh").arg(formatEnergy(quote.energy.energy)), {}, true});
    m_lines.append({tr("Total to pay"), {}, text(quote.paid), true});
    endResetModel();
}

void QuoteModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

int QuoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int QuoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant QuoteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case kItem: return line.item;
        case kDetail: return line.detail;
        case kAmount: return line.amount;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == kAmount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && line.total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant QuoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case kItem: return tr("Item");
    case kDetail: return tr("Detail");
    case kAmount: return tr("Amount");
    default: return {};
    }
}
