#include "ampcard/cardio/cardreport.h"

#include "ampcard/cardio/cardnames.h"
#include "ampcard/tariff/bill.h"
#include "ampcard/tariff/errc.h"
#include "ampcard/tariff/tarifffile.h"

namespace ampcard::cardio {

namespace {

QString timeText(tariff::Timestamp time)
{
    return tariff::BillReader::formatLocalTime(time);
}

QJsonObject headerJson(const card::RecordHeader &header)
{
    QJsonObject json;
    json[QStringLiteral("type")] = CardNames::recordName(header.type);
    json[QStringLiteral("utilityId")] = static_cast<qint64>(header.utilityId);
    json[QStringLiteral("meter")] = CardNames::meterText(header.meter);
    json[QStringLiteral("keyVersion")] = header.keyVersion;
    json[QStringLiteral("generation")] = static_cast<qint64>(header.generation);
    if (header.type != card::RecordType::kReturn)
        json[QStringLiteral("sequence")] = static_cast<qint64>(header.sequence);
    return json;
}

QJsonObject tokenJson(const card::Token &token)
{
    QJsonObject json;
    json[QStringLiteral("cardSerial")] = CardNames::serialText(token.cardSerial);
    json[QStringLiteral("amount")] = tariff::formatMoney(token.amount);
    json[QStringLiteral("issueTime")] = timeText(token.issueTime);
    json[QStringLiteral("stationId")] = static_cast<qint64>(token.stationId);
    json[QStringLiteral("reissue")] = (token.flags & card::kFlagReissue) != 0;
    if (token.type == card::RecordType::kReplacement)
        json[QStringLiteral("previousCardSerial")] =
            CardNames::serialText(token.previousCardSerial);
    if ((token.flags & card::kFlagTariff) != 0) {
        json[QStringLiteral("tariffId")] = static_cast<qint64>(token.tariffId);
        json[QStringLiteral("tariffActivation")] = timeText(token.tariffActivation);
    }
    if ((token.flags & card::kFlagCredit) != 0) {
        QJsonObject credit;
        credit[QStringLiteral("alarm1")] = tariff::formatMoney(token.credit.alarm1);
        credit[QStringLiteral("alarm2")] = tariff::formatMoney(token.credit.alarm2);
        credit[QStringLiteral("closeAllow")] = tariff::formatMoney(token.credit.closeAllow);
        credit[QStringLiteral("overdraftLimit")] = tariff::formatMoney(token.credit.overdraftLimit);
        credit[QStringLiteral("hoardingLimit")] =
            token.credit.hoardingLimit == tariff::kNoHoardingLimit
                ? QStringLiteral("none")
                : tariff::formatMoney(token.credit.hoardingLimit);
        credit[QStringLiteral("presetCredit")] = tariff::formatMoney(token.credit.presetCredit);
        json[QStringLiteral("credit")] = credit;
    }
    if ((token.flags & card::kFlagNewKey) != 0)
        json[QStringLiteral("newKeyVersion")] = token.newKeyVersion;
    return json;
}

QJsonObject returnJson(const card::ReturnRecord &record)
{
    QJsonObject json;
    json[QStringLiteral("time")] = timeText(record.time);
    json[QStringLiteral("remaining")] = tariff::formatMoney(record.remaining);
    json[QStringLiteral("overdraftLimit")] = tariff::formatMoney(record.overdraftLimit);
    json[QStringLiteral("creditState")] = record.creditState;
    json[QStringLiteral("relayState")] = record.relayState;
    json[QStringLiteral("forward")] = tariff::formatEnergy(record.forward);
    json[QStringLiteral("reverse")] = tariff::formatEnergy(record.reverse);
    json[QStringLiteral("combined")] = tariff::formatEnergy(record.combined);
    json[QStringLiteral("periodUsage")] = tariff::formatEnergy(record.periodUsage);
    json[QStringLiteral("residue")] = record.residue;
    json[QStringLiteral("lastSequence")] = static_cast<qint64>(record.lastSequence);
    json[QStringLiteral("purchaseCount")] = static_cast<qint64>(record.purchaseCount);
    json[QStringLiteral("statusWord")] = record.statusWord;
    json[QStringLiteral("faultWord")] = record.faultWord;
    json[QStringLiteral("illegalCards")] = record.illegalCards;
    json[QStringLiteral("tamperEvents")] = record.tamperEvents;
    json[QStringLiteral("powerFailures")] = record.powerFailures;
    json[QStringLiteral("reverseMinutes")] = static_cast<qint64>(record.reverseMinutes);
    json[QStringLiteral("activeTariffId")] = static_cast<qint64>(record.activeTariffId);
    json[QStringLiteral("periodStart")] = timeText(record.periodStart);
    return json;
}

} // namespace

QJsonObject CardReport::describe(const CardContents &contents, const UtilityKeys &keys,
                                 bool *allValid)
{
    *allValid = true;
    QJsonObject json;
    QJsonObject cardJson;
    cardJson[QStringLiteral("kind")] = CardNames::kindName(contents.id.kind);
    cardJson[QStringLiteral("serial")] = CardNames::serialText(contents.id.serial);
    cardJson[QStringLiteral("created")] = timeText(contents.id.created);
    json[QStringLiteral("card")] = cardJson;

    auto verification = [&](Status result) {
        if (!keys.valid())
            return CardReport::tr("not verified (no keystore)");
        if (result.ok())
            return CardReport::tr("valid");
        *allValid = false;
        return CardReport::tr("INVALID: %1").arg(ampcard::describe(result.code()));
    };

    if (contents.issue.count > 0) {
        const int index = contents.issueBodyIndex >= 0 ? contents.issueBodyIndex : 0;
        QJsonObject issue = headerJson(contents.issue.headers[static_cast<std::size_t>(index)]);
        card::Token token;
        const Status opened = !keys.valid() ? Status(kOk)
                              : contents.issueBodyIndex < 0
                                  ? Status(Errc::kNoValidRecord)
                                  : CardService::openIssueToken(contents, keys, token);
        issue[QStringLiteral("verification")] = verification(opened);
        if (keys.valid() && opened.ok())
            issue[QStringLiteral("token")] = tokenJson(token);
        json[QStringLiteral("issue")] = issue;
    }
    if (contents.returns.count > 0) {
        QJsonObject feedback = headerJson(contents.returns.headers[0]);
        card::ReturnRecord record;
        const Status opened =
            keys.valid() ? CardService::openReturnRecord(contents, keys, record) : Status(kOk);
        feedback[QStringLiteral("verification")] = verification(opened);
        if (keys.valid() && opened.ok())
            feedback[QStringLiteral("record")] = returnJson(record);
        json[QStringLiteral("return")] = feedback;
    }

    return json;
}

QString CardReport::text(const QJsonObject &object, int indent)
{
    QString out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        out += QString(indent, QLatin1Char(' ')) + it.key() + QStringLiteral(": ");
        if (it.value().isObject()) {
            out += QLatin1Char('\n') + text(it.value().toObject(), indent + 2);
            continue;
        }
        out += it.value().toVariant().toString() + QLatin1Char('\n');
    }
    return out;
}

} // namespace ampcard::cardio
