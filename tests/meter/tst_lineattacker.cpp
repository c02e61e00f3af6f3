// DESIGN.md §8, "someone on the meter's RS-485 line or infrared port": sends any frame, broadcasts,
// sets the clock, guesses passwords; must never change credit, tariff, relay or clock beyond a
// small drift, nor lock the utility out. Each attack is one test, named after the adversary and the
// invariant it attacks, against the real meter and its DL/T645 and Modbus servers.
#include <QTest>

#include "linerig.h"

using namespace ampcard;
using namespace ampcard::meter;
using namespace testing;

namespace {

const Vector kNoExpiry = {0, 0, 0, 0, 0, 0};
const Vector kOperator = {0x78, 0x56, 0x34, 0x12};
const Vector kAlarm1 = {0x01, 0x10, 0x00, 0x04};         // DI 04001001
const Vector kOverdraftLimit = {0x03, 0x10, 0x00, 0x04}; // DI 04001003
const Vector kDateTime = {0x0C, 0x01, 0x00, 0x04};       // DI 0400010C

// ss mm hh DD MM YY in BCD, as 0x08 carries it.
Vector bcdTime(tariff::Timestamp time)
{
    const tariff::CivilTime civil = tariff::toCivil(time);
    auto bcd = [](int value) { return std::uint8_t(((value / 10) << 4) | (value % 10)); };
    return {bcd(civil.second), bcd(civil.minute), bcd(civil.hour),
            bcd(civil.day),    bcd(civil.month),  bcd(civil.year % 100)};
}
// ss mm hh WW DD MM YY, as the 0400010C write carries it (the weekday is not checked).
Vector bcdTimeWithWeekday(tariff::Timestamp time)
{
    Vector t = bcdTime(time);
    t.insert(t.begin() + 3, 0x00);
    return t;
}

Vector modbusTime(tariff::Timestamp time)
{
    const auto value = static_cast<std::uint32_t>(time);
    return {0x00,
            0x0B,
            0x00,
            0x02,
            0x04,
            std::uint8_t(value >> 24),
            std::uint8_t(value >> 16),
            std::uint8_t(value >> 8),
            std::uint8_t(value)};
}

Vector pinWrite(std::uint16_t pin)
{
    return {0x01, 0x00, std::uint8_t(pin >> 8), std::uint8_t(pin)};
}

// A meter with credit, the relay closed, the clock at 2024-03-05 09:00.
struct Loaded {
    Rig rig;
    Loaded(const char *amount = "100", const tariff::Tariff &tariff = Rig::flat("1.0000"))
    {
        rig.provision(Rig::credit("0", "0"), 1, tariff);
        if (rig.sell(amount) != kOk || rig.insert() != CardOutcome::kLoaded)
            qFatal("could not load the meter");
    }
};

tariff::Tariff touPeakAndValley()
{
    // Valley 00:00-08:00 at 0.3000, peak 08:00-24:00 at 1.5000.
    tariff::Tariff tariff = Rig::flat("0");
    tariff.tou.rateMask = (1u << 1) | (1u << 3);
    tariff.tou.rates[1] = price("1.5000");
    tariff.tou.rates[3] = price("0.3000");
    tariff.tou.segments[0] = {0, 3};
    tariff.tou.segments[1] = {8 * 60, 1};
    tariff.tou.segmentCount = 2;
    return tariff;
}

} // namespace

