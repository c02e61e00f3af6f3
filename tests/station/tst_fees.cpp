// The station's charges around the tariff: VAT inside the price, the monthly fixed charge, debt
// recovery, the minimum and the hoarding limit. Every receipt adds up to what was paid.
#include <QTest>

#include "ampcard/station/fees.h"
#include "ampcard/tariff/tarifffile.h"

using namespace ampcard;
using namespace ampcard::station;
using tariff::Energy;
using tariff::Money;

namespace {

Money money(const char *text)
{
    return Money::parse(text).value();
}

// Three steps: 0.5283 up to 2760 kWh, 0.5783 up to 4800, then 0.8283 (a Zhejiang-like ladder).
tariff::Tariff ladder()
{
    tariff::FileError error;
    const auto file = tariff::TariffFileReader::parse(
        R"({"name":"L","currency":"CNY","settlement":{"mode":"yearly","dates":["01-01T00"]},
            "steps":[{"upTo":"2760","price":"0.5283"},{"upTo":"4800","price":"0.5783"},
                     {"price":"0.8283"}]})",
        &error);
    if (!file)
        qFatal("%s", qPrintable(error.toString()));
    return file->tariff;
}

void checkAddsUp(const SaleQuote &quote)
{
    QCOMPARE(quote.fixedCharge.raw() + quote.debtRecovered.raw() + quote.vat.raw() +
                 quote.credit.raw(),
             quote.paid.raw());
    QVERIFY(quote.fixedCharge.raw() >= 0 && quote.debtRecovered.raw() >= 0 &&
            quote.vat.raw() >= 0 && quote.credit.raw() > 0);
}

} // namespace

