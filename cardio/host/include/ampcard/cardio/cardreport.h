#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include "ampcard/cardio/cardservice.h"
#include "ampcard/cardio/keystore.h"

// Everything on a card as JSON: EF_ID, the current issue record's header and (with the keys) its
// token, the meter's return record; each record says whether it verified. Shared by `ampcard card
// read` and the station's Cards page (docs/card-format.md names the fields).

namespace ampcard::cardio {

class CardReport {
    Q_DECLARE_TR_FUNCTIONS(CardReport)

public:
    // `keys` may be locked: the records are then shown unverified. `allValid` is false when a
    // record failed verification.
    static QJsonObject describe(const CardContents &contents, const UtilityKeys &keys,
                                bool *allValid);
    // Indented "key: value" lines.
    static QString text(const QJsonObject &object, int indent = 0);
};

} // namespace ampcard::cardio
