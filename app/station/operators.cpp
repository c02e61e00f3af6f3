#include "ampcard/station/operators.h"

#include "ampcard/station/sync.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <atomic>

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include "ampcard/cardio/keystore.h"
#include "ampcard/station/ledger.h"
#include "transaction.h"

namespace ampcard::station {

namespace {

constexpr int kSaltSize = 16;
constexpr int kHashSize = 32;
const QString kScheme = QStringLiteral("pbkdf2-sha256");

std::atomic<quint64> g_pbkdf2Runs{0};

QByteArray pbkdf2(const QString &password, const QByteArray &salt, int iterations)
{
    g_pbkdf2Runs.fetch_add(static_cast<quint64>(iterations), std::memory_order_relaxed);
    const QByteArray secret = password.toUtf8();
    QByteArray out(kHashSize, '\0');
    if (PKCS5_PBKDF2_HMAC(secret.constData(), static_cast<int>(secret.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          static_cast<int>(salt.size()), iterations, EVP_sha256(), kHashSize,
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        return {};
    return out;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::kSell:
    case Permission::kViewReports: return true;
    case Permission::kOpenAccount:
    case Permission::kReplaceCard:
    case Permission::kIssueFunctionCard: return role != Role::kCashier;
    case Permission::kCancelSale:
    case Permission::kCountersign:
    case Permission::kIssueCreditCards:
    case Permission::kManageTariffs:
    case Permission::kManageShifts:
    case Permission::kBackupLedger:
    case Permission::kManageKeys: return role == Role::kSupervisor || role == Role::kAdministrator;
    case Permission::kRestoreLedger:
    case Permission::kManageOperators: return role == Role::kAdministrator;
    }
    return false;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::kCashier: return QStringLiteral("cashier");
    case Role::kInstaller: return QStringLiteral("installer");
    case Role::kSupervisor: return QStringLiteral("supervisor");
    case Role::kAdministrator: return QStringLiteral("administrator");
    }
    return {};
}

QString roleText(Role role)
{
    switch (role) {
    case Role::kCashier: return QCoreApplication::translate("Role", "cashier");
    case Role::kInstaller: return QCoreApplication::translate("Role", "installer");
    case Role::kSupervisor: return QCoreApplication::translate("Role", "supervisor");
    case Role::kAdministrator: return QCoreApplication::translate("Role", "administrator");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::kCashier, Role::kInstaller, Role::kSupervisor, Role::kAdministrator}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QString Operators::hashPassword(const QString &password, int iterations)
{
    QByteArray salt(kSaltSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltSize) != 1)
        return {};
    const QByteArray hash = pbkdf2(password, salt, iterations);
    if (hash.isEmpty())
        return {};
    return QStringList{kScheme, QString::number(iterations), QString::fromLatin1(salt.toHex()),
                       QString::fromLatin1(hash.toHex())}
        .join(QLatin1Char('$'));
}

bool Operators::checkPassword(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    bool number = false;
    const int iterations = parts.size() == 4 ? parts[1].toInt(&number) : 0;
    if (parts.size() != 4 || parts[0] != kScheme || !number || iterations < 1)
        return false;
    const QByteArray expected = QByteArray::fromHex(parts[3].toLatin1());
    const QByteArray hash = pbkdf2(password, QByteArray::fromHex(parts[2].toLatin1()), iterations);
    return hash.size() == kHashSize && expected.size() == kHashSize &&
           CRYPTO_memcmp(hash.constData(), expected.constData(), kHashSize) == 0;
}

bool Operators::fail(const QString &message)
{
    m_error = message;
    return false;
}

int Operators::count() const
{
    QSqlQuery query(m_ledger.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM operators")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Operators::insert(const QString &by, const QString &login, const QString &name, Role role,
                       const QString &password)
{
    if (login.trimmed().isEmpty() || login != login.trimmed())
        return fail(tr("An operator's login must not be empty or start or end with a space."));
    if (password.size() < 8)
        return fail(tr("A password needs at least 8 characters."));
    if (QString offline; !Sync(m_ledger).sharedEditAllowed(Sync::SharedEdit::kOperators, &offline))
        return fail(offline);
    const QString hash = hashPassword(password, m_iterations);
    if (hash.isEmpty())
        return fail(tr("The password could not be hashed (OpenSSL failed)."));
    Transaction transaction(m_ledger.database());
    QSqlQuery insert(m_ledger.database());
    insert.prepare(QStringLiteral("INSERT INTO operators (id, station, login, name, role, "
                                  "password, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &value : {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 m_ledger.stationId(), login, name, roleName(role), hash, now()})
        insert.addBindValue(value);
    if (!transaction.started() || !insert.exec()) {
        if (insert.lastError().nativeErrorCode() == QLatin1String("2067")) // UNIQUE
            return fail(tr("There is already an operator \"%1\".").arg(login));
        return fail(tr("Cannot add the operator: %1").arg(insert.lastError().text()));
    }
    if (!m_ledger.audit(by, QStringLiteral("operator.add"), login, roleName(role)))
        return fail(m_ledger.errorString());
    if (!transaction.commit())
        return fail(tr("Cannot add the operator: %1").arg(transaction.errorText()));
    return true;
}

bool Operators::addFirstAdministrator(const QString &login, const QString &name,
                                      const QString &password)
{
    if (count() != 0)
        return fail(tr("This ledger already has operators; an administrator adds the others."));
    return insert(login, login, name, Role::kAdministrator, password);
}

bool Operators::add(const Session &by, const QString &login, const QString &name, Role role,
                    const QString &password)
{
    if (!by.may(Permission::kManageOperators))
        return fail(tr("Only an administrator may add operators."));
    return insert(by.login(), login, name, role, password);
}

std::optional<Session> Operators::signIn(const QString &login, const QString &password)
{
    QSqlDatabase db = m_ledger.database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT role, password, failed_sign_ins, locked FROM operators WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec() || !query.next()) {
        // The same work as refusing a known login (one hash check, one audited write), so a
        // timing does not tell which logins exist.
        (void)checkPassword(password, decoyHash(m_iterations));
        Transaction transaction(db);
        if (m_ledger.audit(login, QStringLiteral("operator.sign-in-failed"), login,
                           QStringLiteral("unknown")))
            (void)transaction.commit();
        fail(tr("Unknown operator or wrong password."));
        return std::nullopt;
    }
    const std::optional<Role> role = roleFromName(query.value(0).toString());
    const bool matches = checkPassword(password, query.value(1).toString());
    const int failures = query.value(2).toInt();
    if (query.value(3).toInt() != 0) {
        fail(tr("Operator \"%1\" is locked after %2 wrong passwords; an administrator must "
                "unlock it.")
                 .arg(login)
                 .arg(kMaxFailedSignIns));
        (void)m_ledger.audit(login, QStringLiteral("operator.sign-in-refused"), login,
                             QStringLiteral("locked"));
        return std::nullopt;
    }
    Transaction transaction(db);
    QSqlQuery update(db);
    update.prepare(
        QStringLiteral("UPDATE operators SET failed_sign_ins = ?, locked = ? WHERE login = ?"));
    const int nowFailing = matches ? 0 : failures + 1;
    const bool lock = nowFailing >= kMaxFailedSignIns;
    update.addBindValue(nowFailing);
    update.addBindValue(lock ? 1 : 0);
    update.addBindValue(login);
    const QString action = matches ? QStringLiteral("operator.sign-in")
                           : lock  ? QStringLiteral("operator.locked")
                                   : QStringLiteral("operator.sign-in-failed");
    if (!update.exec() || !m_ledger.audit(login, action, login, QString::number(nowFailing)) ||
        !transaction.commit()) {
        fail(tr("Cannot record the sign-in: %1").arg(db.lastError().text()));
        return std::nullopt;
    }
    if (matches) {
        // Roles and passwords as the station sealed them, or no one signs in on them.
        if (const QString differs = m_ledger.stateIntact(); !differs.isEmpty()) {
            fail(tr("Sign-in refused: %1 Run \"ampcard ledger verify\" and call the auditors; "
                    "restore the newest good backup.")
                     .arg(differs));
            return std::nullopt;
        }
    }
    if (!matches || !role) {
        fail(lock ? tr("Wrong password. Operator \"%1\" is now locked; an administrator must "
                       "unlock it.")
                        .arg(login)
                  : tr("Unknown operator or wrong password."));
        return std::nullopt;
    }
    return Session(login, *role);
}

bool Operators::updateOne(const Session &by, const QString &login, const QString &sql,
                          const QVariantList &values, const QString &action)
{
    Transaction transaction(m_ledger.database());
    QSqlQuery update(m_ledger.database());
    update.prepare(sql);
    for (const QVariant &value : values)
        update.addBindValue(value);
    update.addBindValue(login);
    if (!transaction.started() || !update.exec())
        return fail(tr("Cannot change the operator: %1").arg(update.lastError().text()));
    if (update.numRowsAffected() != 1)
        return fail(tr("There is no operator \"%1\".").arg(login));
    if (!m_ledger.audit(by.login(), action, login, QString()) || !transaction.commit())
        return fail(m_ledger.errorString());
    return true;
}

quint64 Operators::pbkdf2Iterations()
{
    return g_pbkdf2Runs.load(std::memory_order_relaxed);
}

QString Operators::decoyHash(int iterations)
{
    // One per work factor, made once: a refusal then costs one PBKDF2 run, as for a known login.
    static QHash<int, QString> decoys;
    static QMutex guard;
    const QMutexLocker lock(&guard);
    auto found = decoys.find(iterations);
    if (found == decoys.end())
        found = decoys.insert(iterations, hashPassword(QUuid::createUuid().toString(), iterations));
    return *found;
}

bool Operators::recover(const cardio::UtilityKeys &keys, const QString &login,
                        const QString &password)
{
    if (!keys.valid())
        return fail(tr("Recovering an operator needs the keystore's passphrase."));
    // The keystore must be the one that seals this ledger (takeKey refuses another).
    if (!m_ledger.takeKey(Ledger::chainKey(keys, m_ledger.stationId())))
        return fail(m_ledger.errorString());
    if (!password.isEmpty() && password.size() < 8)
        return fail(tr("A password needs at least 8 characters."));
    const QString hash = password.isEmpty() ? QString() : hashPassword(password, m_iterations);
    Transaction transaction(m_ledger.database());
    QSqlQuery update(m_ledger.database());
    update.prepare(password.isEmpty()
                       ? QStringLiteral("UPDATE operators SET failed_sign_ins = 0, locked = 0 "
                                        "WHERE login = ?")
                       : QStringLiteral("UPDATE operators SET failed_sign_ins = 0, locked = 0, "
                                        "password = ? WHERE login = ?"));
    if (!password.isEmpty())
        update.addBindValue(hash);
    update.addBindValue(login);
    if (!transaction.started() || !update.exec())
        return fail(tr("Cannot recover the operator: %1").arg(update.lastError().text()));
    if (update.numRowsAffected() != 1)
        return fail(tr("There is no operator \"%1\".").arg(login));
    if (!m_ledger.audit(QStringLiteral("keystore"), QStringLiteral("operator.recover"), login,
                        password.isEmpty() ? QStringLiteral("unlocked")
                                           : QStringLiteral("unlocked, new password")) ||
        !transaction.commit())
        return fail(m_ledger.errorString());
    return true;
}

bool Operators::unlock(const Session &by, const QString &login)
{
    if (!by.may(Permission::kManageOperators))
        return fail(tr("Only an administrator may unlock operators."));
    return updateOne(
        by, login,
        QStringLiteral("UPDATE operators SET failed_sign_ins = 0, locked = 0 WHERE login = ?"), {},
        QStringLiteral("operator.unlock"));
}

bool Operators::changePassword(const Session &by, const QString &login, const QString &password)
{
    if (by.login() != login && !by.may(Permission::kManageOperators))
        return fail(tr("Only an administrator may set another operator's password."));
    if (password.size() < 8)
        return fail(tr("A password needs at least 8 characters."));
    const QString hash = hashPassword(password, m_iterations);
    if (hash.isEmpty())
        return fail(tr("The password could not be hashed (OpenSSL failed)."));
    return updateOne(by, login, QStringLiteral("UPDATE operators SET password = ? WHERE login = ?"),
                     {hash}, QStringLiteral("operator.password"));
}

QList<OperatorInfo> Operators::list() const
{
    QList<OperatorInfo> found;
    QSqlQuery query(m_ledger.database());
    if (!query.exec(
            QStringLiteral("SELECT login, name, role, locked FROM operators ORDER BY login")))
        return found;
    while (query.next())
        found.append({query.value(0).toString(), query.value(1).toString(),
                      roleFromName(query.value(2).toString()).value_or(Role::kCashier),
                      query.value(3).toBool()});
    return found;
}

} // namespace ampcard::station
