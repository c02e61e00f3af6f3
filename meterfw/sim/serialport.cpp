#include "ampcard/meter/serialport.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <array>

#include "ampcard/protocol/modbus.h"

namespace ampcard::meter {

SerialPort::SerialPort(Meter &meter, QString name, std::uint32_t baud, QObject *parent)
    : QObject(parent), m_meter(meter), m_name(std::move(name)), m_baud(baud), m_dlt645Server(meter),
      m_modbusServer(meter)
{
    m_silence.setSingleShot(true);
    m_silence.setTimerType(Qt::PreciseTimer);
    connect(&m_silence, &QTimer::timeout, this, &SerialPort::silence);
}

SerialPort::~SerialPort()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool SerialPort::open(const QString &path, QString *problem)
{
    m_fd = ::open(path.toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_fd < 0) {
        *problem = QStringLiteral("cannot open %1").arg(path);
        return false;
    }
    termios settings{};
    if (tcgetattr(m_fd, &settings) == 0) {
        cfmakeraw(&settings);
        settings.c_cflag |= PARENB; // 8E1
        tcsetattr(m_fd, TCSANOW, &settings);
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SerialPort::readable);
    return true;
}

void SerialPort::send(card::ConstBytes bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.data() + done, bytes.size() - done);
        if (n <= 0)
            return;
        done += static_cast<std::size_t>(n);
    }
}

void SerialPort::readable()
{
    std::array<std::uint8_t, 512> buffer{};
    const ssize_t n = ::read(m_fd, buffer.data(), buffer.size());
    if (n <= 0 || !m_powered)
        return;
    if (!m_modbusFrame.isEmpty() && m_sinceLastByte.isValid() &&
        m_sinceLastByte.nsecsElapsed() / 1000 > static_cast<qint64>(modbus::t15Micros(m_baud)))
        m_modbusBroken = true; // a pause inside the frame: not a Modbus frame
    m_sinceLastByte.start();
    std::array<std::uint8_t, dlt645::kMaxFrame> reply{};
    for (ssize_t i = 0; i < n; ++i) {
        m_modbusFrame.append(static_cast<char>(buffer[static_cast<std::size_t>(i)]));
        dlt645::Receiver::Event event = m_dlt645.feed(buffer[static_cast<std::size_t>(i)]);
        while (event == dlt645::Receiver::Event::kFrame) {
            const std::size_t size = m_dlt645Server.handle(m_dlt645.frame(), reply);
            if (size > 0)
                send(card::ConstBytes(reply).first(size));
            emit served(m_name, QStringLiteral("dlt645"), m_dlt645.frame().control);
            m_modbusFrame.clear(); // those bytes were a DL/T645 frame
            event = m_dlt645.poll();
        }
    }
    // A Modbus frame ends with t3.5 of silence.
    m_silence.start(std::max<int>(1, static_cast<int>(modbus::t35Micros(m_baud) / 1000)));
}

void SerialPort::silence()
{
    if (m_modbusFrame.size() < 4 || m_modbusBroken) {
        m_modbusFrame.clear();
        m_modbusBroken = false;
        return;
    }
    const card::ConstBytes frame(reinterpret_cast<const std::uint8_t *>(m_modbusFrame.constData()),
                                 static_cast<std::size_t>(m_modbusFrame.size()));
    std::array<std::uint8_t, modbus::kMaxFrame> reply{};
    const Result<modbus::Frame> decoded = modbus::decode(frame);
    const std::size_t size = m_modbusServer.handle(frame, reply);
    if (size > 0)
        send(card::ConstBytes(reply).first(size));
    if (decoded.ok()) {
        m_dlt645.reset(); // those bytes were a Modbus frame
        emit served(m_name, QStringLiteral("modbus"), decoded.value().function);
    }
    m_modbusFrame.clear();
}

} // namespace ampcard::meter
