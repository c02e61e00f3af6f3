#include "ampcard/station/customers.h"

#include <algorithm>

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "transaction.h"

namespace ampcard::station {

namespace {

constexpr int kMaxField = 200;
constexpr int kProgressEvery = 1000;
const QString kColumns = QStringLiteral("id, number, name, address, phone, customer_group");

Customer customerFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString()};
}

QString empty(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool insertCustomer(QSqlQuery &insert, const QString &station, Customer &customer)
{
    customer.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const QString &value :
         {customer.id, station, customer.number, customer.name, customer.address, customer.phone,
          customer.group, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)})
        insert.addBindValue(empty(value));
    return insert.exec();
}

const QString kInsert = QStringLiteral("INSERT INTO customers (id, station, number, name, address, "
                                       "phone, customer_group, created_at) VALUES (?, ?, ?, ?, ?, "
                                       "?, ?, ?)");

} // namespace

bool Customers::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString Customers::validate(const Customer &customer) const
{
    if (customer.number.trimmed().isEmpty())
        return tr("The customer number is empty.");
    if (customer.number != customer.number.trimmed())
        return tr("The customer number \"%1\" starts or ends with a space.").arg(customer.number);
    if (customer.name.trimmed().isEmpty())
        return tr("The customer's name is empty.");
    for (const QString *field :
         {&customer.number, &customer.name, &customer.address, &customer.phone, &customer.group}) {
        if (field->size() > kMaxField)
            return tr("A field is longer than %1 characters.").arg(kMaxField);
    }
    return {};
}

bool Customers::add(const Session &by, Customer &customer)
{
    if (!by.may(Permission::kOpenAccount))
        return fail(tr("Only an installer, supervisor or administrator may add customers."));
    if (const QString problem = validate(customer); !problem.isEmpty())
        return fail(problem);
    Transaction transaction(m_ledger.database());
    QSqlQuery insert(m_ledger.database());
    insert.prepare(kInsert);
    if (!transaction.started() || !insertCustomer(insert, m_ledger.stationId(), customer)) {
        if (insert.lastError().nativeErrorCode() == QLatin1String("2067"))
            return fail(tr("There is already a customer with number %1.").arg(customer.number));
        return fail(tr("Cannot add the customer: %1").arg(insert.lastError().text()));
    }
    if (!m_ledger.audit(by.login(), QStringLiteral("customer.add"), customer.number,
                        customer.name) ||
        !transaction.commit())
        return fail(m_ledger.errorString());
    return true;
}

bool Customers::update(const Session &by, const Customer &customer)
{
    if (!by.may(Permission::kOpenAccount))
        return fail(tr("Only an installer, supervisor or administrator may change customers."));
    if (const QString problem = validate(customer); !problem.isEmpty())
        return fail(problem);
    const std::optional<Customer> old = byNumber(customer.number);
    if (!old)
        return fail(tr("There is no customer %1.").arg(customer.number));
    QStringList changes;
    const QStringList names = {QStringLiteral("name"), QStringLiteral("address"),
                               QStringLiteral("phone"), QStringLiteral("group")};
    const QStringList before = {old->name, old->address, old->phone, old->group};
    const QStringList after = {customer.name, customer.address, customer.phone, customer.group};
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (before[i] != after[i])
            changes << QStringLiteral("%1: \"%2\" -> \"%3\"").arg(names[i], before[i], after[i]);
    }
    if (changes.isEmpty())
        return true;
    Transaction transaction(m_ledger.database());
    QSqlQuery update(m_ledger.database());
    update.prepare(QStringLiteral("UPDATE customers SET name = ?, address = ?, phone = ?, "
                                  "customer_group = ? WHERE id = ?"));
    for (const QString &value :
         {customer.name, customer.address, customer.phone, customer.group, old->id})
        update.addBindValue(empty(value));
    if (!transaction.started() || !update.exec())
        return fail(tr("Cannot change the customer: %1").arg(update.lastError().text()));
    if (!m_ledger.audit(by.login(), QStringLiteral("customer.edit"), customer.number,
                        changes.join(QStringLiteral("; "))) ||
        !transaction.commit())
        return fail(m_ledger.errorString());
    return true;
}

std::optional<QList<QStringList>> Customers::parseCsv(const QString &text, int *badLine)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    auto endField = [&] {
        record << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record.first().isEmpty())) // blank lines are skipped
            records << record;
        record.clear();
        recordLine = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (c != QLatin1Char('\r')) {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *badLine = recordLine;
        return std::nullopt;
    }
    if (fieldStarted || !record.isEmpty())
        endRecord();
    return records;
}

