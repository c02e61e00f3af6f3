#include "ampcard/central/pg.h"

#include <vector>

#include <libpq-fe.h>

#include <QByteArray>

namespace ampcard::central {

namespace {

// libpq options by keyword, from a URL or connection string; empty on a parse error.
struct Options {
    std::vector<QByteArray> keywords;
    std::vector<QByteArray> values;
    QString error;
    bool ok = false;
};

Options parse(const QString &url)
{
    Options options;
    char *message = nullptr;
    PQconninfoOption *parsed = PQconninfoParse(url.toUtf8().constData(), &message);
    if (parsed == nullptr) {
        options.error = message != nullptr ? QString::fromUtf8(message).trimmed()
                                           : PgConnection::tr("out of memory");
        PQfreemem(message);
        return options;
    }
    for (PQconninfoOption *option = parsed; option->keyword != nullptr; ++option) {
        if (option->val == nullptr)
            continue;
        options.keywords.emplace_back(option->keyword);
        options.values.emplace_back(option->val);
    }
    PQconninfoFree(parsed);
    options.ok = true;
    return options;
}

QByteArray quoted(const QByteArray &value)
{
    QByteArray out = "'";
    for (const char c : value) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '\'';
}

} // namespace

PgConnection::~PgConnection()
{
    close();
}

bool PgConnection::open(const QString &url, QString *error)
{
    close();
    m_loginRefused = false;
    Options options = parse(url);
    if (!options.ok) {
        *error = tr("The server address is not a valid PostgreSQL URL: %1").arg(options.error);
        return false;
    }
    bool hasSslMode = false;
    for (const QByteArray &keyword : options.keywords)
        hasSslMode = hasSslMode || keyword == "sslmode";
    if (!hasSslMode) {
        options.keywords.emplace_back("sslmode");
        options.values.emplace_back("verify-full");
    }
    options.keywords.emplace_back("connect_timeout");
    options.values.emplace_back("10");
    std::vector<const char *> keywords;
    std::vector<const char *> values;
    for (std::size_t i = 0; i < options.keywords.size(); ++i) {
        keywords.push_back(options.keywords[i].constData());
        values.push_back(options.values[i].constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keywords.data(), values.data(), 0);
    if (m_conn == nullptr || PQstatus(m_conn) != CONNECTION_OK) {
        const QString cause = m_conn != nullptr
                                  ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()
                                  : tr("out of memory");
        *error = tr("Cannot connect to the server: %1").arg(cause);
        m_loginRefused = m_conn != nullptr && (PQconnectionUsedPassword(m_conn) == 1 ||
                                               PQconnectionNeedsPassword(m_conn) == 1);
        close();
        return false;
    }
    return true;
}

bool PgConnection::isOpen() const
{
    return m_conn != nullptr;
}

void PgConnection::close()
{
    if (m_conn != nullptr)
        PQfinish(m_conn);
    m_conn = nullptr;
}

PgConnection::Result PgConnection::result(pg_result *raw)
{
    Result out;
    out.m_result.reset(raw, PQclear);
    const ExecStatusType status = raw != nullptr ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    out.m_ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!out.m_ok) {
        const char *primary =
            raw != nullptr ? PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        out.m_error = primary != nullptr ? QString::fromUtf8(primary)
                                         : QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        if (const char *state =
                raw != nullptr ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr)
            out.m_state = QString::fromLatin1(state);
        if (out.m_error.isEmpty())
            out.m_error = tr("the connection to the server was lost");
    }
    return out;
}

PgConnection::Result PgConnection::exec(const QString &sql, const QStringList &parameters)
{
    if (m_conn == nullptr)
        return result(nullptr);
    std::vector<QByteArray> storage;
    storage.reserve(static_cast<std::size_t>(parameters.size()));
    std::vector<const char *> values;
    for (const QString &parameter : parameters) {
        storage.push_back(parameter.toUtf8());
        values.push_back(parameter.isNull() ? nullptr : storage.back().constData());
    }
    return result(PQexecParams(m_conn, sql.toUtf8().constData(), static_cast<int>(values.size()),
                               nullptr, values.data(), nullptr, nullptr, 0));
}

PgConnection::Result PgConnection::script(const QString &sql)
{
    if (m_conn == nullptr)
        return result(nullptr);
    return result(PQexec(m_conn, sql.toUtf8().constData()));
}

QString PgConnection::parameter(const char *name) const
{
    if (m_conn == nullptr)
        return {};
    PQconninfoOption *options = PQconninfo(m_conn);
    QString value;
    for (PQconninfoOption *option = options; option != nullptr && option->keyword != nullptr;
         ++option) {
        if (qstrcmp(option->keyword, name) == 0 && option->val != nullptr)
            value = QString::fromUtf8(option->val);
    }
    PQconninfoFree(options);
    return value;
}

QString PgConnection::tlsVersion() const
{
    if (m_conn == nullptr || PQsslInUse(m_conn) == 0)
        return {};
    return QString::fromLatin1(PQsslAttribute(m_conn, "protocol"));
}

int PgConnection::Result::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

QString PgConnection::Result::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column));
}

qint64 PgConnection::Result::number(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong();
}

bool PgConnection::Result::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

qint64 PgConnection::Result::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0;
}

std::optional<QString> withParameters(const QString &url,
                                      const QList<std::pair<QString, QString>> &set,
                                      const QStringList &drop, QString *error)
{
    Options options = parse(url);
    if (!options.ok) {
        *error = PgConnection::tr("The server address is not a valid PostgreSQL URL: %1")
                     .arg(options.error);
        return std::nullopt;
    }
    QStringList parts;
    for (std::size_t i = 0; i < options.keywords.size(); ++i) {
        const QString keyword = QString::fromUtf8(options.keywords[i]);
        bool replaced = drop.contains(keyword);
        for (const auto &[key, value] : set)
            replaced = replaced || key == keyword;
        if (!replaced)
            parts << keyword + QLatin1Char('=') + QString::fromUtf8(quoted(options.values[i]));
    }
    for (const auto &[key, value] : set)
        parts << key + QLatin1Char('=') + QString::fromUtf8(quoted(value.toUtf8()));
    return parts.join(QLatin1Char(' '));
}

QString parameterOf(const QString &url, const QString &keyword)
{
    const Options options = parse(url);
    const QByteArray wanted = keyword.toUtf8();
    for (std::size_t i = 0; i < options.keywords.size(); ++i) {
        if (options.keywords[i] == wanted)
            return QString::fromUtf8(options.values[i]);
    }
    return {};
}

} // namespace ampcard::central
