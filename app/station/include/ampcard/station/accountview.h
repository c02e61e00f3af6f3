#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "ampcard/card/records.h"

// What the counter and the reports say about an account from the meter's newest record: the
// signs of theft, in one list, so the Sell page and the suspicious-meters report never disagree.

namespace ampcard::station {

class AccountView {
    Q_DECLARE_TR_FUNCTIONS(AccountView)

public:
    // Reverse energy, tamper events, illegal cards tried (translated, one phrase each).
    static QStringList theftHints(const card::ReturnRecord &record);
};

} // namespace ampcard::station
