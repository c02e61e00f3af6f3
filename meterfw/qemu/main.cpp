// The Ampcard meter image for QEMU mps2-an385. UART0 (RS-485) and UART1 (infrared) speak
// DL/T645 and Modbus-RTU; the test console on UART2 takes the simulator's commands (docs/meter.md)
// and answers JSON lines; NV and the card slot are host files reached through semihosting;
// SysTick counts milliseconds and drives the meter at 10 Hz in real-time mode.
#include <cstddef>
#include <cstdint>

#include "ampcard/meter/dlt645server.h"
#include "ampcard/meter/meter.h"
#include "ampcard/meter/modbusserver.h"
#include "board.h"

using namespace ampcard;
using namespace ampcard::meter;

extern "C" std::size_t ampcardStackUsed();
extern "C" std::size_t ampcardStackSize();

namespace {

constexpr std::uint32_t kTickHz = 10;
constexpr std::uint32_t kTickMs = 1000 / kTickHz;
// A Modbus frame ends after this much silence (t3.5 is 4 ms at 9600 baud; QEMU has no baud rate).
constexpr std::uint32_t kModbusSilenceMs = 5;

board::SemihostNv g_nv;
board::SimRelay g_relay;
board::SimFrontEnd g_frontEnd;
board::SimClock g_clock;
board::SemihostCardSlot g_slot;
board::SimDisplay g_display;
Meter g_meter(Hardware{g_nv, g_relay, g_frontEnd, g_slot, g_clock, g_display});
bool g_realtime = false;

// Whether the bytes are one Modbus frame. Not inlined: the decoded frame is not on the stack of
// the port's poll, under every DL/T645 command.
[[gnu::noinline]] bool isModbusFrame(card::ConstBytes bytes)
{
    return modbus::decode(bytes).ok();
}

// One serial port with both protocols: every byte feeds the DL/T645 state machine and the Modbus
// frame, which ends with silence.
class ProtocolPort {
public:
    explicit ProtocolPort(const board::Uart &uart) : m_uart(uart) {}

    void poll(std::uint32_t nowMs)
    {
        for (int c = m_uart.get(); c >= 0; c = m_uart.get()) {
            m_lastByteMs = nowMs;
            if (m_modbusSize < sizeof m_modbus)
                m_modbus[m_modbusSize++] = static_cast<std::uint8_t>(c);
            dlt645::Receiver::Event event = m_receiver.feed(static_cast<std::uint8_t>(c));
            while (event == dlt645::Receiver::Event::kFrame) {
                send(m_dlt645.handle(m_receiver.frame(), m_reply));
                m_modbusSize = 0;
                event = m_receiver.poll();
            }
        }
        if (m_modbusSize > 0 && nowMs - m_lastByteMs >= kModbusSilenceMs) {
            if (m_modbusSize >= 4 && isModbusFrame(card::ConstBytes(m_modbus, m_modbusSize))) {
                send(m_modbusServer.handle(card::ConstBytes(m_modbus, m_modbusSize), m_reply));
                m_receiver.reset();
            }
            m_modbusSize = 0;
        }
    }

private:
    void send(std::size_t size)
    {
        for (std::size_t i = 0; i < size; ++i)
            m_uart.put(static_cast<char>(m_reply[i]));
    }

