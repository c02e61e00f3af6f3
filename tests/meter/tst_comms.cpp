// The meter's DL/T645 and Modbus servers, frame in, frame out.
#include <QTest>

#include "linerig.h"

using namespace ampcard;
using namespace ampcard::meter;
using testing::money;
using testing::Rig;

using namespace testing;

class TestComms : public QObject {
    Q_OBJECT

private slots:
    void modbusCrcCheckValue()
    {
        const std::uint8_t text[] = {'1', '2', '3', '4', '5', '6', '7', '8', '9'};
        QCOMPARE(modbus::crc16(text), std::uint16_t{0x4B37});
        QCOMPARE(modbus::t35Micros(9600), 4010u);
        QCOMPARE(modbus::t35Micros(38400), 1750u);
    }

    void addressing()
    {
        Rig rig;
        rig.provision(Rig::credit("20", "10"));
        Dlt dlt{rig};
        const auto address = dlt.ask(dlt645::kWildcard, dlt645::kReadAddress, {});
        QVERIFY(address.has_value());
        QCOMPARE(int(address->control), 0x93);
        QCOMPARE(address->address, kOwn);
        QCOMPARE(testing::toHex(Vector(address->data.begin(), address->data.begin() + 6)),
                 QStringLiteral("010000000131"));
        QVERIFY(dlt.read(0x00010000).has_value());
        // A reversed address is another meter: the checksum would not have caught it.
        const dlt645::Address reversed = {0x31, 0x01, 0x00, 0x00, 0x00, 0x01};
        QVERIFY(!dlt.read(0x00010000, reversed).has_value());
        // The wildcard, whole or partial, only reads the address; broadcast is never answered.
        QVERIFY(!dlt.read(0x00010000, {0x01, 0x00, 0xAA, 0xAA, 0xAA, 0xAA}).has_value());
        QVERIFY(!dlt.read(0x00010000, dlt645::kWildcard).has_value());
        QVERIFY(!dlt.read(0x00010000, dlt645::kBroadcast).has_value());
        QVERIFY(!dlt.ask(kOwn, dlt645::kReadAddress, {}).has_value() ||
                dlt.ask(kOwn, dlt645::kReadAddress, {})->control == 0xD3);
    }

