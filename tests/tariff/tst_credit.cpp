#include <QTest>

#include "ampcard/tariff/credit.h"
#include "testtariffs.h"

using namespace ampcard;
using namespace ampcard::tariff;
using testing::money;

Q_DECLARE_METATYPE(ampcard::tariff::CreditState)

namespace {

CreditParameters typical()
{
    CreditParameters parameters;
    parameters.alarm1 = money("20");
    parameters.alarm2 = money("10");
    parameters.closeAllow = money("5");
    parameters.overdraftLimit = money("30");
    parameters.hoardingLimit = money("1000");
    parameters.presetCredit = money("10");
    return parameters;
}

CreditAccount accountWith(const CreditParameters &parameters, const char *remaining,
                          bool overdraftConfirmed = false)
{
    CreditAccountState state;
    state.remaining = money(remaining);
    state.overdraftConfirmed = overdraftConfirmed;
    state.opened = true;
    return CreditAccount::restore(parameters, state).value();
}

} // namespace

class TestCredit : public QObject {
    Q_OBJECT

private slots:
    void stateFollowsRemaining_data()
    {
        QTest::addColumn<QString>("remaining");
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<bool>("overdraftAllowed");
        QTest::addColumn<QString>("nextUnitCost");
        QTest::addColumn<CreditState>("state");

        const QString unit = QStringLiteral("0.0054"); // 0.01 kWh at 0.538
        QTest::newRow("normal") << "50" << false << true << unit << CreditState::kNormal;
        QTest::newRow("alarm1-boundary-is-normal")
            << "20" << false << true << unit << CreditState::kNormal;
        QTest::newRow("alarm1") << "19.9999" << false << true << unit << CreditState::kAlarm1;
        QTest::newRow("alarm2-boundary-is-alarm1")
            << "10" << false << true << unit << CreditState::kAlarm1;
        QTest::newRow("alarm2") << "9.9999" << false << true << unit << CreditState::kAlarm2;
        QTest::newRow("next-unit-exactly-paid")
            << "0.0054" << false << true << unit << CreditState::kAlarm2;
        QTest::newRow("below-next-unit-offers-overdraft")
            << "0.0053" << false << true << unit << CreditState::kExhausted;
        QTest::newRow("zero-offers-overdraft")
            << "0" << false << true << "0" << CreditState::kExhausted;
        QTest::newRow("below-next-unit-no-overdraft-is-cut")
            << "0.0053" << false << false << unit << CreditState::kCutOff;
        QTest::newRow("zero-no-overdraft-is-cut")
            << "0" << false << false << "0" << CreditState::kCutOff;
        QTest::newRow("running-on-overdraft")
            << "-12" << true << true << unit << CreditState::kOverdraft;
        QTest::newRow("overdraft-last-unit")
            << "-29.9946" << true << true << unit << CreditState::kOverdraft;
        QTest::newRow("overdraft-exhausted-is-cut")
            << "-29.9947" << true << true << unit << CreditState::kCutOff;
        QTest::newRow("overdraft-limit-reached")
            << "-30" << true << true << "0" << CreditState::kCutOff;
        QTest::newRow("beyond-limit-unconfirmed-is-cut")
            << "-31" << false << true << unit << CreditState::kCutOff;
    }

    void stateFollowsRemaining()
    {
        QFETCH(QString, remaining);
        QFETCH(bool, confirmed);
        QFETCH(bool, overdraftAllowed);
        QFETCH(QString, nextUnitCost);
        QFETCH(CreditState, state);
        CreditParameters parameters = typical();
        if (!overdraftAllowed)
            parameters.overdraftLimit = Money{};
        const CreditAccount account =
            accountWith(parameters, remaining.toLatin1().constData(), confirmed);
        QCOMPARE(account.state(money(nextUnitCost.toStdString())), state);
    }

    void purchaseOffsetsNegativeFirst()
    {
        CreditAccount account = accountWith(typical(), "-25", true);
        const PurchaseOutcome outcome =
            account.applyPurchase(money("100"), PurchaseKind::kNormal).value();
        QCOMPARE(outcome.remainingBefore, money("-25"));
        QCOMPARE(outcome.debtRecovered, money("25"));
        QCOMPARE(outcome.remainingAfter, money("75"));
        QCOMPARE(account.remaining(), money("75"));
        QVERIFY(!account.accountState().overdraftConfirmed);
        QCOMPARE(account.accountState().purchaseCount, 1u);
        QCOMPARE(account.accountState().purchasedTotal, money("100"));
    }

    void smallPurchaseOnlyReducesTheDebt()
    {
        CreditAccount account = accountWith(typical(), "-25", true);
        const PurchaseOutcome outcome =
            account.applyPurchase(money("10"), PurchaseKind::kNormal).value();
        QCOMPARE(outcome.debtRecovered, money("10"));
        QCOMPARE(account.remaining(), money("-15"));
        QVERIFY(account.accountState().overdraftConfirmed);
    }

    void hoardingLimitRejectsWholeAndChangesNothing()
    {
        CreditAccount account = accountWith(typical(), "900");
        const CreditAccountState before = account.accountState();
        QCOMPARE(account.applyPurchase(money("100.0001"), PurchaseKind::kNormal).status().code(),
                 Errc::kHoardingLimit);
        QCOMPARE(account.remaining(), before.remaining);
        QCOMPARE(account.accountState().purchaseCount, before.purchaseCount);
        // Exactly up to the limit is allowed.
        QVERIFY(account.applyPurchase(money("100"), PurchaseKind::kNormal).ok());
        QCOMPARE(account.remaining(), money("1000"));
    }

