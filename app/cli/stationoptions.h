#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "ampcard/station/workstation.h"

// What every station command does first, on the station's composition root (Workstation): open
// the ledger (--ledger FILE, default the user's data folder) and sign the operator in (--operator
// or AMPCARD_OPERATOR; the password from AMPCARD_PASSWORD or a prompt); unlock the keystore
// (--keystore or AMPCARD_KEYSTORE, or the station's own when AMPCARD_PASSPHRASE is set; the
// passphrase from AMPCARD_PASSPHRASE or a prompt): required for card work, taken whenever it is
// at hand otherwise, so the ledger's lines are sealed; for card work connect the reader (--reader
// NAME, else the first reader holding a card). Options and prompts only: the rules are the
// station's.
class StationOptions {
    Q_DECLARE_TR_FUNCTIONS(StationAccess)

public:
    static constexpr int kExitRefused = 3; // sign-in refused
    static constexpr int kExitFailed = 1;

    enum class Need { kSignIn, kKeys, kReader };

    static void add(QCommandLineParser &parser, bool card);
    static QString ledgerPath(const QCommandLineParser &parser);
    // --keystore, else AMPCARD_KEYSTORE; empty when neither is given.
    static QString keystorePath(const QCommandLineParser &parser);
    // --operator, else AMPCARD_OPERATOR; empty when neither is given.
    static QString operatorLogin(const QCommandLineParser &parser);
    // 0 when the station is open as `need` says (and *desk, when asked, is the desk to use);
    // otherwise the exit code, with the reason already printed on `err`.
    static int open(ampcard::station::Workstation &station, const QCommandLineParser &parser,
                    QTextStream &err, Need need, ampcard::station::CardDesk **desk = nullptr);
};
