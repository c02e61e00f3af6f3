#include <QDir>
#include <QTest>

#include "ampcard/tariff/tarifffile.h"
#include "testtariffs.h"

using namespace ampcard;
using namespace ampcard::tariff;

namespace {

const char *kValid = R"({"name":"Zhejiang","currency":"CNY",
    "settlement":{"mode":"yearly","dates":["01-01T00"]},
    "steps":[{"upTo":"2760","price":"0.5380"},{"upTo":"4800","price":"0.5880"},{"price":"0.8380"}]})";

QByteArray replaced(const char *before, const char *after)
{
    QByteArray json(kValid);
    if (!json.contains(before))
        qFatal("test data does not contain %s", before);
    return json.replace(before, after);
}

} // namespace

class TestTariffFile : public QObject {
    Q_OBJECT

private slots:
    void readsTheZhejiangLadder()
    {
        FileError error;
        const std::optional<TariffFile> file = TariffFileReader::parse(kValid, &error);
        QVERIFY2(file.has_value(), qPrintable(error.toString()));
        QCOMPARE(file->name, QStringLiteral("Zhejiang"));
        QCOMPARE(file->currency, QStringLiteral("CNY"));
        const Tariff expected = testing::zhejiang();
        QCOMPARE(file->tariff.ladder.stepCount, expected.ladder.stepCount);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(file->tariff.ladder.prices[i], expected.ladder.prices[i]);
        QCOMPARE(file->tariff.ladder.thresholds[0], expected.ladder.thresholds[0]);
        QCOMPARE(file->tariff.ladder.thresholds[1], expected.ladder.thresholds[1]);
        QCOMPARE(file->tariff.settlement.mode, SettlementMode::kYearly);
        QVERIFY(!file->tariff.tou.enabled());
    }

    void errorsNameTheFieldAndReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");

