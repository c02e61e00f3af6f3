// Cards on a real ledger file: one active user card per meter, function cards by permission,
// blacklisting with a replacement in one unit of work.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "ampcard/station/cards.h"
#include "ampcard/station/customers.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/tariffplans.h"
#include "staff.h"

using namespace ampcard::station;

class TestCards : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    testing::Staff m_staff;

    static CardRecord userCard(quint64 serial, const char *meter = "310100000001")
    {
        return {serial, Cards::kUserCard, QLatin1String(meter), {}, {}};
    }

private slots:
    void init()
    {
        m_ledger = testing::freshLedger(m_dir);
        QVERIFY(m_ledger);
        QVERIFY(testing::seed(*m_ledger, m_staff));
        Meters meters(*m_ledger);
        for (const char *number : {"310100000001", "310100000002"}) {
            MeterRecord meter;
            meter.number = QLatin1String(number);
            meter.customerNumber = QStringLiteral("C-1");
            meter.tariffPlan = QStringLiteral("R1");
            QVERIFY(meters.add(*m_staff.installer, meter));
        }
    }
    void cleanup() { m_ledger.reset(); }

    void oneUserCardPerMeter()
    {
        Cards cards(*m_ledger);
        QVERIFY(!cards.record(*m_staff.cashier, userCard(0x1001)));
        QVERIFY2(cards.record(*m_staff.installer, userCard(0x1001)),
                 qPrintable(cards.errorString()));
        QVERIFY(!cards.record(*m_staff.installer, userCard(0x1002)));
        QVERIFY(cards.errorString().contains(QStringLiteral("already has a user card")));
        QVERIFY(!cards.record(*m_staff.installer, userCard(0x1001, "310100000002")));
        QVERIFY(cards.errorString().contains(QStringLiteral("already recorded")));
        QVERIFY(!cards.record(*m_staff.installer, userCard(0x1003, "999999999999")));
        QVERIFY(cards.errorString().contains(QStringLiteral("not one")));
        QCOMPARE(cards.userCardOf(QStringLiteral("310100000001"))->serial, quint64{0x1001});
        // The file refuses a second active user card even past the service.
        QSqlQuery sneak(m_ledger->database());
        QVERIFY(!sneak.exec(QStringLiteral(
            "INSERT INTO cards SELECT 'x', station, 77, 1, meter_id, 'active', '', 'x', 'x' "
            "FROM cards WHERE serial = 4097")));
    }

    void functionCardsNeedThePermission()
    {
        Cards cards(*m_ledger);
        const CardRecord check{0x2001, 2, QString(), {}, {}};
        QVERIFY(!cards.record(*m_staff.cashier, check));
        QVERIFY(cards.record(*m_staff.installer, check));
        QVERIFY(
            !cards.record(*m_staff.installer, {0x2002, 3, QStringLiteral("310100000001"), {}, {}}));
        QVERIFY(cards.errorString().contains(QStringLiteral("Only user cards")));
        QVERIFY(!cards.record(*m_staff.installer, {0x2003, 9, QString(), {}, {}}));
    }

    void lostCardIsBlacklistedAndReplaced()
    {
        Cards cards(*m_ledger);
        QVERIFY(cards.record(*m_staff.installer, userCard(0x1001)));
        QVERIFY(!cards.blacklist(*m_staff.cashier, 0x1001, QStringLiteral("lost"), 0x1002));
        QVERIFY(!cards.blacklist(*m_staff.installer, 0x1001, QStringLiteral("  "), 0x1002));
        // A replacement serial that is taken rolls the blacklisting back too.
        QVERIFY(cards.record(*m_staff.installer, {0x3001, 2, QString(), {}, {}}));
        QVERIFY(!cards.blacklist(*m_staff.installer, 0x1001, QStringLiteral("lost"), 0x3001));
        QCOMPARE(cards.bySerial(0x1001)->state, QStringLiteral("active"));
        QVERIFY2(cards.blacklist(*m_staff.installer, 0x1001, QStringLiteral("lost"), 0x1002),
                 qPrintable(cards.errorString()));
        QCOMPARE(cards.bySerial(0x1001)->state, QStringLiteral("blacklisted"));
        QCOMPARE(cards.bySerial(0x1001)->reason, QStringLiteral("lost"));
        QCOMPARE(cards.userCardOf(QStringLiteral("310100000001"))->serial, quint64{0x1002});
        QCOMPARE(cards.blacklisted(), (QList<quint64>{0x1001}));
        QVERIFY(!cards.blacklist(*m_staff.installer, 0x1001, QStringLiteral("again")));
        QVERIFY(!cards.blacklist(*m_staff.installer, 0x9999, QStringLiteral("unknown")));
        QVERIFY(cards.errorString().contains(QStringLiteral("never issued")));
    }
};

QTEST_GUILESS_MAIN(TestCards)
#include "tst_cards.moc"
