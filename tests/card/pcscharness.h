#pragma once

#include <functional>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTest>
#include <QThread>

#include "ampcard/cardio/pcscreader.h"
#include "cardfixtures.h"

// Runs ampcard-vcard processes against the machine's pcscd (started here when it is not running)
// through vpcd's readers. Tests that use it hold the ctest resource lock "vpcd".
namespace testing {

inline constexpr quint16 kVpcdPort = 35963;
inline const QString kVpcdReader = QStringLiteral("Virtual PCD 00 00");
// vpcd's second reader; tests alternate between the two so that one reader's removal is noticed
// by pcscd (it polls every 400 ms) while the other is in use.
inline constexpr quint16 kVpcdPort2 = 35964;
inline const QString kVpcdReader2 = QStringLiteral("Virtual PCD 00 01");

inline QString readerForPort(quint16 port)
{
    return port == kVpcdPort ? kVpcdReader : kVpcdReader2;
}

inline bool pcscdSocketExists()
{
    return QFile::exists(QStringLiteral("/run/pcscd/pcscd.comm"));
}

// True once nothing listens on vpcd's first port: an exiting pcscd holds it for a while after its
// socket file is gone, and a pcscd started meanwhile runs without vpcd's readers.
inline bool vpcdPortFree()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(kVpcdPort);
    address.sin_addr.s_addr = htonl(INADDR_ANY);
    const bool free = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return free;
}

inline bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs; waited += 100) {
        if (condition())
            return true;
        QThread::msleep(100);
    }
    return condition();
}

// Stops the machine's pcscd and waits until both its socket and vpcd's port are released.
inline void stopPcscd()
{
    QProcess::execute(QStringLiteral("pkill"), {QStringLiteral("-x"), QStringLiteral("pcscd")});
    waitFor([] { return !pcscdSocketExists(); }, 5000);
    waitFor(vpcdPortFree, 15000);
}

// True when pcscd answers with the vpcd reader listed; starts it if needed. A pcscd that runs
// without the reader (it started while an exiting one still held vpcd's port, or vpcd was
// installed after it started) is restarted.
inline bool ensurePcscd(QString *why)
{
    auto readerListed = [] {
        ampcard::cardio::PcscReader reader;
        QStringList readers;
        return reader.listReaders(&readers).ok() && readers.contains(kVpcdReader);
    };
    if (pcscdSocketExists() && readerListed())
        return true;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (attempt > 0 || pcscdSocketExists())
            stopPcscd();
        else
            waitFor(vpcdPortFree, 15000);
        if (!QProcess::startDetached(QStringLiteral("pcscd"), {})) {
            *why = QStringLiteral("pcscd is not running and could not be started (install pcscd "
                                  "and vsmartcard-vpcd: bash scripts/deps.sh card)");
            return false;
        }
        if (waitFor([&] { return pcscdSocketExists() && readerListed(); }, 10000))
            return true;
    }
    *why = QStringLiteral("pcscd started three times but does not list \"%1\" (is "
                          "vsmartcard-vpcd installed, and is port %2 free?)")
               .arg(kVpcdReader)
               .arg(kVpcdPort);
    return false;
}

class VirtualCardProcess {
public:
    explicit VirtualCardProcess(quint16 port = kVpcdPort) : m_port(port) {}
    ~VirtualCardProcess() { stop(); }

    [[nodiscard]] QString reader() const { return readerForPort(m_port); }

    // Starts ampcard-vcard on an image and waits until pcscd sees the card.
    bool start(const QString &image, const QStringList &extra = {})
    {
        stop();
        ampcard::cardio::PcscReader pcsc;
        if (!pcsc.waitForRemoval(reader(), 5000).ok())
            return false;
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(AMPCARD_VCARD),
                        QStringList{QStringLiteral("--image"), image, QStringLiteral("--port"),
                                    QString::number(m_port), QStringLiteral("--quiet")} +
                            extra);
        if (!m_process.waitForStarted(5000))
            return false;
        return pcsc.waitForCard(reader(), 10000).ok();
    }

    // Pulls the card. pcscd notices within its poll interval; start() waits for that.
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Waits for the process to end on its own (a torn write) and returns its exit code.
    int waitForExit(int timeoutMs)
    {
        if (!m_process.waitForFinished(timeoutMs))
            return -1;
        return m_process.exitCode();
    }

    QProcess &process() { return m_process; }

private:
    quint16 m_port;
    QProcess m_process;
};

// The meter's visit to the card in vpcd's first reader: it loads the card's record and writes its
// return record (active tariff id 1, nothing consumed: it holds all it loaded).
inline ampcard::Status meterVisitsOnVpcd(FakeMeter &meter)
{
    ampcard::cardio::PcscReader reader;
    AMPCARD_TRY(reader.connect(kVpcdReader));
    ampcard::cardio::CardService service(reader);
    const ampcard::card::PortableAead key = meterAead(kUtility, kSeed, meter.meter, 1);
    ampcard::card::ReturnRecord record;
    record.activeTariffId = 1;
    record.time = 800'000'000 + meter.lastSequence;
    return meterVisits(service, key, meter, record, Consumption::kNone);
}

// Makes a blank card image.
inline bool createCard(const QString &image, const char *kind, const char *serial,
                       const char *protocol = "t0")
{
    QFile::remove(image);
    return QProcess::execute(QStringLiteral(AMPCARD_VCARD),
                             {QStringLiteral("--image"), image, QStringLiteral("--create"),
                              QLatin1String(kind), QStringLiteral("--serial"),
                              QLatin1String(serial), QStringLiteral("--protocol"),
                              QLatin1String(protocol), QStringLiteral("--create-only")}) == 0;
}

} // namespace testing
