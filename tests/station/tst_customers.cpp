// Customers on a real ledger file: adding with permissions, CSV import (all or nothing, with line
// numbers), and the search a cashier types into.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "ampcard/station/customers.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "staff.h"

using namespace ampcard::station;

class TestCustomers : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::optional<Session> m_installer;
    std::optional<Session> m_cashier;

    int count()
    {
        QSqlQuery query(m_ledger->database());
        return query.exec(QStringLiteral("SELECT count(*) FROM customers")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }
    QStringList numbers(const QList<Customer> &customers)
    {
        QStringList out;
        for (const Customer &customer : customers)
            out << customer.number;
        return out;
    }

private slots:
    void init()
    {
        m_ledger = testing::freshLedger(m_dir);
        QVERIFY(m_ledger);
        testing::Staff staff;
        QVERIFY(staff.hire(*m_ledger));
        m_installer = staff.installer;
        m_cashier = staff.cashier;
    }
    void cleanup() { m_ledger.reset(); }

    void installersAddCashiersDoNot()
    {
        Customers customers(*m_ledger);
        Customer ana{QString(),
                     QStringLiteral("C-1001"),
                     QStringLiteral("Ana Mwale"),
                     QStringLiteral("12 Lusaka Road"),
                     QStringLiteral("+260 977 123456"),
                     QStringLiteral("residential")};
        Customer copy = ana;
        QVERIFY(!customers.add(*m_cashier, copy));
        QVERIFY(customers.errorString().contains(QStringLiteral("installer")));
        QVERIFY2(customers.add(*m_installer, ana), qPrintable(customers.errorString()));
        QVERIFY(!ana.id.isEmpty());
        QVERIFY(!customers.add(*m_installer, copy));
        QVERIFY(customers.errorString().contains(QStringLiteral("already")));
        Customer nameless{QString(), QStringLiteral("C-1002"), QStringLiteral("  "), {}, {}, {}};
        QVERIFY(!customers.add(*m_installer, nameless));
        QVERIFY(customers.errorString().contains(QStringLiteral("name is empty")));
        QCOMPARE(count(), 1);
        QCOMPARE(customers.byNumber(QStringLiteral("C-1001"))->phone,
                 QStringLiteral("+260 977 123456"));
    }

    void csvFieldsFollowRfc4180()
    {
        int bad = 0;
        const auto records = Customers::parseCsv(
            QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\n\n"), &bad);
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0), (QStringList{QStringLiteral("a"), QStringLiteral("b,c"),
                                              QStringLiteral("say \"hi\"")}));
        QCOMPARE(records->at(1),
                 (QStringList{QStringLiteral("two\nlines"), QStringLiteral("x"), QString()}));
        QVERIFY(!Customers::parseCsv(QStringLiteral("a,b\n\"open,c\n"), &bad));
        QCOMPARE(bad, 2);
    }

    void importIsAllOrNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("imported");
        QTest::addColumn<QString>("firstError");
        QTest::newRow("good-with-bom-and-any-column-order")
            << QByteArray("\xEF\xBB\xBFname,number,phone\n\"Mwale, Ana\",C-1,0977\nBanda,C-2,\n")
            << 2 << QString();
        QTest::newRow("duplicate-in-file")
            << QByteArray("number,name\nC-1,Ana\nC-2,Ben\nC-1,Cat\n") << -1
            << QStringLiteral("Line 4: number C-1 is also on line 2.");
        QTest::newRow("missing-name") << QByteArray("number,name\nC-1,Ana\nC-2,\n") << -1
                                      << QStringLiteral("Line 3: The customer's name is empty.");
        QTest::newRow("no-header") << QByteArray("C-1,Ana\n") << -1 << QString();
        QTest::newRow("already-in-ledger") << QByteArray("number,name\nC-1001,Ana\n") << -1
                                           << QStringLiteral("Line 2: there is already");
    }
    void importIsAllOrNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, imported);
        QFETCH(QString, firstError);
        Customers customers(*m_ledger);
        Customer existing{QString(), QStringLiteral("C-1001"), QStringLiteral("Old"), {}, {}, {}};
        QVERIFY(customers.add(*m_installer, existing));
        QCOMPARE(customers.importCsv(*m_installer, csv), imported);
        QCOMPARE(count(), imported < 0 ? 1 : 1 + imported);
        if (!firstError.isEmpty()) {
            QVERIFY(!customers.errors().isEmpty());
            QVERIFY2(customers.errors().first().startsWith(firstError),
                     qPrintable(customers.errors().first()));
        }
        if (imported > 0)
            QCOMPARE(customers.byNumber(QStringLiteral("C-1"))->name, QStringLiteral("Mwale, Ana"));
    }

    void importReportsProgressAndNeedsPermission()
    {
        QByteArray csv("number,name,address\n");
        for (int i = 0; i < 2500; ++i)
            csv += QStringLiteral("N%1,Name %1,Street %1\n").arg(i).toUtf8();
        Customers customers(*m_ledger);
        QCOMPARE(customers.importCsv(*m_cashier, csv), -1);
        QList<int> steps;
        QCOMPARE(customers.importCsv(*m_installer, csv,
                                     [&steps](int done, int total) {
                                         QCOMPARE(total, 2500);
                                         steps << done;
                                     }),
                 2500);
        QCOMPARE(steps, (QList<int>{1000, 2000, 2500}));
    }

    void findsByAnyPartOfNumberNamePhoneOrAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("exact-number-first")
            << QStringLiteral("C-10")
            << QStringList{QStringLiteral("C-10"), QStringLiteral("C-100"),
                           QStringLiteral("C-101")};
        QTest::newRow("inside-a-name-any-case")
            << QStringLiteral("WALE") << QStringList{QStringLiteral("C-100")};
        QTest::newRow("phone-digits")
            << QStringLiteral("345 67") << QStringList{QStringLiteral("C-101")};
        QTest::newRow("address") << QStringLiteral("Cairo Rd")
                                 << QStringList{QStringLiteral("C-10"), QStringLiteral("C-101")};
        QTest::newRow("two-letter-prefix")
            << QStringLiteral("ba") << QStringList{QStringLiteral("C-10")};
        QTest::newRow("percent-is-text-not-a-wildcard") << QStringLiteral("0%") << QStringList{};
        QTest::newRow("quote-is-text") << QStringLiteral("Rd\"") << QStringList{};
        QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
    }
    void findsByAnyPartOfNumberNamePhoneOrAddress()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        Customers customers(*m_ledger);
        const QByteArray csv = "number,name,address,phone\n"
                               "C-100,Ana Mwale,5 Great East Rd,0977 111 222\n"
                               "C-101,Chanda Phiri,7 Cairo Rd,0966 345 678\n"
                               "C-10,Banda Moyo,9 Cairo Rd,0955 000 000\n";
        QCOMPARE(customers.importCsv(*m_installer, csv), 3);
        QCOMPARE(numbers(customers.find(text)), found);
    }
};

QTEST_GUILESS_MAIN(TestCustomers)
#include "tst_customers.moc"
