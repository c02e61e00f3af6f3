#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `ampcard server init|add-station|float …`: the central PostgreSQL of network mode, run by the
// utility's database administrator (docs/network.md). Exit code 0 ok, 1 the server refused, 2 bad
// input or no connection.
class ServerCommand {
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)

public:
    ServerCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const QStringList &arguments);
    static QString usage();

private:
    int init(const QStringList &arguments);
    int addStation(const QStringList &arguments);
    int setFloat(const QStringList &arguments);
    int addReporter(const QStringList &arguments);
    int fail(int code, const QString &message);
    // The --station N of `parser`; 0 when it is not a station number (the reason printed).
    int stationOption(const QCommandLineParser &parser);
    QTextStream &m_out;
    QTextStream &m_err;
};
