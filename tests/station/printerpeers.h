#pragma once

#include <atomic>
#include <functional>
#include <thread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QByteArray>
#include <QString>

#include "ampcard/station/thermalprinter.h"

// Real peers for the thermal printer tests: a pty as a serial printer and a loopback TCP listener
// as a network printer, each reading what the station sends.
namespace testing {

// A pseudo-terminal standing in for a serial printer: the station writes to its slave path, the
// test reads what arrives at the master until the station closes the line.
struct SerialPrinter {
    int master = -1;
    QString path;

    SerialPrinter()
    {
        master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
            qFatal("pty");
        path = QString::fromLocal8Bit(::ptsname(master));
    }
    ~SerialPrinter() { ::close(master); }

    // What the printer receives while `send` runs.
    QByteArray receive(const std::function<void()> &send)
    {
        std::atomic<bool> done = false;
        std::thread writer([&] {
            send();
            done = true;
        });
        QByteArray got;
        char buffer[4096];
        for (;;) {
            pollfd entry{master, POLLIN, 0};
            if (::poll(&entry, 1, 100) > 0 && (entry.revents & POLLIN)) {
                const ssize_t n = ::read(master, buffer, sizeof buffer);
                if (n > 0) {
                    got.append(buffer, n);
                    continue;
                }
            }
            if (done)
                break;
        }
        writer.join();
        return got;
    }
};

// A listening socket on an ephemeral loopback port standing in for a network printer.
struct NetworkPrinter {
    int listener = -1;
    quint16 port = 0;

    explicit NetworkPrinter(int backlog = 4)
    {
        listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        if (::bind(listener, reinterpret_cast<sockaddr *>(&address), size) != 0 ||
            ::listen(listener, backlog) != 0 ||
            ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &size) != 0)
            qFatal("listen");
        port = ntohs(address.sin_port);
    }
    ~NetworkPrinter()
    {
        if (listener >= 0)
            ::close(listener);
    }
    ampcard::station::PrinterTarget target() const
    {
        return *ampcard::station::PrinterTarget::network(QStringLiteral("127.0.0.1:%1").arg(port));
    }
    // Accepts one connection and reads it to its end, while `send` runs.
    QByteArray receive(const std::function<void()> &send)
    {
        QByteArray got;
        std::thread reader([&] {
            const int connection = ::accept(listener, nullptr, nullptr);
            char buffer[4096];
            ssize_t n = 0;
            while ((n = ::read(connection, buffer, sizeof buffer)) > 0)
                got.append(buffer, n);
            ::close(connection);
        });
        send();
        reader.join();
        return got;
    }
};

} // namespace testing
