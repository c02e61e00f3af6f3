#include "demometer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ampcard/cardio/cardimage.h"
#include "ampcard/cardio/keystore.h"
#include "ampcard/station/carddesk.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/workstation.h"
#include "ampcard/tariff/errc.h"
#include "ampcard/tariff/tarifffile.h"
#include "virtualreader.h"
#include "language.h"

using namespace ampcard;
using namespace ampcard::meter;

namespace demo {

bool openAccount(station::Workstation &context, QString *error)
{
    station::CardDesk *desk = context.desk();
    if (!context.session() || !desk) {
        *error = context.errorString();
        return false;
    }
    station::AccountRequest request;
    request.customerNumber = QLatin1String(kCustomer);
    request.meter.number = QLatin1String(kMeter);
    request.meter.tariffPlan = QLatin1String(kPlan);
    if (!desk->openAccount(*context.session(), request)) {
        *error = desk->errorString();
        return false;
    }
    station::Shifts shifts(context.ledger());
    if (!shifts.current(context.session()->login()) && !shifts.open(*context.session())) {
        *error = shifts.errorString();
        return false;
    }
    return true;
}

} // namespace demo

namespace {

// Seconds since 2000-01-01 local time, the meter's clock.
tariff::Timestamp localNow()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.toSecsSinceEpoch() + now.offsetFromUtc() - 946'684'800;
}

QString lampStyle(bool lit, const char *colour)
{
    return QStringLiteral("border-radius: 9px; min-width: 18px; min-height: 18px; "
                          "max-width: 18px; max-height: 18px; background: %1")
        .arg(lit ? QLatin1String(colour) : QLatin1String("#555"));
}

} // namespace

