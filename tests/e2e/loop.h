#pragma once

// The parts of the whole loop for the end-to-end scenarios: a station ledger with staff and a
// CardDesk on the real pcscd + ampcard-vcard, a meter (ampcard-meter-sim or the Cortex-M3 image
// in QEMU) driven by its console, serial lines on socat ptys, and a clock the station and the meter
// share.

#include <memory>

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include "../card/cardfixtures.h"
#include "../card/pcscharness.h"
#include "../station/staff.h"
#include "ampcard/cardio/pcscreader.h"
#include "ampcard/station/carddesk.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/remotemeter.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/tariff/tarifffile.h"

namespace testing {

using namespace ampcard;

constexpr const char *kLoopMeter = "310100000001";

// Two steps a month: 50 kWh at 0.5000, the rest at 0.8000.
inline constexpr const char *kLadder =
    R"({"name":"L2","currency":"KES","settlement":{"mode":"monthly","day":1,"hour":0},)"
    R"("steps":[{"upTo":"50","price":"0.5000"},{"price":"0.8000"}]})";
// No alarm trips (they would hold the load off for two minutes) unless a scenario wants them.
inline constexpr const char *kQuietCredit =
    R"({"alarm1": "0", "alarm2": "0", "closeAllow": "0", "hoardingLimit": "5000"})";

inline qint64 money(const QString &text)
{
    const auto value = tariff::moneyFromText(text);
    if (!value)
        qFatal("not money: %s", qPrintable(text));
    return value->raw();
}

// A meter driven through a console that answers each command with one JSON line (events come
// aside): ampcard-meter-sim on stdin/stdout, or the QEMU image on its console UART.
class MeterConsole {
public:
    bool start(const QString &program, const QStringList &arguments,
               const QString &workingDirectory = {})
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        if (!workingDirectory.isEmpty())
            m_process.setWorkingDirectory(workingDirectory);
        m_process.start(program, arguments);
        return m_process.waitForStarted(10000);
    }
    ~MeterConsole() { stop(); }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    // The next line that is an event of `kind` (e.g. the QEMU image's boot).
    QJsonObject event(const QString &kind)
    {
        for (int i = 0; i < m_events.size(); ++i)
            if (m_events[i][QStringLiteral("event")].toString() == kind)
                return m_events.takeAt(i);
        for (;;) {
            const QJsonObject line = next(60000);
            if (line.isEmpty() || line[QStringLiteral("event")].toString() == kind)
                return line;
            m_events << line;
        }
    }
    QJsonObject command(const QString &text)
    {
        m_process.write(text.toUtf8() + '\n');
        for (;;) {
            const QJsonObject answer = next(60000);
            if (answer.isEmpty())
                return {{QStringLiteral("error"), QStringLiteral("no answer to ") + text}};
            if (answer.contains(QStringLiteral("event"))) {
                m_events << answer;
                continue;
            }
            return answer;
        }
    }
    // The events of `kind` that came with the answers so far, oldest first; they are taken.
    QList<QJsonObject> takeEvents(const QString &kind)
    {
        QList<QJsonObject> taken;
        for (qsizetype i = 0; i < m_events.size();) {
            if (m_events[i][QStringLiteral("event")].toString() == kind)
                taken << m_events.takeAt(i);
            else
                ++i;
        }
        return taken;
    }
    QJsonObject status() { return command(QStringLiteral("status")); }
    qint64 remaining() { return money(status()[QStringLiteral("remaining")].toString()); }
    // Consumption at `watts` for `seconds`, then no load.
    void consume(int watts, int seconds)
    {
        command(QStringLiteral("load %1").arg(watts));
        command(QStringLiteral("advance %1").arg(seconds));
        command(QStringLiteral("load 0"));
    }

private:
    QJsonObject next(int timeoutMs)
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(timeoutMs))
                return {};
        }
        return QJsonDocument::fromJson(m_process.readLine().trimmed()).object();
    }

    QProcess m_process;
    QList<QJsonObject> m_events;
};

inline bool writeCreditFile(const QString &path, const QByteArray &json)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(json) == json.size();
}