    void presetCreditIsRecoveredByTheOpeningPurchase()
    {
        CreditAccount account = CreditAccount::create(typical()).value();
        QCOMPARE(account.loadPreset(), kOk);
        QCOMPARE(account.remaining(), money("10"));
        QCOMPARE(account.deduct(money("3")), kOk);
        // A second preset card tops the preset up to its amount, never forgiving consumption.
        QCOMPARE(account.loadPreset(), kOk);
        QCOMPARE(account.remaining(), money("7"));

        const PurchaseOutcome outcome =
            account.applyPurchase(money("100"), PurchaseKind::kAccountOpening).value();
        QCOMPARE(outcome.presetRecovered, money("10"));
        QCOMPARE(account.remaining(), money("97")); // the 3 consumed are paid for
        QCOMPARE(account.accountState().presetOutstanding, Money{});
        QVERIFY(account.accountState().opened);
        QCOMPARE(account.loadPreset().code(), Errc::kInvalidState);

        // A later "opening" purchase recovers nothing more.
        const PurchaseOutcome again =
            account.applyPurchase(money("1"), PurchaseKind::kAccountOpening).value();
        QCOMPARE(again.presetRecovered, Money{});
        QCOMPARE(account.remaining(), money("98"));
    }

    void moneyIsConservedThroughPresetAndOverdraft()
    {
        // purchases - consumption == remaining, whatever happened in between.
        CreditAccount account = CreditAccount::create(typical()).value();
        QCOMPARE(account.loadPreset(), kOk);
        std::int64_t consumed = 0;
        std::int64_t paid = 0;
        auto use = [&](const char *amount) {
            QCOMPARE(account.deduct(money(amount)), kOk);
            consumed += money(amount).raw();
        };
        auto buy = [&](const char *amount, PurchaseKind kind) {
            QVERIFY(account.applyPurchase(money(amount), kind).ok());
            paid += money(amount).raw();
        };
        use("9.5");
        buy("50", PurchaseKind::kAccountOpening);
        use("40.5");
        use("0.0001");
        QCOMPARE(account.state(money("0.0054")), CreditState::kExhausted);
        QCOMPARE(account.confirmOverdraft(money("0.0054")), kOk);
        use("25");
        buy("20", PurchaseKind::kNormal);
        use("1");
        buy("300", PurchaseKind::kNormal);
        QCOMPARE(account.remaining().raw(), paid - consumed);
    }

    void overdraftConfirmationOnlyWhenExhausted()
    {
        CreditAccount healthy = accountWith(typical(), "50");
        QCOMPARE(healthy.confirmOverdraft(money("0.0054")).code(), Errc::kOverdraftNotAllowed);

        CreditParameters noOverdraft = typical();
        noOverdraft.overdraftLimit = Money{};
        CreditAccount cut = accountWith(noOverdraft, "0");
        QCOMPARE(cut.confirmOverdraft(money("0.0054")).code(), Errc::kOverdraftNotAllowed);

        CreditAccount exhausted = accountWith(typical(), "0");
        QCOMPARE(exhausted.confirmOverdraft(money("0.0054")), kOk);
        QCOMPARE(exhausted.state(money("0.0054")), CreditState::kOverdraft);
        QCOMPARE(exhausted.confirmOverdraft(money("0.0054")).code(), Errc::kOverdraftNotAllowed);
    }

    void closeAllowAmount()
    {
        QVERIFY(!accountWith(typical(), "5").mayCloseAfterCreditTrip());
        QVERIFY(accountWith(typical(), "5.0001").mayCloseAfterCreditTrip());
    }

    void parametersAreValidated_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("error");
        QTest::newRow("negative-alarm1") << 0 << int(Errc::kNegative);
        QTest::newRow("alarm2-above-alarm1") << 1 << int(Errc::kThresholdsInvalid);
        QTest::newRow("negative-overdraft") << 2 << int(Errc::kNegative);
        QTest::newRow("zero-hoarding") << 3 << int(Errc::kNotPositive);
        QTest::newRow("preset-above-hoarding") << 4 << int(Errc::kThresholdsInvalid);
        QTest::newRow("negative-close-allow") << 5 << int(Errc::kNegative);
    }

    void parametersAreValidated()
    {
        QFETCH(int, field);
        QFETCH(int, error);
        CreditParameters parameters = typical();
        switch (field) {
        case 0: parameters.alarm1 = money("-1"); break;
        case 1: parameters.alarm2 = money("21"); break;
        case 2: parameters.overdraftLimit = money("-1"); break;
        case 3: parameters.hoardingLimit = Money{}; break;
        case 4: parameters.presetCredit = money("1000.0001"); break;
        case 5: parameters.closeAllow = money("-0.0001"); break;
        }
        QCOMPARE(static_cast<int>(CreditAccount::create(parameters).status().code()), error);
        CreditAccount account = CreditAccount::create(typical()).value();
        QCOMPARE(static_cast<int>(account.setParameters(parameters).code()), error);
        QCOMPARE(account.parameters().alarm1, typical().alarm1);
    }

    void refusesNonPositivePurchaseAndNegativeDeduction()
    {
        CreditAccount account = accountWith(typical(), "10");
        QCOMPARE(account.applyPurchase(Money{}, PurchaseKind::kNormal).status().code(),
                 Errc::kNotPositive);
        QCOMPARE(account.deduct(money("-1")).code(), Errc::kNegative);
        QCOMPARE(account.remaining(), money("10"));
    }
};

QTEST_APPLESS_MAIN(TestCredit)
#include "tst_credit.moc"
