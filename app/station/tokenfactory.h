#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>

#include "ampcard/card/records.h"
#include "ampcard/station/meters.h"

namespace ampcard::station {

class SaleContext;

// The tokens the station issues: their fixed fields for a meter and a card, and the tariff that
// rides along when the meter does not run the plan's version yet. The sequence is not chosen
// here: it is taken when the sale is recorded (SaleLedger::takeSequence).
class TokenFactory {
    Q_DECLARE_TR_FUNCTIONS(CardDesk)

public:
    explicit TokenFactory(SaleContext &context) : m_ctx(context) {}

    [[nodiscard]] card::Token base(card::RecordType type, const MeterRecord &meter,
                                   quint64 serial) const;
    // A plan version the meter does not run yet rides along: the one that follows (it switches at
    // its activation), else the one in force when the meter's active tariff differs. The receipt
    // names it.
    bool addTariff(const MeterRecord &meter, const std::optional<card::ReturnRecord> &returned,
                   card::Token &token, QJsonObject &receipt);

private:
    SaleContext &m_ctx;
};

} // namespace ampcard::station