// A serial line on a socat pty pair (`meterSide` for the meter, `stationSide` for the station),
// or a pty bridged to a TCP serial port (QEMU's UART).
class SerialLine {
public:
    bool start(const QString &directory, const QString &name, quint16 tcpPort = 0)
    {
        meterSide = directory + QLatin1Char('/') + name + QStringLiteral("-meter");
        stationSide = directory + QLatin1Char('/') + name + QStringLiteral("-station");
        const QString far = tcpPort != 0 ? QStringLiteral("tcp:127.0.0.1:%1").arg(tcpPort)
                                         : QStringLiteral("pty,raw,echo=0,link=") + meterSide;
        m_socat.start(QStringLiteral("socat"),
                      {QStringLiteral("pty,raw,echo=0,link=") + stationSide, far});
        if (!m_socat.waitForStarted(5000))
            return false;
        for (int i = 0; i < 100 && !QFile::exists(stationSide); ++i)
            QThread::msleep(20);
        return QFile::exists(stationSide);
    }
    ~SerialLine()
    {
        m_socat.terminate();
        m_socat.waitForFinished(5000);
    }
    QString meterSide;
    QString stationSide;

private:
    QProcess m_socat;
};

// The station's side: a ledger with one operator of each role (shifts open), the L2-style plan
// given, and a CardDesk on vpcd whose clock is `now` (the meter's clock follows it).
class Station {
public:
    QTemporaryDir dir;
    station::Ledger ledger;
    Staff staff;
    cardio::UtilityKeys keys = utilityKeys(kUtility, kSeed);
    VirtualCardProcess vcard;
    cardio::PcscReader reader;
    std::unique_ptr<station::CardDesk> desk;
    QDateTime now; // UTC, whole minutes