DemoMeter::DemoMeter(const cardio::UtilityKeys &keys, QString folder, VirtualReader *reader,
                     QWidget *parent)
    : QWidget(parent, Qt::Window), m_folder(std::move(folder)), m_reader(reader), m_nv(kNvBytes),
      m_lcd(new QLabel(this)), m_alarmLamp(new QLabel(this)), m_tripLamp(new QLabel(this)),
      m_relayState(new QLabel(this)), m_registers(new QLabel(this)), m_message(new QLabel(this)),
      m_load(new QSpinBox(this)),
      m_reverse(new QCheckBox(tr("&Reverse flow (power goes out)"), this)),
      m_speed(new QComboBox(this)), m_insert(new QPushButton(tr("&Insert demo card 1"), this))
{
    setObjectName(QStringLiteral("demoMeter"));
    setWindowTitle(tr("Demo meter %1").arg(language::ltr(QLatin1String(demo::kMeter))));
    m_utilityId = keys.utilityId();
    const auto number = card::MeterNumber::parse(demo::kMeter);
    m_keyKnown = number.ok() && keys.meterKey(number.value(), 1, m_key).ok() &&
                 keys.lineSecrets(number.value(), 1, &m_line).ok();

    m_lcd->setObjectName(QStringLiteral("lcd"));
    m_lcd->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lcd->setStyleSheet(QStringLiteral("background: #b8c7a0; color: #1b1f17; padding: 6px 12px; "
                                        "font: bold 28pt monospace; border: 2px solid #444"));
    m_alarmLamp->setObjectName(QStringLiteral("alarmLamp"));
    m_tripLamp->setObjectName(QStringLiteral("tripLamp"));
    m_relayState->setObjectName(QStringLiteral("relay"));
    m_registers->setObjectName(QStringLiteral("registers"));
    m_message->setObjectName(QStringLiteral("meterMessage"));
    m_message->setWordWrap(true);
    m_registers->setWordWrap(true);
    m_load->setObjectName(QStringLiteral("load"));
    m_load->setRange(0, 20'000);
    m_load->setSingleStep(100);
    m_load->setValue(2'000);
    m_load->setSuffix(tr(" W"));
    m_reverse->setObjectName(QStringLiteral("reverse"));
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->addItem(tr("real time"), 1);
    m_speed->addItem(tr("a minute each second"), 60);
    m_speed->addItem(tr("an hour each second"), 3600);
    m_speed->setCurrentIndex(1);
    m_insert->setObjectName(QStringLiteral("insertCard"));
    m_insert->setEnabled(m_reader != nullptr);

    auto *lamps = new QHBoxLayout;
    lamps->addWidget(m_alarmLamp);
    lamps->addWidget(new QLabel(tr("alarm"), this));
    lamps->addSpacing(16);
    lamps->addWidget(m_tripLamp);
    lamps->addWidget(new QLabel(tr("trip"), this));
    lamps->addSpacing(16);
    lamps->addWidget(m_relayState, 1);
    auto *controls = new QFormLayout;
    controls->addRow(tr("&Load:"), m_load);
    controls->addRow(QString(), m_reverse);
    controls->addRow(tr("&Clock runs:"), m_speed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lcd);
    layout->addLayout(lamps);
    layout->addWidget(m_registers);
    layout->addLayout(controls);
    layout->addWidget(m_insert);
    layout->addWidget(m_message);

    connect(m_insert, &QPushButton::clicked, this, [this] { (void)insertDemoCard(); });
    connect(&m_timer, &QTimer::timeout, this, &DemoMeter::tick);
    m_timer.setInterval(200);
}

DemoMeter::~DemoMeter()
{
    saveClock();
}

bool DemoMeter::start(QString *error)
{
    QDir().mkpath(m_folder);
    const QString nvPath = QDir(m_folder).filePath(QStringLiteral("nv.bin"));
    if (!m_nv.attachFile(QFile::encodeName(nvPath).toStdString())) {
        *error = tr("%1 is damaged or not the demo meter's memory: remove it to start the demo "
                    "meter afresh.")
                     .arg(nvPath);
        return false;
    }
    QFile clockFile(QDir(m_folder).filePath(QStringLiteral("clock")));
    tariff::Timestamp time = localNow();
    if (clockFile.open(QIODevice::ReadOnly))
        time = std::max<tariff::Timestamp>(
            time, static_cast<tariff::Timestamp>(clockFile.readAll().trimmed().toLongLong()));
    m_clock.set(time);
    m_meter =
        std::make_unique<Meter>(Hardware{m_nv, m_relay, m_frontEnd, m_slot, m_clock, m_display});
    if (!m_meter->boot().ok()) {
        if (!m_keyKnown) {
            // A meter made now would keep a wrong key for good.
            *error = tr("The demo meter is made with the utility's keys: a supervisor signs in "
                        "with the keystore passphrase first.");
            return false;
        }
        Identity identity;
        identity.utilityId = m_utilityId;
        identity.meter = card::MeterNumber::parse(demo::kMeter).value();
        identity.key = m_key;
        tariff::Tariff tariff; // until the opening card brings the plan: 1.0000 a kWh
        tariff.ladder.prices[0] = tariff::Price::fromWhole(1);
        tariff.settlement.dates[0] = {1, 1, 0};
        tariff::CreditParameters credit;
        credit.alarm1 = tariff::Money::fromWhole(50);
        credit.alarm2 = tariff::Money::fromWhole(20);
        if (const Status made =
                m_meter->provision(identity, m_line, MeteringConfig{}, tariff, 1, credit);
            !made.ok()) {
            *error = tr("Cannot set up the demo meter: %1").arg(describe(made.code()));
            return false;
        }
    }
    m_message->setText(tr("Sell to the demo customer on the Sell page (F5 reads the card), then "
                          "insert the card here: the meter loads the purchase and counts down."));
    refresh();
    m_sinceTick.start();
    m_timer.start();
    return true;
}

CardOutcome DemoMeter::insertDemoCard()
{
    if (!m_reader || !m_meter)
        return CardOutcome::kCardError;
    const QString path = m_reader->imagePath(0);
    m_reader->pull(); // the card leaves the station's reader
    CardOutcome outcome = CardOutcome::kFormat;
    {
        cardio::CardImage image;
        if (image.load(path).ok())
            outcome = runSession(image, image.protocol());
    }
    const bool back = m_reader->insert(0); // and goes back to it
    say(outcome, back ? tr("The card is back in the station's reader.") : m_reader->errorString());
    return outcome;
}

CardOutcome DemoMeter::insertCard(card::ByteStore &store, card::Protocol protocol)
{
    if (!m_meter)
        return CardOutcome::kCardError;
    const CardOutcome outcome = runSession(store, protocol);
    say(outcome, {});
    return outcome;
}

CardOutcome DemoMeter::runSession(card::ByteStore &store, card::Protocol protocol)
{
    m_slot.insert(&store, protocol);
    const CardOutcome outcome = m_meter->cardInserted();
    m_slot.remove();
    saveClock();
    return outcome;
}

void DemoMeter::say(CardOutcome outcome, const QString &after)
{
    QString text;
    switch (outcome) {
    case CardOutcome::kLoaded: text = tr("C-00 good: the purchase is loaded."); break;
    case CardOutcome::kReadOut: text = tr("C-01: the meter wrote its record to the card."); break;
    case CardOutcome::kNoToken:
        text = tr("C-02: nothing new on the card; the meter wrote its record to it.");
        break;
    default:
        text = tr("C-%1: the meter refused the card (docs/meter.md lists the codes).")
                   .arg(static_cast<int>(outcome), 2, 10, QLatin1Char('0'));
        break;
    }
    if (!after.isEmpty())
        text += QLatin1Char(' ') + after;
    m_message->setText(text);
    refresh();
}

void DemoMeter::run(qint64 milliseconds)
{
    if (!m_meter)
        return;
    const qint32 load = m_load->value() * 1000 * (m_reverse->isChecked() ? -1 : 1);
    while (milliseconds > 0) {
        const qint64 step = std::min<qint64>(milliseconds, 1000);
        milliseconds -= step;
        // An open relay cuts the supply: nothing flows through the meter.
        m_frontEnd.setLoad(m_relay.closed() ? load : 0);
        m_carryMilliseconds += step;
        m_clock.advance(m_carryMilliseconds / 1000);
        m_carryMilliseconds %= 1000;
        m_meter->tick(static_cast<std::uint32_t>(step), Inputs{});
    }
    refresh();
}

void DemoMeter::tick()
{
    const qint64 real = m_sinceTick.restart();
    run(real * m_speed->currentData().toInt());
}

QString DemoMeter::lcdText() const
{
    char text[16]{};
    m_meter->displayText(text);
    return QString::fromLatin1(text);
}

void DemoMeter::refresh()
{
    if (!m_meter)
        return;
    m_lcd->setText(lcdText());
    const bool alarm = m_meter->alarmLamp() == Lamp::kOn;
    const bool trip = m_meter->tripLamp() == Lamp::kOn;
    m_alarmLamp->setStyleSheet(lampStyle(alarm, "#e53935"));
    m_alarmLamp->setProperty("lit", alarm);
    m_tripLamp->setStyleSheet(lampStyle(trip, "#fdd835"));
    m_tripLamp->setProperty("lit", trip);
    m_relayState->setText(m_relay.closed() ? tr("relay closed: power on")
                                           : tr("relay open: power off"));
    const MeterState &state = m_meter->state();
    const QDateTime time =
        QDateTime(QDate(2000, 1, 1), QTime(0, 0)).addSecs(static_cast<qint64>(state.time));
    m_registers->setText(tr("%1 · forward %2 kWh · reverse %3 kWh · %4")
                             .arg(time.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  tariff::formatEnergy(state.registers.forward),
                                  tariff::formatEnergy(state.registers.reverse),
                                  QLatin1String(creditStateName(m_meter->creditState()))));
}

void DemoMeter::saveClock()
{
    QFile clockFile(QDir(m_folder).filePath(QStringLiteral("clock")));
    if (m_meter && clockFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        clockFile.write(QByteArray::number(static_cast<qint64>(m_clock.now())));
}
