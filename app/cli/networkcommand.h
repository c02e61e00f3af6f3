#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `ampcard network join` and `ampcard sync [status|--daemon]`: the station's side of network
// mode (docs/network.md). Exit code 0 ok, 1 the server or the station refused, 2 bad input.
class NetworkCommand {
    Q_DECLARE_TR_FUNCTIONS(NetworkCommand)

public:
    NetworkCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int runNetwork(const QStringList &arguments); // after "network"
    int runSync(const QStringList &arguments);    // after "sync"
    // `report daily|stations --all-stations --server URL`, from the central server.
    int runCentralReport(const QStringList &arguments); // after "report"
    static QString usage();

private:
    int fail(int code, const QString &message);
    QTextStream &m_out;
    QTextStream &m_err;
};
