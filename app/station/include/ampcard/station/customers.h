#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Customers: the people and businesses a utility sells to. Added by installers (or imported from
// the utility's CSV), found by cashiers by any part of their number, name, phone or address.

namespace ampcard::station {

class Ledger;
class Session;

struct Customer {
    QString id; // globally unique, set when added
    QString number;
    QString name;
    QString address;
    QString phone;
    QString group; // customer group, for tariff plan assignment
};

class Customers {
    Q_DECLARE_TR_FUNCTIONS(Customers)

public:
    static constexpr int kMaxFound = 50;
    static constexpr int kMaxReportedErrors = 20;

    explicit Customers(Ledger &ledger) : m_ledger(ledger) {}

    bool add(const Session &by, Customer &customer);
    // Changes the name, address, phone and group of the customer with `customer.number`; the
    // audit log keeps what each field was.
    bool update(const Session &by, const Customer &customer);
    // Imports a CSV with the header number,name,address,phone,group (any order; address, phone
    // and group may be missing). All or nothing: any bad line imports none and errors() lists
    // the first kMaxReportedErrors with their line numbers. `progress(done, total)` is called
    // every 1,000 rows. Returns the number imported, or -1.
    int importCsv(const Session &by, const QByteArray &csv,
                  const std::function<void(int, int)> &progress = {});
    // Up to kMaxFound customers whose number, name, phone or address contains `text` (three
    // characters or more), or starts with it (one or two); with three digits or more, customers
    // whose meter number starts with them come first, then an exact customer number.
    [[nodiscard]] QList<Customer> find(const QString &text) const;
    [[nodiscard]] std::optional<Customer> byNumber(const QString &number) const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QStringList errors() const { return m_errors; }

    // RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks.
    // Returns the records, or nothing when a quote is left open (`badLine` set, 1-based).
    static std::optional<QList<QStringList>> parseCsv(const QString &text, int *badLine);

private:
    bool fail(const QString &message);
    QString validate(const Customer &customer) const;

    Ledger &m_ledger;
    QString m_error;
    QStringList m_errors;
};

} // namespace ampcard::station
