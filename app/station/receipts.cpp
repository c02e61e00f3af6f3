#include "receipts.h"

#include <QJsonArray>

#include "ampcard/station/customers.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/receiptdocument.h"
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

namespace {

const QString kNoCurrency = QStringLiteral("XXX"); // ISO 4217: no currency involved

QString centered(const QString &text, int columns)
{
    return QString((columns - text.size()) / 2, QLatin1Char(' ')) + text;
}

} // namespace

QStringList ReceiptDocument::textLines(int columns) const
{
    QStringList out;
    if (columns <= 0) {
        if (!utility.isEmpty())
            out.append(utility);
        out.append(title);
        for (const ReceiptLine &line : lines)
            out.append(line.label.leftJustified(22, QLatin1Char(' ')) + line.value);
        return out;
    }
    for (const QString &heading : {utility, title})
        if (!heading.isEmpty())
            for (const QString &piece : wrapped(heading, columns))
                out.append(centered(piece, columns));
    for (const ReceiptLine &line : lines)
        out.append(fitted(line, columns));
    return out;
}

QStringList ReceiptDocument::wrapped(const QString &text, int columns)
{
    QStringList pieces;
    QString rest = text;
    while (rest.size() > columns) {
        qsizetype cut = rest.lastIndexOf(QLatin1Char(' '), columns);
        if (cut <= 0)
            cut = columns;
        pieces.append(rest.left(cut).trimmed());
        rest = rest.mid(cut).trimmed();
    }
    if (!rest.isEmpty() || pieces.isEmpty())
        pieces.append(rest);
    return pieces;
}

QStringList ReceiptDocument::fitted(const ReceiptLine &line, int columns)
{
    if (line.label.size() + 1 + line.value.size() <= columns)
        return {line.label +
                QString(columns - line.label.size() - line.value.size(), QLatin1Char(' ')) +
                line.value};
    QStringList out = wrapped(line.label, columns);
    for (const QString &piece : wrapped(line.value, columns))
        out.append(piece.rightJustified(columns, QLatin1Char(' ')));
    return out;
}

