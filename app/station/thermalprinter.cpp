#include "ampcard/station/thermalprinter.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

#include <QElapsedTimer>

namespace ampcard::station {

namespace {

class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    [[nodiscard]] int get() const { return m_fd; }

private:
    int m_fd;
};

QString causeOf(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

std::optional<speed_t> speedOf(int baud)
{
    switch (baud) {
    case 9600: return B9600;
    case 19200: return B19200;
    case 38400: return B38400;
    case 115200: return B115200;
    default: return std::nullopt;
    }
}

// Waits until `fd` can take `events`, at most until `deadline` ms on `clock`: 1 ready, 0 timed out,
// -1 failed (errno set).
int waitFor(int fd, short events, const QElapsedTimer &clock, int deadline)
{
    for (;;) {
        const qint64 left = deadline - clock.elapsed();
        if (left <= 0)
            return 0;
        pollfd entry{fd, events, 0};
        const int ready = ::poll(&entry, 1, static_cast<int>(left));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready > 0 && (entry.revents & (POLLERR | POLLHUP | POLLNVAL)) &&
            !(entry.revents & events)) {
            errno = EPIPE;
            return -1;
        }
        return ready;
    }
}

} // namespace

QString PrinterTarget::name() const
{
    if (kind == Kind::kDevice)
        return device;
    return host + QLatin1Char(':') + QString::number(port);
}

std::optional<PrinterTarget> PrinterTarget::network(const QString &address, QString *error)
{
    PrinterTarget target;
    target.kind = Kind::kNetwork;
    const QString text = address.trimmed();
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    target.host = colon < 0 ? text : text.left(colon);
    bool ok = true;
    if (colon >= 0) {
        const uint port = text.mid(colon + 1).toUInt(&ok);
        ok = ok && port > 0 && port <= 65535;
        target.port = static_cast<quint16>(port);
    }
    if (target.host.isEmpty() || !ok) {
        if (error)
            *error = ThermalPrinter::tr("\"%1\" is not a printer's address: write HOST or "
                                        "HOST:PORT, for example 192.0.2.10:9100.")
                         .arg(text);
        return std::nullopt;
    }
    return target;
}

namespace {

// The open descriptor of `target`, or -1 with `cause` saying why.
int openDevice(const PrinterTarget &target, QString *cause)
{
    const int fd = ::open(target.device.toLocal8Bit().constData(),
                          O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENODEV || error == ENXIO)
            *cause = ThermalPrinter::tr("it is not there (%1): check that it is plugged in and "
                                        "switched on, and the device in Administration.")
                         .arg(causeOf(error));
        else if (error == EACCES || error == EPERM)
            *cause = ThermalPrinter::tr("permission denied: the station's user must be in the "
                                        "group that owns the device (often lp or dialout).");
        else
            *cause = ThermalPrinter::tr("it cannot be opened (%1).").arg(causeOf(error));
        return -1;
    }
    if (!::isatty(fd))
        return fd;
    termios settings{};
    if (::tcgetattr(fd, &settings) != 0) {
        *cause = ThermalPrinter::tr("its serial settings cannot be read (%1).").arg(causeOf(errno));
        ::close(fd);
        return -1;
    }
    ::cfmakeraw(&settings);
    settings.c_cflag &= ~static_cast<tcflag_t>(PARENB | CSTOPB | CSIZE | CRTSCTS);
    settings.c_cflag |= CS8 | CLOCAL | CREAD;
    if (target.baud != 0) {
        const std::optional<speed_t> speed = speedOf(target.baud);
        if (!speed) {
            *cause = ThermalPrinter::tr("%1 baud is not a speed it can be set to: choose 9600, "
                                        "19200, 38400 or 115200.")
                         .arg(target.baud);
            ::close(fd);
            return -1;
        }
        ::cfsetispeed(&settings, *speed);
        ::cfsetospeed(&settings, *speed);
    }
    if (::tcsetattr(fd, TCSANOW, &settings) != 0) {
        *cause = ThermalPrinter::tr("its serial line cannot be set (%1).").arg(causeOf(errno));
        ::close(fd);
        return -1;
    }
    return fd;
}

