#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `ampcard tariff check|quote|bill ...`: returns the process exit code (0 ok, 2 bad input).
class TariffCommand {
    Q_DECLARE_TR_FUNCTIONS(TariffCommand)

public:
    TariffCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // arguments start after "tariff".
    int run(const QStringList &arguments);
    static QString usage();

private:
    int check(const QStringList &arguments);
    int quote(const QStringList &arguments);
    int bill(const QStringList &arguments);
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 2;
