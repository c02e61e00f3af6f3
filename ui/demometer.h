#pragma once

#include <memory>

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include "ampcard/meter/fakes.h"
#include "ampcard/meter/meter.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class VirtualReader;

namespace ampcard::cardio {
class UtilityKeys;
}
namespace ampcard::station {
class Workstation;
}

// The demo a newcomer starts with: the demo customer's account opened on demo card 1, a shift
// open, and a meter to take the card to.
namespace demo {
inline constexpr const char *kMeter = "310100000001";
inline constexpr const char *kCustomer = "DEMO-1";
inline constexpr const char *kPlan = "DEMO";

// Opens account DEMO-1 on meter kMeter with plan DEMO on the card in the reader (demo card 1) and
// opens the signed-in operator's shift. Says why on failure.
bool openAccount(ampcard::station::Workstation &context, QString *error);
} // namespace demo

// The demo meter: the real meter logic (ampcard_meter, as in the firmware) in the station's
// process, on the host fakes of its hardware, with its state in `folder`. It shows the LCD, the
// alarm and trip lamps and the relay; the newcomer sets the load (or reverse flow) and how fast
// its clock runs, and inserts demo card 1 with one click: the card leaves the station's virtual
// reader, the meter reads it, and it goes back to the reader.
class DemoMeter : public QWidget {
    Q_OBJECT

public:
    DemoMeter(const ampcard::cardio::UtilityKeys &keys, QString folder, VirtualReader *reader,
              QWidget *parent = nullptr);
    ~DemoMeter() override;

    // Boots the meter from its folder, or makes meter kMeter for the utility's keys.
    bool start(QString *error);
    // The card session with demo card 1; shows the meter's code ("C-00").
    ampcard::meter::CardOutcome insertDemoCard();
    // The card session with any card's bytes (the screenshots use an in-memory card).
    ampcard::meter::CardOutcome insertCard(ampcard::card::ByteStore &store,
                                           ampcard::card::Protocol protocol);
    // Runs the meter for `milliseconds` of its own time at the set load.
    void run(qint64 milliseconds);
    [[nodiscard]] QString lcdText() const;
    [[nodiscard]] const ampcard::meter::Meter &meter() const { return *m_meter; }

private:
    void tick();
    void refresh();
    void saveClock();
    void say(ampcard::meter::CardOutcome outcome, const QString &after);
    ampcard::meter::CardOutcome runSession(ampcard::card::ByteStore &store,
                                           ampcard::card::Protocol protocol);

    QString m_folder;
    VirtualReader *m_reader;
    std::array<std::uint8_t, 16> m_key{};
    bool m_keyKnown = false;
    ampcard::card::LineSecrets m_line; // the passwords the demo meter is commissioned with
    std::uint32_t m_utilityId = 0;
    ampcard::meter::FakeNv m_nv;
    ampcard::meter::FakeRelay m_relay;
    ampcard::meter::FakeFrontEnd m_frontEnd;
    ampcard::meter::FakeClock m_clock;
    ampcard::meter::FakeDisplay m_display;
    ampcard::meter::StoreCardSlot m_slot;
    std::unique_ptr<ampcard::meter::Meter> m_meter;
    qint64 m_carryMilliseconds = 0;
    QTimer m_timer;
    QElapsedTimer m_sinceTick;

    QLabel *m_lcd;
    QLabel *m_alarmLamp;
    QLabel *m_tripLamp;
    QLabel *m_relayState;
    QLabel *m_registers;
    QLabel *m_message;
    QSpinBox *m_load;
    QCheckBox *m_reverse;
    QComboBox *m_speed;
    QPushButton *m_insert;
};
