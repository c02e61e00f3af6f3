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

// What the whole application shares: the open ledger, the unlocked keys, the reader and the card
// desk over it, and who is signed in. Widgets reach the services through it and nothing else.
class StationContext {
    Q_DECLARE_TR_FUNCTIONS(StationContext)

public:
    StationContext() = default;

    bool openLedger(const QString &path, bool create);
    // Puts the backup in place of the open ledger (Backup::restore: the chain must verify and
    // `login` be an administrator in it); everyone is signed out, the ledger reopened.
    bool restoreLedger(const QString &backupPath, const QString &login, const QString &password,
                       ampcard::station::BackupReport *report);
    ampcard::station::Ledger &ledger() { return m_ledger; }

    // The keystore named in the settings (or `path`), opened with `passphrase`.
    bool unlockKeys(const QString &path, const QByteArray &passphrase);
    [[nodiscard]] bool keysUnlocked() const { return m_keys.valid(); }
    [[nodiscard]] const ampcard::cardio::UtilityKeys &keys() const { return m_keys; }
    [[nodiscard]] QString keystorePath() const;

    // Connects to `reader`, or to the first reader holding a card when empty.
    bool connectReader(const QString &reader = {});
    [[nodiscard]] QString readerName() const { return m_readerName; }
    // The desk over the connected reader (connects first when needed); null with the reason.
    ampcard::station::CardDesk *desk();

    // Called after each step of a card write the pages make (for the fault tests: a card pulled
    // between the pending record and the write).
    void setStepObserver(std::function<void(ampcard::station::SaleStep)> observer)
    {
        m_stepObserver = std::move(observer);
    }
    void observeStep(ampcard::station::SaleStep step) const
    {
        if (m_stepObserver)
            m_stepObserver(step);
    }

    // The connected reader's channel for reading any card (reconnects first); null with the reason.
    ampcard::cardio::ApduChannel *channel();
    // A desk for what needs no card (account look-up, quotes): never null.
    ampcard::station::CardDesk &lookup();

    bool signIn(const QString &login, const QString &password);
    void signOut() { m_session.reset(); }
    [[nodiscard]] const std::optional<ampcard::station::Session> &session() const
    {
        return m_session;
    }

    // Station settings the UI shows (utility name, currency) kept in the ledger's settings.
    [[nodiscard]] QString utilityName() const;
    [[nodiscard]] QString currency() const;

    [[nodiscard]] QString errorString() const { return m_error; }

    // Settings keys the application adds to the ledger's.
    static const QString kUtilityNameKey;
    static const QString kCurrencyKey;
    static const QString kKeystoreKey;
    static const QString kReaderKey;

private:
    bool fail(const QString &message);

    ampcard::station::Ledger m_ledger;
    ampcard::cardio::UtilityKeys m_keys;
    ampcard::cardio::PcscReader m_reader;
    QString m_readerName;
    std::unique_ptr<ampcard::station::CardDesk> m_desk;
    ampcard::cardio::PcscReader m_idleReader; // never connected
    std::unique_ptr<ampcard::station::CardDesk> m_lookup;
    std::optional<ampcard::station::Session> m_session;
    std::function<void(ampcard::station::SaleStep)> m_stepObserver;
    QString m_error;
};
