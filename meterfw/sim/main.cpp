// ampcard-meter-sim: the meter firmware's logic on the host. NV lives in --state DIR (killing the
// process is a power cut); commands come on stdin, one per line; replies and events are JSON lines.
#include <array>
#include <memory>
#include <utility>
#include <vector>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>

#include <unistd.h>

#include "ampcard/card/records.h"
#include "ampcard/cardio/cardimage.h"
#include "ampcard/meter/fakes.h"
#include "ampcard/meter/meter.h"
#include "ampcard/meter/pcscslot.h"
#include "ampcard/meter/serialport.h"
#include "ampcard/tariff/bill.h"
#include "ampcard/tariff/errc.h"
#include "ampcard/tariff/tarifffile.h"

using namespace ampcard;
using namespace ampcard::meter;

namespace {

constexpr int kExitBadInput = 2;
constexpr std::int64_t kHalfQuantumMilliwattMs = kMilliwattMillisecondsPerWh * 5;

const char *outcomeName(CardOutcome outcome)
{
    switch (outcome) {
    case CardOutcome::kLoaded: return "loaded";
    case CardOutcome::kReadOut: return "read-out";
    case CardOutcome::kNoToken: return "nothing-new";
    case CardOutcome::kWrongUtility: return "wrong-utility";
    case CardOutcome::kWrongMeter: return "wrong-meter";
    case CardOutcome::kWrongCard: return "wrong-card";
    case CardOutcome::kBlacklisted: return "blacklisted";
    case CardOutcome::kTampered: return "tampered";
    case CardOutcome::kKeyVersion: return "key-version";
    case CardOutcome::kHoarding: return "over-hoarding-limit";
    case CardOutcome::kFormat: return "not-an-ampcard-card";
    case CardOutcome::kCardError: return "card-error";
    case CardOutcome::kSlotFault: return "slot-fault";
    case CardOutcome::kNotProvisioned: return "not-provisioned";
    }
    return "unknown";
}

QString energyText(tariff::Energy energy)
{
    return QString::fromLatin1(energy.format().data);
}

// The card slot of the simulator: card images inserted by path, or a PC/SC reader.
class SimSlot final : public CardSlot {
public:
    explicit SimSlot(std::optional<QString> reader)
    {
        if (reader)
            m_pcsc = std::make_unique<PcscCardSlot>(*reader);
    }
    Status insertImage(const QString &path)
    {
        m_image = std::make_unique<cardio::CardImage>();
        const Status loaded = m_image->load(path);
        if (!loaded.ok()) {
            m_image.reset();
            return loaded;
        }
        m_store.insert(m_image.get(), m_image->protocol());
        return kOk;
    }
    void remove()
    {
        m_store.remove();
        m_image.reset();
    }
    void insertHostile(HostileCard hostile)
    {
        m_image.reset();
        m_store.insertHostile(hostile);
    }
    [[nodiscard]] bool usesReader() const { return m_pcsc != nullptr; }
    [[nodiscard]] State state() const override
    {
        return m_pcsc ? m_pcsc->state() : m_store.state();
    }
    bool powerOn() override { return m_pcsc ? m_pcsc->powerOn() : m_store.powerOn(); }
    void powerOff() override
    {
        if (m_pcsc)
            m_pcsc->powerOff();
        else
            m_store.powerOff();
    }
    std::size_t transmit(ConstBytes command, Bytes response) override
    {
        return m_pcsc ? m_pcsc->transmit(command, response) : m_store.transmit(command, response);
    }

private:
    std::unique_ptr<PcscCardSlot> m_pcsc;
    StoreCardSlot m_store;
    std::unique_ptr<cardio::CardImage> m_image;
};

class Simulator {
    Q_DECLARE_TR_FUNCTIONS(Simulator)

public:
    Simulator(const QString &stateDir, std::optional<QString> reader, QTextStream &out)
        : m_dir(stateDir), m_slot(std::move(reader)), m_out(out)
    {}

