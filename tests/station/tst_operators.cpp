// Operators on a real ledger file: hashed passwords, roles and their permissions, lock-out after
// repeated wrong passwords, and the audit trail of each of these.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"

using namespace ampcard::station;

namespace {

constexpr int kFastIterations = 1000; // the stored hash records its count; tests need speed

QStringList auditActions(Ledger &ledger)
{
    QSqlQuery query(ledger.database());
    QStringList actions;
    if (query.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY seq"))) {
        while (query.next())
            actions << query.value(0).toString();
    }
    return actions;
}

} // namespace

class TestOperators : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;

    Operators operators() { return Operators(*m_ledger, kFastIterations); }

private slots:
    void init()
    {
        m_ledger = std::make_unique<Ledger>();
        QVERIFY(m_ledger->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                              QStringLiteral(".sqlite")),
                               true));
    }
    void cleanup() { m_ledger.reset(); }

    void passwordHashesAreSaltedAndChecked()
    {
        const QString a = Operators::hashPassword(QStringLiteral("correct horse"), 1000);
        const QString b = Operators::hashPassword(QStringLiteral("correct horse"), 1000);
        QVERIFY(a.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
        QVERIFY(a != b); // salted
        QVERIFY(!a.contains(QStringLiteral("correct")));
        QVERIFY(Operators::checkPassword(QStringLiteral("correct horse"), a));
        QVERIFY(!Operators::checkPassword(QStringLiteral("correct horsE"), a));
        QVERIFY(!Operators::checkPassword(QStringLiteral("correct horse"), QStringLiteral("x")));
        QString truncated = a;
        truncated.chop(2);
        QVERIFY(!Operators::checkPassword(QStringLiteral("correct horse"), truncated));
    }

    // A known answer from RFC 7914 section 11 (PBKDF2-HMAC-SHA256, "passwd"/"salt", c = 1).
    void pbkdf2KnownAnswer()
    {
        const QString stored =
            QStringLiteral("pbkdf2-sha256$1$73616c74$"
                           "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dac"
                           "bc");
        QVERIFY(Operators::checkPassword(QStringLiteral("passwd"), stored));
    }

    void firstAdministratorOnlyOnce()
    {
        Operators ops = operators();
        QVERIFY2(ops.addFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ana"),
                                           QStringLiteral("s3cret-pass")),
                 qPrintable(ops.errorString()));
        QVERIFY(!ops.addFirstAdministrator(QStringLiteral("mallory"), QStringLiteral("M"),
                                           QStringLiteral("s3cret-pass")));
        QVERIFY(ops.errorString().contains(QStringLiteral("already has operators")));
        QCOMPARE(ops.count(), 1);
        const std::optional<Session> admin =
            ops.signIn(QStringLiteral("admin"), QStringLiteral("s3cret-pass"));
        QVERIFY(admin.has_value());
        QCOMPARE(admin->role(), Role::kAdministrator);
    }

    void rolesGrantWhatTheyShould_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("cashier-sells") << int(Role::kCashier) << int(Permission::kSell) << true;
        QTest::newRow("cashier-cannot-cancel")
            << int(Role::kCashier) << int(Permission::kCancelSale) << false;
        QTest::newRow("cashier-cannot-open-accounts")
            << int(Role::kCashier) << int(Permission::kOpenAccount) << false;
        QTest::newRow("installer-opens-accounts")
            << int(Role::kInstaller) << int(Permission::kOpenAccount) << true;
        QTest::newRow("installer-cannot-change-tariffs")
            << int(Role::kInstaller) << int(Permission::kManageTariffs) << false;
        QTest::newRow("supervisor-manages-keys")
            << int(Role::kSupervisor) << int(Permission::kManageKeys) << true;
        QTest::newRow("supervisor-cannot-add-operators")
            << int(Role::kSupervisor) << int(Permission::kManageOperators) << false;
        QTest::newRow("supervisor-backs-up")
            << int(Role::kSupervisor) << int(Permission::kBackupLedger) << true;
        QTest::newRow("supervisor-cannot-restore")
            << int(Role::kSupervisor) << int(Permission::kRestoreLedger) << false;
        QTest::newRow("administrator-adds-operators")
            << int(Role::kAdministrator) << int(Permission::kManageOperators) << true;
    }
    void rolesGrantWhatTheyShould()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, allowed);
        QCOMPARE(roleAllows(Role(role), Permission(permission)), allowed);
    }

    void onlyAnAdministratorAddsOperators()
    {
        Operators ops = operators();
        QVERIFY(ops.addFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ana"),
                                          QStringLiteral("s3cret-pass")));
        const Session admin = *ops.signIn(QStringLiteral("admin"), QStringLiteral("s3cret-pass"));
        QVERIFY(ops.add(admin, QStringLiteral("sup"), QStringLiteral("Sam"), Role::kSupervisor,
                        QStringLiteral("supervisor-1")));
        const Session sup = *ops.signIn(QStringLiteral("sup"), QStringLiteral("supervisor-1"));
        QVERIFY(!ops.add(sup, QStringLiteral("eve"), QStringLiteral("Eve"), Role::kAdministrator,
                         QStringLiteral("whatever-1")));
        QVERIFY(ops.errorString().contains(QStringLiteral("administrator")));
        QVERIFY(!ops.add(admin, QStringLiteral("sup"), QStringLiteral("Sam 2"), Role::kCashier,
                         QStringLiteral("cashier-12")));
        QVERIFY(ops.errorString().contains(QStringLiteral("already")));
        QVERIFY(!ops.add(admin, QStringLiteral("short"), QStringLiteral("S"), Role::kCashier,
                         QStringLiteral("1234567")));
        QVERIFY(ops.errorString().contains(QStringLiteral("8 characters")));
        QCOMPARE(ops.count(), 2);
        QCOMPARE(auditActions(*m_ledger).count(QStringLiteral("operator.add")), 2);
    }

    void wrongPasswordsLockTheOperatorOut()
    {
        Operators ops = operators();
        QVERIFY(ops.addFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ana"),
                                          QStringLiteral("s3cret-pass")));
        const Session admin = *ops.signIn(QStringLiteral("admin"), QStringLiteral("s3cret-pass"));
        QVERIFY(ops.add(admin, QStringLiteral("cash1"), QStringLiteral("Chen"), Role::kCashier,
                        QStringLiteral("cashier-pw")));
        // A success in between resets the count.
        for (int i = 0; i < Operators::kMaxFailedSignIns - 1; ++i)
            QVERIFY(!ops.signIn(QStringLiteral("cash1"), QStringLiteral("guess")));
        QVERIFY(ops.signIn(QStringLiteral("cash1"), QStringLiteral("cashier-pw")));
        for (int i = 0; i < Operators::kMaxFailedSignIns - 1; ++i)
            QVERIFY(!ops.signIn(QStringLiteral("cash1"), QStringLiteral("guess")));
        QVERIFY(!ops.signIn(QStringLiteral("cash1"), QStringLiteral("guess")));
        QVERIFY(ops.errorString().contains(QStringLiteral("now locked")));
        // Locked: the right password no longer helps.
        QVERIFY(!ops.signIn(QStringLiteral("cash1"), QStringLiteral("cashier-pw")));
        QVERIFY(ops.errorString().contains(QStringLiteral("locked")));
        QVERIFY(!ops.unlock(admin, QStringLiteral("nobody")));
        QVERIFY(ops.errorString().contains(QStringLiteral("no operator")));
        QVERIFY2(ops.unlock(admin, QStringLiteral("cash1")), qPrintable(ops.errorString()));
        QVERIFY(ops.signIn(QStringLiteral("cash1"), QStringLiteral("cashier-pw")));
        const QStringList actions = auditActions(*m_ledger);
        QCOMPARE(actions.count(QStringLiteral("operator.sign-in-failed")), 8);
        QCOMPARE(actions.count(QStringLiteral("operator.locked")), 1);
        QCOMPARE(actions.count(QStringLiteral("operator.sign-in-refused")), 1);
        QCOMPARE(actions.count(QStringLiteral("operator.unlock")), 1);
        // Unknown logins say the same as a wrong password.
        QVERIFY(!ops.signIn(QStringLiteral("ghost"), QStringLiteral("cashier-pw")));
        QCOMPARE(ops.errorString(), QStringLiteral("Unknown operator or wrong password."));
    }

    void passwordChangeIsYoursOrTheAdministrators()
    {
        Operators ops = operators();
        QVERIFY(ops.addFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ana"),
                                          QStringLiteral("s3cret-pass")));
        const Session admin = *ops.signIn(QStringLiteral("admin"), QStringLiteral("s3cret-pass"));
        QVERIFY(ops.add(admin, QStringLiteral("cash1"), QStringLiteral("Chen"), Role::kCashier,
                        QStringLiteral("cashier-pw")));
        QVERIFY(ops.add(admin, QStringLiteral("cash2"), QStringLiteral("Li"), Role::kCashier,
                        QStringLiteral("cashier-pw2")));
        const Session cash1 = *ops.signIn(QStringLiteral("cash1"), QStringLiteral("cashier-pw"));
        QVERIFY(!ops.changePassword(cash1, QStringLiteral("cash2"), QStringLiteral("taken-over")));
        QVERIFY(ops.changePassword(cash1, QStringLiteral("cash1"), QStringLiteral("new-pass-1")));
        QVERIFY(!ops.signIn(QStringLiteral("cash1"), QStringLiteral("cashier-pw")));
        QVERIFY(ops.signIn(QStringLiteral("cash1"), QStringLiteral("new-pass-1")));
        QVERIFY(ops.changePassword(admin, QStringLiteral("cash2"), QStringLiteral("reset-pass")));
        QVERIFY(ops.signIn(QStringLiteral("cash2"), QStringLiteral("reset-pass")));
    }
};

QTEST_GUILESS_MAIN(TestOperators)
#include "tst_operators.moc"
