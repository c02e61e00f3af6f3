#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <QTimer>

#include "ampcard/meter/dlt645server.h"
#include "ampcard/meter/modbusserver.h"
#include "ampcard/protocol/dlt645.h"

// One of the meter's serial ports on a tty (a pty in tests): both protocols on the same line. Every
// byte goes to the DL/T645 receive state machine; the same bytes make a Modbus frame once the line
// has been silent for t3.5 at the port's baud rate, unless a gap longer than t1.5 broke it.

namespace ampcard::meter {

class SerialPort : public QObject {
    Q_OBJECT

public:
    SerialPort(Meter &meter, QString name, std::uint32_t baud, QObject *parent = nullptr);
    ~SerialPort() override;

    // Opens the tty raw; false with a reason in *problem.
    bool open(const QString &path, QString *problem);
    void setBaud(std::uint32_t baud) { m_baud = baud; }
    // A meter without power hears nothing: bytes are read and dropped.
    void setPowered(bool powered) { m_powered = powered; }

signals:
    // A frame was answered (for the JSON event lines).
    void served(const QString &port, const QString &protocol, int control);

private:
    void readable();
    void silence();
    void send(card::ConstBytes bytes);

    Meter &m_meter;
    QString m_name;
    std::uint32_t m_baud;
    int m_fd = -1;
    bool m_powered = true;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_silence;
    dlt645::Receiver m_dlt645;
    Dlt645Server m_dlt645Server;
    ModbusServer m_modbusServer;
    QByteArray m_modbusFrame;
    // Modbus: a gap longer than t1.5 inside a frame makes the whole frame invalid.
    QElapsedTimer m_sinceLastByte;
    bool m_modbusBroken = false;
};

} // namespace ampcard::meter
