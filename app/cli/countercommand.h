#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The counter's work from a terminal: `account open`, `sale` (and `sale resolve|cancel|receipt`),
// `card replace|issue`, `shift open|close`, `report`, `settings`, `keys backup|restore`. Each signs
// the operator in on the ledger (StationAccess); the card commands also unlock the keystore
// (--keystore FILE or AMPCARD_KEYSTORE, passphrase from AMPCARD_PASSPHRASE or a prompt) and use a
// PC/SC reader.
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
    int fail(const QString &message, int code);

    QTextStream &m_out;
    QTextStream &m_err;
};
