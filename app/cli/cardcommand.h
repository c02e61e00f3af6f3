#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `ampcard card read ...` and `ampcard keys init|change-passphrase ...`: return the exit code
// (0 ok, 1 a record on the card failed verification, 2 bad input or reader error).
class CardCommand {
    Q_DECLARE_TR_FUNCTIONS(CardCommand)

public:
    CardCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int runCard(const QStringList &arguments);
    int runKeys(const QStringList &arguments);
    static QString usage();

private:
    int read(const QStringList &arguments);
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};
