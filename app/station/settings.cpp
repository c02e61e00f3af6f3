#include "ampcard/station/settings.h"

#include "ampcard/station/sync.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "ampcard/tariff/tarifffile.h"
#include "transaction.h"

namespace ampcard::station {

namespace {

const QString kUtilityKey = QStringLiteral("utility_id");
const QString kStationNumberKey = QStringLiteral("station_number");
const QString kFeesKey = QStringLiteral("fees");

tariff::Money moneyOf(const QJsonObject &json, const char *key)
{
    return tariff::moneyFromText(json.value(QLatin1String(key)).toString())
        .value_or(tariff::Money());
}

QJsonObject feesJson(const StationSettings &settings)
{
    const FeeRules &fees = settings.fees;
    QJsonObject json;
    json[QStringLiteral("minimumPurchase")] = tariff::formatMoney(fees.minimumPurchase);
    json[QStringLiteral("vatBasisPoints")] = fees.vatBasisPoints;
    json[QStringLiteral("monthlyFixedCharge")] = tariff::formatMoney(fees.monthlyFixedCharge);
    json[QStringLiteral("debtMode")] = fees.debtMode == FeeRules::Debt::kPercent
                                           ? QStringLiteral("percent")
                                           : QStringLiteral("fixed");
    json[QStringLiteral("debtBasisPoints")] = fees.debtBasisPoints;
    json[QStringLiteral("debtPerSale")] = tariff::formatMoney(fees.debtPerSale);
    json[QStringLiteral("hoardingLimit")] = tariff::formatMoney(settings.hoardingLimit);
    json[QStringLiteral("openingFee")] = tariff::formatMoney(settings.openingFee);
    json[QStringLiteral("replacementFee")] = tariff::formatMoney(settings.replacementFee);
    return json;
}

} // namespace

bool Settings::fail(const QString &message)
{
    m_error = message;
    return false;
}

StationSettings Settings::load() const
{
    StationSettings settings;
    settings.utilityId = m_ledger.setting(kUtilityKey).toUInt();
    const uint number = m_ledger.setting(kStationNumberKey).toUInt();
    settings.stationNumber = number == 0 ? 1 : number;
    const QJsonObject json = QJsonDocument::fromJson(m_ledger.setting(kFeesKey).toUtf8()).object();
    FeeRules &fees = settings.fees;
    fees.minimumPurchase = moneyOf(json, "minimumPurchase");
    fees.vatBasisPoints = json.value(QStringLiteral("vatBasisPoints")).toInt();
    fees.monthlyFixedCharge = moneyOf(json, "monthlyFixedCharge");
    fees.debtMode = json.value(QStringLiteral("debtMode")).toString() == QLatin1String("fixed")
                        ? FeeRules::Debt::kFixed
                        : FeeRules::Debt::kPercent;
    fees.debtBasisPoints = json.value(QStringLiteral("debtBasisPoints")).toInt();
    fees.debtPerSale = moneyOf(json, "debtPerSale");
    settings.hoardingLimit = moneyOf(json, "hoardingLimit");
    settings.openingFee = moneyOf(json, "openingFee");
    settings.replacementFee = moneyOf(json, "replacementFee");
    return settings;
}

bool Settings::save(const Session &by, const StationSettings &settings)
{
    const StationSettings before = load();
    const bool identityChanges =
        before.utilityId != settings.utilityId || before.stationNumber != settings.stationNumber;
    if (identityChanges && !by.may(Permission::kManageKeys))
        return fail(tr("Only an administrator may set the utility and the station number."));
    if (!by.may(Permission::kManageTariffs))
        return fail(tr("Only a supervisor or administrator may change the station's charges."));
    if (const QString problem = Fees::validate(settings.fees); !problem.isEmpty())
        return fail(problem);
    if (settings.hoardingLimit.raw() < 0 || settings.openingFee.raw() < 0 ||
        settings.replacementFee.raw() < 0)
        return fail(tr("Fee amounts cannot be negative."));
    if (settings.stationNumber == 0)
        return fail(tr("The station number is a number from 1 up."));
    const QString fees =
        QString::fromUtf8(QJsonDocument(feesJson(settings)).toJson(QJsonDocument::Compact));
    if (QString offline; fees != m_ledger.setting(kFeesKey) &&
                         !Sync(m_ledger).sharedEditAllowed(Sync::SharedEdit::kTariffs, &offline))
        return fail(offline);
    Transaction transaction(m_ledger.database());
    if (!transaction.started() ||
        !m_ledger.setSetting(kUtilityKey, QString::number(settings.utilityId)) ||
        !m_ledger.setSetting(kStationNumberKey, QString::number(settings.stationNumber)) ||
        !m_ledger.setSetting(kFeesKey, fees))
        return fail(m_ledger.errorString());
    if (!m_ledger.audit(by.login(), QStringLiteral("settings.change"),
                        QStringLiteral("utility %1 station %2")
                            .arg(settings.utilityId)
                            .arg(settings.stationNumber),
                        fees))
        return fail(m_ledger.errorString());
    return transaction.commit() ? true : fail(transaction.errorText());
}

} // namespace ampcard::station