class TestLineAttacker : public QObject {
    Q_OBJECT

private slots:
    void lineAttacker_broadcastTimeCannotMoveClockBeyondBound()
    {
        Loaded loaded;
        Rig &rig = loaded.rig;
        Dlt dlt{rig};
        const tariff::Timestamp start = rig.clock.now();
        // From peak hours to the night: 16 hours ahead, then more of the same.
        for (int i = 0; i < 20; ++i)
            QVERIFY(!dlt.ask(dlt645::kBroadcast, dlt645::kBroadcastTime, bcdTime(start + 16 * 3600))
                         .has_value());
        QCOMPARE(rig.clock.now(), start + kClockDriftPerDay);
        // Backwards as far: the allowance is spent for the day.
        QVERIFY(!dlt.ask(dlt645::kBroadcast, dlt645::kBroadcastTime, bcdTime(start - 3600)));
        QCOMPARE(rig.clock.now(), start + kClockDriftPerDay);
        // A day later the line may move it by at most another five minutes.
        rig.run(86400, 0, {}, 3600);
        const tariff::Timestamp dayLater = rig.clock.now();
        dlt.ask(dlt645::kBroadcast, dlt645::kBroadcastTime, bcdTime(dayLater + 16 * 3600));
        QCOMPARE(rig.clock.now(), dayLater + kClockDriftPerDay);
    }

    void lineAttacker_broadcastTimeCannotReachTheValleyRate()
    {
        Loaded loaded("100", touPeakAndValley());
        Rig &rig = loaded.rig;
        Dlt dlt{rig};
        QCOMPARE(rig.meter->currentPrice(), price("1.5000"));
        // 09:00 peak; the valley starts at 00:00. Broadcast 23:59:59 every minute for a day.
        for (int minute = 0; minute < 24 * 60; ++minute) {
            const tariff::CivilTime now = tariff::toCivil(rig.clock.now());
            dlt.ask(dlt645::kBroadcast, dlt645::kBroadcastTime,
                    bcdTime(testing::at(now.year, now.month, now.day, 23, 59, 59)));
            rig.run(60, 1000, {}, 60);
            if (tariff::toCivil(rig.clock.now()).hour < 8)
                break; // the real night came
            QCOMPARE(rig.meter->currentPrice(), price("1.5000"));
        }
        // The clock ran 15 h of real time and gained at most the day's allowance.
        QVERIFY(rig.clock.now() - testing::at(2024, 3, 5, 9) <= 15 * 3600 + kClockDriftPerDay);
    }