class TestFees : public QObject {
    Q_OBJECT

private slots:
    void receiptLines_data()
    {
        QTest::addColumn<QString>("paid");
        QTest::addColumn<bool>("firstOfMonth");
        QTest::addColumn<QString>("debt");
        QTest::addColumn<int>("debtMode");
        QTest::addColumn<QString>("fixed");
        QTest::addColumn<QString>("recovered");
        QTest::addColumn<QString>("vat");
        QTest::addColumn<QString>("credit");
        const int percent = int(FeeRules::Debt::kPercent);
        const int perSale = int(FeeRules::Debt::kFixed);
        // Rules: VAT 16 %, fixed charge 20.0000, debt 25 % of the payment or 5.0000 per sale.
        QTest::newRow("vat-only") << "116" << false << "0" << percent << "0"
                                  << "0"
                                  << "16.0000"
                                  << "100.0000";
        QTest::newRow("vat-remainder-goes-to-vat") << "100" << false << "0" << percent << "0"
                                                   << "0"
                                                   << "13.7932"
                                                   << "86.2068";
        QTest::newRow("first-of-month-fixed-charge") << "150" << true << "0" << percent << "20.0000"
                                                     << "0"
                                                     << "17.9311"
                                                     << "112.0689";
        QTest::newRow("debt-quarter") << "100" << false << "1000" << percent << "0"
                                      << "25.0000"
                                      << "10.3449"
                                      << "64.6551";
        QTest::newRow("debt-capped-at-what-is-owed") << "100" << false << "10" << percent << "0"
                                                     << "10.0000"
                                                     << "12.4138"
                                                     << "77.5862";
        QTest::newRow("debt-per-sale") << "100" << false << "1000" << perSale << "0"
                                       << "5.0000"
                                       << "13.1035"
                                       << "81.8965";
    }
    void receiptLines()
    {
        QFETCH(QString, paid);
        QFETCH(bool, firstOfMonth);
        QFETCH(QString, debt);
        QFETCH(int, debtMode);
        QFETCH(QString, fixed);
        QFETCH(QString, recovered);
        QFETCH(QString, vat);
        QFETCH(QString, credit);
        FeeRules rules;
        rules.vatBasisPoints = 1600;
        rules.monthlyFixedCharge = money("20");
        rules.debtMode = FeeRules::Debt(debtMode);
        rules.debtBasisPoints = 2500;
        rules.debtPerSale = money("5");
        SaleFacts facts;
        facts.firstPurchaseThisMonth = firstOfMonth;
        facts.debt = money(qPrintable(debt));
        Fees fees(rules, ladder());
        const std::optional<SaleQuote> quote = fees.byMoney(money(qPrintable(paid)), facts);
        QVERIFY2(quote.has_value(), qPrintable(fees.errorString()));
        checkAddsUp(*quote);
        QCOMPARE(tariff::formatMoney(quote->fixedCharge), QString(fixed == "0" ? "0.0000" : fixed));
        QCOMPARE(tariff::formatMoney(quote->debtRecovered),
                 QString(recovered == "0" ? "0.0000" : recovered));
        QCOMPARE(tariff::formatMoney(quote->vat), vat);
        QCOMPARE(tariff::formatMoney(quote->credit), credit);
        // The energy line is what the credit buys at the ladder from zero usage.
        QCOMPARE(quote->energy.money.raw() <= quote->credit.raw(), true);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("paid");
        QTest::addColumn<QString>("says");
        QTest::newRow("zero") << "0"
                              << "more than zero";
        QTest::newRow("under-the-minimum") << "9.9999"
                                           << "least one can buy is 10.0000";
        QTest::newRow("fixed-charge-not-covered") << "20"
                                                  << "does not cover";
        QTest::newRow("over-the-hoarding-limit") << "500"
                                                 << "above its limit";
    }
    void refusals()
    {
        QFETCH(QString, paid);
        QFETCH(QString, says);
        FeeRules rules;
        rules.minimumPurchase = money("10");
        rules.monthlyFixedCharge = money("20");
        SaleFacts facts;
        facts.firstPurchaseThisMonth = true;
        facts.remainingOnMeter = money("600");
        facts.hoardingLimit = money("999.99");
        Fees fees(rules, ladder());
        QVERIFY(!fees.byMoney(money(qPrintable(paid)), facts));
        QVERIFY2(fees.errorString().contains(says), qPrintable(fees.errorString()));
        QVERIFY(fees.byMoney(money("419.99"), facts)); // 600 + 399.99 is exactly the limit
    }

