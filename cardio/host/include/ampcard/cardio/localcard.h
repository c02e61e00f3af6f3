#pragma once

#include "ampcard/card/cardapp.h"
#include "ampcard/cardio/apdu.h"

// The card application in process, behind the same channel as a PC/SC reader: for unit tests of
// the card service and for faults that need byte-exact control (a store that stops mid-write).

namespace ampcard::cardio {

class LocalCard final : public ApduChannel {
public:
    LocalCard(card::ByteStore &store, card::Protocol protocol) : m_application(store, protocol) {}

    card::CardApplication &application() { return m_application; }

protected:
    Status transmitRaw(card::ConstBytes command, std::vector<std::uint8_t> &response) override
    {
        response.resize(card::kMaxResponseSize);
        response.resize(m_application.process(command, response));
        return kOk;
    }

private:
    card::CardApplication m_application;
};

} // namespace ampcard::cardio
