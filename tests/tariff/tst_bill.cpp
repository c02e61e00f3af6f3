#include <QTest>

#include "ampcard/tariff/bill.h"
#include "testtariffs.h"

using namespace ampcard;
using namespace ampcard::tariff;
using testing::at;
using testing::kwh;
using testing::money;

class TestBill : public QObject {
    Q_OBJECT

private slots:
    void readingAtTheSettlementInstantClosesThePeriod()
    {
        const std::vector<Reading> readings = {{at(2024, 1, 1), kwh("12000")},
                                               {at(2024, 7, 1), kwh("14500")},
                                               {at(2025, 1, 1), kwh("17000")},
                                               {at(2025, 3, 31, 18, 30), kwh("17800.25")}};
        FileError error;
        const std::optional<Bill> bill = BillReader::bill(testing::zhejiang(), readings, &error);
        QVERIFY2(bill.has_value(), qPrintable(error.toString()));
        QCOMPARE(bill->periods.size(), std::size_t{2});
        QCOMPARE(bill->periods[0].start, at(2024, 1, 1));
        QCOMPARE(bill->periods[0].end, at(2025, 1, 1));
        QCOMPARE(bill->periods[0].usage, kwh("5000"));
        QCOMPARE(bill->periods[0].money, money("2852.0000")); // the published annual cost
        QCOMPARE(bill->periods[1].usage, kwh("800.25"));
        QCOMPARE(bill->periods[1].money, money("430.5345"));
        QCOMPARE(bill->money, money("3282.5345"));
        QCOMPARE(bill->stepEnergy[2], kwh("200"));
    }

    void consumptionJustAfterSettlementIsInTheNewPeriod()
    {
        const std::vector<Reading> readings = {{at(2024, 12, 31, 23), kwh("0")},
                                               {at(2025, 1, 1, 0, 0, 1), kwh("3000")}};
        FileError error;
        const std::optional<Bill> bill = BillReader::bill(testing::zhejiang(), readings, &error);
        QVERIFY(bill.has_value());
        QCOMPARE(bill->periods.size(), std::size_t{2});
        QCOMPARE(bill->periods[0].usage, Energy{});
        QCOMPARE(bill->periods[1].usage, kwh("3000"));
    }

    void parsesReadings_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("error");
        QTest::newRow("with-header") << QByteArray("timestamp,cumulative_kwh\n"
                                                   "2024-01-01T00:00,1\n2024-01-02T00:00,2\n")
                                     << 2 << QString();
        QTest::newRow("space-seconds-crlf")
            << QByteArray("2024-01-01 00:00:00,1.5\r\n2024-01-02 00:00:30,2\r\n") << 2 << QString();
        QTest::newRow("time-goes-back") << QByteArray("2024-01-02T00:00,1\n2024-01-01T00:00,2\n")
                                        << 0 << QStringLiteral("line 2: timestamps must increase");
        QTest::newRow("reading-decreases")
            << QByteArray("2024-01-01T00:00,5\n2024-01-02T00:00,4.999\n") << 0
            << QStringLiteral("line 2: the reading is lower");
        QTest::newRow("utc-suffix-refused")
            << QByteArray("2024-01-01T00:00Z,5\n2024-01-02T00:00,6\n") << 0
            << QStringLiteral("line 1: \"2024-01-01T00:00Z\" is not a local time");
        QTest::newRow("impossible-date") << QByteArray("2023-02-29T00:00,5\n2024-01-02T00:00,6\n")
                                         << 0 << QStringLiteral("line 1:");
        QTest::newRow("bad-number") << QByteArray("2024-01-01T00:00,5\n2024-01-02T00:00,6,5\n") << 0
                                    << QStringLiteral("line 2: expected");
        QTest::newRow("decimal-comma")
            << QByteArray("2024-01-01T00:00,5\n2024-01-02T00:00,\"6,5\"\n") << 0
            << QStringLiteral("line 2:");
        QTest::newRow("negative") << QByteArray("2024-01-01T00:00,-5\n2024-01-02T00:00,6\n") << 0
                                  << QStringLiteral("line 1: a meter reading cannot be negative");
        QTest::newRow("single-reading")
            << QByteArray("2024-01-01T00:00,5\n") << 0 << QStringLiteral("at least two readings");
    }

    void parsesReadings()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, count);
        QFETCH(QString, error);
        FileError problem;
        const auto readings = BillReader::parseReadings(csv, &problem);
        if (error.isEmpty()) {
            QVERIFY2(readings.has_value(), qPrintable(problem.toString()));
            QCOMPARE(static_cast<int>(readings->size()), count);
        } else {
            QVERIFY(!readings.has_value());
            QVERIFY2(problem.toString().startsWith(error), qPrintable(problem.toString()));
        }
    }

    void localTimeRoundTrips()
    {
        const std::optional<Timestamp> time =
            BillReader::parseLocalTime(QStringLiteral("2024-02-29T23:59:58"));
        QVERIFY(time.has_value());
        QCOMPARE(*time, at(2024, 2, 29, 23, 59, 58));
        QCOMPARE(BillReader::formatLocalTime(*time), QStringLiteral("2024-02-29T23:59:58"));
    }
};

QTEST_MAIN(TestBill)
#include "tst_bill.moc"
