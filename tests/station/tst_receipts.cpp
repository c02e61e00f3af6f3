// Money as the cashier counts it and receipts on thermal printers: amounts in the currency's
// minor units with the locale's signs, cash rounding that adds up, and the receipt as ESC/POS
// through a real pty (a serial printer) and a real TCP socket (a network printer), read back by
// the test's own decoder (escposreader.h).
#include <random>

#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include "ampcard/station/escpos.h"
#include "ampcard/station/moneyformat.h"
#include "ampcard/station/receiptdocument.h"
#include "ampcard/station/reports.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/thermalprinter.h"
#include "ampcard/station/workstation.h"
#include "ampcard/tariff/tarifffile.h"
#include "desk.h"
#include "escposreader.h"
#include "printerpeers.h"
#include "receiptprinter.h"

using namespace ampcard;
using namespace ampcard::station;
using tariff::Money;
using testing::Counter;
using testing::NetworkPrinter;
using testing::SerialPrinter;

namespace {

MoneyFormat format(const char *code, const char *locale = "en")
{
    return *MoneyFormat::forCode(QLatin1String(code), QLocale(QLatin1String(locale)));
}

tariff::Tariff ladder()
{
    tariff::FileError error;
    const auto file = tariff::TariffFileReader::parse(
        R"({"name":"L","currency":"KES","settlement":{"mode":"monthly","day":1,"hour":0},
            "steps":[{"upTo":"100","price":"0.5283"},{"upTo":"400","price":"0.5783"},
                     {"price":"0.8283"}]})",
        &error);
    if (!file)
        qFatal("%s", qPrintable(error.toString()));
    return file->tariff;
}

QJsonObject receiptOf(const SaleQuote &quote)
{
    return {{QStringLiteral("kind"), QStringLiteral("purchase")},
            {QStringLiteral("sale"), QStringLiteral("0d5e3c1a-0000-4000-8000-000000000001")},
            {QStringLiteral("station"), QStringLiteral("ST-1")},
            {QStringLiteral("paid"), tariff::formatMoney(quote.paid)},
            {QStringLiteral("fixedCharge"), tariff::formatMoney(quote.fixedCharge)},
            {QStringLiteral("debtRecovered"), tariff::formatMoney(quote.debtRecovered)},
            {QStringLiteral("vat"), tariff::formatMoney(quote.vat)},
            {QStringLiteral("credit"), tariff::formatMoney(quote.credit)},
            {QStringLiteral("energy"), tariff::formatEnergy(quote.energy.energy)}};
}

// A counter that has sold once, in `currency`: the sale's receipt as the ledger keeps it.
std::optional<QJsonObject> sold(Counter &c, const QString &currency)
{
    if (!c.setUp() || !c.ledger->setSetting(Workstation::kCurrencyKey, currency) ||
        !c.openAccount() || c.visitMeter() != testing::kOk ||
        !Shifts(*c.ledger).open(*c.staff.cashier))
        return std::nullopt;
    const auto sale =
        c.desk->sell(*c.staff.cashier, QLatin1String(testing::kMeterNumber), testing::byMoney(500));
    if (!sale)
        return std::nullopt;
    return c.desk->receipt(sale->value(QStringLiteral("sale")).toString());
}

} // namespace