    const board::Uart &m_uart;
    dlt645::Receiver m_receiver;
    Dlt645Server m_dlt645{g_meter};
    ModbusServer m_modbusServer{g_meter};
    std::uint8_t m_modbus[modbus::kMaxFrame] = {};
    std::size_t m_modbusSize = 0;
    std::uint32_t m_lastByteMs = 0;
    static std::uint8_t m_reply[dlt645::kMaxFrame]; // shared: ports answer one at a time
};

std::uint8_t ProtocolPort::m_reply[dlt645::kMaxFrame] = {};

ProtocolPort g_rs485(board::kUart0);
ProtocolPort g_infrared(board::kUart1);

// A JSON line written to the console as it is built: no line buffer on the stack.
class Line {
public:
    Line &text(const char *value)
    {
        for (; *value != '\0'; ++value)
            board::kUart2.put(*value);
        return *this;
    }
    Line &text(std::string_view value)
    {
        for (char c : value)
            board::kUart2.put(c);
        return *this;
    }
    Line &number(std::int64_t value) { return text(tariff::formatDecimal(value, 0, 0).view()); }
    Line &field(const char *name)
    {
        text(m_empty ? "\"" : ",\"").text(name).text("\":");
        m_empty = false;
        return *this;
    }
    Line &string(const char *name, std::string_view value)
    {
        return field(name).text("\"").text(value).text("\"");
    }
    void send() { text("}\n"); }
    Line() { text("{"); }

private:
    bool m_empty = true;
};

void twoDigits(char *out, int value)
{
    out[0] = static_cast<char>('0' + value / 10);
    out[1] = static_cast<char>('0' + value % 10);
}

void sendError(const char *message)
{
    Line().string("error", message).send();
}

[[gnu::noinline]] void sendStatus()
{
    const MeterState &state = g_meter.state();
    const tariff::CivilTime civil = tariff::toCivil(g_clock.now());
    char time[20] = "0000-00-00T00:00:00";
    twoDigits(time, civil.year / 100);
    twoDigits(time + 2, civil.year % 100);
    twoDigits(time + 5, civil.month);
    twoDigits(time + 8, civil.day);
    twoDigits(time + 11, civil.hour);
    twoDigits(time + 14, civil.minute);
    twoDigits(time + 17, civil.second);
    Line line;
    line.string("ok", "status")
        .string("remaining", state.account.remaining().format().view())
        .string("forwardKwh", state.registers.forward.format().view())
        .string("reverseKwh", state.registers.reverse.format().view())
        .string("combinedKwh", state.registers.combined.format().view())
        .string("relay", g_relay.feedbackClosed() ? "closed" : "open")
        .string("creditState", creditStateName(g_meter.creditState()))
        .string("display", g_display.text())
        .string("alarmLamp", g_display.alarmLamp() ? "on" : "off")
        .string("tripLamp", g_display.tripLamp() ? "on" : "off");
    line.field("lastSeq").number(state.binding.lastSequence);
    line.field("faults").number(state.faults);
    line.field("slotFault").number(g_meter.line().cardSlotFaultCode);
    line.field("provisioned").text(state.provisioned ? "true" : "false");
    line.string("time", time).send();
}

// The card session with what is in the slot, then the card out: the display code and the APDUs
// the slot carried.
void insertAndReport(const char *verb)
{
    const CardOutcome outcome = g_meter.cardInserted();
    const std::uint32_t apdus = g_slot.apdus();
    g_slot.remove();
    char code[5] = "C-00";
    twoDigits(code + 2, static_cast<int>(outcome));
    Line().string("ok", verb).string("code", code).field("apdus").number(apdus).send();
}

void tickOnce()
{
    g_frontEnd.gate(g_relay.feedbackClosed());
    g_clock.advanceMs(kTickMs);
    g_meter.tick(kTickMs, {});
}

// ---- console parsing ---------------------------------------------------------------------------

struct Words {
    std::string_view items[8];
    int count = 0;
};

Words split(std::string_view line)
{
    Words words;
    std::size_t start = 0;
    while (start < line.size() && words.count < 8) {
        while (start < line.size() && line[start] == ' ')
            ++start;
        std::size_t end = start;
        while (end < line.size() && line[end] != ' ')
            ++end;
        if (end > start)
            words.items[words.count++] = std::string_view(line.data() + start, end - start);
        start = end;
    }
    return words;
}

bool parseInteger(std::string_view text, std::int64_t *value)
{
    const Result<std::int64_t> parsed = tariff::parseDecimal(text, 0);
    if (!parsed.ok())
        return false;
    *value = parsed.value();
    return true;
}

bool parseHex(std::string_view text, std::uint8_t *out, std::size_t size)
{
    if (text.size() != 2 * size)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0)
            return false;
        out[i / 2] = static_cast<std::uint8_t>(i % 2 == 0 ? digit << 4 : out[i / 2] | digit);
    }
    return true;
}

