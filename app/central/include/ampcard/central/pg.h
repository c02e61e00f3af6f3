#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct pg_conn;
struct pg_result;

namespace ampcard::central {

// One libpq connection. The URL is a libpq connection string or URI (several hosts allowed);
// when it names no sslmode, verify-full is used, so a plain or unverified connection needs the
// URL to say so (tests do, with sslmode=disable).
class PgConnection {
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    class Result {
    public:
        [[nodiscard]] bool ok() const { return m_ok; }
        [[nodiscard]] const QString &error() const { return m_error; }
        // The SQLSTATE of a failed statement ("23505", "42501", ...), empty when it succeeded.
        [[nodiscard]] const QString &sqlState() const { return m_state; }
        [[nodiscard]] int rows() const;
        [[nodiscard]] QString text(int row, int column) const;
        [[nodiscard]] qint64 number(int row, int column) const;
        [[nodiscard]] bool isNull(int row, int column) const;
        // The number of rows an INSERT/UPDATE/DELETE touched.
        [[nodiscard]] qint64 affected() const;

    private:
        friend class PgConnection;
        std::shared_ptr<pg_result> m_result;
        bool m_ok = false;
        QString m_error;
        QString m_state;
    };

    PgConnection() = default;
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // False with `error` naming the server and the cause (the password is never in it).
    bool open(const QString &url, QString *error);
    [[nodiscard]] bool isOpen() const;
    // After open() failed: the server was there and asked for a password it did not take (or
    // none was given), as opposed to a server that could not be reached.
    [[nodiscard]] bool loginRefused() const { return m_loginRefused; }
    void close();

    // One statement with $1.. parameters (text; a null QString is SQL NULL).
    Result exec(const QString &sql, const QStringList &parameters = {});
    // Several statements in one string, no parameters (schema steps).
    Result script(const QString &sql);

    // The connection's parameters as libpq sees them, e.g. "host", "port", "dbname", "user".
    [[nodiscard]] QString parameter(const char *name) const;
    // TLS in use, and its version ("TLSv1.3"), empty when the connection is plain.
    [[nodiscard]] QString tlsVersion() const;

private:
    Result result(pg_result *raw);
    pg_conn *m_conn = nullptr;
    bool m_loginRefused = false;
};

// The URL with `keyword=value` set (added or replaced), written back as a key/value connection
// string; std::nullopt with `error` when the URL does not parse.
std::optional<QString> withParameters(const QString &url,
                                      const QList<std::pair<QString, QString>> &set,
                                      const QStringList &drop, QString *error);

// One parameter of a URL or connection string ("user", "password", ...), empty when it has none.
QString parameterOf(const QString &url, const QString &keyword);

} // namespace ampcard::central
