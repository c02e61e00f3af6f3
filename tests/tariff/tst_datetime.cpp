#include <QDate>
#include <QTest>

#include "ampcard/tariff/datetime.h"

using namespace ampcard;
using namespace ampcard::tariff;

class TestDateTime : public QObject {
    Q_OBJECT

private slots:
    void knownInstants_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<qint64>("timestamp");
        QTest::newRow("epoch") << 2000 << 1 << 1 << qint64(0);
        QTest::newRow("leap-day-2000") << 2000 << 2 << 29 << qint64(59) * 86400;
        QTest::newRow("unix-epoch") << 1970 << 1 << 1 << qint64(-946684800);
        QTest::newRow("2024-03-01") << 2024 << 3 << 1 << qint64(8826) * 86400;
    }

    void knownInstants()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(qint64, timestamp);
        CivilTime civil{static_cast<std::int16_t>(year), static_cast<std::uint8_t>(month),
                        static_cast<std::uint8_t>(day)};
        QCOMPARE(toTimestamp(civil).value(), timestamp);
        QCOMPARE(toCivil(timestamp), civil);
    }

    // Every day from 1970 to 2200 against Qt's calendar, and back.
    void agreesWithQtCalendar()
    {
        const QDate first(1970, 1, 1);
        for (int offset = 0; offset < 84000; offset += 1) {
            const QDate date = first.addDays(offset);
            const CivilTime civil{static_cast<std::int16_t>(date.year()),
                                  static_cast<std::uint8_t>(date.month()),
                                  static_cast<std::uint8_t>(date.day()),
                                  13,
                                  7,
                                  59};
            const Result<Timestamp> timestamp = toTimestamp(civil);
            QVERIFY(timestamp.ok());
            const qint64 expected = (date.toJulianDay() - QDate(2000, 1, 1).toJulianDay()) * 86400 +
                                    13 * 3600 + 7 * 60 + 59;
            QCOMPARE(timestamp.value(), expected);
            QCOMPARE(toCivil(timestamp.value()), civil);
        }
    }

    void refusesImpossibleDates_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("hour");
        QTest::newRow("feb-29-non-leap") << 2023 << 2 << 29 << 0;
        QTest::newRow("feb-29-1900") << 1900 << 2 << 29 << 0;
        QTest::newRow("month-13") << 2024 << 13 << 1 << 0;
        QTest::newRow("day-0") << 2024 << 1 << 0 << 0;
        QTest::newRow("april-31") << 2024 << 4 << 31 << 0;
        QTest::newRow("hour-24") << 2024 << 1 << 1 << 24;
        QTest::newRow("before-1970") << 1969 << 12 << 31 << 0;
    }

    void refusesImpossibleDates()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(int, hour);
        const CivilTime civil{static_cast<std::int16_t>(year), static_cast<std::uint8_t>(month),
                              static_cast<std::uint8_t>(day), static_cast<std::uint8_t>(hour)};
        QCOMPARE(toTimestamp(civil).status().code(), Errc::kDateTime);
    }
};

QTEST_APPLESS_MAIN(TestDateTime)
#include "tst_datetime.moc"
