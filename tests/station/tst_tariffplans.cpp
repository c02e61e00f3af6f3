// Tariff plans on a real ledger file: versions that take effect in order and never change, the
// version in force at a time and the one after it, group assignment, and who may do it.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/tariffplans.h"
#include "staff.h"

using namespace ampcard::station;

namespace {

QByteArray flat(const char *price)
{
    return QByteArrayLiteral("{\"name\":\"Flat\",\"currency\":\"KES\",\"settlement\":{\"mode\":"
                             "\"monthly\",\"day\":1,\"hour\":0},\"steps\":[{\"price\":\"") +
           price + QByteArrayLiteral("\"}]}");
}

QDateTime utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

class TestTariffPlans : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::optional<Session> m_supervisor;
    std::optional<Session> m_cashier;
    QDateTime m_now = utc(2026, 11, 21, 9);

    TariffPlans plans()
    {
        return TariffPlans(*m_ledger, [this] { return m_now; });
    }

private slots:
    void init()
    {
        m_ledger = testing::freshLedger(m_dir);
        QVERIFY(m_ledger);
        testing::Staff staff;
        QVERIFY(staff.hire(*m_ledger));
        m_supervisor = staff.supervisor;
        m_cashier = staff.cashier;
    }
    void cleanup() { m_ledger.reset(); }

    void versionsTakeEffectInOrder()
    {
        TariffPlans tariffs = plans();
        QCOMPARE(tariffs.addVersion(*m_supervisor, QStringLiteral("R1"), flat("25.1000"), m_now),
                 1);
        QCOMPARE(tariffs.addVersion(*m_supervisor, QStringLiteral("R1"), flat("27.5000"),
                                    utc(2027, 1, 1)),
                 2);
        // In force now: v1, with v2 pending; from New Year: v2 and nothing after it.
        QCOMPARE(tariffs.effective(QStringLiteral("R1"), m_now)->version, 1);
        QCOMPARE(tariffs.following(QStringLiteral("R1"), m_now)->version, 2);
        const std::optional<PlanVersion> later =
            tariffs.effective(QStringLiteral("R1"), utc(2027, 1, 1));
        QCOMPARE(later->version, 2);
        QCOMPARE(later->file.tariff.ladder.prices[0].raw(), std::int64_t{275000});
        QVERIFY(!tariffs.following(QStringLiteral("R1"), utc(2027, 1, 1)));
        QVERIFY(!tariffs.effective(QStringLiteral("R1"), m_now.addDays(-1)));
        QCOMPARE(tariffs.versions(QStringLiteral("R1")).size(), 2);
    }

    void refusedVersions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QDateTime>("activatesAt");
        QTest::addColumn<bool>("asCashier");
        QTest::addColumn<QString>("says");
        const QDateTime now = utc(2026, 11, 21, 9);
        QTest::newRow("cashier") << flat("1.0000") << now.addDays(1) << true
                                 << QStringLiteral("supervisor");
        QTest::newRow("negative-price")
            << flat("-1.0000") << now.addDays(1) << false << QStringLiteral("not valid");
        QTest::newRow("not-json") << QByteArray("{steps") << now.addDays(1) << false
                                  << QStringLiteral("not valid");
        QTest::newRow("in-the-past")
            << flat("1.0000") << now.addDays(-1) << false << QStringLiteral("in the past");
        QTest::newRow("before-the-newest-version") << flat("1.0000") << now.addDays(5) << false
                                                   << QStringLiteral("must take effect after");
    }
    void refusedVersions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QDateTime, activatesAt);
        QFETCH(bool, asCashier);
        QFETCH(QString, says);
        TariffPlans tariffs = plans();
        QCOMPARE(tariffs.addVersion(*m_supervisor, QStringLiteral("R1"), flat("25.1000"),
                                    m_now.addDays(10)),
                 1);
        QCOMPARE(tariffs.addVersion(asCashier ? *m_cashier : *m_supervisor, QStringLiteral("R1"),
                                    json, activatesAt),
                 0);
        QVERIFY2(tariffs.errorString().contains(says), qPrintable(tariffs.errorString()));
        QCOMPARE(tariffs.versions(QStringLiteral("R1")).size(), 1);
    }

    void releasedVersionsNeverChange()
    {
        TariffPlans tariffs = plans();
        QCOMPARE(tariffs.addVersion(*m_supervisor, QStringLiteral("R1"), flat("25.1000"), m_now),
                 1);
        QSqlQuery query(m_ledger->database());
        QVERIFY(!query.exec(QStringLiteral("UPDATE tariff_plans SET tariff = '{}'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM tariff_plans")));
        QCOMPARE(tariffs.effective(QStringLiteral("R1"), m_now)->json, flat("25.1000"));
    }

    void groupsAreAssignedToPlans()
    {
        TariffPlans tariffs = plans();
        QVERIFY(
            !tariffs.assign(*m_supervisor, QStringLiteral("residential"), QStringLiteral("R1")));
        QVERIFY(tariffs.errorString().contains(QStringLiteral("no tariff plan")));
        QCOMPARE(tariffs.addVersion(*m_supervisor, QStringLiteral("R1"), flat("25.1000"), m_now),
                 1);
        QCOMPARE(tariffs.addVersion(*m_supervisor, QStringLiteral("C1"), flat("30.0000"), m_now),
                 1);
        QVERIFY(!tariffs.assign(*m_cashier, QStringLiteral("residential"), QStringLiteral("R1")));
        QVERIFY(tariffs.assign(*m_supervisor, QStringLiteral("residential"), QStringLiteral("R1")));
        QVERIFY(tariffs.assign(*m_supervisor, QStringLiteral("commercial"), QStringLiteral("C1")));
        QCOMPARE(tariffs.planForGroup(QStringLiteral("residential")), QStringLiteral("R1"));
        QVERIFY(tariffs.assign(*m_supervisor, QStringLiteral("residential"), QStringLiteral("C1")));
        QCOMPARE(tariffs.planForGroup(QStringLiteral("residential")), QStringLiteral("C1"));
        QVERIFY(!tariffs.planForGroup(QStringLiteral("industrial")));
        QSqlQuery audit(m_ledger->database());
        QVERIFY(audit.exec(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE action IN ('tariff.add', 'tariff.assign')")));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 5);
    }
};

QTEST_GUILESS_MAIN(TestTariffPlans)
#include "tst_tariffplans.moc"
