#pragma once

#include <QStringList>

#include "ampcard/cardio/apdu.h"

// A card reader as the station sees it: readers by name, insertion and removal, a connection, and
// the APDU channel of the connected card. PcscReader is the implementation on pcsc-lite.

namespace ampcard::cardio {

enum class Share : std::uint8_t { kShared, kExclusive };

class CardReader : public ApduChannel {
public:
    // kNoReader when the reader service is not there; an empty list is not an error.
    virtual Status listReaders(QStringList *readers) = 0;
    // Wait until a card is present (or gone) in `reader`; kTimeout after `timeoutMs`.
    virtual Status waitForCard(const QString &reader, int timeoutMs) = 0;
    virtual Status waitForRemoval(const QString &reader, int timeoutMs) = 0;
    // kNoCard, kNoReader, kSharingViolation...
    virtual Status connect(const QString &reader, Share share = Share::kShared) = 0;
    virtual void disconnect() = 0;
    [[nodiscard]] virtual bool connected() const = 0;
};

} // namespace ampcard::cardio
