#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `ampcard meter address|read|relay|time|push-tariff ...`: a meter over a serial port
// (DL/T645-2007). Exit code 0 ok, 1 the meter refused (push-tariff: or did not prove the push),
// 2 bad input or no answer, 3 sign-in refused.
class MeterCommand {
    Q_DECLARE_TR_FUNCTIONS(MeterCommand)

public:
    MeterCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const QStringList &arguments);
    static QString usage();

private:
    int fail(const QString &message);
    // The station's work, signed in with the keystore: the meter's plan tariff at once.
    int pushTariff(const QStringList &arguments);
    QTextStream &m_out;
    QTextStream &m_err;
};
