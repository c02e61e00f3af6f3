// The meter's NV layout (docs/meter.md, "NV layout"): a golden image of layout 2 that fails when
// the encoded fields change without a new version and a migration, the checks that refuse a
// record that does not hold together, and the migration of layout-1 records (a memcpy of the
// structs of that time) into layout 2 with every field kept.
#include <cstring>

#include <QTest>

#include "ampcard/meter/nvcodec.h"
#include "ampcard/meter/nvlayoutv1.h"
#include "meterrig.h"
#include "nvgolden.h"
#include "nvlayout1.h"

using namespace ampcard;
using namespace ampcard::meter;
using testing::Rig;

namespace {

class ByteSink final : public RecordSink {
public:
    void put(ConstBytes bytes) override
    {
        data.append(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    }
    QByteArray data;
};

QByteArray encoded(const RecordWriter &writer)
{
    ByteSink sink;
    writer.write(sink);
    return sink.data;
}

// A payload stored as raw bytes (the layout-1 "encoder": the structs' bytes as they are).
class RawWriter final : public RecordWriter {
public:
    explicit RawWriter(const QByteArray &bytes) : m_bytes(bytes) {}
    void write(RecordSink &sink) const override
    {
        sink.put(ConstBytes(reinterpret_cast<const std::uint8_t *>(m_bytes.constData()),
                            std::size_t(m_bytes.size())));
    }

private:
    QByteArray m_bytes;
};

template <class T> QByteArray rawBytes(const T &value)
{
    return QByteArray(reinterpret_cast<const char *>(&value), sizeof value);
}

QByteArray golden(const char *const *lines)
{
    QByteArray hex;
    for (; *lines != nullptr; ++lines)
        hex += *lines;
    return QByteArray::fromHex(hex);
}

// A state with a distinct value in every kind of field.
MeterState knownState()
{
    MeterState state;
    state.provisioned = true;
    state.identity.utilityId = 3301;
    state.identity.meter = card::MeterNumber::parse("310100000001").value();
    state.identity.keyVersion = 2;
    for (std::size_t i = 0; i < state.identity.key.size(); ++i)
        state.identity.key[i] = std::uint8_t(0xA0 + i);
    state.binding.utilityId = 3301;
    state.binding.meter = state.identity.meter;
    state.binding.keyVersion = 2;
    state.binding.opened = true;
    state.binding.boundSerial = 0x1001;
    state.binding.lastSequence = 7;
    state.binding.blacklistCount = 2;
    state.binding.blacklist[0] = 0x0FFF;
    state.binding.blacklist[1] = 0x0FFE;
    state.metering.phases = 3;
    state.metering.creepMilliwatts = 1500;
    state.metering.combination = kCombineAddForward | kCombineSubtractReverse;
    state.registers.forward = tariff::Energy::fromRaw(1'234'567);
    state.registers.reverse = tariff::Energy::fromRaw(2'345);
    state.registers.combined = tariff::Energy::fromRaw(1'232'222);
    for (std::size_t i = 0; i < kMaxPhases; ++i) {
        state.registers.phaseForward[i] = tariff::Energy::fromRaw(400'000 + std::int64_t(i));
        state.registers.phaseReverse[i] = tariff::Energy::fromRaw(700 + std::int64_t(i));
        state.registers.forwardRemainder[i] = 3'000'000'000 + std::int64_t(i);
        state.registers.reverseRemainder[i] = -std::int64_t(i) - 1;
        state.rateForward[i] = tariff::Energy::fromRaw(100 * std::int64_t(i + 1));
    }
    state.registers.reverseMilliseconds = 59'999;
    state.registers.reverseMinutes = 61;
    state.registers.reverseEvents = 3;
    state.registers.reversePhases = 0x5;
    state.rateReverse[3] = tariff::Energy::fromRaw(-9);
    state.rateCombined[2] = tariff::Energy::fromRaw(123'456'789'012);
    state.unbilled = tariff::Energy::fromRaw(7);
    state.billingStarted = true;
    tariff::Tariff tariff = Rig::flat("1.2345");
    tariff.ladder.stepCount = 2;
    tariff.ladder.thresholds[0] = tariff::Energy::fromWhole(200);
    tariff.ladder.prices[1] = tariff::Price::fromRaw(15'000);
    state.billing = tariff::Billing::start(tariff, 1'700'000'000).value();
    state.activeTariffId = 11;
    state.pendingTariffId = 12;
    state.account = tariff::CreditAccount::create(Rig::credit()).value();
    (void)state.account.applyPurchase(tariff::Money::fromWhole(42), tariff::PurchaseKind::kNormal);
    state.relay.state = RelayState::kRemoteHold;
    state.relay.keepPower = true;
    state.relay.alarmTripUntil = 1'700'000'120;
    state.relay.lastCredit = tariff::CreditState::kAlarm1;
    state.relayCommandedClosed = false;
    state.faults = kFaultCover | kFaultMagnetic;
    state.illegalCards = 4;
    state.tamperEvents = 5;
    state.powerFailures = 6;
    state.relayTests = 8;
    state.returnCounter = 0x01020304;
    state.time = 1'700'000'100;
    state.lastCardOutcome = std::uint8_t(CardOutcome::kHoarding);
    state.cardSlotDisabled = true;
    state.comms.address = {0x01, 0x00, 0x00, 0x00, 0x01, 0x31};
    state.comms.password2 = {0x12, 0x34, 0x56};
    state.comms.password4 = {0x65, 0x43, 0x21};
    state.comms.modbusAddress = 17;
    state.comms.modbusPin = 0xBEEF;
    state.comms.modbusUnlockedUntil = 1'700'000'060;
    state.trips[0] = {1'700'000'010, 99, tariff::Energy::fromRaw(1000), tariff::Energy::fromRaw(2)};
    state.closes[9] = {1'600'000'000, 0, tariff::Energy::fromRaw(5), tariff::Energy::fromRaw(0)};
    state.tripCount = 21;
    state.closeCount = 20;
    state.programmingUntil = 1'700'000'050;
    state.remoteAlarm = true;
    state.freezeSchedule = {FreezeSchedule::Every::kMonth, 28, 23, 59, 1'699'999'999};
    return state;
}

LineGuard knownLine()
{
    LineGuard line;
    line.driftCountedAt = 1'700'000'000;
    line.lockedUntil = {0, 1'700'003'600, -1};
    line.driftAllowance = -120;
    line.lockouts = 2;
    line.clockSetCount = 9;
    line.wrong = {0, 3, 1};
    line.cardSlotFaultCode = std::uint8_t(SlotFault::kEndless);
    line.clockSets[0] = {1'700'000'000, -300, 0x04000001};
    line.clockSetSources[0] = ClockSource::kAuthenticated;
    line.clockSetSources[1] = ClockSource::kBroadcast;
    return line;
}

FrozenSettlement knownSettlement()
{
    FrozenSettlement frozen;
    frozen.period.start = 1'698'796'800;
    frozen.period.end = 1'701'388'800;
    frozen.period.usage = tariff::Energy::fromRaw(250'000);
    frozen.period.money = tariff::Money::fromRaw(3'836'250);
    frozen.period.stepEnergy[1] = tariff::Energy::fromRaw(50'000);
    frozen.period.stepMoney[7] = tariff::Money::fromRaw(-1);
    frozen.period.rateEnergy[3] = tariff::Energy::fromRaw(3);
    frozen.remaining = tariff::Money::fromRaw(-12'345);
    frozen.forward = tariff::Energy::fromRaw(1'234'567);
    frozen.reverse = tariff::Energy::fromRaw(2'345);
    frozen.combined = tariff::Energy::fromRaw(1'232'222);
    frozen.rateCombined[0] = tariff::Energy::fromRaw(77);
    return frozen;
}

// One record in a journal of its own on a fake NV, and back through a parser.
Status roundTrip(const QByteArray &payload, std::uint8_t version, RecordParser &parser)
{
    FakeNv nv(kStateSlotSize * 2);
    Journal journal(nv, 0, kStateSlotSize, 2, version);
    AMPCARD_TRY(journal.save(RawWriter(payload)));
    Journal reader(nv, 0, kStateSlotSize, 2, kNvLayoutVersion);
    return reader.load(parser);
}

void failWithHex(const char *what, const QByteArray &bytes)
{
    QByteArray hex = bytes.toHex();
    QByteArray lines;
    for (qsizetype i = 0; i < hex.size(); i += 96)
        lines += "    \"" + hex.mid(i, 96) + "\",\n";
    QFAIL(qPrintable(QStringLiteral("%1 changed; if on purpose, bump kNvLayoutVersion, add a "
                                    "migration and update nvgolden.h:\n%2")
                         .arg(QLatin1String(what), QString::fromLatin1(lines))));
}

} // namespace

class TestNvLayout : public QObject {
    Q_OBJECT

private slots:
    // The encoder writes the known state to the checked-in bytes, and decoding the bytes gives
    // the known state back.
    void goldenImage_stateEncodesToTheCheckedInBytes()
    {
        const MeterState state = knownState();
        const QByteArray bytes = encoded(StateWriter(state));
        QCOMPARE(std::size_t(bytes.size()), kStateRecordSize);
        if (bytes != golden(kGoldenState))
            return failWithHex("the layout-2 state record", bytes);
        MeterState decoded;
        StateParser parser(decoded);
        QCOMPARE(roundTrip(golden(kGoldenState), kNvLayoutVersion, parser), kOk);
        QCOMPARE(decoded.provisioned, true);
        QCOMPARE(decoded.identity.utilityId, 3301u);
        QVERIFY(decoded.identity.meter.bcd == state.identity.meter.bcd);
        QVERIFY(decoded.identity.key == state.identity.key);
        QCOMPARE(decoded.binding.boundSerial, std::uint64_t(0x1001));
        QCOMPARE(decoded.binding.lastSequence, 7u);
        QVERIFY(decoded.binding.blacklist == state.binding.blacklist);
        QCOMPARE(decoded.metering.phases, std::uint8_t(3));
        QCOMPARE(decoded.metering.creepMilliwatts, 1500);
        QCOMPARE(decoded.registers.forward, state.registers.forward);
        QVERIFY(decoded.registers.forwardRemainder == state.registers.forwardRemainder);
        QVERIFY(decoded.registers.reverseRemainder == state.registers.reverseRemainder);
        QCOMPARE(decoded.registers.reversePhases, std::uint8_t(5));
        QVERIFY(decoded.rateCombined == state.rateCombined);
        QCOMPARE(decoded.billing.state().active.ladder.prices[1], tariff::Price::fromRaw(15'000));
        QCOMPARE(decoded.billing.state().nextSettlement, state.billing.state().nextSettlement);
        QCOMPARE(decoded.account.remaining(), tariff::Money::fromWhole(42));
        QCOMPARE(decoded.account.parameters().alarm1, state.account.parameters().alarm1);
        QCOMPARE(decoded.account.accountState().purchaseCount, 1u);
        QCOMPARE(decoded.relay.state, RelayState::kRemoteHold);
        QCOMPARE(decoded.relay.lastCredit, tariff::CreditState::kAlarm1);
        QCOMPARE(decoded.relayCommandedClosed, false);
        QCOMPARE(decoded.returnCounter, 0x01020304u);
        QCOMPARE(decoded.time, state.time);
        QCOMPARE(decoded.lastCardOutcome, std::uint8_t(CardOutcome::kHoarding));
        QCOMPARE(decoded.comms.modbusPin, std::uint16_t(0xBEEF));
        QVERIFY(decoded.comms.password4 == state.comms.password4);
        QCOMPARE(decoded.trips[0].operatorCode, 99u);
        QCOMPARE(decoded.closes[9].time, state.closes[9].time);
        QCOMPARE(decoded.closeCount, 20u);
        QCOMPARE(decoded.freezeSchedule.every, FreezeSchedule::Every::kMonth);
        QCOMPARE(decoded.freezeSchedule.doneUntil, state.freezeSchedule.doneUntil);
        // Every field: the decoded state encodes to the same bytes.
        QCOMPARE(encoded(StateWriter(decoded)), golden(kGoldenState));
    }

    void goldenImage_lineAndSettlementEncodeToTheCheckedInBytes()
    {
        const QByteArray line = encoded(LineWriter(knownLine()));
        QCOMPARE(std::size_t(line.size()), kLineRecordSize);
        if (line != golden(kGoldenLine))
            return failWithHex("the layout-2 line record", line);
        const QByteArray frozen = encoded(SettlementWriter(knownSettlement()));
        QCOMPARE(std::size_t(frozen.size()), kSettlementRecordSize);
        if (frozen != golden(kGoldenSettlement))
            return failWithHex("the layout-2 settlement record", frozen);
        LineGuard decodedLine;
        LineParser lineParser(decodedLine);
        QCOMPARE(roundTrip(line, kNvLayoutVersion, lineParser), kOk);
        QCOMPARE(decodedLine.driftAllowance, -120);
        QVERIFY(decodedLine.lockedUntil == knownLine().lockedUntil);
        QVERIFY(decodedLine.wrong == knownLine().wrong);
        QCOMPARE(decodedLine.clockSets[0].moved, -300);
        QCOMPARE(decodedLine.clockSetSources[1], ClockSource::kBroadcast);
        QCOMPARE(encoded(LineWriter(decodedLine)), line);
        FrozenSettlement decodedFrozen;
        SettlementParser frozenParser(decodedFrozen);
        QCOMPARE(roundTrip(frozen, kNvLayoutVersion, frozenParser), kOk);
        QCOMPARE(decodedFrozen.remaining, tariff::Money::fromRaw(-12'345));
        QCOMPARE(decodedFrozen.period.stepMoney[7], tariff::Money::fromRaw(-1));
        QCOMPARE(encoded(SettlementWriter(decodedFrozen)), frozen);
    }

    // A record whose CRC checks but whose fields do not hold together is refused, and the
    // meter falls back to the previous one.
    void damagedField_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("value");
        QTest::newRow("provisioned-bool-2") << 0 << 2;
        QTest::newRow("meter-number-not-bcd") << 5 << 0xAA;
        QTest::newRow("phases-2") << 1 + 27 + 89 << 2; // after provisioned, identity, binding
    }
    void damagedField()
    {
        QFETCH(int, offset);
        QFETCH(int, value);
        QByteArray bytes = golden(kGoldenState);
        bytes[offset] = char(value);
        MeterState decoded;
        StateParser parser(decoded);
        QCOMPARE(roundTrip(bytes, kNvLayoutVersion, parser), Status(Errc::kNoValidRecord));

        FakeNv nv(kNvBytes);
        Journal journal(nv, 0, kStateSlotSize, kStateSlots, kNvLayoutVersion);
        QCOMPARE(journal.save(RawWriter(golden(kGoldenState))), kOk);
        QCOMPARE(journal.save(RawWriter(bytes)), kOk); // newer, CRC fine, fields not
        Journal reader(nv, 0, kStateSlotSize, kStateSlots, kNvLayoutVersion);
        QCOMPARE(reader.load(parser), kOk);
        QCOMPARE(reader.damaged(), std::size_t(1));
        QCOMPARE(encoded(StateWriter(decoded)), golden(kGoldenState));
    }

    void unknownLayoutVersionIsRefused()
    {
        MeterState decoded;
        StateParser parser(decoded);
        QCOMPARE(roundTrip(golden(kGoldenState), 9, parser), Status(Errc::kNoValidRecord));
    }

    // The checked-in layout-1 records (nvlayout1.h), which do not depend on today's structs,
    // migrate to the checked-in layout-2 bytes, and a meter booted on them runs on: its key,
    // binding and sequence refuse the card's old token and load the next one.
    void migration_checkedInLayout1Records_migrateToTheCheckedInLayout2Bytes()
    {
        Rig old;
        Journal state(old.nv, 0, kStateSlotSize, kStateSlots, 1);
        Journal ring(old.nv, kStateSlots * kStateSlotSize, kHistorySlotSize, kHistorySlots, 1);
        Journal line(old.nv, kLineBase, kLineSlotSize, kLineSlots, 1);
        QCOMPARE(ring.save(RawWriter(golden(kLayout1Settlement))), kOk);
        QCOMPARE(line.save(RawWriter(golden(kLayout1Line))), kOk);
        QCOMPARE(state.save(RawWriter(golden(kLayout1State))), kOk);

        MeterState migrated;
        StateParser parser(migrated);
        Journal reader(old.nv, 0, kStateSlotSize, kStateSlots, kNvLayoutVersion);
        QCOMPARE(reader.load(parser), kOk);
        QCOMPARE(encoded(StateWriter(migrated)), golden(kLayout1StateAsLayout2));

        old.meter = std::make_unique<Meter>(old.hardware());
        QCOMPARE(old.meter->boot(), kOk);
        const MeterState &after = old.meter->state();
        QCOMPARE(after.account.remaining(), tariff::Money::fromRaw(485'000));
        QCOMPARE(after.registers.forward, tariff::Energy::fromRaw(1'500));
        QCOMPARE(after.binding.boundSerial, std::uint64_t(0x1001));
        QCOMPARE(after.binding.lastSequence, 1u);
        QCOMPARE(after.faults & kFaultNv, 0);
        QCOMPARE(encoded(LineWriter(old.meter->line())), golden(kLayout1LineAsLayout2));
        QCOMPARE(old.meter->settlementCount(), std::size_t(1));
        FrozenSettlement frozen;
        QCOMPARE(old.meter->settlement(0, &frozen), kOk);
        QCOMPARE(encoded(SettlementWriter(frozen)), golden(kLayout1SettlementAsLayout2));

        QCOMPARE(old.sell("10"), kOk); // sequence 1: loaded before the migration
        QCOMPARE(old.insert(), CardOutcome::kNoToken);
        QCOMPARE(old.sell("10"), kOk);
        QCOMPARE(old.insert(), CardOutcome::kLoaded);
        QCOMPARE(old.meter->state().account.remaining(), tariff::Money::fromRaw(585'000));
    }

    // A meter whose NV holds layout-1 records (a memcpy of the v1 structs, as the firmware
    // before layout 2 wrote them) boots into layout 2 without losing credit, registers, binding,
    // sequence, history or line guard.
    void migration_layout1NvBootsWithEveryField()
    {
        Rig rig;
        rig.provision(Rig::credit("0", "0"));
        QCOMPARE(rig.sell("50", card::RecordType::kAccountOpening), kOk);
        QCOMPARE(rig.insert(), CardOutcome::kLoaded);
        rig.run(3600, 1000);
        rig.clock.set(rig.clock.now() + 35 * 86400); // across the monthly settlement
        rig.run(3600, 500);
        QCOMPARE(rig.meter->checkSecret(Credential::kModbusPin, std::array<std::uint8_t, 2>{0, 1}),
                 Access::kWrong);
        QVERIFY(rig.meter->settlementCount() >= 1);

        // Today's in-memory structs still have layout 1 (the frozen v1 structs): their bytes are
        // exactly what the layout-1 firmware wrote. When MeterState changes, fill the v1 structs
        // field by field here instead.
        static_assert(sizeof(MeterState) == sizeof(v1::MeterState));
        static_assert(sizeof(LineGuard) == sizeof(v1::LineGuard));
        static_assert(sizeof(FrozenSettlement) == sizeof(v1::FrozenSettlement));
        const MeterState before = rig.meter->state();
        const LineGuard lineBefore = rig.meter->line();
        const std::size_t settlements = rig.meter->settlementCount();
        std::vector<FrozenSettlement> history(settlements);
        for (std::size_t i = 0; i < settlements; ++i)
            QCOMPARE(rig.meter->settlement(settlements - 1 - i, &history[i]), kOk);

        Rig old;
        Journal state(old.nv, 0, kStateSlotSize, kStateSlots, 1);
        Journal ring(old.nv, kStateSlots * kStateSlotSize, kHistorySlotSize, kHistorySlots, 1);
        Journal line(old.nv, kLineBase, kLineSlotSize, kLineSlots, 1);
        for (const FrozenSettlement &frozen : history)
            QCOMPARE(ring.save(RawWriter(rawBytes(frozen))), kOk);
        QCOMPARE(line.save(RawWriter(rawBytes(lineBefore))), kOk);
        QCOMPARE(state.save(RawWriter(rawBytes(before))), kOk);

        // Decoded alone: every field as it was (the same layout-2 bytes).
        MeterState migrated;
        StateParser parser(migrated);
        Journal stateReader(old.nv, 0, kStateSlotSize, kStateSlots, kNvLayoutVersion);
        QCOMPARE(stateReader.load(parser), kOk);
        QCOMPARE(encoded(StateWriter(migrated)), encoded(StateWriter(before)));

        // Booted: credit, registers, binding and sequence, history and line guard kept, and the
        // next save is layout 2.
        old.meter = std::make_unique<Meter>(old.hardware());
        QCOMPARE(old.meter->boot(), kOk);
        const MeterState &after = old.meter->state();
        QCOMPARE(after.account.remaining(), before.account.remaining());
        QCOMPARE(after.registers.forward, before.registers.forward);
        QCOMPARE(after.registers.combined, before.registers.combined);
        QCOMPARE(after.binding.boundSerial, before.binding.boundSerial);
        QCOMPARE(after.binding.lastSequence, before.binding.lastSequence);
        QCOMPARE(after.returnCounter, before.returnCounter);
        QCOMPARE(after.powerFailures, std::uint16_t(before.powerFailures + 1));
        QCOMPARE(after.faults & kFaultNv, 0);
        QCOMPARE(encoded(LineWriter(old.meter->line())), encoded(LineWriter(lineBefore)));
        QCOMPARE(old.meter->settlementCount(), settlements);
        for (std::size_t i = 0; i < settlements; ++i) {
            FrozenSettlement frozen;
            QCOMPARE(old.meter->settlement(settlements - 1 - i, &frozen), kOk);
            QCOMPARE(encoded(SettlementWriter(frozen)), encoded(SettlementWriter(history[i])));
        }
        QCOMPARE(old.insert(), CardOutcome::kNoToken); // the sequence is still known
        old.run(3600, 1000);
        QVERIFY(old.meter->state().account.remaining() < before.account.remaining());
        old.reboot(); // from layout-2 records now
        QCOMPARE(old.meter->state().binding.lastSequence, before.binding.lastSequence);
        QCOMPARE(old.meter->state().faults & kFaultNv, 0);
    }
};

QTEST_GUILESS_MAIN(TestNvLayout)
#include "tst_nvlayout.moc"
