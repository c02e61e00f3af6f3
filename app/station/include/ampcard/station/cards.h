#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

// The cards a station has issued: serial, kind (ampcard::card::CardKind values), the meter a user
// card is bound to, and the blacklist. A meter has at most one active user card; a lost card is
// blacklisted before its replacement is recorded, in one unit of work.

namespace ampcard::station {

class Ledger;
class Session;

struct CardRecord {
    quint64 serial = 0;
    int kind = 1;        // ampcard::card::CardKind: 1 user, 2 check, 3 parameter, 4 clear, ...
    QString meterNumber; // user cards; empty for function cards
    QString state;       // "active" or "blacklisted"
    QString reason;      // why it was blacklisted
};

class Cards {
    Q_DECLARE_TR_FUNCTIONS(Cards)

public:
    static constexpr int kUserCard = 1;

    explicit Cards(Ledger &ledger) : m_ledger(ledger) {}

    // Records an issued card. User cards need a registered meter with no active user card;
    // function cards need the permission to issue them.
    bool record(const Session &by, const CardRecord &card);
    // Blacklists `serial` (lost, stolen, damaged) and, when `replacement` is given, records it as
    // the meter's user card in the same unit of work.
    bool blacklist(const Session &by, quint64 serial, const QString &reason,
                   std::optional<quint64> replacement = std::nullopt);
    [[nodiscard]] std::optional<CardRecord> bySerial(quint64 serial) const;
    [[nodiscard]] std::optional<CardRecord> userCardOf(const QString &meterNumber) const;
    [[nodiscard]] QList<quint64> blacklisted() const;
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool insert(const Session &by, const CardRecord &card);

    Ledger &m_ledger;
    QString m_error;
};

} // namespace ampcard::station
