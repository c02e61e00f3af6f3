#include "countercommand.h"

// ampcard settings show | set: the station's charges and identity.

#include <memory>
#include <optional>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ampcard/cardio/cardnames.h"
#include "ampcard/cardio/keystore.h"
#include "ampcard/cardio/pcscreader.h"
#include "ampcard/station/carddesk.h"
#include "ampcard/station/keycustody.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/reports.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/remotemeter.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/tariff/errc.h"
#include "ampcard/tariff/tarifffile.h"
#include "countercommon.h"
#include "passphrase.h"
#include "stationoptions.h"
#include "tariffcommand.h"

using namespace ampcard;
using namespace ampcard::station;

int CounterCommand::settings(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    const QStringList moneyOptions = {
        QStringLiteral("fixed-charge"), QStringLiteral("debt-fixed"),
        QStringLiteral("minimum"),      QStringLiteral("hoarding-limit"),
        QStringLiteral("opening-fee"),  QStringLiteral("replacement-fee")};
    for (const QString &name : moneyOptions)
        parser.addOption({name, tr("amount"), QStringLiteral("X")});
    parser.addOptions({{QStringLiteral("utility"), tr("utility id"), QStringLiteral("ID")},
                       {QStringLiteral("station"), tr("station number"), QStringLiteral("N")},
                       {QStringLiteral("vat"), tr("VAT percent"), QStringLiteral("PERCENT")},
                       {QStringLiteral("debt-percent"), tr("share of each payment towards debt"),
                        QStringLiteral("PERCENT")}});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    const QString verb = parser.positionalArguments().value(0);
    if (verb != QLatin1String("show") && verb != QLatin1String("set"))
        return fail(tr("usage: ampcard settings show|set ..."), kExitBadInput);
    Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != kExitOk)
        return code;
    Settings store(access.ledger());
    StationSettings settings = store.load();
    if (verb == QLatin1String("set")) {
        // Percentages have two decimals: basis points.
        auto basisPoints = [&](const QString &name, int *out) {
            const auto value = tariff::moneyFromText(parser.value(name));
            if (!value)
                return false;
            *out = static_cast<int>(value->raw() / 100);
            return true;
        };
        if (parser.isSet(QStringLiteral("utility")))
            settings.utilityId = parser.value(QStringLiteral("utility")).toUInt();
        if (parser.isSet(QStringLiteral("station")))
            settings.stationNumber = parser.value(QStringLiteral("station")).toUInt();
        if (parser.isSet(QStringLiteral("vat")) &&
            !basisPoints(QStringLiteral("vat"), &settings.fees.vatBasisPoints))
            return fail(tr("--vat takes a percentage such as 16"), kExitBadInput);
        if (parser.isSet(QStringLiteral("debt-percent"))) {
            if (!basisPoints(QStringLiteral("debt-percent"), &settings.fees.debtBasisPoints))
                return fail(tr("--debt-percent takes a percentage such as 25"), kExitBadInput);
            settings.fees.debtMode = FeeRules::Debt::kPercent;
        }
        tariff::Money *targets[] = {&settings.fees.monthlyFixedCharge,
                                    &settings.fees.debtPerSale,
                                    &settings.fees.minimumPurchase,
                                    &settings.hoardingLimit,
                                    &settings.openingFee,
                                    &settings.replacementFee};
        for (int i = 0; i < moneyOptions.size(); ++i) {
            if (!parser.isSet(moneyOptions[i]))
                continue;
            const auto value = tariff::moneyFromText(parser.value(moneyOptions[i]));
            if (!value)
                return fail(tr("--%1 takes an amount").arg(moneyOptions[i]), kExitBadInput);
            *targets[i] = *value;
        }
        if (parser.isSet(QStringLiteral("debt-fixed")))
            settings.fees.debtMode = FeeRules::Debt::kFixed;
        if (!store.save(*access.session(), settings))
            return fail(store.errorString(), kExitFailed);
    }
    const FeeRules &fees = settings.fees;
    m_out
        << tr("utility %1, station number %2\n").arg(settings.utilityId).arg(settings.stationNumber)
        << tr("VAT %1 %, monthly fixed charge %2, minimum purchase %3\n")
               .arg(fees.vatBasisPoints / 100.0, 0, 'f', 2)
               .arg(tariff::formatMoney(fees.monthlyFixedCharge),
                    tariff::formatMoney(fees.minimumPurchase))
        << (fees.debtMode == FeeRules::Debt::kPercent
                ? tr("debt recovery %1 % of each payment\n")
                      .arg(fees.debtBasisPoints / 100.0, 0, 'f', 2)
                : tr("debt recovery up to %1 a purchase\n")
                      .arg(tariff::formatMoney(fees.debtPerSale)))
        << tr("hoarding limit %1, opening fee %2, replacement fee %3\n")
               .arg(tariff::formatMoney(settings.hoardingLimit),
                    tariff::formatMoney(settings.openingFee),
                    tariff::formatMoney(settings.replacementFee));
    return kExitOk;
}
