#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

// Operators, roles and what each role may do. The rules live here, not in the UI: every service
// call takes the Session of the operator who asks and checks the permission itself.

namespace ampcard::cardio {
class UtilityKeys;
}

namespace ampcard::station {

class Ledger;

enum class Role { kCashier, kInstaller, kSupervisor, kAdministrator };

enum class Permission {
    kSell,              // sell, reprint receipts, resolve pending sales
    kCancelSale,        // cancel a sale the meter has not loaded
    kOpenAccount,       // customers, meters, account-opening cards
    kReplaceCard,       // lost-card replacement
    kIssueFunctionCard, // check, parameter, relay test cards
    kIssueCreditCards,  // clear and preset cards: they reset or create credit on a meter
    kCountersign,       // a second sign-in for what one operator may not do alone
    kManageTariffs,     // tariff plans and fee rules
    kManageShifts,      // close other cashiers' shifts, seal Z reports
    kManageKeys,        // keystore backup, restore, key change
    kManageOperators,   // add operators, unlock, reset passwords
    kBackupLedger,      // copy the ledger to a backup file
    kRestoreLedger,     // replace the ledger with a backup
    kViewReports,
};

[[nodiscard]] bool roleAllows(Role role, Permission permission);
[[nodiscard]] QString roleName(Role role); // the stored, untranslated name
[[nodiscard]] QString roleText(Role role); // in the operator's language
[[nodiscard]] std::optional<Role> roleFromName(const QString &name);

// Who is signed in; only Operators::signIn makes one.
class Session {
public:
    [[nodiscard]] const QString &login() const { return m_login; }
    [[nodiscard]] Role role() const { return m_role; }
    [[nodiscard]] bool may(Permission permission) const { return roleAllows(m_role, permission); }

private:
    friend class Operators;
    Session(QString login, Role role) : m_login(std::move(login)), m_role(role) {}
    QString m_login;
    Role m_role;
};

struct OperatorInfo {
    QString login;
    QString name;
    Role role = Role::kCashier;
    bool locked = false;
};

class Operators {
    Q_DECLARE_TR_FUNCTIONS(Operators)

public:
    // Wrong passwords in a row that lock an operator out until an administrator unlocks them.
    static constexpr int kMaxFailedSignIns = 5;
    // PBKDF2-HMAC-SHA256 work factor for new hashes; each hash records its own count.
    static constexpr int kDefaultIterations = 600'000;

    explicit Operators(Ledger &ledger, int iterations = kDefaultIterations)
        : m_ledger(ledger), m_iterations(iterations)
    {}

    // The first administrator of a new ledger; refused once any operator exists.
    bool addFirstAdministrator(const QString &login, const QString &name, const QString &password);
    bool add(const Session &by, const QString &login, const QString &name, Role role,
             const QString &password);
    // A session, or nothing with errorString() saying why (unknown, wrong password, locked).
    std::optional<Session> signIn(const QString &login, const QString &password);
    bool unlock(const Session &by, const QString &login);
    // Lock-out recovery when no administrator can sign in: the unlocked keystore of this station
    // (its passphrase) is the authority. Unlocks `login` and, when `password` is given, sets it.
    bool recover(const cardio::UtilityKeys &keys, const QString &login,
                 const QString &password = {});
    bool changePassword(const Session &by, const QString &login, const QString &password);
    [[nodiscard]] int count() const;
    [[nodiscard]] QList<OperatorInfo> list() const;
    [[nodiscard]] QString errorString() const { return m_error; }

    // "pbkdf2-sha256$iterations$salt$hash" (hex), and its check in constant time.
    [[nodiscard]] static QString hashPassword(const QString &password, int iterations);
    [[nodiscard]] static bool checkPassword(const QString &password, const QString &stored);
    // PBKDF2 iterations this process has run (for tests: a refusal's work must not depend on
    // whether the login exists).
    [[nodiscard]] static quint64 pbkdf2Iterations();

private:
    bool fail(const QString &message);
    // A hash of a random password at `iterations`, made once: what an unknown login is checked
    // against.
    static QString decoyHash(int iterations);
    // Runs `sql` (values, then the login bound last) on exactly one operator, audited as `action`.
    bool updateOne(const Session &by, const QString &login, const QString &sql,
                   const QVariantList &values, const QString &action);
    bool insert(const QString &by, const QString &login, const QString &name, Role role,
                const QString &password);

    Ledger &m_ledger;
    int m_iterations;
    QString m_error;
};

} // namespace ampcard::station
