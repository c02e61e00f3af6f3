#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// A real PostgreSQL 15 cluster for one test run (docs/network.md "Testing"): initdb in a temporary
// folder owned by the postgres user, TLS with a test CA and a certificate for localhost, and only
// `hostssl … scram-sha-256` lines for TCP, so a plain connection is refused as on a utility's
// server. Stopped (immediately) when the object goes.
namespace testing {

inline const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

class PgCluster {
public:
    PgCluster() = default;
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;
    ~PgCluster() { stop(); }

    // Creates and starts the cluster with database "ampcard"; false with `why`. Tests run it
    // without fsync; `durable` keeps PostgreSQL's defaults (benchmarks).
    bool start(QString *why, bool durable = false)
    {
        if (!QFile::exists(kPgBin + QStringLiteral("/initdb"))) {
            *why = QStringLiteral("postgresql-15 is not installed (scripts/deps.sh postgres)");
            return false;
        }
        if (!m_root.isValid()) {
            *why = QStringLiteral("no temporary folder");
            return false;
        }
        m_port = freePort();
        const QString data = dir(QStringLiteral("data"));
        if (!run({QStringLiteral("chown"), QStringLiteral("postgres:postgres"), m_root.path()},
                 why))
            return false;
        QFile::setPermissions(m_root.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                 QFile::ExeOwner | QFile::ExeGroup |
                                                 QFile::ExeOther);
        if (!makeCertificates(why))
            return false;
        QFile pwfile(dir(QStringLiteral("pwfile")));
        if (!pwfile.open(QIODevice::WriteOnly) || pwfile.write(kSuperPassword) < 0)
            return false;
        pwfile.close();
        if (!asPostgres({QStringLiteral("chown"), QStringLiteral("-R"),
                         QStringLiteral("postgres:postgres"), m_root.path()},
                        why, true))
            return false;
        if (!asPostgres({kPgBin + QStringLiteral("/initdb"), QStringLiteral("-D"), data,
                         QStringLiteral("-U"), QStringLiteral("postgres"),
                         QStringLiteral("--pwfile"), pwfile.fileName(), QStringLiteral("-A"),
                         QStringLiteral("scram-sha-256"), QStringLiteral("--auth-local=trust"),
                         QStringLiteral("-E"), QStringLiteral("UTF8")},
                        why))
            return false;
        QFile hba(data + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        hba.write("local all all trust\n"
                  "hostssl all all 127.0.0.1/32 scram-sha-256\n"
                  "hostssl all all ::1/128 scram-sha-256\n");
        hba.close();
        QFile conf(data + QStringLiteral("/postgresql.conf"));
        if (!conf.open(QIODevice::Append))
            return false;
        conf.write(QStringLiteral("ssl = on\nssl_cert_file = '%1'\nssl_key_file = '%2'\n"
                                  "listen_addresses = '127.0.0.1'\n"
                                  "unix_socket_directories = '%3'\nmax_connections = 120\n%4")
                       .arg(dir(QStringLiteral("server.crt")), dir(QStringLiteral("server.key")),
                            m_root.path(), durable ? QString() : QStringLiteral("fsync = off\n"))
                       .toUtf8());
        conf.close();
        if (!asPostgres({kPgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data,
                         QStringLiteral("-w"), QStringLiteral("-l"), dir(QStringLiteral("log")),
                         QStringLiteral("-o"), QStringLiteral("-p %1").arg(m_port),
                         QStringLiteral("start")},
                        why))
            return false;
        m_running = true;
        return asPostgres({kPgBin + QStringLiteral("/createdb"), QStringLiteral("-h"),
                           m_root.path(), QStringLiteral("-p"), QString::number(m_port),
                           QStringLiteral("ampcard")},
                          why);
    }

    // Stops the primary (and the standby, when there is one) at once, as a power cut would.
    void stop()
    {
        QString ignored;
        if (m_standbyRunning)
            asPostgres({kPgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                        dir(QStringLiteral("standby")), QStringLiteral("-m"),
                        QStringLiteral("immediate"), QStringLiteral("stop")},
                       &ignored);
        m_standbyRunning = false;
        stopPrimary();
    }

    void stopPrimary()
    {
        if (!m_running)
            return;
        QString ignored;
        asPostgres({kPgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                    dir(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("immediate"),
                    QStringLiteral("stop")},
                   &ignored);
        m_running = false;
    }

    // A synchronous streaming standby of the running primary on a port of its own (TOOLCHAIN.md):
    // from then on a commit returns only once the standby has it.
    bool startStandby(QString *why)
    {
        m_standbyPort = freePort();
        const QString standby = dir(QStringLiteral("standby"));
        QFile hba(dir(QStringLiteral("data/pg_hba.conf")));
        if (!hba.open(QIODevice::Append))
            return false;
        hba.write("local replication all trust\n");
        hba.close();
        if (!asPostgres({kPgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                         dir(QStringLiteral("data")), QStringLiteral("reload")},
                        why) ||
            !asPostgres({kPgBin + QStringLiteral("/pg_basebackup"), QStringLiteral("-h"),
                         m_root.path(), QStringLiteral("-p"), QString::number(m_port),
                         QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-D"),
                         standby, QStringLiteral("-R"), QStringLiteral("-X"),
                         QStringLiteral("stream"), QStringLiteral("--checkpoint=fast")},
                        why))
            return false;
        QFile autoConf(standby + QStringLiteral("/postgresql.auto.conf"));
        if (!autoConf.open(QIODevice::Append))
            return false;
        autoConf.write(QStringLiteral("primary_conninfo = 'host=%1 port=%2 user=postgres "
                                      "application_name=s1'\n")
                           .arg(m_root.path())
                           .arg(m_port)
                           .toUtf8());
        autoConf.close();
        if (!asPostgres({kPgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), standby,
                         QStringLiteral("-w"), QStringLiteral("-l"),
                         dir(QStringLiteral("standby.log")), QStringLiteral("-o"),
                         QStringLiteral("-p %1").arg(m_standbyPort), QStringLiteral("start")},
                        why))
            return false;
        m_standbyRunning = true;
        return asPostgres({kPgBin + QStringLiteral("/psql"), QStringLiteral("-h"), m_root.path(),
                           QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                           QStringLiteral("postgres"), QStringLiteral("-d"),
                           QStringLiteral("ampcard"), QStringLiteral("-v"),
                           QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                           QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = 's1'"),
                           QStringLiteral("-c"), QStringLiteral("SELECT pg_reload_conf()")},
                          why);
    }

    // The primary's replication view: "s1|sync" once the standby is synchronous.
    [[nodiscard]] QString replication() const
    {
        QProcess psql;
        psql.start(QStringLiteral("runuser"),
                   {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                    kPgBin + QStringLiteral("/psql"), QStringLiteral("-h"), m_root.path(),
                    QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                    QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("ampcard"),
                    QStringLiteral("-Atc"),
                    QStringLiteral("SELECT application_name || '|' || sync_state FROM "
                                   "pg_stat_replication")});
        psql.waitForFinished(30000);
        return QString::fromUtf8(psql.readAllStandardOutput()).trimmed();
    }

    // Promotes the standby (the primary should be gone first).
    bool promote(QString *why)
    {
        return asPostgres({kPgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                           dir(QStringLiteral("standby")), QStringLiteral("-w"),
                           QStringLiteral("promote")},
                          why);
    }

    // Starts the stopped cluster again on the same port.
    bool restart(QString *why)
    {
        if (m_running)
            return true;
        if (!asPostgres({kPgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                         dir(QStringLiteral("data")), QStringLiteral("-w"), QStringLiteral("-l"),
                         dir(QStringLiteral("log")), QStringLiteral("-o"),
                         QStringLiteral("-p %1").arg(m_port), QStringLiteral("start")},
                        why))
            return false;
        m_running = true;
        return true;
    }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString caFile() const { return dir(QStringLiteral("ca.crt")); }
    // The database administrator's URL over TCP with TLS verified against the test CA.
    [[nodiscard]] QString adminUrl() const
    {
        return QStringLiteral("host=localhost port=%1 dbname=ampcard user=postgres password=%2 "
                              "sslrootcert=%3")
            .arg(m_port)
            .arg(QString::fromLatin1(kSuperPassword), caFile());
    }
    // Both servers, the one that takes writes first (libpq's target_session_attrs).
    [[nodiscard]] QString adminUrlBothHosts() const
    {
        return QStringLiteral("host=localhost,localhost port=%1,%2 dbname=ampcard user=postgres "
                              "password=%3 sslrootcert=%4 target_session_attrs=read-write")
            .arg(m_port)
            .arg(m_standbyPort)
            .arg(QString::fromLatin1(kSuperPassword), caFile());
    }
    [[nodiscard]] QString log() const
    {
        QFile file(dir(QStringLiteral("log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    static constexpr const char *kSuperPassword = "test-superuser-password";

    [[nodiscard]] QString dir(const QString &name) const { return m_root.filePath(name); }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    static bool run(const QStringList &command, QString *why)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(command.first(), command.mid(1));
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            *why = command.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                   QString::fromUtf8(process.readAll());
            return false;
        }
        return true;
    }

    // As the postgres user (initdb refuses root); `asRoot` runs the command as it is.
    bool asPostgres(const QStringList &command, QString *why, bool asRoot = false) const
    {
        if (asRoot)
            return run(command, why);
        return run(QStringList{QStringLiteral("runuser"), QStringLiteral("-u"),
                               QStringLiteral("postgres"), QStringLiteral("--")} +
                       command,
                   why);
    }

    bool makeCertificates(QString *why) const
    {
        const QString openssl = QStringLiteral("openssl");
        if (!run({openssl, QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"),
                  QStringLiteral("-nodes"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-keyout"), dir(QStringLiteral("ca.key")), QStringLiteral("-out"),
                  dir(QStringLiteral("ca.crt")), QStringLiteral("-days"), QStringLiteral("2"),
                  QStringLiteral("-subj"), QStringLiteral("/CN=Ampcard test utility CA")},
                 why))
            return false;
        if (!run({openssl, QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-nodes"),
                  QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-keyout"),
                  dir(QStringLiteral("server.key")), QStringLiteral("-out"),
                  dir(QStringLiteral("server.csr")), QStringLiteral("-subj"),
                  QStringLiteral("/CN=localhost")},
                 why))
            return false;
        QFile ext(dir(QStringLiteral("server.ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        ext.close();
        if (!run({openssl, QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                  dir(QStringLiteral("server.csr")), QStringLiteral("-CA"),
                  dir(QStringLiteral("ca.crt")), QStringLiteral("-CAkey"),
                  dir(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                  QStringLiteral("-out"), dir(QStringLiteral("server.crt")),
                  QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                  ext.fileName()},
                 why))
            return false;
        return QFile::setPermissions(dir(QStringLiteral("server.key")),
                                     QFile::ReadOwner | QFile::WriteOwner);
    }

    QTemporaryDir m_root{QDir::tempPath() + QStringLiteral("/ampcard-pg-XXXXXX")};
    quint16 m_port = 0;
    quint16 m_standbyPort = 0;
    bool m_running = false;
    bool m_standbyRunning = false;
};

} // namespace testing