QString refusedOr(int error)
{
    return error == ECONNREFUSED
               ? ThermalPrinter::tr("it refused the connection: is it switched on, and is the "
                                    "port right (usually 9100)?")
               : ThermalPrinter::tr("no connection (%1).").arg(causeOf(error));
}

QString silentFor(int timeoutMs)
{
    return ThermalPrinter::tr("it did not answer within %1 s: is it switched on, online and "
                              "not out of paper?")
        .arg(timeoutMs / 1000.0);
}

// A connected socket to `target`, or -1 with `cause` saying why.
int connectTo(const PrinterTarget &target, const QElapsedTimer &clock, QString *cause)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const int lookup = ::getaddrinfo(target.host.toUtf8().constData(),
                                     QByteArray::number(target.port).constData(), &hints, &found);
    if (lookup != 0 || !found) {
        *cause = ThermalPrinter::tr("its address cannot be found (%1).")
                     .arg(QString::fromLocal8Bit(::gai_strerror(lookup)));
        return -1;
    }
    const int fd = ::socket(found->ai_family, found->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *cause = refusedOr(errno);
        ::freeaddrinfo(found);
        return -1;
    }
    const int connected = ::connect(fd, found->ai_addr, found->ai_addrlen);
    const int error = errno;
    ::freeaddrinfo(found);
    if (connected == 0)
        return fd;
    int problem = error;
    if (error == EINPROGRESS) {
        const int ready = waitFor(fd, POLLOUT, clock, target.timeoutMs);
        if (ready == 0) {
            *cause = silentFor(target.timeoutMs);
            ::close(fd);
            return -1;
        }
        socklen_t size = sizeof problem;
        if (ready < 0 || ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &problem, &size) != 0)
            problem = errno;
        if (problem == 0)
            return fd;
    }
    *cause = refusedOr(problem);
    ::close(fd);
    return -1;
}

} // namespace

bool ThermalPrinter::send(const PrinterTarget &target, const QByteArray &bytes, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    QString cause;
    const bool network = target.kind == PrinterTarget::Kind::kNetwork;
    const Descriptor printer(network ? connectTo(target, clock, &cause)
                                     : openDevice(target, &cause));
    qsizetype written = 0;
    while (cause.isEmpty() && written < bytes.size()) {
        const int ready = waitFor(printer.get(), POLLOUT, clock, target.timeoutMs);
        if (ready == 0) {
            cause = silentFor(target.timeoutMs);
            break;
        }
        const char *data = bytes.constData() + written;
        const auto size = static_cast<std::size_t>(bytes.size() - written);
        const ssize_t sent = ready < 0 ? -1
                             : network ? ::send(printer.get(), data, size, MSG_NOSIGNAL)
                                       : ::write(printer.get(), data, size);
        if (sent > 0) {
            written += sent;
        } else if (sent < 0 && (errno == EAGAIN || errno == EINTR)) {
            continue;
        } else if (sent == 0) {
            cause = tr("it took %1 of %2 bytes and no more (short write).")
                        .arg(written)
                        .arg(bytes.size());
        } else {
            cause = written > 0 ? tr("it stopped after %1 of %2 bytes (%3).")
                                      .arg(written)
                                      .arg(bytes.size())
                                      .arg(causeOf(errno))
                                : tr("it cannot be written to (%1).").arg(causeOf(errno));
        }
    }
    if (cause.isEmpty() && network) {
        // Done sending; whatever the printer says back (status bytes) is read and dropped until it
        // closes, briefly, so that closing with unread input cannot reset what is still queued.
        ::shutdown(printer.get(), SHUT_WR);
        const int drainUntil =
            static_cast<int>(std::min<qint64>(clock.elapsed() + 1000, target.timeoutMs));
        char ignored[256];
        while (waitFor(printer.get(), POLLIN, clock, drainUntil) > 0 &&
               ::read(printer.get(), ignored, sizeof ignored) > 0) {
        }
    }
    if (cause.isEmpty())
        return true;
    *error = tr("Printer %1: %2").arg(target.name(), cause);
    return false;
}

} // namespace ampcard::station