int Customers::importCsv(const Session &by, const QByteArray &csv,
                         const std::function<void(int, int)> &progress)
{
    m_errors.clear();
    if (!by.may(Permission::kOpenAccount)) {
        fail(tr("Only an installer, supervisor or administrator may import customers."));
        return -1;
    }
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    int badLine = 0;
    const std::optional<QList<QStringList>> records = parseCsv(text, &badLine);
    if (!records) {
        fail(tr("Line %1: a quoted field is never closed.").arg(badLine));
        return -1;
    }
    if (records->isEmpty()) {
        fail(tr("The file is empty: it needs the header number,name,address,phone,group."));
        return -1;
    }
    QHash<QString, int> column;
    for (int i = 0; i < records->first().size(); ++i)
        column.insert(records->first().at(i).trimmed().toLower(), i);
    if (!column.contains(QStringLiteral("number")) || !column.contains(QStringLiteral("name"))) {
        fail(tr("The first line must name the columns, with at least number and name."));
        return -1;
    }
    auto cell = [&column](const QStringList &record, const char *name) {
        const int at = column.value(QLatin1String(name), -1);
        return at >= 0 ? record.value(at).trimmed() : QString();
    };

    QSqlDatabase db = m_ledger.database();
    Transaction transaction(db);
    QSqlQuery insert(db);
    insert.prepare(kInsert);
    QHash<QString, int> seen;
    const int total = static_cast<int>(records->size()) - 1;
    for (int row = 1; row <= total; ++row) {
        const QStringList &record = records->at(row);
        const int lineNumber = row + 1; // as the file counts, for one-line records
        Customer customer{QString(),
                          cell(record, "number"),
                          cell(record, "name"),
                          cell(record, "address"),
                          cell(record, "phone"),
                          cell(record, "group")};
        QString problem = validate(customer);
        if (problem.isEmpty() && seen.contains(customer.number))
            problem = tr("number %1 is also on line %2.")
                          .arg(customer.number)
                          .arg(seen.value(customer.number));
        seen.insert(customer.number, lineNumber);
        if (problem.isEmpty() && !insertCustomer(insert, m_ledger.stationId(), customer)) {
            problem = insert.lastError().nativeErrorCode() == QLatin1String("2067")
                          ? tr("there is already a customer with number %1.").arg(customer.number)
                          : insert.lastError().text();
        }
        if (!problem.isEmpty() && m_errors.size() < kMaxReportedErrors)
            m_errors << tr("Line %1: %2").arg(lineNumber).arg(problem);
        else if (!problem.isEmpty())
            m_errors.last() = tr("... and more.");
        if (progress && row % kProgressEvery == 0)
            progress(row, total);
    }
    if (!m_errors.isEmpty()) {
        fail(tr("Nothing was imported: %n line(s) need fixing.", nullptr,
                static_cast<int>(m_errors.size())));
        return -1;
    }
    if (!m_ledger.audit(by.login(), QStringLiteral("customer.import"), QString::number(total),
                        QString()) ||
        !transaction.commit()) {
        fail(tr("Cannot import: %1").arg(db.lastError().text()));
        return -1;
    }
    if (progress)
        progress(total, total);
    return total;
}

QList<Customer> Customers::find(const QString &text) const
{
    const QString wanted = text.trimmed();
    QList<Customer> found;
    if (wanted.isEmpty())
        return found;
    QSqlQuery query(m_ledger.database());
    if (wanted.size() >= 3) {
        QString phrase = wanted;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        query.prepare(QStringLiteral("SELECT %1 FROM customers WHERE rowid IN (SELECT rowid FROM "
                                     "customers_search WHERE customers_search MATCH ?) "
                                     "ORDER BY number = ? DESC, name, number LIMIT %2")
                          .arg(kColumns)
                          .arg(kMaxFound));
        query.addBindValue(QLatin1Char('"') + phrase + QLatin1Char('"'));
        query.addBindValue(wanted);
    } else {
        // One or two characters: the start of the number, name or phone, each read in index
        // order so that only the first rows are touched; merged below.
        const QString upper = wanted + QChar(0xFFFF);
        const QString byName = QStringLiteral("name COLLATE NOCASE");
        QList<Customer> starts;
        for (const QString &column : {QStringLiteral("number"), byName, QStringLiteral("phone")}) {
            QSqlQuery part(m_ledger.database());
            part.prepare(QStringLiteral("SELECT %1 FROM customers WHERE %2 >= ? AND %2 < ? "
                                        "ORDER BY %2 LIMIT %3")
                             .arg(kColumns, column)
                             .arg(kMaxFound));
            part.addBindValue(wanted);
            part.addBindValue(upper);
            if (!part.exec())
                return found;
            while (part.next())
                starts << customerFrom(part);
        }
        std::sort(starts.begin(), starts.end(), [&wanted](const Customer &a, const Customer &b) {
            const bool aExact = a.number == wanted;
            const bool bExact = b.number == wanted;
            if (aExact != bExact)
                return aExact;
            const int order = a.name.compare(b.name, Qt::CaseInsensitive);
            return order != 0 ? order < 0 : a.number < b.number;
        });
        for (const Customer &customer : starts) {
            if (found.size() < kMaxFound && (found.isEmpty() || found.last().id != customer.id))
                found << customer;
        }
        return found;
    }
    // Three or more digits may also be the start of a meter number: those customers come first.
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (digits.match(wanted).hasMatch()) {
        QSqlQuery meters(m_ledger.database());
        meters.prepare(QStringLiteral("SELECT DISTINCT %1 FROM customers WHERE id IN (SELECT "
                                      "customer_id FROM meters WHERE number >= ? AND number < ? "
                                      "ORDER BY number LIMIT %2)")
                           .arg(kColumns)
                           .arg(kMaxFound));
        meters.addBindValue(wanted);
        meters.addBindValue(wanted + QChar(0xFFFF));
        if (meters.exec()) {
            while (meters.next())
                found << customerFrom(meters);
        }
    }
    if (!query.exec())
        return found;
    while (query.next() && found.size() < kMaxFound) {
        const Customer customer = customerFrom(query);
        if (std::none_of(found.cbegin(), found.cend(),
                         [&customer](const Customer &seen) { return seen.id == customer.id; }))
            found << customer;
    }
    return found;
}

std::optional<Customer> Customers::byNumber(const QString &number) const
{
    QSqlQuery query(m_ledger.database());
    query.prepare(QStringLiteral("SELECT %1 FROM customers WHERE number = ?").arg(kColumns));
    query.addBindValue(number);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return customerFrom(query);
}

} // namespace ampcard::station
