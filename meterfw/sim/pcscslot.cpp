#include "ampcard/meter/pcscslot.h"

namespace ampcard::meter {

CardSlot::State PcscCardSlot::state() const
{
    return m_reader.waitForCard(m_readerName, 0).ok() ? State::kCard : State::kEmpty;
}

bool PcscCardSlot::powerOn()
{
    return m_reader.connect(m_readerName, cardio::Share::kExclusive).ok();
}

std::size_t PcscCardSlot::transmit(ConstBytes command, Bytes response)
{
    std::vector<std::uint8_t> answer;
    if (!m_reader.transmitOnce(command, answer).ok() || answer.size() > response.size())
        return 0;
    std::copy(answer.begin(), answer.end(), response.begin());
    return answer.size();
}

} // namespace ampcard::meter