    // Empty when all is set up, else what failed.
    // `referenceData` false: a network station that takes customers, meters, cards and plans
    // from the server (operators only, no plan, no card of its own in the reader).
    QString setUp(const char *planJson, const QDateTime &start, tariff::Money hoardingLimit,
                  bool referenceData = true)
    {
        now = start;
        if (!ledger.open(dir.filePath(QStringLiteral("ledger.sqlite")), true) ||
            !(referenceData ? seed(ledger, staff) : staff.hire(ledger)))
            return QStringLiteral("ledger: ") + ledger.errorString();
        station::StationSettings settings;
        settings.utilityId = kUtility;
        settings.stationNumber = 7;
        settings.fees.vatBasisPoints = 1600;
        settings.fees.debtBasisPoints = 2500;
        settings.hoardingLimit = hoardingLimit;
        if (!station::Settings(ledger).save(*staff.admin, settings))
            return QStringLiteral("settings");
        if (referenceData && station::TariffPlans(ledger).addVersion(
                                 *staff.supervisor, QStringLiteral("L2"), QByteArray(planJson),
                                 QDateTime::currentDateTimeUtc()) <= 0)
            return QStringLiteral("plan");
        if (!station::Shifts(ledger).open(*staff.installer) ||
            !station::Shifts(ledger).open(*staff.cashier))
            return QStringLiteral("shifts");
        if (!referenceData) {
            desk =
                std::make_unique<station::CardDesk>(ledger, keys, reader, [this] { return now; });
            return {};
        }
        if (!createCard(dir.filePath(QStringLiteral("card.img")), "user", "1001", "t1"))
            return QStringLiteral("card image");
        if (!atCounter(card()))
            return QStringLiteral("vcard on vpcd");
        desk = std::make_unique<station::CardDesk>(ledger, keys, reader, [this] { return now; });
        if (!writeMeterKeyFile(dir.filePath(QStringLiteral("meter.key"))))
            return QStringLiteral("meter key");
        return {};
    }
    QString card() const { return dir.filePath(QStringLiteral("card.img")); }
    // ampcard-meter-sim on this station's folder (state, meter key, `credit` parameters), its
    // clock at the station's, with an RS-485 port when `rs485` names one.
    bool startSimulator(MeterConsole &meter, const QByteArray &credit, const QString &rs485 = {})
    {
        const QString creditFile = dir.filePath(QStringLiteral("credit.json"));
        if (!writeCreditFile(creditFile, credit))
            return false;
        QStringList arguments = {
            QStringLiteral("--state"),    dir.filePath(QStringLiteral("state")),
            QStringLiteral("--key-file"), dir.filePath(QStringLiteral("meter.key")),
            QStringLiteral("--credit"),   creditFile,
            QStringLiteral("--time"),     meterTime()};
        if (!rs485.isEmpty())
            arguments << QStringLiteral("--rs485") << rs485;
        return meter.start(QStringLiteral(AMPCARD_METER_SIM), arguments);
    }
    // The meter's clock as its console takes it (local time).
    QString meterTime() const
    {
        return now.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    }
    // A card goes into the station's reader (a new card session).
    bool atCounter(const QString &image)
    {
        return vcard.start(image) && reader.connect(kVpcdReader).ok();
    }
    // The card leaves the counter for the meter: `meter` takes it; the outcome code (C-00...).
    QString toMeter(MeterConsole &meter, const QString &image)
    {
        vcard.stop();
        const QString code =
            meter.command(QStringLiteral("insert ") + image)[QStringLiteral("code")].toString();
        meter.command(QStringLiteral("remove"));
        return code;
    }
    // Consumption on the meter; the station's clock moves with it.
    void consume(MeterConsole &meter, int watts, int seconds)
    {
        meter.consume(watts, seconds);
        now = now.addSecs(seconds);
    }
    std::optional<QJsonObject> sell(qint64 whole)
    {
        station::SaleRequest request;
        request.money = tariff::Money::fromWhole(whole);
        return desk->sell(*staff.cashier, QLatin1String(kLoopMeter), request);
    }
    std::optional<QJsonObject> open(tariff::Money presetRecovery = {})
    {
        station::AccountRequest opening;
        opening.customerNumber = QStringLiteral("C-1");
        opening.meter.number = QLatin1String(kLoopMeter);
        opening.meter.tariffPlan = QStringLiteral("L2");
        opening.presetRecovery = presetRecovery;
        return desk->openAccount(*staff.installer, opening);
    }
    // What `kWh` from the meter's state on the card costs, as the station quotes it.
    std::optional<station::SaleQuote> quoteEnergy(qint64 kWh)
    {
        const auto check = desk->inspect(*staff.cashier);
        if (!check)
            return std::nullopt;
        station::SaleRequest byEnergy;
        byEnergy.by = station::SaleRequest::By::kEnergy;
        byEnergy.energy = tariff::Energy::fromWhole(kWh);
        return desk->quote(*check, byEnergy);
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(ledger.database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
    // The credit of every completed sale: what the meter must have loaded, no more, no less.
    qint64 creditSold()
    {
        return scalar(QStringLiteral("SELECT coalesce(sum(credit), 0) FROM sales WHERE state = "
                                     "'complete' AND kind IN ('purchase', 'opening')"));
    }
};

// A remote line that loses the meter's answer to the token (a fault a real line cannot be made
// to produce on demand): the token reaches the meter when `delivers`, and the answers to the next
// `silentReads` state reads are lost too.
class LossyLine final : public station::RemoteMeter {
public:
    LossyLine(station::RemoteMeter &line, bool delivers, int silentReads)
        : m_line(line), m_delivers(delivers), m_silentReads(silentReads)
    {}
    Status state(const QString &meter, station::RemoteState *state) override
    {
        if (m_lost && m_silentReads > 0) {
            --m_silentReads;
            return Errc::kTimeout;
        }
        return m_line.state(meter, state);
    }
    Status deliver(const QString &meter, const std::vector<std::uint8_t> &token,
                   std::uint8_t *outcome) override
    {
        if (m_delivers) {
            std::uint8_t ignored = 0;
            (void)m_line.deliver(meter, token, &ignored);
        }
        m_lost = true;
        *outcome = 0xFF;
        return Errc::kTimeout;
    }

private:
    station::RemoteMeter &m_line;
    bool m_delivers;
    int m_silentReads;
    bool m_lost = false;
};

} // namespace testing