ReceiptDocument receiptDocument(const QJsonObject &r, const ReceiptStyle &style)
{
    ReceiptDocument doc;
    doc.utility = style.utility;
    const QString kind = r.value(QStringLiteral("kind")).toString();
    doc.title = Receipts::tr("ELECTRICITY PURCHASE");
    if (kind == QLatin1String("cancel"))
        doc.title = Receipts::tr("CANCELLED PURCHASE");
    else if (kind == QLatin1String("opening"))
        doc.title = Receipts::tr("ACCOUNT OPENING");
    else if (kind == QLatin1String("replacement"))
        doc.title = Receipts::tr("REPLACEMENT CARD");
    else if (kind == QLatin1String("meter-change"))
        doc.title = Receipts::tr("METER CHANGE");
    auto value = [&](const char *key) { return r.value(QLatin1String(key)).toString(); };
    auto money = [&](qint64 raw) {
        return style.money ? style.money->format(Money::fromRaw(raw)) : moneyText(raw);
    };
    auto moneyOf = [&](const char *key) { return money(moneyRaw(r, key)); };
    auto line = [&](const QString &label, const QString &text, bool strong = false) {
        doc.lines.append({label, text, strong});
    };
    line(Receipts::tr("Receipt"), value("sale"));
    line(Receipts::tr("Station"), value("station"));
    line(Receipts::tr("State"), value("state"));
    const QDateTime at = QDateTime::fromString(value("at"), Qt::ISODateWithMs);
    line(Receipts::tr("Time"),
         at.isValid() ? localTimeText(at, style.locale, style.zone) : value("at"));
    line(Receipts::tr("Operator"), value("operator"));
    if (style.money)
        line(Receipts::tr("Currency"),
             style.money->currency().code + QLatin1Char(' ') + style.money->currency().name);
    line(Receipts::tr("Customer"),
         (value("customer") + QLatin1Char(' ') + value("customerName")).trimmed());
    line(Receipts::tr("Meter"), value("meter"));
    line(Receipts::tr("Card"), value("delivery") == QLatin1String("remote")
                                   ? Receipts::tr("none: delivered to the meter remotely")
                                   : value("card"));
    line(Receipts::tr("Sequence"),
         QString::number(r.value(QStringLiteral("sequence")).toInteger()));
    if (kind == QLatin1String("cancel"))
        line(Receipts::tr("Cancels"), value("cancels"));
    if (kind == QLatin1String("replacement"))
        line(Receipts::tr("Replaces card"),
             value("replaces") + QStringLiteral(" (") + value("reason") + QLatin1Char(')'));
    const qint64 paid = moneyRaw(r, "paid");
    if (kind == QLatin1String("purchase") || kind == QLatin1String("cancel")) {
        const QList<CashLine> exact = {
            {Receipts::tr("Fixed charge"), Money::fromRaw(moneyRaw(r, "fixedCharge"))},
            {Receipts::tr("Debt recovered"), Money::fromRaw(moneyRaw(r, "debtRecovered"))},
            {Receipts::tr("VAT"), Money::fromRaw(moneyRaw(r, "vat"))},
            {Receipts::tr("Electricity credit"), Money::fromRaw(moneyRaw(r, "credit"))}};
        const QList<CashLine> shown =
            style.money
                ? cashLines(*style.money, exact, Money::fromRaw(paid), Receipts::tr("Rounding"))
                : exact;
        for (const CashLine &cash : shown)
            line(cash.label, money(cash.amount.raw()));
        if (r.contains(QStringLiteral("overdraftRepaid")))
            line(Receipts::tr("  of which repays the overdraft"), moneyOf("overdraftRepaid"));
        const QJsonArray steps = r.value(QStringLiteral("energySteps")).toArray();
        for (const QJsonValue &piece : steps) {
            const QJsonObject p = piece.toObject();
            line(Receipts::tr("  step %1").arg(p.value(QStringLiteral("step")).toInt()),
                 Receipts::tr("%1 kWh at %2 = %3")
                     .arg(p.value(QStringLiteral("energy")).toString(),
                          p.value(QStringLiteral("price")).toString(),
                          money(moneyRaw(p, "money"))));
        }
        line(Receipts::tr("Energy (kWh)"), value("energy"));
        if (r.value(QStringLiteral("combined")).toBool())
            line(Receipts::tr("On the card"),
                 Receipts::tr("%1 (combined with the record not yet loaded)")
                     .arg(moneyOf("tokenAmount")));
        if (r.contains(QStringLiteral("debtLeft")))
            line(Receipts::tr("Debt left"), moneyOf("debtLeft"));
    }
    if (kind == QLatin1String("opening"))
        line(Receipts::tr("Preset credit owed"), moneyOf("presetRecovery"));
    if (kind == QLatin1String("meter-change")) {
        line(Receipts::tr("Replaces meter"),
             value("oldMeter") + QStringLiteral(" (") + value("reason") + QLatin1Char(')'));
        line(Receipts::tr("Credit moved"), moneyOf("transferred"));
    }
    if (r.contains(QStringLiteral("tariff")))
        line(Receipts::tr("New tariff"),
             Receipts::tr("%1 from %2").arg(value("tariff"), value("tariffFrom")));
    if (kind == QLatin1String("cancel") && value("state") == QLatin1String("pending"))
        line(Receipts::tr("REFUND PENDING"),
             Receipts::tr("%1, paid once the meter's record proves it can never load the "
                          "purchase")
                 .arg(money(paid)),
             true);
    else
        line(Receipts::tr("TOTAL PAID"), money(paid), true);
    if (!value("sale").isEmpty())
        doc.qrText = receiptCodeText({value("sale"), value("station"), paid,
                                      style.money ? style.money->currency().code : kNoCurrency});
    doc.footer = Receipts::tr("Keep this receipt.");
    return doc;
}

QString receiptText(const QJsonObject &receipt, const ReceiptStyle &style, int columns)
{
    return receiptDocument(receipt, style).textLines(columns).join(QLatin1Char('\n')) +
           QLatin1Char('\n');
}

QString receiptText(const QJsonObject &receipt)
{
    ReceiptStyle style;
    style.zone = QTimeZone::utc();
    return receiptText(receipt, style);
}

ReceiptStyle receiptStyle(const QString &utility, const QString &currencyCode,
                          const QLocale &locale)
{
    ReceiptStyle style;
    style.utility = utility;
    style.locale = locale;
    style.money = MoneyFormat::forCode(currencyCode, locale);
    return style;
}

QString receiptCodeText(const ReceiptCode &code)
{
    return QStringLiteral("AMPCARD:R1:%1:%2:%3:%4")
        .arg(code.saleId, code.station, QString::number(code.paid), code.currency);
}

std::optional<ReceiptCode> parseReceiptCode(const QString &text, QString *error)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    bool number = false;
    ReceiptCode code;
    if (parts.size() == 6) {
        code = {parts[2], parts[3], parts[4].toLongLong(&number), parts[5]};
    }
    if (parts.size() != 6 || parts[0] != QLatin1String("AMPCARD") ||
        parts[1] != QLatin1String("R1") || code.saleId.isEmpty() || !number) {
        if (error)
            *error = Receipts::tr("\"%1\" is not an Ampcard receipt code: scan the QR code on the "
                                  "receipt, or type the receipt number.")
                         .arg(text.trimmed());
        return std::nullopt;
    }
    return code;
}

} // namespace ampcard::station
