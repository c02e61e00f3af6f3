#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `ampcard meter address|read|relay|time ...`: a meter over a serial port (DL/T645-2007).
// Exit code 0 ok, 1 the meter refused, 2 bad input or no answer.
class MeterCommand {
    Q_DECLARE_TR_FUNCTIONS(MeterCommand)

public:
    MeterCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const QStringList &arguments);
    static QString usage();

private:
    int fail(const QString &message);
    QTextStream &m_out;
    QTextStream &m_err;
};