    Status start(const QCommandLineParser &parser, const QCommandLineOption &phases,
                 const QCommandLineOption &meterNumber, const QCommandLineOption &keyFile,
                 const QCommandLineOption &tariffFile, const QCommandLineOption &creditFile,
                 const QCommandLineOption &timeOption, QString *problem);
    bool command(const QString &line); // false on quit
    // Reads a new meter's credit parameters (docs/meter.md); a problem names the file and field.
    static bool readCreditFile(const QString &path, tariff::CreditParameters *credit,
                               QString *problem);
    void setCardImage(const QString &path) { m_cardImage = path; }
    // Opens a serial port of the meter (RS-485 or infrared) on a tty.
    bool openPort(const QString &name, const QString &path, std::uint32_t baud, QString *problem);

private:
    void bootMeter();
    void print(QJsonObject object)
    {
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    void error(const QString &message)
    {
        QJsonObject object;
        object[QStringLiteral("error")] = message;
        print(object);
    }
    QJsonObject status() const;
    void saveClock();
    void reportChanges();

    QDir m_dir;
    FakeNv m_nv{kNvBytes};
    FakeRelay m_relay;
    FakeFrontEnd m_frontEnd;
    FakeClock m_clock;
    SimSlot m_slot;
    FakeDisplay m_display;
    QTextStream &m_out;
    std::unique_ptr<Meter> m_meter;
    std::vector<std::unique_ptr<SerialPort>> m_ports;
    std::array<std::int32_t, 3> m_load{};
    bool m_powered = true;
    std::optional<QString> m_cardImage;
    bool m_lastRelayClosed = true;
    std::uint16_t m_lastFaults = 0;
};

bool Simulator::openPort(const QString &name, const QString &path, std::uint32_t baud,
                         QString *problem)
{
    auto port = std::make_unique<SerialPort>(*m_meter, name, baud);
    if (!port->open(path, problem))
        return false;
    QObject::connect(port.get(), &SerialPort::served,
                     [this](const QString &portName, const QString &protocol, int control) {
                         QJsonObject event;
                         event[QStringLiteral("event")] = QStringLiteral("served");
                         event[QStringLiteral("port")] = portName;
                         event[QStringLiteral("protocol")] = protocol;
                         event[QStringLiteral("code")] = control;
                         print(event);
                         reportChanges();
                     });
    m_ports.push_back(std::move(port));
    return true;
}

bool Simulator::readCreditFile(const QString &path, tariff::CreditParameters *credit,
                               QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("cannot read the credit file %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *problem = parseError.error != QJsonParseError::NoError
                       ? tr("credit file %1: not JSON (%2 at byte %3)")
                             .arg(path, parseError.errorString())
                             .arg(parseError.offset)
                       : tr("credit file %1: must be a JSON object").arg(path);
        return false;
    }
    const QJsonObject json = document.object();
    const std::array<std::pair<const char *, tariff::Money *>, 6> fields{{
        {"alarm1", &credit->alarm1},
        {"alarm2", &credit->alarm2},
        {"closeAllow", &credit->closeAllow},
        {"overdraftLimit", &credit->overdraftLimit},
        {"hoardingLimit", &credit->hoardingLimit},
        {"presetCredit", &credit->presetCredit},
    }};
    QStringList known;
    for (const auto &[name, out] : fields)
        known << QLatin1String(name);
    for (const QString &key : json.keys()) {
        if (!known.contains(key)) {
            *problem = tr("credit file %1: unknown field \"%2\" (the fields are %3)")
                           .arg(path, key, known.join(QStringLiteral(", ")));
            return false;
        }
    }
    for (const auto &[name, out] : fields) {
        const QLatin1String field(name);
        if (!json.contains(field))
            continue;
        if (!json[field].isString()) {
            *problem = tr("credit file %1: %2 must be an amount in quotes, such as \"50.00\"")
                           .arg(path, field);
            return false;
        }
        const QByteArray text = json[field].toString().toLatin1();
        const auto parsed = tariff::Money::parse(
            std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        if (!parsed.ok()) {
            *problem =
                tr("credit file %1: %2: %3").arg(path, field, describe(parsed.status().code()));
            return false;
        }
        if (parsed.value().isNegative()) {
            *problem = tr("credit file %1: %2 must not be negative").arg(path, field);
            return false;
        }
        *out = parsed.value();
    }
    if (credit->hoardingLimit.raw() <= 0)
        *problem = tr("credit file %1: hoardingLimit must be greater than zero (leave it out "
                      "for no limit)")
                       .arg(path);
    else if (credit->alarm2 > credit->alarm1)
        *problem = tr("credit file %1: alarm2 (%2) must not be above alarm1 (%3)")
                       .arg(path, QLatin1String(credit->alarm2.format(2).view()),
                            QLatin1String(credit->alarm1.format(2).view()));
    else if (credit->presetCredit > credit->hoardingLimit)
        *problem = tr("credit file %1: presetCredit must not be above hoardingLimit").arg(path);
    else if (const Status valid = tariff::validate(*credit); !valid.ok())
        *problem = tr("credit file %1: %2").arg(path, describe(valid.code()));
    else
        return true;
    return false;
}

Status Simulator::start(const QCommandLineParser &parser, const QCommandLineOption &phases,
                        const QCommandLineOption &meterNumber, const QCommandLineOption &keyFile,
                        const QCommandLineOption &tariffFile, const QCommandLineOption &creditFile,
                        const QCommandLineOption &timeOption, QString *problem)
{
    if (!m_dir.exists() && !m_dir.mkpath(QStringLiteral("."))) {
        *problem = tr("cannot create the state folder %1").arg(m_dir.path());
        return Errc::kInvalidState;
    }
    if (!m_nv.attachFile(
            QFile::encodeName(m_dir.filePath(QStringLiteral("nv.bin"))).toStdString())) {
        *problem = tr("%1 is damaged or not this meter's NV store")
                       .arg(m_dir.filePath(QStringLiteral("nv.bin")));
        return Errc::kInvalidState;
    }
    QFile clockFile(m_dir.filePath(QStringLiteral("clock")));
    if (clockFile.open(QIODevice::ReadOnly)) {
        m_clock.set(clockFile.readAll().trimmed().toLongLong());
    } else {
        const QString text = parser.value(timeOption);
        std::optional<tariff::Timestamp> time;
        if (text.isEmpty()) {
            const QDateTime now = QDateTime::currentDateTime();
            time = now.toSecsSinceEpoch() + now.offsetFromUtc() - 946684800;
        } else {
            time = tariff::BillReader::parseLocalTime(text);
        }
        if (!time) {
            *problem = tr("--time must be a local time YYYY-MM-DDTHH:MM[:SS]");
            return Errc::kDateTime;
        }
        m_clock.set(*time);
    }
    m_meter =
        std::make_unique<Meter>(Hardware{m_nv, m_relay, m_frontEnd, m_slot, m_clock, m_display});
    const Status booted = m_meter->boot();
    if (booted.ok()) {
        m_lastRelayClosed = m_meter->state().relayCommandedClosed;
        return kOk;
    }

    // A new meter: provision it from the key file, tariff and credit parameters.
    if (!parser.isSet(keyFile)) {
        *problem = tr("a new meter needs --key-file (made by: ampcard keys meter-key)");
        return Errc::kNoValidRecord;
    }
    QFile keys(parser.value(keyFile));
    if (!keys.open(QIODevice::ReadOnly)) {
        *problem =
            tr("cannot read the key file %1: %2").arg(parser.value(keyFile), keys.errorString());
        return Errc::kKeystoreFormat;
    }
    const QJsonObject keyJson = QJsonDocument::fromJson(keys.readAll()).object();
    Identity identity;
    identity.utilityId =
        static_cast<std::uint32_t>(keyJson[QStringLiteral("utilityId")].toInteger());
    identity.keyVersion = static_cast<std::uint8_t>(keyJson[QStringLiteral("keyVersion")].toInt(1));
    const QByteArray key =
        QByteArray::fromHex(keyJson[QStringLiteral("key")].toString().toLatin1());
    const QByteArray number = keyJson[QStringLiteral("meterNumber")].toString().toLatin1();
    const auto parsedNumber = card::MeterNumber::parse(
        std::string_view(number.constData(), static_cast<std::size_t>(number.size())));
    const QString keyProblem =
        keyJson.isEmpty()         ? tr("not a JSON object")
        : identity.utilityId == 0 ? tr("utilityId must be a number above zero")
        : !parsedNumber.ok()      ? tr("meterNumber must be the meter's 12 digits")
        : key.size() != 16        ? tr("key must be 32 hexadecimal digits")
                                  : QString();
    if (!keyProblem.isEmpty()) {
        *problem = tr("%1 is not a meter key file (made by: ampcard keys meter-key): %2")
                       .arg(parser.value(keyFile), keyProblem);
        return Errc::kKeystoreFormat;
    }
    card::LineSecrets line;
    const QByteArray password02 =
        QByteArray::fromHex(keyJson[QStringLiteral("password02")].toString().toLatin1());
    const QByteArray password04 =
        QByteArray::fromHex(keyJson[QStringLiteral("password04")].toString().toLatin1());
    const int pin = keyJson[QStringLiteral("modbusPin")].toInt(0);
    if (password02.size() == 3 && password04.size() == 3 && pin > 0 && pin <= 0xFFFF) {
        std::copy(password02.begin(), password02.end(), line.password02.begin());
        std::copy(password04.begin(), password04.end(), line.password04.begin());
        line.modbusPin = static_cast<std::uint16_t>(pin);
    }
    if (!line.usable()) {
        *problem = tr("%1 is not a meter key file (made by: ampcard keys meter-key): "
                      "password02, password04 and modbusPin are missing or factory values: "
                      "write it again")
                       .arg(parser.value(keyFile));
        return Errc::kKeystoreFormat;
    }
    identity.meter = parsedNumber.value();
    if (parser.isSet(meterNumber) && parser.value(meterNumber).toLatin1() != number) {
        *problem =
            tr("--meter-number %1 differs from meterNumber %2 in the key file %3")
                .arg(parser.value(meterNumber), QString::fromLatin1(number), parser.value(keyFile));
        return Errc::kWrongMeter;
    }
    std::copy(key.begin(), key.end(), identity.key.begin());

    tariff::Tariff tariff;
    tariff.ladder.prices[0] = tariff::Price::fromWhole(1);
    tariff.settlement.dates[0] = {1, 1, 0};
    if (parser.isSet(tariffFile)) {
        tariff::FileError fileError;
        const auto file = tariff::TariffFileReader::load(parser.value(tariffFile), &fileError);
        if (!file) {
            *problem = parser.value(tariffFile) + QStringLiteral(": ") + fileError.toString();
            return Errc::kInvalidState;
        }
        tariff = file->tariff;
    }
    tariff::CreditParameters credit;
    if (parser.isSet(creditFile) && !readCreditFile(parser.value(creditFile), &credit, problem))
        return Errc::kInvalidState;
    MeteringConfig metering;
    metering.phases = static_cast<std::uint8_t>(parser.value(phases).toUInt());
    if (metering.phases != 1 && metering.phases != 3) {
        *problem = tr("--phases must be 1 or 3, not \"%1\"").arg(parser.value(phases));
        return Errc::kBadParameter;
    }
    const Status provisioned = m_meter->provision(identity, line, metering, tariff, 1, credit);
    if (!provisioned.ok()) {
        *problem = parser.isSet(tariffFile)
                       ? tr("cannot set up the meter with the tariff in %1: %2")
                             .arg(parser.value(tariffFile), describe(provisioned.code()))
                       : tr("cannot set up the meter: %1").arg(describe(provisioned.code()));
        return provisioned;
    }
    saveClock();
    m_lastRelayClosed = m_meter->state().relayCommandedClosed;
    return kOk;
}

void Simulator::saveClock()
{
    QFile file(m_dir.filePath(QStringLiteral("clock")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QByteArray::number(static_cast<qlonglong>(m_clock.now())));
}

QJsonObject Simulator::status() const
{
    const MeterState &state = m_meter->state();
    QJsonObject json;
    const tariff::Money remaining = state.account.remaining();
    json[QStringLiteral("remaining")] = tariff::formatMoney(remaining);
    json[QStringLiteral("overdraft")] =
        tariff::formatMoney(tariff::Money::fromRaw(remaining.isNegative() ? -remaining.raw() : 0));
    json[QStringLiteral("overdraftLimit")] =
        tariff::formatMoney(state.account.parameters().overdraftLimit);
    json[QStringLiteral("forwardKwh")] = energyText(state.registers.forward);
    json[QStringLiteral("reverseKwh")] = energyText(state.registers.reverse);
    json[QStringLiteral("combinedKwh")] = energyText(state.registers.combined);
    json[QStringLiteral("ladderUsage")] = energyText(state.billing.state().period.usage);
    json[QStringLiteral("step")] = m_meter->currentStep() + 1;
    json[QStringLiteral("price")] = tariff::formatPrice(m_meter->currentPrice());
    json[QStringLiteral("relay")] =
        m_relay.closed() ? QStringLiteral("closed") : QStringLiteral("open");
    json[QStringLiteral("creditState")] = QLatin1String(creditStateName(m_meter->creditState()));
    QJsonObject lamps;
    lamps[QStringLiteral("alarm")] =
        m_meter->alarmLamp() == Lamp::kOn ? QStringLiteral("on") : QStringLiteral("off");
    lamps[QStringLiteral("trip")] =
        m_meter->tripLamp() == Lamp::kOn ? QStringLiteral("on") : QStringLiteral("off");
    json[QStringLiteral("lamps")] = lamps;
    json[QStringLiteral("display")] = m_display.text();
    QJsonArray faults;
    for (int bit = 0; bit < 16; ++bit) {
        if ((state.faults >> bit) & 1u)
            faults.append(QStringLiteral("Err-%1").arg(bit + 1, 2, 10, QLatin1Char('0')));
    }
    json[QStringLiteral("faults")] = faults;
    json[QStringLiteral("slotFault")] = m_meter->line().cardSlotFaultCode;
    json[QStringLiteral("clockSets")] = static_cast<qint64>(m_meter->line().clockSetCount);
    json[QStringLiteral("lastSeq")] = static_cast<qint64>(state.binding.lastSequence);
    // The meter's proof (DESIGN.md §5): credit-carrying loads since manufacture and their sum.
    json[QStringLiteral("loads")] = static_cast<qint64>(state.account.accountState().purchaseCount);
    json[QStringLiteral("creditLoaded")] =
        tariff::formatMoney(state.account.accountState().purchasedTotal);
    json[QStringLiteral("time")] = tariff::BillReader::formatLocalTime(m_clock.now());
    json[QStringLiteral("keepPower")] = state.relay.keepPower;
    json[QStringLiteral("reverseEvents")] = state.registers.reverseEvents;
    json[QStringLiteral("illegalCards")] = state.illegalCards;
    return json;
}

void Simulator::reportChanges()
{
    if (m_relay.closed() != m_lastRelayClosed) {
        m_lastRelayClosed = m_relay.closed();
        QJsonObject event;
        event[QStringLiteral("event")] = QStringLiteral("relay");
        event[QStringLiteral("relay")] =
            m_lastRelayClosed ? QStringLiteral("closed") : QStringLiteral("open");
        event[QStringLiteral("time")] = tariff::BillReader::formatLocalTime(m_clock.now());
        event[QStringLiteral("remaining")] =
            tariff::formatMoney(m_meter->state().account.remaining());
        print(event);
    }
    if (m_meter->state().faults != m_lastFaults) {
        m_lastFaults = m_meter->state().faults;
        QJsonObject event;
        event[QStringLiteral("event")] = QStringLiteral("faults");
        event[QStringLiteral("faults")] = status()[QStringLiteral("faults")];
        print(event);
    }
}

bool Simulator::command(const QString &line)
{
    const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    const QString verb = words[0];
    if (verb == QLatin1String("quit"))
        return false;
    if (!m_powered && verb != QLatin1String("poweron") && verb != QLatin1String("status")) {
        error(tr("the meter has no power; send poweron"));
        return true;
    }
    QJsonObject reply;
    reply[QStringLiteral("ok")] = verb;
    if (verb == QLatin1String("status") && words.size() == 1) {
        if (!m_powered) {
            reply[QStringLiteral("power")] = QStringLiteral("off");
            print(reply);
            return true;
        }
        QJsonObject json = status();
        json[QStringLiteral("ok")] = verb;
        print(json);
        return true;
    }
    if (verb == QLatin1String("load") && words.size() == 2) {
        const QStringList parts = words[1].split(QLatin1Char(','));
        std::array<std::int32_t, 3> load{};
        if (parts.size() > m_meter->state().metering.phases) {
            error(
                tr("load: this meter has %n phase(s)", nullptr, m_meter->state().metering.phases));
            return true;
        }
        for (int i = 0; i < parts.size(); ++i) {
            const QByteArray text = parts[i].toLatin1();
            const auto watts = tariff::parseDecimal(
                std::string_view(text.constData(), static_cast<std::size_t>(text.size())), 3);
            if (!watts.ok() || watts.value() > 100'000'000 || watts.value() < -100'000'000) {
                error(tr("load: \"%1\" is not a power in watts (up to 100 kW a phase)")
                          .arg(parts[i]));
                return true;
            }
            load[static_cast<std::size_t>(i)] = static_cast<std::int32_t>(watts.value());
        }
        m_load = load;
        m_frontEnd.setLoad(load[0], load[1], load[2]);
        print(reply);
        return true;
    }
    if (verb == QLatin1String("advance") && words.size() == 2) {
        bool ok = false;
        const qlonglong seconds = words[1].toLongLong(&ok);
        if (!ok || seconds < 0 || seconds > 20LL * 366 * 86400) {
            error(tr("advance: a number of seconds from 0 to 20 years"));
            return true;
        }
        qint64 leftMs = seconds * 1000;
        qint64 elapsedMs = 0;
        while (leftMs > 0) {
            // Ticks carry at most half a quantum of energy (docs/meter.md), one second while an
            // alarm trip runs so that it restores on time, else up to a minute.
            std::int64_t power = 0;
            for (std::int32_t phase : m_load)
                power += phase < 0 ? -static_cast<std::int64_t>(phase) : phase;
            qint64 step = m_meter->state().relay.state == RelayState::kAlarmTrip ? 1000 : 60'000;
            if (power > 0 && m_relay.closed())
                step = std::min<qint64>(step, std::max<qint64>(1, kHalfQuantumMilliwattMs / power));
            step = std::min(step, leftMs);
            const qint64 before = elapsedMs / 1000;
            elapsedMs += step;
            leftMs -= step;
            m_clock.advance(elapsedMs / 1000 - before);
            m_frontEnd.setLoad(m_relay.closed() ? m_load[0] : 0, m_relay.closed() ? m_load[1] : 0,
                               m_relay.closed() ? m_load[2] : 0);
            m_meter->tick(static_cast<std::uint32_t>(step), {});
            reportChanges();
        }
        saveClock();
        print(reply);
        return true;
    }
    if (verb == QLatin1String("insert") && words.size() <= 2) {
        if (!m_slot.usesReader()) {
            const QString path = words.size() == 2 ? words[1] : m_cardImage.value_or(QString());
            if (path.isEmpty()) {
                error(tr("insert: give a card image (insert IMAGE or --card-image)"));
                return true;
            }
            const Status loaded = m_slot.insertImage(path);
            if (!loaded.ok()) {
                error(tr("insert: %1 is missing, damaged or not a card image").arg(path));
                return true;
            }
        }
        const CardOutcome outcome = m_meter->cardInserted();
        reply[QStringLiteral("card")] = QLatin1String(outcomeName(outcome));
        reply[QStringLiteral("code")] =
            QStringLiteral("C-%1").arg(static_cast<int>(outcome), 2, 10, QLatin1Char('0'));
        reply[QStringLiteral("remaining")] =
            tariff::formatMoney(m_meter->state().account.remaining());
        print(reply);
        reportChanges();
        return true;
    }
    if (verb == QLatin1String("insert-hostile") && words.size() == 2 && !m_slot.usesReader()) {
        static const QHash<QString, HostileCard> kKinds = {
            {QStringLiteral("endless-more"), HostileCard::kEndlessMore},
            {QStringLiteral("nonsense"), HostileCard::kNonsense},
            {QStringLiteral("endless-retry"), HostileCard::kEndlessRetry}};
        if (!kKinds.contains(words[1])) {
            error(tr("insert-hostile: endless-more, nonsense or endless-retry"));
            return true;
        }
        m_slot.insertHostile(kKinds.value(words[1]));
        const CardOutcome outcome = m_meter->cardInserted();
        m_slot.remove();
        reply[QStringLiteral("card")] = QLatin1String(outcomeName(outcome));
        reply[QStringLiteral("code")] =
            QStringLiteral("C-%1").arg(static_cast<int>(outcome), 2, 10, QLatin1Char('0'));
        print(reply);
        reportChanges();
        return true;
    }
    if (verb == QLatin1String("remove") && words.size() == 1) {
        m_slot.remove();
        print(reply);
        return true;
    }
    if (verb == QLatin1String("press") && words.size() == 1) {
        m_meter->buttonPressed();
        print(reply);
        reportChanges();
        return true;
    }
    if (verb == QLatin1String("powercut") && words.size() == 1) {
        m_meter->powerFailing();
        m_powered = false;
        for (const auto &port : m_ports)
            port->setPowered(false);
        print(reply);
        return true;
    }
    if (verb == QLatin1String("poweron") && words.size() == 1) {
        if (m_powered) {
            error(tr("poweron: the meter is on"));
            return true;
        }
        m_meter = std::make_unique<Meter>(
            Hardware{m_nv, m_relay, m_frontEnd, m_slot, m_clock, m_display});
        const Status booted = m_meter->boot();
        m_powered = true;
        reply[QStringLiteral("boot")] =
            booted.ok() ? QStringLiteral("ok") : describe(booted.code());
        print(reply);
        reportChanges();
        return true;
    }
    error(tr("unknown command \"%1\" (load W[,W2,W3], advance SECONDS, insert [IMAGE], remove, "
             "press, powercut, poweron, status, quit)")
              .arg(line.simplified()));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ampcard-meter-sim"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Simulator::tr("The Ampcard meter on the host."));
    parser.addHelpOption();
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         Simulator::tr("State folder (NV store, clock)."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption phasesOption(QStringLiteral("phases"),
                                          Simulator::tr("1 or 3 (new meter)."), QStringLiteral("N"),
                                          QStringLiteral("1"));
    const QCommandLineOption meterOption(
        QStringLiteral("meter-number"),
        Simulator::tr("Meter number (new meter; must match the key file)."), QStringLiteral("N"));
    const QCommandLineOption keyOption(QStringLiteral("key-file"),
                                       Simulator::tr("Meter key file (new meter)."),
                                       QStringLiteral("F"));
    const QCommandLineOption tariffOption(
        QStringLiteral("tariff"), Simulator::tr("Tariff file (new meter; default 1.0000 flat)."),
        QStringLiteral("F"));
    const QCommandLineOption creditOption(QStringLiteral("credit"),
                                          Simulator::tr("Credit parameters, JSON (new meter)."),
                                          QStringLiteral("F"));
    const QCommandLineOption timeOption(QStringLiteral("time"),
                                        Simulator::tr("Start time of a new meter's clock."),
                                        QStringLiteral("T"));
    const QCommandLineOption imageOption(QStringLiteral("card-image"),
                                         Simulator::tr("Card image that insert uses."),
                                         QStringLiteral("F"));
    const QCommandLineOption readerOption(QStringLiteral("reader"),
                                          Simulator::tr("PC/SC reader of the card slot."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption rs485Option(QStringLiteral("rs485"),
                                         Simulator::tr("RS-485 port (a tty or pty)."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption irOption(QStringLiteral("ir"),
                                      Simulator::tr("Infrared port (a tty or pty)."),
                                      QStringLiteral("PATH"));
    parser.addOptions({stateOption, phasesOption, meterOption, keyOption, tariffOption,
                       creditOption, timeOption, imageOption, readerOption, rs485Option, irOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "ampcard-meter-sim: " << parser.errorText() << Qt::endl;
        return kExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.isSet(stateOption) ||
        (parser.value(phasesOption) != QLatin1String("1") &&
         parser.value(phasesOption) != QLatin1String("3")) ||
        (parser.isSet(imageOption) && parser.isSet(readerOption))) {
        err << Simulator::tr(
                   "usage: ampcard-meter-sim --state DIR [--phases 1|3] [--meter-number N] "
                   "[--key-file F] [--tariff F] [--credit F] [--time T] "
                   "[--card-image F | --reader NAME]")
            << Qt::endl;
        return kExitBadInput;
    }
    std::optional<QString> reader;
    if (parser.isSet(readerOption))
        reader = parser.value(readerOption);
    Simulator simulator(parser.value(stateOption), reader, out);
    if (parser.isSet(imageOption))
        simulator.setCardImage(parser.value(imageOption));
    QString problem;
    if (!simulator
             .start(parser, phasesOption, meterOption, keyOption, tariffOption, creditOption,
                    timeOption, &problem)
             .ok()) {
        err << "ampcard-meter-sim: " << problem << Qt::endl;
        return kExitBadInput;
    }
    // RS-485 at 2400 baud, infrared at 1200 baud, both 8E1 (timing only: a pty has no rate).
    if ((parser.isSet(rs485Option) &&
         !simulator.openPort(QStringLiteral("rs485"), parser.value(rs485Option), 2400, &problem)) ||
        (parser.isSet(irOption) &&
         !simulator.openPort(QStringLiteral("ir"), parser.value(irOption), 1200, &problem))) {
        err << "ampcard-meter-sim: " << problem << Qt::endl;
        return kExitBadInput;
    }

    // Commands on stdin, served by the event loop so the ports work between them.
    QByteArray pending;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            QCoreApplication::quit();
            return;
        }
        pending.append(buffer, static_cast<qsizetype>(n));
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            if (!simulator.command(line)) {
                QCoreApplication::quit();
                return;
            }
        }
    });
    return QCoreApplication::exec();
}