class TestReceipts : public QObject {
    Q_OBJECT

private slots:
    void formatsMoneyInMinorUnits_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("KES-en") << "KES"
                                << "en" << qint64(12'345'000) << "1,234.50";
        QTest::newRow("KES-fr") << "KES"
                                << "fr" << qint64(12'345'000) << QStringLiteral("1\u202F234,50");
        QTest::newRow("KES-sw") << "KES"
                                << "sw" << qint64(12'345'000) << "1,234.50";
        QTest::newRow("KES-pt") << "KES"
                                << "pt" << qint64(12'345'000) << "1.234,50";
        QTest::newRow("KES-ar") << "KES"
                                << "ar" << qint64(12'345'000)
                                << QStringLiteral(
                                       "\u0661\u066C\u0662\u0663\u0664\u066B\u0665\u0660");
        QTest::newRow("KES-half-up") << "KES"
                                     << "en" << qint64(50) << "0.01";
        QTest::newRow("KES-below-half") << "KES"
                                        << "en" << qint64(49) << "0.00";
        QTest::newRow("KES-negative") << "KES"
                                      << "en" << qint64(-12'345'000) << "-1,234.50";
        QTest::newRow("XOF-whole") << "XOF"
                                   << "fr" << qint64(12'345'000) << QStringLiteral("1\u202F235");
        QTest::newRow("XOF-en") << "XOF"
                                << "en" << qint64(5'000'000) << "500";
        QTest::newRow("KWD-3") << "KWD"
                               << "en" << qint64(12'345'678) << "1,234.568";
        QTest::newRow("JPY-0") << "JPY"
                               << "en" << qint64(1'234'567'890'000) << "123,456,789";
    }
    void formatsMoneyInMinorUnits()
    {
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(qint64, raw);
        QFETCH(QString, expected);
        const auto money = MoneyFormat::forCode(currency, QLocale(locale));
        QVERIFY(money);
        QCOMPARE(money->format(Money::fromRaw(raw)), expected);
        // What is shown reads back as the rounded amount.
        QCOMPARE(money->parse(expected).value_or(Money::fromRaw(-1)),
                 money->rounded(Money::fromRaw(raw)));
    }

    void readsCashierInput_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("raw"); // -1: refused
        QTest::addColumn<QString>("error");
        QTest::newRow("en-grouped") << "KES"
                                    << "en"
                                    << "1,234.50" << qint64(12'345'000) << "";
        QTest::newRow("en-plain") << "KES"
                                  << "en"
                                  << "1234.5" << qint64(12'345'000) << "";
        QTest::newRow("fr-space") << "KES"
                                  << "fr"
                                  << "1 234,50" << qint64(12'345'000) << "";
        QTest::newRow("ar-digits")
            << "KES"
            << "ar" << QStringLiteral("\u0661\u0662\u066B\u0665") << qint64(125'000) << "";
        QTest::newRow("trailing-zero") << "KES"
                                       << "en"
                                       << "12.500" << qint64(125'000) << "";
        QTest::newRow("XOF-decimals") << "XOF"
                                      << "fr"
                                      << "12,5" << qint64(-1) << "XOF has no decimals";
        QTest::newRow("KES-3-decimals") << "KES"
                                        << "en"
                                        << "12.345" << qint64(-1) << "KES";
        QTest::newRow("KWD-3-decimals") << "KWD"
                                        << "en"
                                        << "12.345" << qint64(123'450) << "";
        QTest::newRow("letters") << "KES"
                                 << "en"
                                 << "12a" << qint64(-1) << "not an amount";
        QTest::newRow("empty") << "KES"
                               << "en"
                               << "  " << qint64(-1) << "Enter an amount";
        QTest::newRow("two-points") << "KES"
                                    << "en"
                                    << "1.2.3" << qint64(-1) << "not an amount";
    }
    void readsCashierInput()
    {
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(qint64, raw);
        QFETCH(QString, error);
        const auto money = MoneyFormat::forCode(currency, QLocale(locale));
        QString problem;
        const std::optional<Money> read = money->parse(typed, &problem);
        if (raw < 0) {
            QVERIFY(!read);
            QVERIFY2(problem.contains(error), qPrintable(problem));
        } else {
            QVERIFY2(read, qPrintable(problem));
            QCOMPARE(read->raw(), raw);
        }
    }

    void refusesAnUnknownCurrency()
    {
        QString error;
        QVERIFY(!MoneyFormat::forCode(QStringLiteral("XYZ"), QLocale(), &error));
        QVERIFY(error.contains(QStringLiteral("XYZ")));
        QVERIFY(findCurrency(QStringLiteral("KWD")));
        QCOMPARE(findCurrency(QStringLiteral("KWD"))->minorUnits, 3);
        QCOMPARE(findCurrency(QStringLiteral("XOF"))->minorUnits, 0);
        QCOMPARE(format("KES").cashUnit(), 100);
        QCOMPARE(format("XOF").cashUnit(), 10000);
        QCOMPARE(format("KWD").cashUnit(), 10);
    }

    // Property: for currencies of 0, 2 and 3 decimals and many payments by money and by energy,
    // the cash paid is whole minor units and equals the ledger's paid, and the money lines
    // printed on the receipt (each rounded, plus "Rounding" when needed) add up to it.
    void printedLinesAddUpToTheCashPaid()
    {
        std::mt19937_64 random(19);
        const tariff::Tariff tariff = ladder();
        int rounded = 0;
        for (const char *code : {"XOF", "KES", "KWD", "JPY", "BHD"}) {
            const MoneyFormat money = format(code, "fr");
            FeeRules rules;
            rules.vatBasisPoints = 1600;
            rules.monthlyFixedCharge = Money::fromRaw(333'333);
            rules.debtBasisPoints = 1250;
            for (int run = 0; run < 400; ++run) {
                SaleFacts facts;
                facts.cashUnit = money.cashUnit();
                facts.firstPurchaseThisMonth = run % 3 == 0;
                facts.debt = Money::fromRaw(static_cast<std::int64_t>(random() % 2'000'000));
                Fees fees(rules, tariff);
                std::optional<SaleQuote> quote;
                if (run % 2 == 0) {
                    const std::int64_t units = 1 + static_cast<std::int64_t>(random() % 5000);
                    const Money paid = Money::fromRaw(units * money.cashUnit() + 400'000);
                    quote = fees.byMoney(paid, facts);
                    QVERIFY2(quote, qPrintable(fees.errorString()));
                    QCOMPARE(quote->paid, paid);
                } else {
                    // Energy as the cashier types it: 0.01 kWh, the meter's display.
                    const auto energy = tariff::Energy::fromRaw(
                        10 * (1 + static_cast<std::int64_t>(random() % 90'000'000)));
                    quote = fees.byEnergy(energy, facts);
                    QVERIFY2(quote, qPrintable(fees.errorString()));
                    QVERIFY2(quote->energy.energy >= energy,
                             qPrintable(QStringLiteral("%1 kWh for %2 kWh wanted, paid %3")
                                            .arg(tariff::formatEnergy(quote->energy.energy),
                                                 tariff::formatEnergy(energy),
                                                 tariff::formatMoney(quote->paid))));
                }
                QVERIFY2(money.isCash(quote->paid), qPrintable(tariff::formatMoney(quote->paid)));
                QCOMPARE(quote->fixedCharge.raw() + quote->debtRecovered.raw() + quote->vat.raw() +
                             quote->credit.raw(),
                         quote->paid.raw());

                ReceiptStyle style;
                style.money = money;
                style.locale = money.locale();
                const ReceiptDocument receipt = receiptDocument(receiptOf(*quote), style);
                std::int64_t sum = 0;
                std::optional<Money> total;
                for (const ReceiptLine &line : receipt.lines) {
                    const bool moneyLine =
                        QStringList{QStringLiteral("Fixed charge"),
                                    QStringLiteral("Debt recovered"), QStringLiteral("VAT"),
                                    QStringLiteral("Electricity credit"),
                                    QStringLiteral("Rounding")}
                            .contains(line.label);
                    if (line.label == QLatin1String("Rounding"))
                        ++rounded;
                    if (moneyLine || line.strong) {
                        QString error;
                        const std::optional<Money> value = money.parse(line.value, &error);
                        QVERIFY2(value, qPrintable(error));
                        if (line.strong)
                            total = value;
                        else
                            sum += value->raw();
                    }
                }
                QVERIFY(total);
                QCOMPARE(total->raw(), quote->paid.raw());
                QCOMPARE(sum, quote->paid.raw());
            }
        }
        QVERIFY2(rounded > 100, "the loop must reach receipts whose lines need rounding");
    }

    // A sale in XOF (no decimals): money with decimals is refused, energy is paid in whole
    // francs and the ledger's paid is that cash.
    void aSaleIsPaidInWholeMinorUnits()
    {
        Counter c;
        const auto receipt = sold(c, QStringLiteral("XOF"));
        QVERIFY2(receipt, qPrintable(c.desk->errorString()));
        QCOMPARE(c.visitMeter(), testing::kOk);
        SaleRequest request;
        request.money = Money::fromRaw(1'234'500);
        QVERIFY(!c.desk->sell(*c.staff.cashier, QLatin1String(testing::kMeterNumber), request));
        QVERIFY2(c.desk->errorString().contains(QStringLiteral("not an amount of cash")),
                 qPrintable(c.desk->errorString()));
        SaleRequest energy;
        energy.by = SaleRequest::By::kEnergy;
        energy.energy = tariff::Energy::fromRaw(123'457);
        const auto byEnergy =
            c.desk->sell(*c.staff.cashier, QLatin1String(testing::kMeterNumber), energy);
        QVERIFY2(byEnergy, qPrintable(c.desk->errorString()));
        const QString id = byEnergy->value(QStringLiteral("sale")).toString();
        const qint64 paid =
            c.scalar(QStringLiteral("SELECT paid FROM sales WHERE id = '%1'").arg(id));
        QCOMPARE(paid % 10'000, 0);
        QCOMPARE(paid,
                 tariff::moneyFromText(byEnergy->value(QStringLiteral("paid")).toString())->raw());
    }

    void printsOnASerialPrinter_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<int>("columns");
        QTest::newRow("58mm") << 58 << 32;
        QTest::newRow("80mm") << 80 << 48;
    }
    void printsOnASerialPrinter()
    {
        QFETCH(int, paper);
        QFETCH(int, columns);
        Counter c;
        const auto receipt = sold(c, QStringLiteral("KES"));
        QVERIFY2(receipt, qPrintable(c.desk->errorString()));
        SerialPrinter printer;
        PrinterTarget target;
        target.device = printer.path;
        target.baud = 19200;
        ReceiptStyle style = receiptStyle(QStringLiteral("Société Énergie"), QStringLiteral("KES"),
                                          QLocale(QStringLiteral("fr")));
        const PrinterProfile profile = PrinterProfile::forPaper(paper);
        QString error;
        bool sent = false;
        const QByteArray bytes = printer.receive(
            [&] { sent = ReceiptPrinter::toThermal(*receipt, style, target, profile, &error); });
        QVERIFY2(sent, qPrintable(error));
        const testing::EscPosPrint print = testing::readEscPos(bytes);
        QVERIFY2(print.error.isEmpty(), qPrintable(print.error));
        QVERIFY(print.initialised);
        QCOMPARE(print.codePage, 19);
        QCOMPARE(print.cuts, 1);
        QVERIFY(print.images.isEmpty());
        // The accents come through the code page.
        QCOMPARE(print.lines.value(0), QStringLiteral("Société Énergie"));
        QCOMPARE(print.lines.value(1), QStringLiteral("ELECTRICITY PURCHASE"));
        for (const QString &line : print.lines)
            QVERIFY2(line.size() <= columns, qPrintable(line));
        const QString sale = receipt->value(QStringLiteral("sale")).toString();
        auto lineWith = [&](const QString &label) {
            for (const QString &line : print.lines)
                if (line.startsWith(label))
                    return line;
            return QString();
        };
        // On 58 mm the 36 characters of the receipt's id take two lines.
        QString joined;
        for (const QString &line : print.lines)
            joined += line.trimmed();
        QVERIFY(joined.contains(sale));
        QVERIFY(lineWith(QStringLiteral("Currency")).contains(QStringLiteral("KES")));
        QVERIFY(lineWith(QStringLiteral("Meter")).endsWith(QLatin1String(testing::kMeterNumber)));
        QVERIFY2(lineWith(QStringLiteral("Operator"))
                     .endsWith(receipt->value(QStringLiteral("operator")).toString()),
                 qPrintable(lineWith(QStringLiteral("Operator"))));
        QVERIFY(lineWith(QStringLiteral("Card")).endsWith(QStringLiteral("4097")) ||
                !lineWith(QStringLiteral("Card")).isEmpty());
        QVERIFY(lineWith(QStringLiteral("Sequence")).size() > 0);
        QCOMPARE(lineWith(QStringLiteral("TOTAL PAID")).section(QLatin1Char(' '), -1),
                 QStringLiteral("500,00"));
        QVERIFY(print.boldLines.contains(lineWith(QStringLiteral("TOTAL PAID"))));
        QVERIFY(lineWith(QStringLiteral("Energy (kWh)")).size() > 0);
        QCOMPARE(print.qrModel, 50);
        QCOMPARE(print.qrErrorLevel, 49);
        QCOMPARE(print.qrPrinted, 1);
        QCOMPARE(print.qrStored.size(), 1);
        const auto code = parseReceiptCode(QString::fromLatin1(print.qrStored.first()));
        QVERIFY(code);
        QCOMPARE(code->saleId, sale);
        QCOMPARE(code->paid, Money::fromWhole(500).raw());
        QCOMPARE(code->currency, QStringLiteral("KES"));
    }

    void printsOnANetworkPrinter()
    {
        Counter c;
        const auto receipt = sold(c, QStringLiteral("KWD"));
        QVERIFY2(receipt, qPrintable(c.desk->errorString()));
        NetworkPrinter printer;
        const ReceiptStyle style =
            receiptStyle(QStringLiteral("Demo Power"), QStringLiteral("KWD"), QLocale::c());
        QString error;
        bool sent = false;
        const QByteArray bytes = printer.receive([&] {
            sent = ReceiptPrinter::toThermal(
                *receipt, style, printer.target(),
                PrinterProfile::forPaper(80, PrinterProfile::CodePage::kCp1252), &error);
        });
        QVERIFY2(sent, qPrintable(error));
        const testing::EscPosPrint print = testing::readEscPos(bytes);
        QVERIFY2(print.error.isEmpty(), qPrintable(print.error));
        QCOMPARE(print.codePage, 16);
        QCOMPARE(print.cuts, 1);
        QVERIFY(print.lines.contains(QStringLiteral("TOTAL PAID") +
                                     QString(48 - 10 - 7, QLatin1Char(' ')) +
                                     QStringLiteral("500.000")));
        for (const QString &line : print.lines)
            QVERIFY2(line.size() <= 48, qPrintable(line));
        // The QR's text looks the sale up in the ledger, and a forged amount is refused.
        QCOMPARE(print.qrStored.size(), 1);
        Reports reports(*c.ledger);
        const QString scanned = QString::fromLatin1(print.qrStored.first());
        const auto found = reports.receipt(*c.staff.cashier, scanned + QStringLiteral("\n"));
        QVERIFY2(found, qPrintable(reports.errorString()));
        QCOMPARE(found->value(QStringLiteral("sale")), receipt->value(QStringLiteral("sale")));
        QString forged = scanned;
        forged.replace(QStringLiteral(":5000000:"), QStringLiteral(":9000000:"));
        QVERIFY(forged != scanned);
        QVERIFY(!reports.receipt(*c.staff.cashier, forged));
        QVERIFY(reports.errorString().contains(QStringLiteral("does not match")));
        QVERIFY(!reports.receipt(*c.staff.cashier, QStringLiteral("AMPCARD:R1:nope")));
        QVERIFY(reports.errorString().contains(QStringLiteral("not an Ampcard receipt code")));
    }

    void scriptsWithoutAFontGoAsRaster_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("utility");
        QTest::addColumn<int>("paper");
        QTest::addColumn<int>("dots");
        QTest::newRow("arabic-80") << "ar" << QStringLiteral("شركة الكهرباء") << 80 << 576;
        QTest::newRow("arabic-58") << "ar" << QStringLiteral("شركة الكهرباء") << 58 << 384;
        QTest::newRow("chinese-80") << "zh_CN" << QStringLiteral("华北电力公司") << 80 << 576;
        QTest::newRow("chinese-58") << "zh_CN" << QStringLiteral("华北电力公司") << 58 << 384;
    }
    void scriptsWithoutAFontGoAsRaster()
    {
        QFETCH(QString, locale);
        QFETCH(QString, utility);
        QFETCH(int, paper);
        QFETCH(int, dots);
        Counter c;
        const auto receipt = sold(c, QStringLiteral("KES"));
        QVERIFY2(receipt, qPrintable(c.desk->errorString()));
        NetworkPrinter printer;
        const ReceiptStyle style = receiptStyle(utility, QStringLiteral("KES"), QLocale(locale));
        QString error;
        bool sent = false;
        const QByteArray bytes = printer.receive([&] {
            sent = ReceiptPrinter::toThermal(*receipt, style, printer.target(),
                                             PrinterProfile::forPaper(paper), &error);
        });
        QVERIFY2(sent, qPrintable(error));
        const testing::EscPosPrint print = testing::readEscPos(bytes);
        QVERIFY2(print.error.isEmpty(), qPrintable(print.error));
        QVERIFY(!print.images.isEmpty());
        int height = 0;
        for (const QSize &band : print.images) {
            QCOMPARE(band.width(), dots);
            height += band.height();
        }
        // Some 20 lines of text at least, each some 20 dots high.
        QVERIFY2(height > 400, qPrintable(QString::number(height)));
        for (const QString &line : print.lines)
            QVERIFY2(line.trimmed().isEmpty(), qPrintable(line)); // no text beside the image
        QCOMPARE(print.cuts, 1);
        QCOMPARE(print.qrStored.size(), 1);
        QVERIFY(QString::fromLatin1(print.qrStored.first())
                    .contains(receipt->value(QStringLiteral("sale")).toString()));
    }

    // A printer that is not there, refuses the connection or hangs: the message names the printer
    // and the cause, nothing waits longer than the timeout, and the sale stays as it was.
    void printerFaultsNameThePrinter()
    {
        Counter c;
        const auto receipt = sold(c, QStringLiteral("KES"));
        QVERIFY2(receipt, qPrintable(c.desk->errorString()));
        const QString sale = receipt->value(QStringLiteral("sale")).toString();
        const ReceiptStyle style = receiptStyle({}, QStringLiteral("KES"), QLocale::c());
        const PrinterProfile profile = PrinterProfile::forPaper(58);
        QString error;

        PrinterTarget missing;
        missing.device = QStringLiteral("/dev/usb/lp-ampcard-missing");
        QVERIFY(!ReceiptPrinter::toThermal(*receipt, style, missing, profile, &error));
        QVERIFY2(error.contains(missing.device) && error.contains(QStringLiteral("not there")),
                 qPrintable(error));

        quint16 closedPort = 0;
        {
            NetworkPrinter gone;
            closedPort = gone.port;
        }
        const auto refusing =
            PrinterTarget::network(QStringLiteral("127.0.0.1:%1").arg(closedPort));
        QVERIFY(!ReceiptPrinter::toThermal(*receipt, style, *refusing, profile, &error));
        QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(closedPort)) &&
                     error.contains(QStringLiteral("refused")),
                 qPrintable(error));

        // A serial printer that takes nothing (the pty is never read): the write times out.
        SerialPrinter stuck;
        PrinterTarget hanging;
        hanging.device = stuck.path;
        hanging.timeoutMs = 400;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!ThermalPrinter::send(hanging, QByteArray(4 << 20, 'x'), &error));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(error.contains(stuck.path) && error.contains(QStringLiteral("did not answer")),
                 qPrintable(error));

        // A network printer that accepts and never reads.
        NetworkPrinter deaf;
        auto silent = deaf.target();
        silent.timeoutMs = 400;
        clock.restart();
        QVERIFY(!ThermalPrinter::send(silent, QByteArray(64 << 20, 'x'), &error));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(error.contains(silent.name()) && error.contains(QStringLiteral("did not answer")),
                 qPrintable(error));

        const auto after = c.desk->receipt(sale);
        QVERIFY(after);
        QCOMPARE(after->value(QStringLiteral("state")), receipt->value(QStringLiteral("state")));
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE id = '%1'").arg(sale)),
                 1);
    }

    // `ampcard report receipt --qr TEXT` finds the sale the scanned code names; a forged one is
    // refused with exit code 1 and the reason.
    void theToolFindsTheReceiptByItsCode()
    {
        Counter c;
        const auto receipt = sold(c, QStringLiteral("KES"));
        QVERIFY2(receipt, qPrintable(c.desk->errorString()));
        const QString code =
            receiptDocument(*receipt, receiptStyle({}, QStringLiteral("KES"))).qrText;
        auto run = [&](const QString &text) {
            QProcess tool;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("AMPCARD_PASSWORD"), QStringLiteral("cash-pass"));
            tool.setProcessEnvironment(environment);
            tool.start(QStringLiteral(AMPCARD_EXECUTABLE),
                       {QStringLiteral("report"), QStringLiteral("receipt"), QStringLiteral("--qr"),
                        text, QStringLiteral("--ledger"), c.path, QStringLiteral("--operator"),
                        QStringLiteral("cash")});
            tool.waitForFinished(30000);
            return std::make_pair(tool.exitCode(), QString::fromUtf8(tool.readAllStandardOutput() +
                                                                     tool.readAllStandardError()));
        };
        const auto [found, text] = run(code);
        QVERIFY2(found == 0, qPrintable(text));
        QVERIFY2(text.contains(receipt->value(QStringLiteral("sale")).toString()),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("500.00")) &&
                     !text.contains(QStringLiteral("500.0000")),
                 qPrintable(text));
        QString forged = code;
        forged.replace(QStringLiteral(":5000000:"), QStringLiteral(":50000000:"));
        const auto [refused, why] = run(forged);
        QCOMPARE(refused, 1);
        QVERIFY2(why.contains(QStringLiteral("does not match")), qPrintable(why));
    }

    void bytesNotInTheCodePageAreTransliterated()
    {
        const auto cp858 = PrinterProfile::CodePage::kCp858;
        QCOMPARE(EscPos::encodeText(QStringLiteral("é€"), cp858), QByteArray("\x82\xD5"));
        QCOMPARE(EscPos::encodeText(QStringLiteral("Łódź – “ok”"), cp858),
                 QByteArray("L\xA2"
                            "dz - \"ok\""));
        QCOMPARE(EscPos::encodeText(QStringLiteral("é€"), PrinterProfile::CodePage::kCp1252),
                 QByteArray("\xE9\x80"));
        QVERIFY(!EscPos::needsRaster(QStringLiteral("Ngozi Okonkwo-Şahin"), cp858));
        QVERIFY(EscPos::needsRaster(QStringLiteral("كهرباء"), cp858));
        QVERIFY(EscPos::needsRaster(QStringLiteral("电费"), cp858));
    }

    // A utility's long name wraps on the narrow roll instead of losing its end.
    void aLongTitleWrapsOnNarrowPaper()
    {
        ReceiptDocument document;
        document.utility = QStringLiteral("Société Nationale d'Électricité du Sénégal");
        document.title = QStringLiteral("ELECTRICITY PURCHASE");
        document.lines = {{QStringLiteral("TOTAL PAID"), QStringLiteral("1 500"), true}};
        const testing::EscPosPrint print =
            testing::readEscPos(EscPos::encode(document, PrinterProfile::forPaper(58)));
        QVERIFY2(print.error.isEmpty(), qPrintable(print.error));
        for (const QString &line : print.lines)
            QVERIFY2(line.size() <= 32, qPrintable(line));
        QCOMPARE(print.lines.value(0) + QLatin1Char(' ') + print.lines.value(1), document.utility);
        QCOMPARE(print.cuts, 1);
        QVERIFY(print.qrStored.isEmpty());
    }

    // The Z report as the cashier reads it: cash in the currency's minor units, times local.
    // The Reports page shows money as the cashier counts it; the tool and machines keep 0.0001.
    void reportsCountInMinorUnitsOnScreen()
    {
        Counter c;
        QVERIFY2(sold(c, QStringLiteral("KES")), qPrintable(c.desk->errorString()));
        Reports reports(*c.ledger);
        const QDate today = QDate::currentDate();
        const auto exact = reports.daily(*c.staff.supervisor, today);
        QVERIFY2(exact, qPrintable(reports.errorString()));
        QVERIFY2(exact->toCsv().contains(QStringLiteral(",500.0000,")), qPrintable(exact->toCsv()));
        reports.showMoneyIn(format("KES", "fr"));
        const auto counted = reports.daily(*c.staff.supervisor, today);
        QVERIFY2(counted, qPrintable(reports.errorString()));
        QVERIFY2(counted->toCsv().contains(QStringLiteral(",\"500,00\",")),
                 qPrintable(counted->toCsv()));
    }

    void theZReportCountsInMinorUnits()
    {
        const QJsonObject report{
            {QStringLiteral("shift"), QStringLiteral("S1")},
            {QStringLiteral("openedAt"), QStringLiteral("2026-11-30T06:00:00.000Z")},
            {QStringLiteral("closedAt"), QStringLiteral("2026-11-30T14:00:00.000Z")},
            {QStringLiteral("cash"), QStringLiteral("12345.5000")},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("purchase")},
                                    {QStringLiteral("count"), 3},
                                    {QStringLiteral("paid"), QStringLiteral("12345.5000")},
                                    {QStringLiteral("vat"), QStringLiteral("1702.8276")},
                                    {QStringLiteral("credit"), QStringLiteral("10642.6724")},
                                    {QStringLiteral("energy"), QStringLiteral("20.00")}}}}};
        const QString exact = zReportText(report);
        QVERIFY(exact.contains(QStringLiteral("12345.5000")));
        const QString counted = zReportText(report, format("KES"));
        QVERIFY2(counted.contains(QStringLiteral("CASH IN DRAWER        12,345.50")),
                 qPrintable(counted));
        QVERIFY2(counted.contains(QStringLiteral("VAT 1,702.83, credit 10,642.67")),
                 qPrintable(counted));
        QVERIFY2(counted.contains(QStringLiteral("(UTC")), qPrintable(counted));
        QVERIFY2(zReportText(report, format("XOF", "fr")).contains(QStringLiteral("12\u202F346")),
                 qPrintable(zReportText(report, format("XOF", "fr"))));
    }

    void localTimeStatesTheZone()
    {
        const QDateTime utc(QDate(2026, 11, 30), QTime(11, 5), QTimeZone::utc());
        const QString nairobi =
            localTimeText(utc, QLocale(QStringLiteral("en_GB")), QTimeZone("Africa/Nairobi"));
        QVERIFY2(nairobi.startsWith(QStringLiteral("30/11/2026 14:05")), qPrintable(nairobi));
        QVERIFY2(nairobi.contains(QStringLiteral("(UTC+03:00")), qPrintable(nairobi));
        const QString dakar =
            localTimeText(utc, QLocale(QStringLiteral("fr_SN")), QTimeZone("Africa/Dakar"));
        QVERIFY2(dakar.contains(QStringLiteral("11:05")) &&
                     dakar.contains(QStringLiteral("(UTC+00:00")),
                 qPrintable(dakar));
    }
};

QTEST_MAIN(TestReceipts)
#include "tst_receipts.moc"
