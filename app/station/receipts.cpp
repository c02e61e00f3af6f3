#include "receipts.h"

#include "ampcard/station/customers.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/meters.h"
#include "salecontext.h"
#include "salesql.h"

namespace ampcard::station {

using namespace sale;

QJsonObject Receipts::head(const SaleRow &row, const QString &meterNumber,
                           const QString &customerNumber, const QString &customerName) const
{
    QJsonObject receipt;
    receipt[QStringLiteral("kind")] = kindName(row.kind);
    receipt[QStringLiteral("at")] = isoText(m_ctx.clock());
    receipt[QStringLiteral("station")] = m_ctx.ledger.stationId();
    receipt[QStringLiteral("operator")] = row.operatorName;
    receipt[QStringLiteral("meter")] = meterNumber;
    receipt[QStringLiteral("customer")] = customerNumber;
    if (!customerName.isEmpty())
        receipt[QStringLiteral("customerName")] = customerName;
    else if (const auto customer = Customers(m_ctx.ledger).byNumber(customerNumber))
        receipt[QStringLiteral("customerName")] = customer->name;
    return receipt;
}

SaleRow Receipts::purchase(const QString &operatorName, const QString &shift,
                           const CardCheck &account, const SaleQuote &quoted) const
{
    SaleRow row;
    row.id = newId();
    row.kind = SaleKind::kPurchase;
    row.meterId = account.meter.id;
    row.meterNumber = account.meter.number;
    row.operatorName = operatorName;
    row.shiftId = shift;
    row.paid = quoted.paid.raw();
    row.fixedCharge = quoted.fixedCharge.raw();
    row.debtRecovered = quoted.debtRecovered.raw();
    row.vat = quoted.vat.raw();
    row.credit = quoted.credit.raw();
    row.energy = quoted.energy.energy.raw();
    row.receipt =
        head(row, account.meter.number, account.meter.customerNumber, account.customerName);
    QJsonObject &receipt = row.receipt;
    receipt[QStringLiteral("paid")] = tariff::formatMoney(quoted.paid);
    receipt[QStringLiteral("fixedCharge")] = tariff::formatMoney(quoted.fixedCharge);
    receipt[QStringLiteral("debtRecovered")] = tariff::formatMoney(quoted.debtRecovered);
    receipt[QStringLiteral("vat")] = tariff::formatMoney(quoted.vat);
    receipt[QStringLiteral("credit")] = tariff::formatMoney(quoted.credit);
    if (quoted.overdraftRepaid.raw() > 0)
        receipt[QStringLiteral("overdraftRepaid")] = tariff::formatMoney(quoted.overdraftRepaid);
    receipt[QStringLiteral("energy")] = tariff::formatEnergy(quoted.energy.energy);
    receipt[QStringLiteral("energySteps")] = energyPieces(quoted.energy);
    receipt[QStringLiteral("debtLeft")] =
        moneyText(Meters(m_ctx.ledger).debtOf(row.meterId) - row.debtRecovered);
    return row;
}

void Receipts::refund(SaleRow &row, const SaleRow &sale) const
{
    row.paid = -sale.paid;
    row.fixedCharge = -sale.fixedCharge;
    row.debtRecovered = -sale.debtRecovered;
    row.vat = -sale.vat;
    row.credit = -sale.credit;
    row.energy = -sale.energy;
    row.receipt = sale.receipt;
    row.receipt[QStringLiteral("kind")] = kindName(row.kind);
    row.receipt[QStringLiteral("cancels")] = sale.id;
    row.receipt[QStringLiteral("at")] = isoText(m_ctx.clock());
    row.receipt[QStringLiteral("operator")] = row.operatorName;
    for (const char *key : {"paid", "fixedCharge", "debtRecovered", "vat", "credit"})
        row.receipt[QLatin1String(key)] = moneyText(-moneyRaw(sale.receipt, key));
    row.receipt[QStringLiteral("energy")] = energyText(-sale.energy);
    row.receipt.remove(QStringLiteral("energySteps"));
    row.receipt.remove(QStringLiteral("tariff"));
}

QString receiptText(const QJsonObject &r)
{
    auto line = [](const QString &label, const QString &value) {
        return label.leftJustified(22, QLatin1Char(' ')) + value + QLatin1Char('\n');
    };
    const QString kind = r.value(QStringLiteral("kind")).toString();
    QString title = Receipts::tr("ELECTRICITY PURCHASE");
    if (kind == QLatin1String("cancel"))
        title = Receipts::tr("CANCELLED PURCHASE");
    else if (kind == QLatin1String("opening"))
        title = Receipts::tr("ACCOUNT OPENING");
    else if (kind == QLatin1String("replacement"))
        title = Receipts::tr("REPLACEMENT CARD");
    else if (kind == QLatin1String("meter-change"))
        title = Receipts::tr("METER CHANGE");
    QString text = title + QLatin1Char('\n');
    auto value = [&](const char *key) { return r.value(QLatin1String(key)).toString(); };
    text += line(Receipts::tr("Receipt"), value("sale"));
    text += line(Receipts::tr("State"), value("state"));
    text += line(Receipts::tr("Time (UTC)"), value("at"));
    text += line(Receipts::tr("Operator"), value("operator"));
    text += line(Receipts::tr("Customer"),
                 value("customer") + QLatin1Char(' ') + value("customerName"));
    text += line(Receipts::tr("Meter"), value("meter"));
    text += line(Receipts::tr("Card"), value("delivery") == QLatin1String("remote")
                                           ? Receipts::tr("none: delivered to the meter remotely")
                                           : value("card"));
    text += line(Receipts::tr("Sequence"),
                 QString::number(r.value(QStringLiteral("sequence")).toInteger()));
    if (kind == QLatin1String("cancel"))
        text += line(Receipts::tr("Cancels"), value("cancels"));
    if (kind == QLatin1String("replacement"))
        text += line(Receipts::tr("Replaces card"),
                     value("replaces") + QStringLiteral(" (") + value("reason") + QLatin1Char(')'));
    if (kind == QLatin1String("purchase") || kind == QLatin1String("cancel")) {
        text += line(Receipts::tr("Fixed charge"), value("fixedCharge"));
        text += line(Receipts::tr("Debt recovered"), value("debtRecovered"));
        text += line(Receipts::tr("VAT"), value("vat"));
        text += line(Receipts::tr("Electricity credit"), value("credit"));
        if (r.contains(QStringLiteral("overdraftRepaid")))
            text += line(Receipts::tr("  of which repays the overdraft"), value("overdraftRepaid"));
        const QJsonArray steps = r.value(QStringLiteral("energySteps")).toArray();
        for (const QJsonValue &piece : steps) {
            const QJsonObject p = piece.toObject();
            text += line(Receipts::tr("  step %1").arg(p.value(QStringLiteral("step")).toInt()),
                         Receipts::tr("%1 kWh at %2 = %3")
                             .arg(p.value(QStringLiteral("energy")).toString(),
                                  p.value(QStringLiteral("price")).toString(),
                                  p.value(QStringLiteral("money")).toString()));
        }
        text += line(Receipts::tr("Energy (kWh)"), value("energy"));
        if (r.value(QStringLiteral("combined")).toBool())
            text += line(Receipts::tr("On the card"),
                         Receipts::tr("%1 (combined with the record not yet loaded)")
                             .arg(value("tokenAmount")));
        if (r.contains(QStringLiteral("debtLeft")))
            text += line(Receipts::tr("Debt left"), value("debtLeft"));
    }
    if (kind == QLatin1String("opening"))
        text += line(Receipts::tr("Preset credit owed"), value("presetRecovery"));
    if (kind == QLatin1String("meter-change")) {
        text += line(Receipts::tr("Replaces meter"),
                     value("oldMeter") + QStringLiteral(" (") + value("reason") + QLatin1Char(')'));
        text += line(Receipts::tr("Credit moved"), value("transferred"));
    }
    if (r.contains(QStringLiteral("tariff")))
        text += line(Receipts::tr("New tariff"),
                     Receipts::tr("%1 from %2").arg(value("tariff"), value("tariffFrom")));
    if (kind == QLatin1String("cancel") && value("state") == QLatin1String("pending"))
        text += line(Receipts::tr("REFUND PENDING"),
                     Receipts::tr("%1, paid once the meter's record proves it can never load the "
                                  "purchase")
                         .arg(value("paid")));
    else
        text += line(Receipts::tr("TOTAL PAID"), value("paid"));
    return text;
}

} // namespace ampcard::station
