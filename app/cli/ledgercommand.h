#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `ampcard init` and `ampcard ledger verify`: the station's ledger from the command line.
// Credentials come from AMPCARD_OPERATOR / AMPCARD_PASSWORD or a prompt.
class LedgerCommand {
    Q_DECLARE_TR_FUNCTIONS(LedgerCommand)

public:
    LedgerCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int runInit(const QStringList &arguments);    // arguments after "init"
    int runLedger(const QStringList &arguments);  // arguments after "ledger"
    int runBackup(const QStringList &arguments);  // arguments after "backup"
    int runRestore(const QStringList &arguments); // arguments after "restore"
    static QString usage();

private:
    int verify(const QStringList &arguments);
    int fail(const QString &message, int code);

    QTextStream &m_out;
    QTextStream &m_err;
};
