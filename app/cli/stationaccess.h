#pragma once

#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"

// What every station command does first: open the ledger (--ledger FILE, default the user's data
// folder) and sign the operator in (--operator or AMPCARD_OPERATOR; the password from
// AMPCARD_PASSWORD or a prompt).
class StationAccess {
    Q_DECLARE_TR_FUNCTIONS(StationAccess)

public:
    static constexpr int kExitRefused = 3; // sign-in refused

    explicit StationAccess(QTextStream &err) : m_err(err) {}

    static void addOptions(QCommandLineParser &parser);
    static QString ledgerPath(const QCommandLineParser &parser);
    // --operator, else AMPCARD_OPERATOR; empty when neither is given.
    static QString operatorLogin(const QCommandLineParser &parser);
    // 0 when the ledger is open and the operator signed in; otherwise the exit code, with the
    // reason already printed.
    int open(const QCommandLineParser &parser);

    ampcard::station::Ledger &ledger() { return m_ledger; }
    const ampcard::station::Session &session() const { return *m_session; }

private:
    int fail(const QString &message, int code);

    QTextStream &m_err;
    ampcard::station::Ledger m_ledger;
    std::optional<ampcard::station::Session> m_session;
};