// The bench tariff and credit of `provision`, constants in flash (not on the commissioning stack).
constexpr tariff::Tariff kProvisionTariff = [] {
    tariff::Tariff tariff;
    tariff.ladder.prices[0] = tariff::Price::fromWhole(1);
    tariff.settlement.dates[0] = {1, 1, 0};
    return tariff;
}();
constexpr tariff::CreditParameters kProvisionCredit = [] {
    tariff::CreditParameters credit;
    credit.alarm1 = tariff::Money::fromWhole(20);
    credit.alarm2 = tariff::Money::fromWhole(10);
    credit.hoardingLimit = tariff::Money::fromWhole(1000);
    return credit;
}();

// provision UTILITY METER KEYHEX LINEHEX [PHASES]: LINEHEX is the level-02 and level-04
// passwords (6 hex digits each, wire order) and the Modbus PIN (4 hex digits). A flat 1.0000 per
// kWh settled monthly, alarm 1 at 20, alarm 2 at 10, hoarding limit 1000 (docs/meter.md).
// Not inlined into the console loop: its tariff and identity stay off the card session's stack.
[[gnu::noinline]] void provision(const Words &words)
{
    Identity identity;
    std::int64_t utility = 0;
    std::int64_t phases = 1;
    std::uint8_t lineBytes[8] = {};
    if (words.count < 5 || !parseInteger(words.items[1], &utility) || utility <= 0 ||
        !parseHex(words.items[3], identity.key.data(), identity.key.size()) ||
        !parseHex(words.items[4], lineBytes, sizeof lineBytes) ||
        (words.count > 5 && !parseInteger(words.items[5], &phases))) {
        sendError("usage: provision UTILITY METER KEYHEX LINEHEX [PHASES]");
        return;
    }
    card::LineSecrets line;
    for (std::size_t i = 0; i < 3; ++i) {
        line.password02[i] = lineBytes[i];
        line.password04[i] = lineBytes[3 + i];
    }
    line.modbusPin = static_cast<std::uint16_t>((lineBytes[6] << 8) | lineBytes[7]);
    const Result<card::MeterNumber> meter = card::MeterNumber::parse(words.items[2]);
    if (!meter.ok()) {
        sendError("provision: the meter number has 1 to 12 digits");
        return;
    }
    identity.utilityId = static_cast<std::uint32_t>(utility);
    identity.meter = meter.value();
    MeteringConfig metering;
    metering.phases = static_cast<std::uint8_t>(phases);
    if (!g_meter.provision(identity, line, metering, kProvisionTariff, 1, kProvisionCredit).ok()) {
        sendError("provision: refused (provisioned already, bad phases, or factory secrets)");
        return;
    }
    Line().string("ok", "provision").send();
}

// load W[,W,W]: the power on each phase. Not inlined, like the other commands with locals.
[[gnu::noinline]] void load(std::string_view rest)
{
    std::int32_t milliwatts[3] = {};
    for (std::size_t phase = 0; phase < 3 && !rest.empty(); ++phase) {
        std::size_t comma = 0;
        while (comma < rest.size() && rest[comma] != ',')
            ++comma;
        const Result<std::int64_t> watts =
            tariff::parseDecimal(std::string_view(rest.data(), comma), 3);
        if (!watts.ok() || watts.value() > 100'000'000 || watts.value() < -100'000'000) {
            sendError("load: watts, up to 100 kW a phase");
            return;
        }
        milliwatts[phase] = static_cast<std::int32_t>(watts.value());
        rest = comma == rest.size()
                   ? std::string_view()
                   : std::string_view(rest.data() + comma + 1, rest.size() - comma - 1);
    }
    for (std::size_t phase = 0; phase < 3; ++phase)
        g_frontEnd.set(phase, milliwatts[phase]);
    Line().string("ok", "load").send();
}

