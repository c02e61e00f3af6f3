// ampcard-vcard: serves one Ampcard card image to pcscd through vsmartcard's vpcd driver. The card
// is the TCP client; every message is a 2-byte big-endian length and a payload. A 1-byte payload
// is a control byte (0 power off, 1 power on, 2 reset, 4 get ATR), anything else an APDU.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include "ampcard/card/cardapp.h"
#include "ampcard/cardio/cardimage.h"
#include "ampcard/cardio/cardnames.h"
#include "ampcard/tariff/errc.h"

using namespace ampcard;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 2;
constexpr int kExitTorn = 3;
constexpr int kExitUnplugged = 4;
constexpr std::uint8_t kPowerOff = 0, kPowerOn = 1, kReset = 2, kGetAtr = 4;

volatile sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

class VirtualCard {
    Q_DECLARE_TR_FUNCTIONS(VirtualCard)

public:
    VirtualCard(cardio::CardImage &image, QTextStream &log, bool quiet)
        : m_image(image), m_application(image, image.protocol()), m_log(log), m_quiet(quiet)
    {}

    // Fault injection: the reader goes away at APDU `number` (1 the first after start), before the
    // card sees it, or after the card carried it out but before the answer leaves.
    void unplugAt(qulonglong number, bool answered)
    {
        m_unplugAt = number;
        m_unplugAfterCarryingOut = answered;
    }

    int run(const QByteArray &host, quint16 port)
    {
        bool waiting = false;
        while (g_stop == 0) {
            const int socket = connectTo(host, port);
            if (socket < 0) {
                if (!waiting && !m_quiet)
                    m_log
                        << tr("waiting for vpcd at %1:%2").arg(QString::fromLatin1(host)).arg(port)
                        << Qt::endl;
                waiting = true;
                usleep(200 * 1000);
                continue;
            }
            waiting = false;
            if (!m_quiet)
                m_log << tr("card inserted in the vpcd reader at port %1").arg(port) << Qt::endl;
            m_application.reset();
            serve(socket);
            close(socket);
            if (m_image.torn()) {
                if (!m_quiet)
                    m_log << tr("card pulled during a write (torn-write fault)") << Qt::endl;
                return kExitTorn;
            }
            if (m_unplugged) {
                if (!m_quiet)
                    m_log << tr("reader unplugged at APDU %1 (fault injection)").arg(m_unplugAt)
                          << Qt::endl;
                return kExitUnplugged;
            }
            if (g_stop == 0 && !m_quiet)
                m_log << tr("vpcd closed the connection; reconnecting") << Qt::endl;
        }
        return kExitOk;
    }

private:
    static int connectTo(const QByteArray &host, quint16 port)
    {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return -1;
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        if (inet_pton(AF_INET, host.constData(), &address.sin_addr) != 1 ||
            ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            close(fd);
            return -1;
        }
        const int on = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        return fd;
    }

    // Reads exactly `size` bytes; false on end of stream, error or a stop signal.
    static bool readAll(int fd, std::uint8_t *data, std::size_t size)
    {
        std::size_t done = 0;
        while (done < size) {
            // Debian's vpcd sends the length and the payload in two writes; without QUICKACK the
            // delayed ACK costs ~40 ms per APDU. The flag does not stick, so set it every read.
            const int on = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
            const ssize_t n = recv(fd, data + done, size - done, 0);
            if (n > 0) {
                done += static_cast<std::size_t>(n);
                continue;
            }
            if (n < 0 && errno == EINTR && g_stop == 0)
                continue;
            return false;
        }
        return true;
    }

