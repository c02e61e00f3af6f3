#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Where raw ESC/POS bytes go: a device node (a serial port such as /dev/ttyUSB0, set raw 8N1 at
// its speed, or a USB printer class node such as /dev/usb/lp0) or a network printer's raw port
// (TCP 9100). One receipt is one open, write and close; every fault comes back as a message that
// names the printer and the cause.

namespace ampcard::station {

struct PrinterTarget {
    enum class Kind { kDevice, kNetwork };

    Kind kind = Kind::kDevice;
    QString device;       // kDevice: the node's path
    int baud = 0;         // kDevice on a serial port: 9600, 19200, 38400 or 115200; 0 leaves it
    QString host;         // kNetwork
    quint16 port = 9100;  // kNetwork
    int timeoutMs = 5000; // for the connection and for the whole write

    // "/dev/ttyUSB0" or "printer.local:9100", as messages name it.
    [[nodiscard]] QString name() const;
    // "HOST" or "HOST:PORT" (port 9100 when not given); nothing with `error` when malformed.
    static std::optional<PrinterTarget> network(const QString &address, QString *error = nullptr);
};

class ThermalPrinter {
    Q_DECLARE_TR_FUNCTIONS(ThermalPrinter)

public:
    // Sends `bytes` whole to `target`; false with `error` naming the printer and the cause.
    static bool send(const PrinterTarget &target, const QByteArray &bytes, QString *error);
};

} // namespace ampcard::station
