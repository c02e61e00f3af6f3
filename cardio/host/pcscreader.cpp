#include "ampcard/cardio/pcscreader.h"

#include <PCSC/pcsclite.h>

#include <QElapsedTimer>

namespace ampcard::cardio {

PcscReader::PcscReader() = default;

PcscReader::~PcscReader()
{
    disconnect();
    if (m_established)
        SCardReleaseContext(m_context);
}

Status PcscReader::fromPcsc(LONG result)
{
    switch (result) {
    case SCARD_S_SUCCESS: return kOk;
    case SCARD_E_NO_READERS_AVAILABLE:
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
    case SCARD_E_READER_UNAVAILABLE: return Errc::kNoReader;
    case SCARD_E_NO_SMARTCARD: return Errc::kNoCard;
    case SCARD_W_REMOVED_CARD:
    case SCARD_W_RESET_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_E_NOT_TRANSACTED:
    case SCARD_W_UNRESPONSIVE_CARD: return Errc::kCardRemoved;
    case SCARD_E_SHARING_VIOLATION: return Errc::kSharingViolation;
    case SCARD_E_TIMEOUT: return Errc::kTimeout;
    default: return Errc::kReaderError;
    }
}

Status PcscReader::establish()
{
    if (m_established)
        return kOk;
    const LONG result = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_context);
    if (result != SCARD_S_SUCCESS)
        return Errc::kNoReader;
    m_established = true;
    return kOk;
}

Status PcscReader::listReaders(QStringList *readers)
{
    AMPCARD_TRY(establish());
    readers->clear();
    DWORD size = 0;
    LONG result = SCardListReaders(m_context, nullptr, nullptr, &size);
    if (result == SCARD_E_NO_READERS_AVAILABLE)
        return kOk;
    AMPCARD_TRY(fromPcsc(result));
    QByteArray names(static_cast<qsizetype>(size), '\0');
    result = SCardListReaders(m_context, nullptr, names.data(), &size);
    if (result == SCARD_E_NO_READERS_AVAILABLE)
        return kOk;
    AMPCARD_TRY(fromPcsc(result));
    for (const QByteArray &name : names.split('\0')) {
        if (!name.isEmpty())
            readers->append(QString::fromUtf8(name));
    }
    return kOk;
}

Status PcscReader::waitFor(const QString &reader, bool present, int timeoutMs)
{
    AMPCARD_TRY(establish());
    const QByteArray name = reader.toUtf8();
    SCARD_READERSTATE state{};
    state.szReader = name.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left < 0)
            return Errc::kTimeout;
        const LONG result = SCardGetStatusChange(m_context, static_cast<DWORD>(left), &state, 1);
        if (result == SCARD_E_TIMEOUT)
            return Errc::kTimeout;
        AMPCARD_TRY(fromPcsc(result));
        if ((state.dwEventState & SCARD_STATE_UNKNOWN) != 0)
            return Errc::kNoReader;
        const bool isPresent = (state.dwEventState & SCARD_STATE_PRESENT) != 0 &&
                               (state.dwEventState & SCARD_STATE_MUTE) == 0;
        if (isPresent == present)
            return kOk;
        state.dwCurrentState = state.dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
    }
}

Status PcscReader::waitForCard(const QString &reader, int timeoutMs)
{
    return waitFor(reader, true, timeoutMs);
}

Status PcscReader::waitForRemoval(const QString &reader, int timeoutMs)
{
    return waitFor(reader, false, timeoutMs);
}

Status PcscReader::connect(const QString &reader, Share share)
{
    disconnect();
    AMPCARD_TRY(establish());
    DWORD active = 0;
    const LONG result =
        SCardConnect(m_context, reader.toUtf8().constData(),
                     share == Share::kExclusive ? SCARD_SHARE_EXCLUSIVE : SCARD_SHARE_SHARED,
                     SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &m_card, &active);
    AMPCARD_TRY(fromPcsc(result));
    m_connected = true;
    m_protocol = active == SCARD_PROTOCOL_T0 ? card::Protocol::kT0 : card::Protocol::kT1;

    char readerName[MAX_READERNAME];
    DWORD readerLength = sizeof readerName;
    DWORD state = 0;
    DWORD protocol = 0;
    unsigned char atr[MAX_ATR_SIZE];
    DWORD atrLength = sizeof atr;
    if (SCardStatus(m_card, readerName, &readerLength, &state, &protocol, atr, &atrLength) ==
        SCARD_S_SUCCESS)
        m_atr = QByteArray(reinterpret_cast<const char *>(atr), static_cast<qsizetype>(atrLength));
    return kOk;
}

void PcscReader::disconnect()
{
    if (m_connected)
        SCardDisconnect(m_card, SCARD_LEAVE_CARD);
    m_connected = false;
    m_atr.clear();
}

Status PcscReader::transmitRaw(card::ConstBytes command, std::vector<std::uint8_t> &response)
{
    if (!m_connected)
        return Errc::kNoCard;
    response.resize(card::kMaxResponseSize);
    DWORD length = static_cast<DWORD>(response.size());
    const SCARD_IO_REQUEST *pci = m_protocol == card::Protocol::kT0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    const LONG result =
        SCardTransmit(m_card, pci, command.data(), static_cast<DWORD>(command.size()), nullptr,
                      response.data(), &length);
    if (result != SCARD_S_SUCCESS) {
        response.clear();
        const Status status = fromPcsc(result);
        if (status.code() == Errc::kCardRemoved || status.code() == Errc::kNoReader)
            disconnect();
        return status;
    }
    response.resize(length);
    return kOk;
}

} // namespace ampcard::cardio