    void lineAttacker_broadcastTimeCannotCrossSettlementToResetLadder()
    {
        // Two steps: 1.0000 up to 10 kWh, then 2.0000; settled yearly on 1 January.
        tariff::Tariff ladder = Rig::flat("1.0000");
        ladder.settlement.mode = tariff::SettlementMode::kYearly;
        ladder.ladder.stepCount = 2;
        ladder.ladder.thresholds[0] = tariff::Energy::fromRaw(10'000);
        ladder.ladder.prices[1] = price("2.0000");
        Rig rig;
        rig.clock.set(testing::at(2024, 12, 31, 21, 0));
        rig.provision(Rig::credit("0", "0"), 1, ladder);
        QCOMPARE(rig.sell("500"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        rig.run(7200, 10'000, {}, 60); // 20 kWh by 23:00: on step 2
        QCOMPARE(rig.meter->currentStep(), 1);
        const std::size_t settlements = rig.meter->settlementCount();
        Dlt dlt{rig};
        dlt.ask(dlt645::kBroadcast, dlt645::kBroadcastTime, bcdTime(testing::at(2025, 1, 2)));
        rig.run(1, 0);
        QCOMPARE(rig.meter->settlementCount(), settlements);
        QCOMPARE(rig.meter->currentStep(), 1);
        QVERIFY(rig.clock.now() < testing::at(2025, 1, 1));
    }

    void lineAttacker_level04ClockWriteStaysWithinBound()
    {
        Loaded loaded;
        Rig &rig = loaded.rig;
        Dlt dlt{rig};
        const tariff::Timestamp start = rig.clock.now();
        const auto reply = dlt.ask(
            kOwn, dlt645::kWrite,
            join({kDateTime, password04(rig), kOperator, bcdTimeWithWeekday(start + 12 * 3600)}));
        QCOMPARE(int(reply->control), 0x94);
        QCOMPARE(rig.clock.now(), start + kClockDriftPerDay);
        // Level 02 may correct it by hours (and that is recorded with its operator).
        dlt.ask(kOwn, dlt645::kWrite,
                join({kDateTime, password02(rig), kOperator, bcdTimeWithWeekday(start + 7200)}));
        QCOMPARE(rig.clock.now(), start + 7200);
        QCOMPARE(rig.meter->line().clockSets[0].operatorCode, 0x12345678u);
    }

    void lineAttacker_everyClockSetIsAnEvent()
    {
        Loaded loaded;
        Rig &rig = loaded.rig;
        Dlt dlt{rig};
        Mb mb{rig};
        const tariff::Timestamp start = rig.clock.now();
        dlt.ask(dlt645::kBroadcast, dlt645::kBroadcastTime, bcdTime(start + 30));
        mb.ask(modbus::kBroadcast, modbus::kWriteRegisters, modbusTime(start + 60));
        QCOMPARE(rig.meter->line().clockSetCount, 2u);
        QCOMPARE(rig.meter->line().clockSets[0].before, start + 30);
        QCOMPARE(rig.meter->line().clockSets[0].moved, 30);
        QCOMPARE(rig.meter->line().clockSetSources[1], ClockSource::kBroadcast);
        QCOMPARE(dlt.value(0x03300400), QStringLiteral("020000"));
        // The events survive a power cut.
        rig.reboot();
        QCOMPARE(rig.meter->line().clockSetCount, 2u);
        QCOMPARE(rig.meter->line().clockSets[1].moved, 30);
    }

    void lineAttacker_clockSetBackNeverBillsBackwards()
    {
        Loaded loaded("100");
        Rig &rig = loaded.rig;
        rig.run(3600, 2000, {}, 60);
        const tariff::Money before = rig.remaining();
        const tariff::Energy usage = rig.meter->state().billing.state().period.usage;
        const std::size_t settlements = rig.meter->settlementCount();
        Dlt dlt{rig};
        // Level 02 sets the clock back past the start of billing and the last settlement instant.
        const auto reply = dlt.ask(kOwn, dlt645::kWrite,
                                   join({kDateTime, password02(rig), kOperator,
                                         bcdTimeWithWeekday(testing::at(2024, 2, 20))}));
        QCOMPARE(int(reply->control), 0x94);
        rig.run(3600, 0, {}, 60);
        QCOMPARE(rig.remaining(), before); // nothing given back, nothing charged
        QCOMPARE(rig.meter->state().billing.state().period.usage, usage);
        QCOMPARE(rig.meter->settlementCount(), settlements);
        rig.run(3600, 1000, {}, 60);
        QCOMPARE(rig.remaining().raw(), before.raw() - money("1").raw());
        QCOMPARE(rig.meter->settlementCount(), settlements);
    }

    void lineAttacker_authenticatedClockJumpNeverSkipsTwoSettlements()
    {
        Loaded loaded("100"); // settled monthly on the 1st at 00:00
        Rig &rig = loaded.rig;
        Dlt dlt{rig};
        const std::size_t settlements = rig.meter->settlementCount();
        auto reply = dlt.ask(kOwn, dlt645::kWrite,
                             join({kDateTime, password02(rig), kOperator,
                                   bcdTimeWithWeekday(testing::at(2024, 5, 2))}));
        QCOMPARE(int(reply->control), 0xD4); // across 1 April and 1 May: refused
        QCOMPARE(rig.clock.now(), testing::at(2024, 3, 5, 9));
        reply = dlt.ask(kOwn, dlt645::kWrite,
                        join({kDateTime, password02(rig), kOperator,
                              bcdTimeWithWeekday(testing::at(2024, 4, 2))}));
        QCOMPARE(int(reply->control), 0x94);
        rig.run(1, 0);
        QCOMPARE(rig.meter->settlementCount(), settlements + 1);
    }

    void lineAttacker_factoryPasswordOpensNothing()
    {
        Loaded loaded;
        Rig &rig = loaded.rig;
        Dlt dlt{rig};
        for (const std::uint8_t level : {std::uint8_t(0x02), std::uint8_t(0x04)}) {
            const Vector factory = password(level, 0, 0, 0);
            auto reply = dlt.ask(kOwn, dlt645::kWrite,
                                 join({kOverdraftLimit, factory, kOperator, {0, 0, 0, 0x01}}));
            QCOMPARE(int(reply->control), 0xD4);
            reply = dlt.ask(kOwn, dlt645::kRelayControl,
                            join({factory, kOperator, {0x1A, 0x00}, kNoExpiry}));
            QCOMPARE(int(reply->control), 0xDC);
            rig.meter->buttonPressed(); // the utility ends the lock-out the guesses started
        }
        QVERIFY(rig.relay.closed());
        QCOMPARE(rig.meter->state().account.parameters().overdraftLimit, money("0"));
        // No two meters share a password: another meter number, other secrets.
        card::LineSecrets other;
        QCOMPARE(rig.keys.lineSecrets(testing::meterNumber("310100000002"), 1, &other), kOk);
        QVERIFY(other.password02 != rig.lineSecrets().password02);
        QVERIFY(other.modbusPin != rig.lineSecrets().modbusPin);
    }

    void lineAttacker_keepPowerNeedsTheLevel02Password()
    {
        Loaded loaded("1");
        Rig &rig = loaded.rig;
        Dlt dlt{rig};
        // With the level-04 password (an installer's) keep-power and direct close are refused.
        auto reply = dlt.ask(kOwn, dlt645::kRelayControl,
                             join({password04(rig), kOperator, {0x3A, 0x00}, kNoExpiry}));
        QCOMPARE(int(reply->control), 0xDC);
        QVERIFY(!rig.meter->state().relay.keepPower);
        QVERIFY(rig.runUntilOpen(1000, 7200) > 0); // the credit runs out: the relay opens
        reply = dlt.ask(kOwn, dlt645::kRelayControl,
                        join({password04(rig), kOperator, {0x1C, 0x00}, kNoExpiry}));
        QCOMPARE(int(reply->control), 0xDC);
        QVERIFY(!rig.relay.closed());
    }

    void lineAttacker_level04CannotChangeTheLevel02Password()
    {
        Loaded loaded;
        Rig &rig = loaded.rig;
        Dlt dlt{rig};
        const Vector to02 = {0x03, 0x0C, 0x00, 0x04}; // 04000C03: the level-02 password
        auto reply = dlt.ask(kOwn, dlt645::kChangePassword,
                             join({to02, password04(rig), password(0x02, 0x11, 0x22, 0x33)}));
        QCOMPARE(int(reply->control), 0xD8);
        QCOMPARE(rig.meter->state().comms.password2, rig.lineSecrets().password02);
        // Its own, yes; to 000000 or to the level-02 one, no.
        const Vector to04 = {0x05, 0x0C, 0x00, 0x04};
        const Vector same02 = {0x04, rig.lineSecrets().password02[0],
                               rig.lineSecrets().password02[1], rig.lineSecrets().password02[2]};
        reply = dlt.ask(kOwn, dlt645::kChangePassword, join({to04, password04(rig), same02}));
        QCOMPARE(int(reply->control), 0xD8);
        reply = dlt.ask(kOwn, dlt645::kChangePassword,
                        join({to04, password04(rig), password(0x04, 0, 0, 0)}));
        QCOMPARE(int(reply->control), 0xD8);
        reply = dlt.ask(kOwn, dlt645::kChangePassword,
                        join({to04, password04(rig), password(0x04, 0x44, 0x55, 0x66)}));
        QCOMPARE(int(reply->control), 0x98);
        // Level 04 cannot set credit parameters either.
        reply = dlt.ask(
            kOwn, dlt645::kWrite,
            join({kAlarm1, password(0x04, 0x44, 0x55, 0x66), kOperator, {0x00, 0x50, 0x00, 0x00}}));
        QCOMPARE(int(reply->control), 0xD4);
    }

    void lineAttacker_passwordGuessesLockOutBoundedAndNotExtended()
    {
        Loaded loaded;
        Rig &rig = loaded.rig;
        Dlt dlt{rig};
        const Vector trip = {0x1A, 0x00};
        for (int i = 0; i < 3; ++i)
            dlt.ask(
                kOwn, dlt645::kRelayControl,
                join({password(0x02, 0x99, 0x99, std::uint8_t(i)), kOperator, trip, kNoExpiry}));
        QVERIFY(rig.meter->lockedOut(Credential::kLevel02));
        const tariff::Timestamp until =
            rig.meter->line().lockedUntil[std::size_t(Credential::kLevel02)];
        QCOMPARE(until, rig.clock.now() + kLockoutSeconds);
        // Guessing on while locked neither counts nor extends; the right password waits too.
        rig.run(1800, 0, {}, 60);
        for (int i = 0; i < 50; ++i)
            dlt.ask(
                kOwn, dlt645::kRelayControl,
                join({password(0x02, 0x98, 0x98, std::uint8_t(i)), kOperator, trip, kNoExpiry}));
        QCOMPARE(rig.meter->line().lockedUntil[std::size_t(Credential::kLevel02)], until);
        QCOMPARE(rig.meter->line().lockouts, 1u);
        // Level 04 is a credential of its own: not locked by guesses at level 02.
        auto reply = dlt.ask(kOwn, dlt645::kRelayControl,
                             join({password04(rig), kOperator, trip, kNoExpiry}));
        QCOMPARE(int(reply->control), 0x9C);
        // An hour after the third guess, the utility gets in.
        rig.run(1800, 0, {}, 60);
        reply = dlt.ask(kOwn, dlt645::kRelayControl,
                        join({password02(rig), kOperator, {0x1B, 0x00}, kNoExpiry}));
        QCOMPARE(int(reply->control), 0x9C);
    }

    void lineAttacker_lockoutCannotOutlastTheUtilitysSealedToken()
    {
        Loaded loaded;
        Rig &rig = loaded.rig;
        Dlt dlt{rig};
        Mb mb{rig};
        for (int i = 0; i < 3; ++i) {
            dlt.ask(kOwn, dlt645::kRelayControl,
                    join({password(0x02, 1, 2, std::uint8_t(i)), kOperator, {0x1A, 0}, kNoExpiry}));
            mb.ask(1, modbus::kWriteRegister, pinWrite(std::uint16_t(i + 7)));
        }
        QVERIFY(rig.meter->lockedOut(Credential::kLevel02));
        QVERIFY(rig.meter->lockedOut(Credential::kModbusPin));
        // The attacker cannot keep the utility out: a remote sale needs no password, and a fresh
        // sealed token, which only the utility can make, ends every lock-out at once.
        card::Token token = testing::purchase(rig.number, 0x1001, 2, money("5").raw());
        cardio::OpensslAead aead;
        QCOMPARE(rig.keys.meterAead(rig.number, 1, aead), kOk);
        Vector header(card::kHeaderSize), body(card::kTokenMaxBodySize + card::kTagSize);
        const std::array<std::uint8_t, card::kSaltSize> salt = {9};
        body.resize(card::sealToken(token, aead, 1, salt, header, body).value());
        const Vector all = join({header, body});
        const Vector di = {0xFF, 0x02, 0x01, 0x07};
        dlt.ask(kOwn, dlt645::kSecurity, join({di, {0, 2}, Vector(all.begin(), all.begin() + 50)}));
        const auto reply = dlt.ask(kOwn, dlt645::kSecurity,
                                   join({di, {1, 2}, Vector(all.begin() + 50, all.end())}));
        QCOMPARE(int(reply->data[4]), int(CardOutcome::kLoaded));
        QVERIFY(!rig.meter->lockedOut(Credential::kLevel02));
        QVERIFY(!rig.meter->lockedOut(Credential::kModbusPin));
        // The same token replayed (the attacker recorded it) ends nothing.
        for (int i = 0; i < 3; ++i)
            dlt.ask(kOwn, dlt645::kRelayControl,
                    join({password(0x02, 1, 2, std::uint8_t(i)), kOperator, {0x1A, 0}, kNoExpiry}));
        dlt.ask(kOwn, dlt645::kSecurity, join({di, {0, 2}, Vector(all.begin(), all.begin() + 50)}));
        dlt.ask(kOwn, dlt645::kSecurity, join({di, {1, 2}, Vector(all.begin() + 50, all.end())}));
        QVERIFY(rig.meter->lockedOut(Credential::kLevel02));
        // The button under the seal ends it too.
        rig.meter->buttonPressed();
        QVERIFY(!rig.meter->lockedOut(Credential::kLevel02));
    }

    void lineAttacker_passwordFloodDoesNotWearOutTheNv()
    {
        Loaded loaded;
        Rig &rig = loaded.rig;
        Dlt dlt{rig};
        Mb mb{rig};
        const std::uint32_t writes = rig.meter->nvWrites();
        for (int i = 0; i < 1000; ++i) {
            dlt.ask(
                kOwn, dlt645::kWrite,
                join({kAlarm1, password(0x02, 7, 7, std::uint8_t(i)), kOperator, {0, 0, 0, 0}}));
            mb.ask(1, modbus::kWriteRegister, pinWrite(std::uint16_t(i)));
            dlt.ask(dlt645::kBroadcast, dlt645::kBroadcastTime,
                    bcdTime(rig.clock.now() + (i % 2 == 0 ? 3600 : -3600)));
        }
        // Three wrong guesses per credential, and clock sets only while the allowance lasts.
        QVERIFY2(rig.meter->nvWrites() - writes <= 3 + 3 + 2 * 300,
                 qPrintable(QString::number(rig.meter->nvWrites() - writes)));
    }

    void lineAttacker_wildcardAddressOnlyReadsTheAddress()
    {
        Loaded loaded;
        Rig &rig = loaded.rig;
        Dlt dlt{rig};
        const dlt645::Address partial = {0x01, 0x00, 0x00, 0x00, 0xAA, 0xAA};
        for (const dlt645::Address &address : {dlt645::kWildcard, partial}) {
            QVERIFY(!dlt.ask(address, dlt645::kRelayControl,
                             join({password02(rig), kOperator, {0x1A, 0x00}, kNoExpiry})));
            QVERIFY(!dlt.ask(address, dlt645::kWrite,
                             join({kOverdraftLimit, password02(rig), kOperator, {0, 0, 0, 0x01}})));
            QVERIFY(!dlt.read(0x00900200, address));
        }
        QVERIFY(rig.relay.closed());
        QCOMPARE(rig.meter->state().account.parameters().overdraftLimit, money("0"));
        QCOMPARE(int(dlt.ask(dlt645::kWildcard, dlt645::kReadAddress, {})->control), 0x93);
    }

    void lineAttacker_broadcastCarriesNoWritesOrRelayCommands()
    {
        Loaded loaded;
        Rig &rig = loaded.rig;
        Dlt dlt{rig};
        dlt.ask(dlt645::kBroadcast, dlt645::kRelayControl,
                join({password02(rig), kOperator, {0x1A, 0x00}, kNoExpiry}));
        dlt.ask(dlt645::kBroadcast, dlt645::kWrite,
                join({kOverdraftLimit, password02(rig), kOperator, {0, 0, 0, 0x01}}));
        dlt.ask(dlt645::kBroadcast, dlt645::kMeterClear, join({password02(rig), kOperator}));
        QVERIFY(rig.relay.closed());
        QCOMPARE(rig.meter->state().account.parameters().overdraftLimit, money("0"));
        QCOMPARE(rig.meter->state().registers.forward, rig.meter->state().registers.forward);
        QCOMPARE(rig.meter->line().wrong, (std::array<std::uint8_t, kCredentials>{}));
    }

    void lineAttacker_baudChangeCannotCutTheStationOff()
    {
        Loaded loaded;
        Rig &rig = loaded.rig;
        Dlt dlt{rig};
        QCOMPARE(int(dlt.ask(kOwn, dlt645::kChangeBaud, {0x02})->control), 0xD7);
        QCOMPARE(rig.meter->state().comms.baudCode, std::uint8_t{0x08});
    }

    void lineAttacker_modbusFactoryPinAndGuessesLockOut()
    {
        Loaded loaded;
        Rig &rig = loaded.rig;
        Mb mb{rig};
        const std::uint16_t pin = rig.lineSecrets().modbusPin;
        const Vector overdraft = {0x00, 0x14, 0x00, 0x02, 0x04, 0x05, 0xF5, 0xE1, 0x00};
        for (std::uint16_t guess :
             {std::uint16_t(0), std::uint16_t(pin ^ 1), std::uint16_t(1234)}) {
            if (guess == pin)
                guess = static_cast<std::uint16_t>(pin + 1);
            QCOMPARE(testing::toHex(*mb.ask(1, modbus::kWriteRegister, pinWrite(guess))),
                     QStringLiteral("8604"));
        }
        QVERIFY(rig.meter->lockedOut(Credential::kModbusPin));
        // Locked: the right PIN is refused too, and the overdraft limit stays.
        QCOMPARE(testing::toHex(*mb.ask(1, modbus::kWriteRegister, pinWrite(pin))),
                 QStringLiteral("8604"));
        QCOMPARE(testing::toHex(*mb.ask(1, modbus::kWriteRegisters, overdraft)),
                 QStringLiteral("9004"));
        QCOMPARE(rig.meter->state().account.parameters().overdraftLimit, money("0"));
        QCOMPARE(testing::toHex(*mb.ask(1, modbus::kWriteCoil, {0x00, 0x00, 0xFF, 0x00})),
                 QStringLiteral("8504"));
        // An hour on, the utility's PIN works.
        rig.run(3600, 0, {}, 60);
        QCOMPARE(testing::toHex(*mb.ask(1, modbus::kWriteRegister, pinWrite(pin))),
                 testing::toHex(join({{0x06}, pinWrite(pin)})));
    }

    void lineAttacker_modbusBroadcastUnlockAndCoilCannotOpenRelays()
    {
        Loaded loaded;
        Rig &rig = loaded.rig;
        Mb mb{rig};
        const std::uint16_t pin = rig.lineSecrets().modbusPin;
        // Even knowing this meter's PIN, a broadcast unlocks nothing and trips nothing.
        QVERIFY(!mb.ask(modbus::kBroadcast, modbus::kWriteRegister, pinWrite(pin)));
        QVERIFY(!mb.ask(modbus::kBroadcast, modbus::kWriteCoil, {0x00, 0x00, 0x00, 0x00}));
        QVERIFY(rig.relay.closed());
        QCOMPARE(testing::toHex(*mb.ask(1, modbus::kWriteCoil, {0x00, 0x00, 0x00, 0x00})),
                 QStringLiteral("8504")); // not unlocked by the broadcast
        // And a broadcast of wrong PINs locks no meter out.
        for (int i = 0; i < 10; ++i)
            mb.ask(modbus::kBroadcast, modbus::kWriteRegister, pinWrite(std::uint16_t(i)));
        QVERIFY(!rig.meter->lockedOut(Credential::kModbusPin));
    }

    void lineAttacker_modbusTimeWritesStayWithinBound()
    {
        Loaded loaded;
        Rig &rig = loaded.rig;
        Mb mb{rig};
        const tariff::Timestamp start = rig.clock.now();
        QVERIFY(!mb.ask(modbus::kBroadcast, modbus::kWriteRegisters, modbusTime(start + 86400)));
        QCOMPARE(rig.clock.now(), start + kClockDriftPerDay);
        // Unlocked with the PIN, a unicast write is still the line's: no further today.
        mb.ask(1, modbus::kWriteRegister, pinWrite(rig.lineSecrets().modbusPin));
        mb.ask(1, modbus::kWriteRegisters, modbusTime(start - 86400));
        QCOMPARE(rig.clock.now(), start + kClockDriftPerDay);
    }
};

QTEST_GUILESS_MAIN(TestLineAttacker)
#include "tst_lineattacker.moc"
