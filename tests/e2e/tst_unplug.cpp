// The reader goes away in the middle of a sale: ampcard-vcard closes its vpcd port at each APDU
// of the sale in turn, once before the card sees the APDU and once after the card carried it out
// with only the answer lost (the cases a pulled card or an unplugged reader make). Each time the
// cashier gets a clear message, the card comes back, the station settles the sale, the card goes
// into ampcard-meter-sim, and the credit the meter has loaded equals the credit the ledger sold.
#include <QSet>
#include <QTest>

#include "loop.h"

using namespace ampcard;
using namespace ampcard::station;
using namespace testing;

namespace {

constexpr const char *kFlatPlan =
    R"({"name":"L2","currency":"KES","settlement":{"mode":"monthly","day":1,"hour":0},)"
    R"("steps":[{"price":"0.5000"}]})";

} // namespace

class TestUnplug : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!ensurePcscd(&why))
            QFAIL(qPrintable(why));
    }

    void readerUnpluggedAtEveryApduOfASale()
    {
        Station s;
        const QString problem =
            s.setUp(kFlatPlan,
                    QDateTime(QDate(QDate::currentDate().year() + 1, 3, 5), QTime(8, 0), Qt::UTC),
                    tariff::Money());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        MeterConsole meter;
        QVERIFY(s.startSimulator(meter, R"({"hoardingLimit": "100000"})"));
        qint64 loaded = 0;
        auto visit = [&] {
            const qint64 before = meter.remaining();
            const QString code = s.toMeter(meter, s.card());
            loaded += meter.remaining() - before;
            return code;
        };
        QVERIFY2(s.open(), qPrintable(s.desk->errorString()));
        QCOMPARE(visit(), QStringLiteral("C-00"));

        int points = 0;
        int apdusInASale = 0;
        int completed = 0;
        int voided = 0;
        QSet<QString> messages;
        for (const bool carriedOut : {false, true}) {
            for (int apdu = 1;; ++apdu) {
                QVERIFY(apdu < 64);
                QStringList fault = {QStringLiteral("--unplug-at"), QString::number(apdu)};
                if (carriedOut)
                    fault << QStringLiteral("--unplug-after-carrying-out");
                QVERIFY(s.vcard.start(s.card(), fault));
                QVERIFY(s.reader.connect(kVpcdReader).ok());
                const qint64 salesBefore = s.scalar(QStringLiteral("SELECT count(*) FROM sales"));
                if (s.sell(10)) { // the sale needs fewer APDUs: the fault never fired
                    apdusInASale = apdu - 1;
                    QCOMPARE(visit(), QStringLiteral("C-00"));
                    QCOMPARE(loaded, s.creditSold());
                    break;
                }
                ++points;
                const QString message = s.desk->errorString();
                QVERIFY2(message.contains(QStringLiteral("removed or the reader unplugged")),
                         qPrintable(message));
                messages.insert(message);
                QCOMPARE(s.vcard.waitForExit(10000), 4); // it did unplug
                // The card is back: what was pending is written again and completes.
                QVERIFY(s.atCounter(s.card()));
                const auto check = s.desk->inspect(*s.staff.cashier);
                QVERIFY2(check, qPrintable(s.desk->errorString()));
                QCOMPARE(
                    s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state = 'pending'")),
                    0);
                if (s.scalar(QStringLiteral("SELECT count(*) FROM sales")) > salesBefore) {
                    const bool done =
                        s.scalar(QStringLiteral(
                            "SELECT state = 'complete' FROM sales ORDER BY rowid DESC LIMIT 1")) ==
                        1;
                    (done ? completed : voided) += 1;
                }
                // The meter takes the card: it loads what the ledger sold, no more, no less.
                const QString code = visit();
                QVERIFY2(code == QLatin1String("C-00") || code == QLatin1String("C-02"),
                         qPrintable(code));
                QCOMPARE(loaded, s.creditSold());
            }
        }
        qInfo("reader unplugged at %d fault points (each of a sale's %d APDUs, before the card saw "
              "it and after it carried it out): %d sales completed on settling, %d voided; "
              "credit sold %s = credit the meter loaded",
              points, apdusInASale, completed, voided,
              qPrintable(tariff::formatMoney(tariff::Money::fromRaw(s.creditSold()))));
        for (const QString &message : std::as_const(messages))
            qInfo("  said: %s", qPrintable(message));
        QCOMPARE(points, 2 * apdusInASale);
        // Once a sale's first UPDATE BINARY was sent, the record is issued (DESIGN.md §5): the
        // card's return writes the same token again, so nothing is voided on the card's word.
        QVERIFY(completed > 0);
        QCOMPARE(voided, 0);
        QVERIFY(!s.ledger.verify().brokenAt);
    }
};

QTEST_GUILESS_MAIN(TestUnplug)
#include "tst_unplug.moc"