    static bool sendMessage(int fd, card::ConstBytes payload)
    {
        std::vector<std::uint8_t> message(2 + payload.size());
        message[0] = static_cast<std::uint8_t>(payload.size() >> 8);
        message[1] = static_cast<std::uint8_t>(payload.size());
        std::copy(payload.begin(), payload.end(), message.begin() + 2);
        std::size_t done = 0;
        while (done < message.size()) {
            const ssize_t n = send(fd, message.data() + done, message.size() - done, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            done += static_cast<std::size_t>(n);
        }
        return true;
    }

    void serve(int fd)
    {
        std::vector<std::uint8_t> payload;
        std::array<std::uint8_t, card::kMaxResponseSize> response{};
        while (g_stop == 0) {
            std::uint8_t length[2];
            if (!readAll(fd, length, 2))
                return;
            payload.resize(static_cast<std::size_t>((length[0] << 8) | length[1]));
            if (!payload.empty() && !readAll(fd, payload.data(), payload.size()))
                return;
            if (payload.size() == 1) {
                switch (payload[0]) {
                case kPowerOff:
                case kPowerOn:
                case kReset: m_application.reset(); break;
                case kGetAtr: {
                    const card::Atr atr = card::atrFor(m_image.protocol());
                    if (!sendMessage(fd, card::ConstBytes(atr.bytes).first(atr.size)))
                        return;
                    break;
                }
                default: break;
                }
                continue;
            }
            ++m_apdus;
            if (m_apdus == m_unplugAt && !m_unplugAfterCarryingOut) {
                m_unplugged = true;
                return; // the APDU never reaches the card
            }
            const std::size_t size = m_application.process(payload, response);
            if (m_image.torn())
                return; // the card lost power mid-write: no answer
            if (m_apdus == m_unplugAt) {
                m_unplugged = true;
                return; // carried out, but the answer never leaves
            }
            if (!sendMessage(fd, card::ConstBytes(response).first(size)))
                return;
        }
    }

    cardio::CardImage &m_image;
    card::CardApplication m_application;
    QTextStream &m_log;
    bool m_quiet;
    qulonglong m_apdus = 0;
    qulonglong m_unplugAt = 0;
    bool m_unplugAfterCarryingOut = false;
    bool m_unplugged = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ampcard-vcard"));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        VirtualCard::tr("Serves an Ampcard card image to pcscd through the vpcd virtual reader."));
    parser.addHelpOption();
    const QCommandLineOption imageOption(
        QStringLiteral("image"), VirtualCard::tr("Card image file."), QStringLiteral("FILE"));
    const QCommandLineOption portOption(
        QStringLiteral("port"), VirtualCard::tr("vpcd reader port (35963 is reader 00 00)."),
        QStringLiteral("N"), QStringLiteral("35963"));
    const QCommandLineOption hostOption(QStringLiteral("host"), VirtualCard::tr("vpcd address."),
                                        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption createOption(
        QStringLiteral("create"),
        VirtualCard::tr("Make a blank card of KIND (user, check, parameter, clear, relay-test, "
                        "key-change, preset) in a new image file."),
        QStringLiteral("KIND"));
    const QCommandLineOption serialOption(QStringLiteral("serial"),
                                          VirtualCard::tr("Serial of the new card (hex)."),
                                          QStringLiteral("S"));
    const QCommandLineOption protocolOption(QStringLiteral("protocol"),
                                            VirtualCard::tr("Protocol of the new card: t0 or t1."),
                                            QStringLiteral("P"), QStringLiteral("t0"));
    const QCommandLineOption createOnlyOption(QStringLiteral("create-only"),
                                              VirtualCard::tr("Make the card and exit."));
    const QCommandLineOption tearOption(
        QStringLiteral("tear-after"),
        VirtualCard::tr("Fault injection: lose power after N more bytes written."),
        QStringLiteral("N"));
    const QCommandLineOption unplugOption(
        QStringLiteral("unplug-at"),
        VirtualCard::tr("Fault injection: close the vpcd port (the reader is gone) when APDU N "
                        "arrives, before the card sees it, and exit."),
        QStringLiteral("N"));
    const QCommandLineOption unplugAnsweredOption(
        QStringLiteral("unplug-after-carrying-out"),
        VirtualCard::tr("With --unplug-at: the card carries APDU N out; only its answer is lost."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), VirtualCard::tr("No log lines."));
    parser.addOptions({imageOption, portOption, hostOption, createOption, serialOption,
                       protocolOption, createOnlyOption, tearOption, unplugOption,
                       unplugAnsweredOption, quietOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "ampcard-vcard: " << parser.errorText() << Qt::endl;
        return kExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(kExitOk);
    if (!parser.isSet(imageOption)) {
        err << VirtualCard::tr("ampcard-vcard: --image FILE is required") << Qt::endl;
        return kExitBadInput;
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port == 0 || port > 65535) {
        err << VirtualCard::tr("ampcard-vcard: --port must be 1 to 65535") << Qt::endl;
        return kExitBadInput;
    }

    cardio::CardImage image;
    const QString path = parser.value(imageOption);
    if (parser.isSet(createOption)) {
        const auto kind = cardio::CardNames::kindFromName(parser.value(createOption));
        const auto serial = cardio::CardNames::serialFromText(parser.value(serialOption));
        const QString protocolName = parser.value(protocolOption);
        const QString problem =
            !kind ? VirtualCard::tr("--create \"%1\" is not a card kind (user, check, parameter, "
                                    "clear, relay-test, key-change, preset)")
                        .arg(parser.value(createOption))
            : !serial ? VirtualCard::tr("--serial \"%1\" is not a serial in hex (up to 16 digits)")
                            .arg(parser.value(serialOption))
            : protocolName != QLatin1String("t0") && protocolName != QLatin1String("t1")
                ? VirtualCard::tr("--protocol \"%1\" is not t0 or t1").arg(protocolName)
                : QString();
        if (!problem.isEmpty()) {
            err << QStringLiteral("ampcard-vcard: ") << problem << Qt::endl;
            return kExitBadInput;
        }
        const QDateTime now = QDateTime::currentDateTime();
        const card::CardId id{*kind, *serial,
                              now.toSecsSinceEpoch() + now.offsetFromUtc() - 946684800};
        const Status created = image.create(
            path, id,
            protocolName == QLatin1String("t0") ? card::Protocol::kT0 : card::Protocol::kT1);
        if (!created.ok()) {
            err << VirtualCard::tr("ampcard-vcard: cannot create %1: %2")
                       .arg(path, created.code() == Errc::kInvalidState
                                      ? VirtualCard::tr("the file exists already")
                                      : describe(created.code()))
                << Qt::endl;
            return kExitBadInput;
        }
        if (parser.isSet(createOnlyOption))
            return kExitOk;
    } else {
        const Status loaded = image.load(path);
        if (!loaded.ok()) {
            err << VirtualCard::tr("ampcard-vcard: %1 is missing, damaged or not a card image")
                       .arg(path)
                << Qt::endl;
            return kExitBadInput;
        }
    }
    if (parser.isSet(tearOption)) {
        bool ok = false;
        const qulonglong budget = parser.value(tearOption).toULongLong(&ok);
        if (!ok) {
            err << VirtualCard::tr("ampcard-vcard: --tear-after takes a byte count") << Qt::endl;
            return kExitBadInput;
        }
        image.tearAfter(budget);
    }

    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr); // no SA_RESTART: a blocked recv returns EINTR
    sigaction(SIGINT, &action, nullptr);

    VirtualCard card(image, err, parser.isSet(quietOption));
    if (parser.isSet(unplugOption)) {
        bool ok = false;
        const qulonglong number = parser.value(unplugOption).toULongLong(&ok);
        if (!ok || number == 0) {
            err << VirtualCard::tr("ampcard-vcard: --unplug-at takes an APDU number from 1")
                << Qt::endl;
            return kExitBadInput;
        }
        card.unplugAt(number, parser.isSet(unplugAnsweredOption));
    }
    return card.run(parser.value(hostOption).toLatin1(), static_cast<quint16>(port));
}