        QTest::newRow("not-json") << QByteArray("{\"name\":") << QString()
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("array-root")
            << QByteArray("[]") << QString() << QStringLiteral("one JSON object");
        QTest::newRow("unknown-field") << replaced("\"name\"", "\"nmae\"") << QStringLiteral("nmae")
                                       << QStringLiteral("unknown field");
        QTest::newRow("missing-name") << replaced("\"name\":\"Zhejiang\",", "")
                                      << QStringLiteral("name") << QStringLiteral("missing");
        QTest::newRow("bad-currency")
            << replaced("CNY", "yuan") << QStringLiteral("currency") << QStringLiteral("ISO 4217");
        QTest::newRow("price-as-number")
            << replaced("\"0.5880\"", "0.588") << QStringLiteral("steps[1].price")
            << QStringLiteral("decimal string");
        QTest::newRow("price-too-precise")
            << replaced("0.5880", "0.58801") << QStringLiteral("steps[1].price")
            << QStringLiteral("too many decimal places");
        QTest::newRow("price-negative")
            << replaced("0.8380", "-0.8380") << QStringLiteral("steps[2].price")
            << QStringLiteral("must not be negative");
        QTest::newRow("price-garbage")
            << replaced("0.5380", "abc") << QStringLiteral("steps[0].price")
            << QStringLiteral("not a decimal number");
        QTest::newRow("thresholds-not-increasing")
            << replaced("\"4800\"", "\"2000\"") << QStringLiteral("steps[1].upTo")
            << QStringLiteral("greater than the previous");
        QTest::newRow("threshold-zero")
            << replaced("\"2760\"", "\"0\"") << QStringLiteral("steps[0].upTo")
            << QStringLiteral("greater than zero");
        QTest::newRow("last-step-bounded")
            << replaced("{\"price\":\"0.8380\"}", "{\"upTo\":\"9000\",\"price\":\"0.8380\"}")
            << QStringLiteral("steps[2].upTo") << QStringLiteral("no upper bound");
        QTest::newRow("middle-step-unbounded")
            << replaced("\"upTo\":\"4800\",", "") << QStringLiteral("steps[1].upTo")
            << QStringLiteral("missing");
        QTest::newRow("no-steps") << replaced("[{\"upTo\":\"2760\",\"price\":\"0.5380\"},{\"upTo\":"
                                              "\"4800\",\"price\":\"0.5880\"},"
                                              "{\"price\":\"0.8380\"}]",
                                              "[]")
                                  << QStringLiteral("steps") << QStringLiteral("1 to 8 steps");
        QTest::newRow("bad-settlement-mode")
            << replaced("yearly", "weekly") << QStringLiteral("settlement.mode")
            << QStringLiteral("monthly");
        QTest::newRow("bad-settlement-date")
            << replaced("01-01T00", "1 January") << QStringLiteral("settlement.dates[0]")
            << QStringLiteral("MM-DDTHH");
        QTest::newRow("leap-day-settlement")
            << replaced("01-01T00", "02-29T00") << QStringLiteral("settlement.dates[0]")
            << QStringLiteral("every year");
        QTest::newRow("monthly-day-31")
            << replaced("{\"mode\":\"yearly\",\"dates\":[\"01-01T00\"]}",
                        "{\"mode\":\"monthly\",\"day\":31,\"hour\":0}")
            << QStringLiteral("settlement.day") << QStringLiteral("1 to 28");
        QTest::newRow("tou-undefined-rate")
            << replaced("\"steps\"",
                        "\"tou\":{\"rates\":{\"peak\":\"0.5\"},\"schedule\":[{\"from\":"
                        "\"00:00\",\"rate\":\"valley\"}]},\"steps\"")
            << QStringLiteral("tou.schedule[0].rate") << QStringLiteral("not defined");
        QTest::newRow("tou-bad-time")
            << replaced("\"steps\"",
                        "\"tou\":{\"rates\":{\"peak\":\"0.5\"},\"schedule\":[{\"from\":"
                        "\"0:00\",\"rate\":\"peak\"}]},\"steps\"")
            << QStringLiteral("tou.schedule[0].from") << QStringLiteral("HH:MM");
        QTest::newRow("tou-schedule-late-start")
            << replaced("\"steps\"",
                        "\"tou\":{\"rates\":{\"peak\":\"0.5\"},\"schedule\":[{\"from\":"
                        "\"06:00\",\"rate\":\"peak\"}]},\"steps\"")
            << QStringLiteral("tou.schedule[0].from") << QStringLiteral("00:00");
        QTest::newRow("tou-unknown-rate-name")
            << replaced("\"steps\"", "\"tou\":{\"rates\":{\"shoulder\":\"0.5\"},\"schedule\":[]},"
                                     "\"steps\"")
            << QStringLiteral("tou.rates.shoulder") << QStringLiteral("unknown field");
    }

    void errorsNameTheFieldAndReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        FileError error;
        QVERIFY(!TariffFileReader::parse(json, &error).has_value());
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.contains(reason), qPrintable(error.message));
    }

    void everyExampleIsValidAndRoundTrips()
    {
        const QDir examples(QStringLiteral(AMPCARD_EXAMPLES_DIR));
        const QStringList files = examples.entryList({QStringLiteral("*.json")});
        QVERIFY(files.size() >= 3);
        for (const QString &name : files) {
            FileError error;
            const std::optional<TariffFile> file =
                TariffFileReader::load(examples.filePath(name), &error);
            QVERIFY2(file.has_value(), qPrintable(name + QStringLiteral(": ") + error.toString()));
            const std::optional<TariffFile> again =
                TariffFileReader::parse(TariffFileReader::toJson(*file), &error);
            QVERIFY2(again.has_value(), qPrintable(error.toString()));
            QCOMPARE(TariffFileReader::toJson(*again), TariffFileReader::toJson(*file));
            QCOMPARE(again->quoteRate, file->quoteRate);
        }
    }

    void touDefaultsToFlatForQuotes()
    {
        QByteArray json =
            replaced("\"steps\"",
                     "\"tou\":{\"rates\":{\"peak\":\"0.6\",\"flat\":\"0.5\",\"valley\":\"0.3\"},"
                     "\"schedule\":[{\"from\":\"00:00\",\"rate\":\"valley\"},{\"from\":"
                     "\"08:00\",\"rate\":\"peak\"}]},\"steps\"");
        FileError error;
        const std::optional<TariffFile> file = TariffFileReader::parse(json, &error);
        QVERIFY2(file.has_value(), qPrintable(error.toString()));
        QCOMPARE(file->quoteRate, static_cast<std::uint8_t>(TouRate::kFlat));
    }

    void missingFileIsAClearError()
    {
        FileError error;
        QVERIFY(!TariffFileReader::load(QStringLiteral("/nonexistent/tariff.json"), &error));
        QVERIFY(error.field.isEmpty()); // the caller names the file
        QVERIFY(error.message.contains(QStringLiteral("cannot read")));
    }

    void formatsEnergyExactly()
    {
        QCOMPARE(formatEnergy(testing::kwh("193.2")), QStringLiteral("193.20"));
        QCOMPARE(formatEnergy(testing::kwh("0.005")), QStringLiteral("0.005"));
    }
};

QTEST_MAIN(TestTariffFile)
#include "tst_tarifffile.moc"
