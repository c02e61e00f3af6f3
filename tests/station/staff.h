#pragma once

#include <optional>

#include <QTest>

#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"

// One operator of each role in a ledger, signed in: admin, sup, inst, cash (passwords
// "<login>-pass"). Hashes use 1,000 iterations: the stored hash records its count.
namespace testing {

struct Staff {
    std::optional<ampcard::station::Session> admin, supervisor, installer, cashier;

    // False (with a test failure recorded) when any step fails.
    bool hire(ampcard::station::Ledger &ledger)
    {
        using namespace ampcard::station;
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

} // namespace testing
