#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The station's work from a terminal, one file per noun: `account` (accountcommand.cpp), `sale`
// (salecommand.cpp), `card replace|issue` (cardissuecommand.cpp), `shift`, `report`, `settings`,
// `keys backup|restore`, `plan`, `operator`. Each opens the station's composition root
// (StationOptions over Workstation): the ledger and the operator signed in; the card commands also
// unlock the keystore (--keystore FILE or AMPCARD_KEYSTORE, passphrase from AMPCARD_PASSPHRASE or
// a prompt) and use a PC/SC reader. This file dispatches and prints the usage.
class CounterCommand {
    Q_DECLARE_TR_FUNCTIONS(CounterCommand)

public:
    static constexpr int kExitFailed = 1; // the station refused or the card work failed

    CounterCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // `command` is the first word (account, sale, card, shift, report, settings).
    int run(const QString &command, const QStringList &arguments);
    static QString usage();

private:
    int account(const QStringList &arguments);
    int changeMeter(const QCommandLineParser &parser);
    int editMeter(const QCommandLineParser &parser);
    int sale(const QStringList &arguments);
    int card(const QStringList &arguments);
    int shift(const QStringList &arguments);
    int report(const QStringList &arguments);
    int settings(const QStringList &arguments);
    int keys(const QStringList &arguments);
    int plan(const QStringList &arguments);
    int operatorCommand(const QStringList &arguments);
    int recoverOperator(const QCommandLineParser &parser, const QString &login);
    int fail(const QString &message, int code);

    QTextStream &m_out;
    QTextStream &m_err;
};
