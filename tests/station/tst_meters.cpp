// Meters on a real ledger file: registration rules, look-up, and finding a customer by the meter
// number a cashier reads off the card or the meter.
#include <QTemporaryDir>
#include <QTest>

#include "ampcard/station/customers.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/tariffplans.h"
#include "staff.h"

using namespace ampcard::station;

class TestMeters : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    testing::Staff m_staff;

    static MeterRecord meter(const char *number, const char *customer = "C-1")
    {
        MeterRecord record;
        record.number = QLatin1String(number);
        record.customerNumber = QLatin1String(customer);
        record.phases = 1;
        record.keyVersion = 1;
        record.tariffPlan = QStringLiteral("R1");
        return record;
    }

private slots:
    void init()
    {
        m_ledger = testing::freshLedger(m_dir);
        QVERIFY(m_ledger);
        QVERIFY(testing::seed(*m_ledger, m_staff));
    }
    void cleanup() { m_ledger.reset(); }

    void registration_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("customer");
        QTest::addColumn<int>("phases");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<bool>("asCashier");
        QTest::addColumn<QString>("says"); // empty: accepted
        QTest::newRow("good") << "310100000001"
                              << "C-1" << 1 << "R1" << false << "";
        QTest::newRow("three-phase") << "310100000002"
                                     << "C-1" << 3 << "R1" << false << "";
        QTest::newRow("cashier") << "310100000001"
                                 << "C-1" << 1 << "R1" << true << "installer";
        QTest::newRow("eleven-digits") << "31010000001"
                                       << "C-1" << 1 << "R1" << false << "12 digits";
        QTest::newRow("letters") << "31010000000A"
                                 << "C-1" << 1 << "R1" << false << "12 digits";
        QTest::newRow("two-phases") << "310100000001"
                                    << "C-1" << 2 << "R1" << false << "1 or 3 phases";
        QTest::newRow("unknown-plan") << "310100000001"
                                      << "C-1" << 1 << "X9" << false << "no tariff plan";
        QTest::newRow("unknown-customer") << "310100000001"
                                          << "C-7" << 1 << "R1" << false << "no customer";
    }
    void registration()
    {
        QFETCH(QString, number);
        QFETCH(QString, customer);
        QFETCH(int, phases);
        QFETCH(QString, plan);
        QFETCH(bool, asCashier);
        QFETCH(QString, says);
        Meters meters(*m_ledger);
        MeterRecord record;
        record.number = number;
        record.customerNumber = customer;
        record.phases = phases;
        record.tariffPlan = plan;
        const bool added = meters.add(asCashier ? *m_staff.cashier : *m_staff.installer, record);
        QCOMPARE(added, says.isEmpty());
        if (!added) {
            QVERIFY2(meters.errorString().contains(says), qPrintable(meters.errorString()));
            QVERIFY(!meters.byNumber(number));
            return;
        }
        const std::optional<MeterRecord> stored = meters.byNumber(number);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->customerNumber, customer);
        QCOMPARE(stored->phases, phases);
        QCOMPARE(stored->lastSequence, qint64{0});
        QVERIFY(!meters.add(*m_staff.installer, record)); // once only
        QVERIFY(meters.errorString().contains(QStringLiteral("already registered")));
    }

    // Editing: phases, plan and active/suspended change and are audited; the rest does not.
    void editsAMeterAndACustomer()
    {
        Meters meters(*m_ledger);
        MeterRecord record = meter("310100000009");
        QVERIFY(meters.add(*m_staff.installer, record));
        record.phases = 3;
        record.status = QStringLiteral("suspended");
        QVERIFY(!meters.update(*m_staff.cashier, record));
        QVERIFY2(meters.update(*m_staff.installer, record), qPrintable(meters.errorString()));
        QCOMPARE(meters.byNumber(record.number)->phases, 3);
        QCOMPARE(meters.byNumber(record.number)->status, QStringLiteral("suspended"));
        for (const auto &change : {std::make_pair(2, QStringLiteral("active")),
                                   std::make_pair(1, QStringLiteral("removed"))}) {
            MeterRecord bad = record;
            bad.phases = change.first;
            bad.status = change.second;
            QVERIFY(!meters.update(*m_staff.installer, bad));
        }
        MeterRecord noPlan = record;
        noPlan.tariffPlan = QStringLiteral("nope");
        QVERIFY(!meters.update(*m_staff.installer, noPlan));
        QVERIFY(!meters.update(*m_staff.installer, meter("310100000077")));
        bool audited = false;
        for (const QStringList &line : m_ledger->auditLines(5))
            audited |= line.join(QLatin1Char(' ')).contains(QStringLiteral("active -> suspended"));
        QVERIFY(audited);

        Customers customers(*m_ledger);
        Customer customer = *customers.byNumber(QStringLiteral("C-1"));
        customer.phone = QStringLiteral("0700 123 456");
        customer.name = QStringLiteral("Amina W.");
        QVERIFY(!customers.update(*m_staff.cashier, customer));
        QVERIFY2(customers.update(*m_staff.installer, customer),
                 qPrintable(customers.errorString()));
        QCOMPARE(customers.byNumber(QStringLiteral("C-1"))->phone, QStringLiteral("0700 123 456"));
        QCOMPARE(customers.find(QStringLiteral("123 456")).value(0).number, QStringLiteral("C-1"));
        customer.name.clear();
        QVERIFY(!customers.update(*m_staff.installer, customer));
        customer.number = QStringLiteral("C-404");
        customer.name = QStringLiteral("x");
        QVERIFY(!customers.update(*m_staff.installer, customer));
    }

    void customersAreFoundByTheirMeters()
    {
        Meters meters(*m_ledger);
        for (MeterRecord record :
             {meter("310100000001"), meter("310100000002"), meter("310200000077", "C-2")})
            QVERIFY2(meters.add(*m_staff.installer, record), qPrintable(meters.errorString()));
        QCOMPARE(meters.forCustomer(QStringLiteral("C-1")).size(), 2);
        Customers customers(*m_ledger);
        const QList<Customer> byFullNumber = customers.find(QStringLiteral("310200000077"));
        QCOMPARE(byFullNumber.size(), 1);
        QCOMPARE(byFullNumber.first().number, QStringLiteral("C-2"));
        const QList<Customer> byPrefix = customers.find(QStringLiteral("3101"));
        QCOMPARE(byPrefix.size(), 1); // two meters, one customer
        QCOMPARE(byPrefix.first().number, QStringLiteral("C-1"));
    }
};

QTEST_GUILESS_MAIN(TestMeters)
#include "tst_meters.moc"
