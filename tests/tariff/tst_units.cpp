#include <QTest>

#include "ampcard/tariff/units.h"
#include "testtariffs.h"

using namespace ampcard;
using namespace ampcard::tariff;

class TestUnits : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<qint64>("raw");
        QTest::addColumn<int>("error");

        const int ok = static_cast<int>(Errc::kOk);
        QTest::newRow("integer") << "100" << 4 << qint64(1000000) << ok;
        QTest::newRow("four-decimals") << "0.5380" << 4 << qint64(5380) << ok;
        QTest::newRow("fewer-decimals") << "0.5" << 4 << qint64(5000) << ok;
        QTest::newRow("negative") << "-12.34" << 4 << qint64(-123400) << ok;
        QTest::newRow("trailing-zeros-beyond-precision") << "1.230000" << 3 << qint64(1230) << ok;
        QTest::newRow("zero") << "0" << 3 << qint64(0) << ok;
        QTest::newRow("largest-money") << "922337203685477.5807" << 4 << qint64(INT64_MAX) << ok;
        QTest::newRow("empty") << "" << 4 << qint64(0) << int(Errc::kParseEmpty);
        QTest::newRow("only-sign") << "-" << 4 << qint64(0) << int(Errc::kParseSyntax);
        QTest::newRow("leading-point") << ".5" << 4 << qint64(0) << int(Errc::kParseSyntax);
        QTest::newRow("trailing-point") << "5." << 4 << qint64(0) << int(Errc::kParseSyntax);
        QTest::newRow("comma-decimal") << "0,5" << 4 << qint64(0) << int(Errc::kParseSyntax);
        QTest::newRow("exponent") << "1e3" << 4 << qint64(0) << int(Errc::kParseSyntax);
        QTest::newRow("space") << " 1" << 4 << qint64(0) << int(Errc::kParseSyntax);
        QTest::newRow("plus-sign") << "+1" << 4 << qint64(0) << int(Errc::kParseSyntax);
        QTest::newRow("too-many-decimals")
            << "0.53801" << 4 << qint64(0) << int(Errc::kParseTooManyDecimals);
        QTest::newRow("overflow-by-scale")
            << "922337203685478" << 4 << qint64(0) << int(Errc::kOverflow);
        QTest::newRow("overflow-by-digits")
            << "99999999999999999999" << 0 << qint64(0) << int(Errc::kOverflow);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(qint64, raw);
        QFETCH(int, error);
        const QByteArray latin = text.toLatin1();
        const Result<std::int64_t> parsed = parseDecimal(
            std::string_view(latin.constData(), static_cast<std::size_t>(latin.size())), decimals);
        QCOMPARE(static_cast<int>(parsed.status().code()), error);
        if (parsed.ok())
            QCOMPARE(parsed.value(), raw);
    }

    void format_data()
    {
        QTest::addColumn<qint64>("raw");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<int>("shown");
        QTest::addColumn<QString>("text");

        QTest::newRow("money") << qint64(1484880) << 4 << 4 << "148.4880";
        QTest::newRow("small") << qint64(5) << 4 << 4 << "0.0005";
        QTest::newRow("negative") << qint64(-5) << 4 << 4 << "-0.0005";
        QTest::newRow("energy-truncated-shown") << qint64(193209) << 3 << 2 << "193.20";
        QTest::newRow("negative-truncates-toward-zero") << qint64(-1239) << 3 << 2 << "-1.23";
        QTest::newRow("negative-below-shown-unit") << qint64(-9) << 3 << 2 << "0.00";
        QTest::newRow("integer") << qint64(42) << 0 << 0 << "42";
        QTest::newRow("int64-min") << qint64(INT64_MIN) << 4 << 4 << "-922337203685477.5808";
        QTest::newRow("int64-max") << qint64(INT64_MAX) << 4 << 4 << "922337203685477.5807";
    }

    void format()
    {
        QFETCH(qint64, raw);
        QFETCH(int, decimals);
        QFETCH(int, shown);
        QFETCH(QString, text);
        const DecimalText formatted = formatDecimal(raw, decimals, shown);
        QCOMPARE(QString::fromLatin1(formatted.data, formatted.size), text);
    }

    void roundTripsEveryShape()
    {
        for (std::int64_t raw :
             {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, std::int64_t{99999},
              std::int64_t{-100000}, std::int64_t{123456789012}, INT64_MAX}) {
            const Money money = Money::fromRaw(raw);
            const Result<Money> back = Money::parse(money.format().view());
            QVERIFY(back.ok());
            QCOMPARE(back.value(), money);
        }
    }

    void checkedArithmetic()
    {
        QCOMPARE(checkedAdd(INT64_MAX, 1).status().code(), Errc::kOverflow);
        QCOMPARE(checkedSub(INT64_MIN, 1).status().code(), Errc::kOverflow);
        QCOMPARE(checkedMul(INT64_MAX / 2 + 1, 2).status().code(), Errc::kOverflow);
        QCOMPARE(checkedMul(-3, 4).value(), std::int64_t{-12});
        QCOMPARE(Money::fromRaw(INT64_MAX).plus(Money::fromRaw(1)).status().code(),
                 Errc::kOverflow);
        QCOMPARE(Money::fromRaw(5).minus(Money::fromRaw(7)).value(), Money::fromRaw(-2));
    }

    void exactCostIsPriceTimesEnergyInSubUnits()
    {
        // 0.5380 per kWh x 1.001 kWh = 0.538538 currency = 5385380 sub-units of 10^-7.
        QCOMPARE(exactCost(testing::price("0.5380"), testing::kwh("1.001")).value(),
                 std::int64_t{5385380});
        QCOMPARE(exactCost(Price::fromRaw(INT64_MAX), Energy::fromRaw(2)).status().code(),
                 Errc::kOverflow);
    }
};

QTEST_APPLESS_MAIN(TestUnits)
#include "tst_units.moc"