// One console line, in a buffer with room for a terminator after it (the insert path is
// terminated in place rather than copied to the stack). Not inlined, nor is the status report:
// their locals stay off the stack of the main loop, under every serial frame and card session.
[[gnu::noinline]] void command(char *buffer, std::size_t size)
{
    buffer[size] = '\0';
    const std::string_view line(buffer, size);
    const Words words = split(line);
    if (words.count == 0)
        return;
    const std::string_view verb = words.items[0];
    if (verb == "status" && words.count == 1) {
        sendStatus();
    } else if (verb == "provision") {
        provision(words);
    } else if (!g_meter.state().provisioned) {
        sendError("the meter is not provisioned");
    } else if (verb == "load" && words.count == 2) {
        load(words.items[1]);
    } else if (verb == "advance" && words.count == 2) {
        std::int64_t seconds = 0;
        if (!parseInteger(words.items[1], &seconds) || seconds < 0 || seconds > 400LL * 86400) {
            sendError("advance: 0 to 400 days of seconds");
            return;
        }
        for (std::int64_t i = 0; i < seconds * kTickHz; ++i)
            tickOnce();
        Line().string("ok", "advance").send();
    } else if (verb == "insert" && words.count == 2) {
        char *path = buffer + (words.items[1].data() - buffer);
        path[words.items[1].size()] = '\0'; // the word ends the line or a space follows it
        if (!g_slot.insert(path).ok()) {
            sendError("insert: missing, damaged or not a card image");
            return;
        }
        insertAndReport("insert");
    } else if (verb == "insert-hostile" && words.count == 2) {
        const std::string_view kind = words.items[1];
        const board::HostileCard hostile = kind == "endless-more" ? board::HostileCard::kEndlessMore
                                           : kind == "nonsense"   ? board::HostileCard::kNonsense
                                           : kind == "endless-retry"
                                               ? board::HostileCard::kEndlessRetry
                                               : board::HostileCard::kNone;
        if (hostile == board::HostileCard::kNone) {
            sendError("insert-hostile: endless-more, nonsense or endless-retry");
            return;
        }
        g_slot.insertHostile(hostile);
        insertAndReport("insert-hostile");
    } else if (verb == "press" && words.count == 1) {
        g_meter.buttonPressed();
        Line().string("ok", "press").send();
    } else if (verb == "realtime" && words.count == 2) {
        g_realtime = words.items[1] == "on";
        Line().string("ok", "realtime").send();
    } else if (verb == "powercut" && words.count == 1) {
        g_meter.powerFailing();
        Line().string("ok", "powercut").send();
        board::semihostExit(0);
    } else if (verb == "stack" && words.count == 1) {
        // The deepest the stack has been since reset (painted at reset), and what is reserved.
        Line()
            .string("ok", "stack")
            .field("used")
            .number(static_cast<std::int64_t>(ampcardStackUsed()))
            .field("reserved")
            .number(static_cast<std::int64_t>(ampcardStackSize()))
            .send();
    } else if (verb == "quit" && words.count == 1) {
        board::semihostExit(0);
    } else {
        sendError("unknown command (provision, load, advance, insert, insert-hostile, press, "
                  "realtime, powercut, status, stack, quit)");
    }
}

// The main loop: the serial ports, the console and the real-time tick. Not inlined into
// firmwareMain(): the console line is not on the stack while the meter boots.
[[gnu::noinline, noreturn]] void serve()
{
    char line[256 + 1]; // and the terminator command() puts after it
    std::size_t size = 0;
    std::uint32_t lastTickMs = board::ticks();
    for (;;) {
        const std::uint32_t nowMs = board::ticks();
        g_rs485.poll(nowMs);
        g_infrared.poll(nowMs);
        const int c = board::kUart2.get();
        if (c == '\n' || c == '\r') {
            command(line, size);
            size = 0;
        } else if (c >= 0 && size + 1 < sizeof line) {
            line[size++] = static_cast<char>(c);
        }
        if (nowMs - lastTickMs >= kTickMs) {
            lastTickMs += kTickMs;
            if (g_realtime)
                tickOnce();
        }
    }
}

} // namespace

extern "C" int firmwareMain()
{
    board::kUart0.init();
    board::kUart1.init();
    board::kUart2.init();
    if (!g_nv.open("ampcard-nv.bin", kNvBytes)) {
        sendError("cannot open the NV file through semihosting");
        board::semihostExit(1);
    }
    g_clock.set(tariff::daysFromCivil(2024, 1, 1) * tariff::kSecondsPerDay);
    const Status booted = g_meter.boot();
    if (booted.ok())
        g_clock.set(g_meter.state().time);
    Line().string("event", "boot").string("nv", booted.ok() ? "restored" : "empty").send();
    board::startTick(1000);
    serve();
}
