#pragma once

#include <memory>
#include <optional>

#include <QTemporaryDir>

#include <QTest>

#include "ampcard/station/customers.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/tariffplans.h"
#include "../card/cardfixtures.h"

// One operator of each role in a ledger, signed in: admin, sup, inst, cash (passwords
// "<login>-pass"). Hashes use 1,000 iterations: the stored hash records its count.
namespace testing {

// The test utility's keys (cardfixtures.h) give `ledger` its chain key, as unlocking the keystore
// does at a station.
inline bool keyLedger(ampcard::station::Ledger &ledger)
{
    return ledger.hasKey() || ledger.takeKey(ampcard::station::Ledger::chainKey(
                                  utilityKeys(kUtility, kSeed), ledger.stationId()));
}

// A new ledger file in `dir`, named by a running count so data-driven rows never share one;
// null when it cannot be made.
inline std::unique_ptr<ampcard::station::Ledger> freshLedger(const QTemporaryDir &dir)
{
    static int files = 0;
    auto ledger = std::make_unique<ampcard::station::Ledger>();
    if (!ledger->open(dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(++files)), true) ||
        !keyLedger(*ledger))
        return nullptr;
    return ledger;
}

struct Staff {
    std::optional<ampcard::station::Session> admin, supervisor, installer, cashier;

    // False (with a test failure recorded) when any step fails.
    bool hire(ampcard::station::Ledger &ledger)
    {
        using namespace ampcard::station;
        if (!keyLedger(ledger))
            return false;
        Operators operators(ledger, 1000);
        if (!operators.addFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Admin"),
                                             QStringLiteral("admin-pass")))
            return false;
        admin = operators.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass"));
        if (!admin)
            return false;
        const struct {
            const char *login;
            Role role;
            std::optional<Session> *session;
        } hires[] = {{"sup", Role::kSupervisor, &supervisor},
                     {"inst", Role::kInstaller, &installer},
                     {"cash", Role::kCashier, &cashier}};
        for (const auto &hire : hires) {
            const QString login = QLatin1String(hire.login);
            const QString password = login + QStringLiteral("-pass");
            if (!operators.add(*admin, login, login, hire.role, password))
                return false;
            *hire.session = operators.signIn(login, password);
            if (!*hire.session)
                return false;
        }
        return true;
    }
};

// Staff, customers C-1 (Ana Mwale) and C-2 (Ben Banda), and tariff plan R1 in force now.
inline bool seed(ampcard::station::Ledger &ledger, Staff &staff)
{
    using namespace ampcard::station;
    staff = {};
    if (!staff.hire(ledger))
        return false;
    if (Customers(ledger).importCsv(*staff.installer,
                                    "number,name\nC-1,Ana Mwale\nC-2,Ben Banda\n") != 2)
        return false;
    return TariffPlans(ledger).addVersion(
               *staff.supervisor, QStringLiteral("R1"),
               R"({"name":"R1","currency":"KES","settlement":{"mode":"monthly","day":1,"hour":0},)"
               R"("steps":[{"price":"25.1000"}]})",
               QDateTime::currentDateTimeUtc()) == 1;
}

} // namespace testing
