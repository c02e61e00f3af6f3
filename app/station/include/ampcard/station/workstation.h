#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QString>

#include "ampcard/cardio/keystore.h"
#include "ampcard/cardio/pcscreader.h"
#include "ampcard/station/backup.h"
#include "ampcard/station/carddesk.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"

namespace ampcard::station {

// The one composition root of a station, for the application and the command line alike: the
// open ledger, the unlocked keys, the card reader chosen and the card desk over it, and who is
// signed in. Front ends reach the services through it and hold no rule of their own.
class Workstation {
    Q_DECLARE_TR_FUNCTIONS(Workstation)

public:
    Workstation() = default;
    Workstation(const Workstation &) = delete;
    Workstation &operator=(const Workstation &) = delete;

    bool openLedger(const QString &path, bool create);
    // Puts the backup in place of the open ledger (Backup::restore: the chain must verify and
    // `login` be an administrator in it); everyone is signed out, the ledger reopened.
    bool restoreLedger(const QString &backupPath, const QString &login, const QString &password,
                       BackupReport *report);
    Ledger &ledger() { return m_ledger; }

    // The keystore at `path` (empty: the one named in the station's settings), opened with
    // `passphrase`.
    bool unlockKeys(const QString &path, const QByteArray &passphrase);
    [[nodiscard]] bool keysUnlocked() const { return m_keys.valid(); }
    [[nodiscard]] const cardio::UtilityKeys &keys() const { return m_keys; }
    [[nodiscard]] QString keystorePath() const;

    // Connects to the reader named `reader` (refused when there is none of that name), else the
    // station's reader setting, else the first reader holding a card, else the first reader.
    bool connectReader(const QString &reader = {});
    [[nodiscard]] QString readerName() const { return m_readerName; }
    // The desk over the connected reader (reconnects first: a card pulled and put back needs a
    // new connection); null with the reason.
    CardDesk *desk();
    // The connected reader's channel for reading any card (reconnects first); null with the reason.
    cardio::PcscReader *channel();
    // A desk for what needs no card (account look-up, quotes): never null.
    CardDesk &lookup();
    // Fault injection for tests: every desk made from now on stops where `hook` says.
    void setStepHook(StepHook hook) { m_hook = std::move(hook); }
    // Told after each step of a card write the pages make (the UI tests pull a card there).
    void setStepObserver(std::function<void(SaleStep)> observer)
    {
        m_stepObserver = std::move(observer);
    }
    void observeStep(SaleStep step) const
    {
        if (m_stepObserver)
            m_stepObserver(step);
    }

    bool signIn(const QString &login, const QString &password);
    void signOut() { m_session.reset(); }
    [[nodiscard]] const std::optional<Session> &session() const { return m_session; }

    // Station settings the front ends show (utility name, currency), kept in the ledger.
    [[nodiscard]] QString utilityName() const;
    [[nodiscard]] QString currency() const;

    [[nodiscard]] QString errorString() const { return m_error; }

    static const QString kUtilityNameKey;
    static const QString kCurrencyKey;
    static const QString kKeystoreKey;
    static const QString kReaderKey;

private:
    bool fail(const QString &message);
    bool connect(const QString &reader, bool strict);

    Ledger m_ledger;
    cardio::UtilityKeys m_keys;
    cardio::PcscReader m_reader;
    QString m_readerName;
    std::unique_ptr<CardDesk> m_desk;
    cardio::PcscReader m_idleReader; // never connected
    std::unique_ptr<CardDesk> m_lookup;
    std::optional<Session> m_session;
    StepHook m_hook;
    std::function<void(SaleStep)> m_stepObserver;
    QString m_error;
};

} // namespace ampcard::station