    // Every payment from 0.0001 up, under every rule at once: the lines add up, nothing is
    // negative, and more money never buys less credit.
    void everyPaymentAddsUp()
    {
        FeeRules rules;
        rules.vatBasisPoints = 1500;
        rules.monthlyFixedCharge = money("3.3333");
        rules.debtBasisPoints = 3333;
        SaleFacts facts;
        facts.firstPurchaseThisMonth = true;
        facts.debt = money("7.7777");
        Fees fees(rules, ladder());
        std::int64_t lastCredit = 0;
        int sold = 0;
        for (std::int64_t raw = 1; raw <= 400'000; raw += 7) {
            const std::optional<SaleQuote> quote = fees.byMoney(Money::fromRaw(raw), facts);
            if (!quote) { // too little: the fixed charge and the debt share take it all
                QVERIFY(raw <= 50'000);
                continue;
            }
            ++sold;
            checkAddsUp(*quote);
            QVERIFY(quote->credit.raw() >= lastCredit);
            lastCredit = quote->credit.raw();
        }
        QCOMPARE(sold, 50'000); // (400,000 - 50,000) / 7
    }

    // Selling by energy finds the least payment whose credit buys the energy, across the ladder's
    // steps and with every charge on.
    void byEnergyIsTheLeastPaymentThatBuysIt()
    {
        FeeRules rules;
        rules.vatBasisPoints = 1300;
        rules.monthlyFixedCharge = money("12.5");
        rules.debtBasisPoints = 2000;
        SaleFacts facts;
        facts.firstPurchaseThisMonth = true;
        facts.debt = money("100000");
        facts.periodUsage = Energy::parse("2700").value();
        Fees fees(rules, ladder());
        for (const char *wanted : {"0.01", "1", "59.99", "60", "60.01", "333.33", "2100", "2500"}) {
            const Energy energy = Energy::parse(wanted).value();
            const std::optional<SaleQuote> quote = fees.byEnergy(energy, facts);
            QVERIFY2(quote.has_value(), qPrintable(fees.errorString()));
            checkAddsUp(*quote);
            const auto cost = tariff::quoteEnergy(ladder(), facts.periodUsage, energy, 0);
            QVERIFY(quote->credit.raw() >= cost.value().money.raw());
            QVERIFY(quote->energy.energy.raw() >= energy.raw());
            const std::optional<SaleQuote> less =
                fees.byMoney(Money::fromRaw(quote->paid.raw() - 1), facts);
            QVERIFY(!less || less->credit.raw() < cost.value().money.raw());
        }
    }

    // A meter on overdraft repays it from the new credit first: by money, the energy line is what
    // the rest buys; by energy, the credit covers the overdraft and the energy.
    void overdraftIsRepaidFirst()
    {
        FeeRules rules;
        rules.vatBasisPoints = 1600;
        SaleFacts facts;
        facts.remainingOnMeter = money("-9.9987");
        facts.periodUsage = Energy::parse("2700").value();
        Fees fees(rules, ladder());
        const std::optional<SaleQuote> byMoney = fees.byMoney(money("116"), facts);
        QVERIFY2(byMoney, qPrintable(fees.errorString()));
        checkAddsUp(*byMoney);
        QCOMPARE(byMoney->credit, money("100"));
        QCOMPARE(byMoney->overdraftRepaid, money("9.9987"));
        const auto rest = tariff::quoteMoney(ladder(), facts.periodUsage, money("90.0013"), 0);
        QCOMPARE(byMoney->energy.energy.raw(), rest.value().energy.raw());
        // All of a small payment repays the overdraft: no energy, and said so.
        const std::optional<SaleQuote> small = fees.byMoney(money("5"), facts);
        QVERIFY2(small, qPrintable(fees.errorString()));
        QCOMPARE(small->overdraftRepaid, small->credit);
        QCOMPARE(small->energy.energy.raw(), 0);

        const Energy thirty = Energy::parse("30").value();
        const std::optional<SaleQuote> byEnergy = fees.byEnergy(thirty, facts);
        QVERIFY2(byEnergy, qPrintable(fees.errorString()));
        const auto cost = tariff::quoteEnergy(ladder(), facts.periodUsage, thirty, 0);
        QVERIFY(byEnergy->credit.raw() >= cost.value().money.raw() + 99987);
        QVERIFY(byEnergy->energy.energy.raw() >= thirty.raw());
        const std::optional<SaleQuote> less =
            fees.byMoney(Money::fromRaw(byEnergy->paid.raw() - 1), facts);
        QVERIFY(less && less->credit.raw() < cost.value().money.raw() + 99987);
        // Without the overdraft the same energy costs less.
        facts.remainingOnMeter = Money();
        QVERIFY(fees.byEnergy(thirty, facts)->paid.raw() < byEnergy->paid.raw());
    }

    void rulesAreChecked()
    {
        FeeRules rules;
        rules.vatBasisPoints = -1;
        QVERIFY(!Fees::validate(rules).isEmpty());
        rules.vatBasisPoints = 0;
        rules.debtBasisPoints = 10'000;
        QVERIFY(!Fees::validate(rules).isEmpty());
        Fees fees(rules, ladder());
        QVERIFY(!fees.byMoney(money("10"), {}));
        QVERIFY(fees.errorString().contains(QStringLiteral("debt share")));
    }
};

QTEST_GUILESS_MAIN(TestFees)
#include "tst_fees.moc"