    void readsTheRegisters()
    {
        Rig rig;
        rig.provision(Rig::credit("20", "10", "30", "900", "0", "5"));
        QCOMPARE(rig.sell("123.45"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        rig.run(3600, 2000);
        Dlt dlt{rig};
        QCOMPARE(dlt.value(0x00010000), QStringLiteral("00020000")); // 2.00 kWh forward
        QCOMPARE(dlt.value(0x00000000), QStringLiteral("00020000"));
        QCOMPARE(dlt.value(0x00020000), QStringLiteral("00000000"));
        QCOMPARE(dlt.value(0x0001FF00).size(), 40);                  // total + 4 tariffs
        QCOMPARE(dlt.value(0x00900200), QStringLiteral("45210100")); // 121.45
        QCOMPARE(dlt.value(0x00900201), QStringLiteral("00000000"));
        QCOMPARE(dlt.value(0x03330201), QStringLiteral("0100"));
        QCOMPARE(dlt.value(0x03330601), QStringLiteral("45230100"));
        QCOMPARE(dlt.value(0x04001001), QStringLiteral("00200000"));
        QCOMPARE(dlt.value(0x04001004), QStringLiteral("00000900"));
        QCOMPARE(dlt.value(0x04001005), QStringLiteral("00050000"));
        QCOMPARE(dlt.value(0x04050101), QStringLiteral("00000100")); // 1.0000 per kWh
        QCOMPARE(dlt.value(0x04060101), QStringLiteral("00000100"));
        QCOMPARE(dlt.value(0x04000402), QStringLiteral("010000000131"));
        QCOMPARE(dlt.value(0x0400010C),
                 QStringLiteral("00001002050324")); // ss mm hh WW DD MM YY: Tue 2024-03-05 10:00
        QCOMPARE(dlt.value(0x02030000), QStringLiteral("000002")); // 2.0000 kW
        QCOMPARE(dlt.value(0x02020100), QStringLiteral("958600")); // 008.695 A at 230 V
        QCOMPARE(dlt.value(0x02010100), QStringLiteral("0023"));   // 230.0 V nominal
        QCOMPARE(dlt.value(0x04000503), QStringLiteral("0000"));   // relay closed
        const auto unknown = dlt.read(0x12345678);
        QVERIFY(unknown.has_value());
        QCOMPARE(int(unknown->control), 0xD1);
        QCOMPARE(int(unknown->data[0]), int(dlt645::kErrNoData));
        QCOMPARE(dlt.value(0x00010001), QStringLiteral("error")); // no settlement yet
    }

    // The server answers by protocol/'s table (dataids.h): every identifier it lists is answered
    // at the table's length or refused as "no such data", and none it lacks is answered.
    void answersByTheTable()
    {
        Rig rig;
        rig.provision(Rig::credit("20", "10", "30", "900", "0", "5"));
        QCOMPARE(rig.sell("123.45"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        rig.run(3600, 2000);
        Dlt dlt{rig};
        int answered = 0;
        for (const dlt645::DataItem &item : dlt645::kDataItems) {
            if (!dlt645::readable(item) || item.di == kEnergyHistoryDi) // long read: below
                continue;
            for (std::uint8_t i = 0; i < item.count; ++i) {
                const std::uint32_t di = dlt645::memberOf(item, i);
                const auto reply = dlt.read(di);
                QVERIFY2(reply.has_value(), item.name);
                if (reply->control == 0x91) {
                    QCOMPARE(int(reply->length) - 4, int(item.length));
                    ++answered;
                } else {
                    QCOMPARE(int(reply->control), 0xD1);
                    QCOMPARE(int(reply->data[0]), int(dlt645::kErrNoData));
                    // Single values and the current energies always exist.
                    QVERIFY2(item.count > 1 && !(item.di >> 24 == 0 && i == 0), item.name);
                }
            }
            const std::uint32_t past = dlt645::memberOf(item, item.count);
            if (item.count > 1 && dlt645::findItem(past) == nullptr)
                QCOMPARE(dlt.value(past), QStringLiteral("error"));
        }
        QVERIFY(answered > 60);
        // Not in the table: refused, however close to an identifier it is.
        QCOMPARE(dlt.value(0x0001000D), QStringLiteral("error"));
        QCOMPARE(dlt.value(0x04001006), QStringLiteral("error"));
        QCOMPARE(dlt.value(0x070102FF), QStringLiteral("error")); // the token goes by 0x03 only
        // Modbus: every register of the map reads, and reserved measurement registers read 0.
        Mb mb{rig};
        for (const modbus::Register &entry : modbus::kRegisters) {
            const auto reply =
                mb.ask(1, modbus::kReadHolding,
                       {static_cast<std::uint8_t>(entry.address >> 8),
                        static_cast<std::uint8_t>(entry.address), 0x00, entry.words});
            QVERIFY2(reply.has_value(), entry.name);
            QCOMPARE(int((*reply)[0]), 0x03);
            QCOMPARE(int(reply->size()), 2 + 2 * entry.words);
        }
        const auto reserved = mb.ask(1, modbus::kReadHolding, {0x00, 0x0F, 0x00, 0x01});
        QVERIFY(reserved.has_value());
        QCOMPARE(testing::toHex(*reserved), QStringLiteral("03020000"));
    }

    void writesNeedThePasswordAndLockOut()
    {
        Rig rig;
        rig.provision(Rig::credit("20", "10"));
        Dlt dlt{rig};
        const Vector di = {0x01, 0x10, 0x00, 0x04}; // 04001001 alarm 1
        const Vector operatorCode = {0x11, 0x22, 0x33, 0x44};
        const Vector value = {0x00, 0x50, 0x00, 0x00}; // 50.00
        // The factory password of old is just a wrong one now.
        auto reply =
            dlt.ask(kOwn, dlt645::kWrite, join({di, password(0x02, 0, 0, 0), operatorCode, value}));
        QCOMPARE(int(reply->control), 0xD4);
        reply = dlt.ask(kOwn, dlt645::kWrite, join({di, password02(rig), operatorCode, value}));
        QCOMPARE(int(reply->control), 0x94);
        QCOMPARE(rig.meter->state().account.parameters().alarm1, money("50"));
        for (int attempt = 0; attempt < 3; ++attempt) {
            reply = dlt.ask(kOwn, dlt645::kWrite,
                            join({di, password(0x02, 1, 2, 3), operatorCode, value}));
            QCOMPARE(int(reply->control), 0xD4);
            QCOMPARE(int(reply->data[0]), int(dlt645::kErrPassword));
        }
        // Locked out for an hour, even with the right password; then it works again.
        QVERIFY(rig.meter->lockedOut(Credential::kLevel02));
        reply = dlt.ask(kOwn, dlt645::kWrite, join({di, password02(rig), operatorCode, value}));
        QCOMPARE(int(reply->control), 0xD4);
        rig.run(3600 + 60, 0, {}, 60);
        reply = dlt.ask(kOwn, dlt645::kWrite, join({di, password02(rig), operatorCode, value}));
        QCOMPARE(int(reply->control), 0x94);
        // Change the password, then the old one fails.
        reply = dlt.ask(
            kOwn, dlt645::kChangePassword,
            join({{0x03, 0x0C, 0x00, 0x04}, password02(rig), password(0x02, 0x12, 0x34, 0x56)}));
        QCOMPARE(int(reply->control), 0x98);
        reply = dlt.ask(kOwn, dlt645::kWrite, join({di, password02(rig), operatorCode, value}));
        QCOMPARE(int(reply->control), 0xD4);
        reply = dlt.ask(kOwn, dlt645::kWrite,
                        join({di, password(0x02, 0x12, 0x34, 0x56), operatorCode, value}));
        QCOMPARE(int(reply->control), 0x94);
    }

    void broadcastTimeAndClockWrites()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        Dlt dlt{rig};
        // 2024-03-05 09:02:00, broadcast: no reply, the clock moves (two minutes are allowed).
        QVERIFY(!dlt.ask(dlt645::kBroadcast, dlt645::kBroadcastTime,
                         {0x00, 0x02, 0x09, 0x05, 0x03, 0x24})
                     .has_value());
        QCOMPARE(rig.clock.now(), testing::at(2024, 3, 5, 9, 2, 0));
        // 1997 write of the time (C011, ss mm hh) with the level-02 password: any distance.
        const auto reply = dlt.ask(kOwn, dlt645::kWrite1997,
                                   join({{0x11, 0xC0}, password02(rig), {0x00, 0x30, 0x12}}));
        QCOMPARE(int(reply->control), 0x84);
        QCOMPARE(rig.clock.now(), testing::at(2024, 3, 5, 12, 30, 0));
        QCOMPARE(dlt.value(0x03300400), QStringLiteral("020000")); // two sets recorded
        // Newest first: operator 0, before 09:02:00 and after 12:30:00 on 05-03-24.
        QCOMPARE(dlt.value(0x03300401), QStringLiteral("00000000000209050324003012050324"));
        const auto read = dlt.ask(kOwn, dlt645::kRead1997, {0x10, 0x90});
        QCOMPARE(int(read->control), 0x81);
        QCOMPARE(int(read->length), 6);
    }

    void relayControlWithOperatorAndExpiry()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        QCOMPARE(rig.sell("100"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        Dlt dlt{rig};
        const Vector operatorCode = {0x78, 0x56, 0x34, 0x12};
        const Vector noExpiry = {0, 0, 0, 0, 0, 0};
        auto reply = dlt.ask(kOwn, dlt645::kRelayControl,
                             join({password04(rig), operatorCode, {0x1A, 0x00}, noExpiry}));
        QCOMPARE(int(reply->control), 0x9C);
        QVERIFY(!rig.relay.closed());
        QCOMPARE(rig.meter->state().trips[0].operatorCode, 0x12345678u);
        QCOMPARE(dlt.value(0x1D000000),
                 QStringLiteral("020000")); // provisioning without credit tripped too
        QCOMPARE(dlt.value(0x1D000001).mid(12, 8), QStringLiteral("78563412"));
        // Expired command: refused.
        const Vector past = {0x00, 0x00, 0x00, 0x01, 0x01, 0x20}; // 2020-01-01
        reply = dlt.ask(kOwn, dlt645::kRelayControl,
                        join({password02(rig), operatorCode, {0x1C, 0x00}, past}));
        QCOMPARE(int(reply->control), 0xDC);
        QVERIFY(!rig.relay.closed());
        // Closing directly overrides the credit: level 04 may not, level 02 may.
        reply = dlt.ask(kOwn, dlt645::kRelayControl,
                        join({password04(rig), operatorCode, {0x1C, 0x00}, noExpiry}));
        QCOMPARE(int(reply->control), 0xDC);
        QVERIFY(!rig.relay.closed());
        reply = dlt.ask(kOwn, dlt645::kRelayControl,
                        join({password02(rig), operatorCode, {0x1C, 0x00}, noExpiry}));
        QVERIFY(rig.relay.closed());
        reply = dlt.ask(kOwn, dlt645::kRelayControl,
                        join({password02(rig), operatorCode, {0x3A, 0x00}, noExpiry}));
        QVERIFY(rig.meter->state().relay.keepPower);
        // Wrong password: nothing happens.
        reply = dlt.ask(kOwn, dlt645::kRelayControl,
                        join({password(0x02, 9, 9, 9), operatorCode, {0x1A, 0x00}, noExpiry}));
        QCOMPARE(int(reply->control), 0xDC);
        QVERIFY(rig.relay.closed());
    }

    void remoteTokenInParts()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        QCOMPARE(rig.sell("10"), kOk); // opening by card
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        // The station seals purchase 2 for remote delivery: header and body as on the card.
        card::Token token = testing::purchase(rig.number, 0x1001, 2, money("25").raw());
        cardio::OpensslAead aead;
        QCOMPARE(rig.keys.meterAead(rig.number, 1, aead), kOk);
        Vector header(card::kHeaderSize), body(card::kTokenMaxBodySize + card::kTagSize);
        const std::array<std::uint8_t, card::kSaltSize> salt = {7};
        const std::size_t size = card::sealToken(token, aead, 1, salt, header, body).value();
        body.resize(size);
        const Vector all = join({header, body});
        Dlt dlt{rig};
        const Vector di = {0xFF, 0x02, 0x01, 0x07};
        auto reply = dlt.ask(kOwn, dlt645::kSecurity,
                             join({di, {0, 2}, Vector(all.begin(), all.begin() + 50)}));
        QCOMPARE(int(reply->data[4]), 0xFE);
        reply = dlt.ask(kOwn, dlt645::kSecurity,
                        join({di, {1, 2}, Vector(all.begin() + 50, all.end())}));
        QCOMPARE(int(reply->control), 0x83);
        QCOMPARE(int(reply->data[4]), int(CardOutcome::kLoaded));
        QCOMPARE(rig.remaining(), money("35"));
        // The same token again: already loaded (one sequence space with the cards).
        dlt.ask(kOwn, dlt645::kSecurity, join({di, {0, 2}, Vector(all.begin(), all.begin() + 50)}));
        reply = dlt.ask(kOwn, dlt645::kSecurity,
                        join({di, {1, 2}, Vector(all.begin() + 50, all.end())}));
        QCOMPARE(int(reply->data[4]), int(CardOutcome::kNoToken));
        QCOMPARE(rig.remaining(), money("35"));
        // A card with sequence 2 is now refused as a replay too.
        QCOMPARE(rig.sellOn(rig.userCard, 0x1001, card::RecordType::kPurchase, "25", 2), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kNoToken);
    }

    // One assembly buffer per meter (docs/meter.md "RAM budget"): the port that sent part 0 owns
    // it; another port's next part is refused without spoiling it, and another port's part 0
    // takes it over, so the first port's token ends with an error and is sent again.
    void remoteTokenPartsBelongToThePortThatStartedThem()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        QCOMPARE(rig.sell("10"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        card::Token token = testing::purchase(rig.number, 0x1001, 2, money("25").raw());
        cardio::OpensslAead aead;
        QCOMPARE(rig.keys.meterAead(rig.number, 1, aead), kOk);
        Vector header(card::kHeaderSize), body(card::kTokenMaxBodySize + card::kTagSize);
        const std::array<std::uint8_t, card::kSaltSize> salt = {7};
        const std::size_t size = card::sealToken(token, aead, 1, salt, header, body).value();
        body.resize(size);
        const Vector all = join({header, body});
        const Vector first =
            join({{0xFF, 0x02, 0x01, 0x07}, {0, 2}, Vector(all.begin(), all.begin() + 50)});
        const Vector second =
            join({{0xFF, 0x02, 0x01, 0x07}, {1, 2}, Vector(all.begin() + 50, all.end())});
        Dlt rs485{rig};
        Dlt infrared{rig};
        QCOMPARE(int(rs485.ask(kOwn, dlt645::kSecurity, first)->data[4]), 0xFE);
        // The infrared port never sent part 0: refused, and the RS-485 token is intact.
        QVERIFY(infrared.ask(kOwn, dlt645::kSecurity, second)->control & dlt645::kErrorBit);
        auto reply = rs485.ask(kOwn, dlt645::kSecurity, second);
        QCOMPARE(int(reply->control), 0x83);
        QCOMPARE(int(reply->data[4]), int(CardOutcome::kLoaded));
        QCOMPARE(rig.remaining(), money("35"));
        // A part 0 on infrared takes the buffer over: the RS-485 part that follows is refused.
        QCOMPARE(int(rs485.ask(kOwn, dlt645::kSecurity, first)->data[4]), 0xFE);
        QCOMPARE(int(infrared.ask(kOwn, dlt645::kSecurity, first)->data[4]), 0xFE);
        QVERIFY(rs485.ask(kOwn, dlt645::kSecurity, second)->control & dlt645::kErrorBit);
        QCOMPARE(int(infrared.ask(kOwn, dlt645::kSecurity, second)->data[4]),
                 int(CardOutcome::kNoToken)); // assembled whole: loaded already
        QCOMPARE(rig.remaining(), money("35"));
    }

    void followUpFramesCarryTheLongRead()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        Dlt dlt{rig};
        auto reply = dlt.read(kEnergyHistoryDi);
        QVERIFY(reply.has_value());
        QCOMPARE(int(reply->control), 0xB1); // 0x91 with the follow-up bit
        std::size_t total = reply->length - 4u;
        int frames = 1;
        std::uint8_t sequence = 0;
        while ((reply->control & dlt645::kFollowBit) != 0) {
            reply = dlt.ask(kOwn, dlt645::kReadFollow, {0xFF, 0xFF, 0xFF, 0x00, sequence});
            QVERIFY(reply.has_value());
            QCOMPARE(reply->data[reply->length - 1], std::uint8_t(sequence + 1));
            sequence = reply->data[reply->length - 1];
            total += reply->length - 5u;
            ++frames;
        }
        QCOMPARE(int(reply->control), 0x92);
        QCOMPARE(total, std::size_t{13 * 3 * 20});
        QCOMPARE(frames, 4); // 196 + 3 x 195 bytes
    }

    void freezeBaudClearsAndAddress()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        QCOMPARE(rig.sell("50"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        rig.run(3600, 1000);
        Dlt dlt{rig};
        QCOMPARE(int(dlt.ask(kOwn, dlt645::kFreeze, {0x99, 0x99, 0x99, 0x99})->control), 0x96);
        QCOMPARE(dlt.value(0x00010001), QStringLiteral("00010000")); // 1.00 kWh frozen
        // Day 31 is not a monthly schedule (1..28); a minute of 99 or a bare month is nothing.
        QCOMPARE(int(dlt.ask(kOwn, dlt645::kFreeze, {0x00, 0x00, 0x31, 0x99})->control), 0xD6);
        QCOMPARE(int(dlt.ask(kOwn, dlt645::kFreeze, {0x99, 0x00, 0x01, 0x99})->control), 0xD6);
        QCOMPARE(int(dlt.ask(kOwn, dlt645::kFreeze, {0x00, 0x00, 0x01, 0x03})->control), 0xD6);
        QCOMPARE(int(dlt.ask(kOwn, dlt645::kFreeze, {0x00, 0x99, 0x05, 0x99})->control), 0xD6);
        QCOMPARE(int(dlt.ask(kOwn, dlt645::kFreeze, {0x60, 0x99, 0x99, 0x99})->control), 0xD6);
        QCOMPARE(rig.meter->state().freezeSchedule.every, FreezeSchedule::Every::kNever);
        // The baud rate only in the programming window the button opens.
        QCOMPARE(int(dlt.ask(kOwn, dlt645::kChangeBaud, {0x20})->control), 0xD7);
        QCOMPARE(rig.meter->state().comms.baudCode, std::uint8_t{0x08});
        rig.meter->buttonPressed();
        QCOMPARE(int(dlt.ask(kOwn, dlt645::kChangeBaud, {0x20})->control), 0x97);
        QCOMPARE(rig.meter->state().comms.baudCode, std::uint8_t{0x20});
        QCOMPARE(int(dlt.ask(kOwn, dlt645::kChangeBaud, {0x03})->control), 0xD7);
        rig.run(61, 0);
        auto reply = dlt.ask(kOwn, dlt645::kMeterClear, join({password02(rig), {1, 2, 3, 4}}));
        QCOMPARE(int(reply->control), 0x9A);
        QCOMPARE(dlt.value(0x00010000), QStringLiteral("00000000"));
        QCOMPARE(rig.remaining(), money("49")); // credit untouched
        reply = dlt.ask(kOwn, dlt645::kEventClear,
                        join({password02(rig), {1, 2, 3, 4}, {0xFF, 0xFF, 0xFF, 0xFF}}));
        QCOMPARE(int(reply->control), 0x9B);
        // Writing the address needs the programming window the button opens, and the meter's own
        // address: the wildcard does not reach it.
        const Vector next = {0x02, 0x00, 0x00, 0x00, 0x01, 0x31};
        QCOMPARE(int(dlt.ask(kOwn, dlt645::kWriteAddress, next)->control), 0xD5);
        rig.meter->buttonPressed();
        QVERIFY(!dlt.ask(dlt645::kWildcard, dlt645::kWriteAddress, next).has_value());
        QCOMPARE(int(dlt.ask(kOwn, dlt645::kWriteAddress, next)->control), 0x95);
        QVERIFY(dlt.read(0x00010000, {0x02, 0x00, 0x00, 0x00, 0x01, 0x31}).has_value());
        QVERIFY(!dlt.read(0x00010000).has_value());
    }

    void nextScheduledFreeze()
    {
        using Every = FreezeSchedule::Every;
        using testing::at;
        const FreezeSchedule hourly{Every::kHour, 1, 0, 15, 0};
        QCOMPARE(nextFreeze(hourly, at(2024, 3, 5, 9, 0)), at(2024, 3, 5, 9, 15));
        QCOMPARE(nextFreeze(hourly, at(2024, 3, 5, 9, 15)), at(2024, 3, 5, 10, 15));
        QCOMPARE(nextFreeze(hourly, at(2024, 12, 31, 23, 20)), at(2025, 1, 1, 0, 15));
        const FreezeSchedule daily{Every::kDay, 1, 23, 30, 0};
        QCOMPARE(nextFreeze(daily, at(2024, 2, 28, 23, 30)), at(2024, 2, 29, 23, 30));
        QCOMPARE(nextFreeze(daily, at(2024, 2, 28, 23, 29, 59)), at(2024, 2, 28, 23, 30));
        const FreezeSchedule monthly{Every::kMonth, 28, 0, 0, 0};
        QCOMPARE(nextFreeze(monthly, at(2024, 1, 28)), at(2024, 2, 28));
        QCOMPARE(nextFreeze(monthly, at(2024, 1, 27, 23, 59)), at(2024, 1, 28));
        QCOMPARE(nextFreeze(monthly, at(2024, 12, 28, 0, 0, 1)), at(2025, 1, 28));
    }

    void scheduledFreezesFollowTheClock()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        QCOMPARE(rig.sell("500"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        Dlt dlt{rig};
        const std::size_t before = rig.meter->settlementCount();
        // Every day at 23:30 (data mm hh DD MM, low byte first).
        QCOMPARE(int(dlt.ask(kOwn, dlt645::kFreeze, {0x30, 0x23, 0x99, 0x99})->control), 0x96);
        rig.run(15 * 3600, 1000, {}, 60); // 09:00 .. 00:00: 14.5 kWh by 23:30
        QCOMPARE(rig.meter->settlementCount(), before + 1);
        FrozenSettlement frozen;
        QVERIFY(rig.meter->settlement(0, &frozen).ok());
        QCOMPARE(frozen.period.end, testing::at(2024, 3, 5, 23, 30));
        QCOMPARE(frozen.forward.raw(), std::int64_t{14'500}); // Wh
        // The schedule survives a power cut and catches up after an outage: three days off
        // freeze once for each missed 23:30, holding the registers they had.
        rig.reboot();
        rig.clock.advance(3 * 86400);
        rig.run(60, 0);
        QCOMPARE(rig.meter->settlementCount(), before + 4);
        QVERIFY(rig.meter->settlement(0, &frozen).ok());
        QCOMPARE(frozen.period.end, testing::at(2024, 3, 8, 23, 30));
        QCOMPARE(frozen.forward.raw(), std::int64_t{15'000});
        // A broadcast freeze is carried out and not answered.
        Dlt rebooted{rig};
        QVERIFY(!rebooted.ask(dlt645::kBroadcast, dlt645::kFreeze, {0x99, 0x99, 0x99, 0x99}));
        QCOMPARE(rig.meter->settlementCount(), before + 5);
    }

    void modbusFunctionsAndExceptions()
    {
        Rig rig;
        rig.provision(Rig::credit("20", "10"));
        QCOMPARE(rig.sell("100"), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        rig.run(3600, 1500);
        Mb mb{rig};
        auto reply = mb.ask(1, modbus::kReadHolding, {0x00, 0x00, 0x00, 0x08});
        QVERIFY(reply.has_value());
        // combined 1500 Wh, forward 1500 Wh, reverse 0, remaining 98.50 in hundredths
        QCOMPARE(testing::toHex(*reply), QStringLiteral("0310000005dc000005dc000000000000267a"));
        reply = mb.ask(1, modbus::kReadInput, {0x00, 0x06, 0x00, 0x02});
        QCOMPARE(testing::toHex(*reply), QStringLiteral("04040000267a")); // 98.50 in hundredths
        QCOMPARE(testing::toHex(*mb.ask(1, 0x2B, {0x00})), QStringLiteral("ab01"));
        QCOMPARE(testing::toHex(*mb.ask(1, modbus::kReadHolding, {0x00, 0x30, 0x00, 0x01})),
                 QStringLiteral("8302"));
        QCOMPARE(testing::toHex(*mb.ask(1, modbus::kReadHolding, {0x00, 0x00, 0x00, 0x00})),
                 QStringLiteral("8303"));
        QVERIFY(!mb.ask(2, modbus::kReadHolding, {0x00, 0x00, 0x00, 0x01}).has_value());
        // Writes and the relay coil need the unlock PIN first.
        QCOMPARE(testing::toHex(*mb.ask(1, modbus::kWriteCoil, {0x00, 0x00, 0x00, 0x00})),
                 QStringLiteral("8504"));
        QVERIFY(rig.relay.closed());
        // The factory PIN 0 is just a wrong one; the meter's own PIN unlocks.
        QCOMPARE(testing::toHex(*mb.ask(1, modbus::kWriteRegister, {0x01, 0x00, 0x00, 0x00})),
                 QStringLiteral("8604"));
        const std::uint16_t pin = rig.lineSecrets().modbusPin;
        const Vector unlock = {0x01, 0x00, std::uint8_t(pin >> 8), std::uint8_t(pin)};
        QCOMPARE(testing::toHex(*mb.ask(1, modbus::kWriteRegister, unlock)),
                 testing::toHex(join({{0x06}, unlock})));
        QCOMPARE(testing::toHex(*mb.ask(1, modbus::kWriteCoil, {0x00, 0x00, 0x00, 0x00})),
                 QStringLiteral("0500000000"));
        QVERIFY(!rig.relay.closed());
        reply = mb.ask(1, modbus::kWriteRegisters,
                       {0x00, 0x10, 0x00, 0x02, 0x04, 0x00, 0x00, 0x13, 0x88});
        QCOMPARE(testing::toHex(*reply), QStringLiteral("1000100002"));
        QCOMPARE(rig.meter->state().account.parameters().alarm1, money("50"));
        // A half 32-bit field is refused; a broadcast coil write is neither applied nor answered.
        QCOMPARE(testing::toHex(*mb.ask(1, modbus::kWriteRegister, {0x00, 0x11, 0x00, 0x01})),
                 QStringLiteral("8602"));
        QVERIFY(
            !mb.ask(modbus::kBroadcast, modbus::kWriteCoil, {0x00, 0x00, 0xFF, 0x00}).has_value());
        QVERIFY(!rig.relay.closed());
        // A damaged frame gets no answer.
        std::array<std::uint8_t, 8> damaged = {0x01, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00};
        std::array<std::uint8_t, modbus::kMaxFrame> out{};
        QCOMPARE(mb.server.handle(damaged, out), std::size_t{0});
    }
};

QTEST_GUILESS_MAIN(TestComms)
#include "tst_comms.moc"
