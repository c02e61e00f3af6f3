#include "functioncards.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "ampcard/cardio/cardnames.h"
#include "ampcard/cardio/opensslcrypto.h"
#include "ampcard/station/cards.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/operators.h"
#include "ampcard/tariff/errc.h"
#include "salecontext.h"
#include "saleledger.h"
#include "salesql.h"
#include "tokenfactory.h"
#include "transaction.h"

namespace ampcard::station {

using namespace sale;
using cardio::CardNames;

std::optional<QString> FunctionCards::issue(const Session &by, const FunctionCardRequest &request)
{
    if (!by.may(Permission::kIssueFunctionCard))
        return m_ctx.fail<QString>(
            tr("Only an installer, supervisor or administrator may issue function cards."));
    if (request.kind == card::CardKind::kKeyChange && !by.may(Permission::kManageKeys))
        return m_ctx.fail<QString>(
            tr("Only a supervisor or administrator may issue key-change cards."));
    if ((request.kind == card::CardKind::kClear || request.kind == card::CardKind::kPreset) &&
        !by.may(Permission::kIssueCreditCards))
        return m_ctx.fail<QString>(
            tr("Only a supervisor or administrator may issue clear and preset "
               "cards: they reset or create credit on a meter."));
    if (request.kind == card::CardKind::kUser || !card::isKnown(request.kind))
        return m_ctx.fail<QString>(tr("Choose a function card kind."));
    if (!m_ctx.keys.valid())
        return m_ctx.fail<QString>(
            tr("The keystore is locked: a supervisor must unlock it first."));
    const std::optional<MeterRecord> meter = Meters(m_ctx.ledger).byNumber(request.meterNumber);
    if (!meter)
        return m_ctx.fail<QString>(tr("Meter %1 is not registered.").arg(request.meterNumber));
    cardio::CardContents contents;
    if (const Status status = m_ctx.service.read(contents); !status.ok())
        return m_ctx.fail<QString>(tr("Cannot read the card: %1").arg(describe(status.code())));
    const QString serial = CardNames::serialText(contents.id.serial);
    if (contents.id.kind != request.kind)
        return m_ctx.fail<QString>(
            tr("This is a %1, not a %2.")
                .arg(CardNames::kindLabel(contents.id.kind), CardNames::kindLabel(request.kind)));
    Cards cards(m_ctx.ledger);
    const std::optional<CardRecord> known = cards.bySerial(contents.id.serial);
    if (known && known->state == QLatin1String("blacklisted"))
        return m_ctx.fail<QString>(tr("Card %1 is blacklisted (%2).").arg(serial, known->reason));
    if (known && known->kind != int(request.kind))
        return m_ctx.fail<QString>(tr("Card %1 is recorded as another kind.").arg(serial));
    if (request.kind == card::CardKind::kKeyChange &&
        (request.newKeyVersion == 0 || request.newKeyVersion <= meter->keyVersion))
        return m_ctx.fail<QString>(
            tr("The new key version must be above the meter's %1.").arg(meter->keyVersion));

    QJsonObject detail;
    detail[QStringLiteral("kind")] = CardNames::kindName(request.kind);
    detail[QStringLiteral("card")] = serial;
    const QString issueId = newId();
    card::Token token;
    const bool writes = request.kind != card::CardKind::kCheck;
    if (writes) {
        const card::RecordType type =
            request.kind == card::CardKind::kParameter   ? card::RecordType::kParameter
            : request.kind == card::CardKind::kClear     ? card::RecordType::kClear
            : request.kind == card::CardKind::kRelayTest ? card::RecordType::kRelayTest
            : request.kind == card::CardKind::kKeyChange ? card::RecordType::kKeyChange
                                                         : card::RecordType::kPreset;
        token = m_tokens.base(type, *meter, contents.id.serial);
        if (request.kind == card::CardKind::kParameter && request.sendTariff &&
            !m_tokens.addTariff(*meter, std::nullopt, token, detail))
            return std::nullopt;
        if (request.credit && (request.kind == card::CardKind::kParameter ||
                               request.kind == card::CardKind::kPreset)) {
            if (!tariff::validate(*request.credit).ok())
                return m_ctx.fail<QString>(tr("The credit thresholds do not hold together."));
            token.flags |= card::kFlagCredit;
            token.credit = *request.credit;
            detail[QStringLiteral("thresholds")] = true;
        }
        if (request.kind == card::CardKind::kParameter &&
            (token.flags & (card::kFlagTariff | card::kFlagCredit)) == 0)
            return m_ctx.fail<QString>(
                tr("A parameter card carries a tariff, thresholds or both."));
        if (request.kind == card::CardKind::kPreset) {
            if (request.presetAmount.raw() <= 0)
                return m_ctx.fail<QString>(tr("A preset card carries a preset credit above zero."));
            token.amount = request.presetAmount;
            detail[QStringLiteral("preset")] = tariff::formatMoney(request.presetAmount);
        }
        if (request.kind == card::CardKind::kKeyChange) {
            token.flags |= card::kFlagNewKey;
            token.newKeyVersion = request.newKeyVersion;
            token.newKeyLength = 16;
            if (const Status status =
                    m_ctx.keys.meterKey(token.meter, request.newKeyVersion,
                                        card::Bytes(token.newKey.data(), token.newKeyLength));
                !status.ok())
                return m_ctx.fail<QString>(describe(status.code()));
            detail[QStringLiteral("newKeyVersion")] = int(request.newKeyVersion);
        }
        {
            // The sequence is taken before the card is written, so a crash never lets a later
            // purchase reuse it.
            Transaction transaction(m_ctx.ledger.database(), Transaction::Lock::kImmediate);
            if (!transaction.started())
                return m_ctx.fail<QString>(transaction.errorText());
            const std::optional<qint64> taken = m_sales.takeSequence(meter->id, 0);
            if (!taken || !transaction.commit())
                return m_ctx.fail<QString>(m_ctx.error.isEmpty() ? transaction.errorText()
                                                                 : m_ctx.error);
            token.sequence = static_cast<std::uint32_t>(*taken);
        }
        detail[QStringLiteral("sequence")] = qint64(token.sequence);
        cardio::OpensslAead key;
        if (const Status status = m_ctx.keys.meterAead(token.meter, token.keyVersion, key);
            !status.ok())
            return m_ctx.fail<QString>(describe(status.code()));
        if (const Status status = m_ctx.service.writeToken(contents, token, key); !status.ok())
            return m_ctx.fail<QString>(
                tr("The card write did not finish (%1); write the card again.")
                    .arg(describe(status.code())));
    }
    Transaction transaction(m_ctx.ledger.database());
    if (!transaction.started())
        return m_ctx.fail<QString>(transaction.errorText());
    if (!known && !cards.record(by, CardRecord{contents.id.serial, int(request.kind), {}, {}, {}}))
        return m_ctx.fail<QString>(cards.errorString());
    const QString detailText =
        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    QSqlQuery insert(m_ctx.ledger.database());
    if (!run(insert,
             QStringLiteral("INSERT INTO function_card_issues (id, station, card_serial, kind, "
                            "meter_id, sequence, detail, operator, at) VALUES (?, ?, ?, ?, ?, ?, "
                            "?, ?, ?)"),
             {issueId, m_ctx.ledger.stationId(), qint64(contents.id.serial), int(request.kind),
              meter->id, writes ? qint64(token.sequence) : qint64(0), detailText, by.login(),
              isoText(m_ctx.clock())}))
        return m_ctx.fail<QString>(insert.lastError().text());
    if (!m_ctx.ledger.audit(by.login(), QStringLiteral("card.function"), serial,
                            meter->number + QLatin1Char(' ') + detailText))
        return m_ctx.fail<QString>(m_ctx.ledger.errorString());
    if (!transaction.commit())
        return m_ctx.fail<QString>(transaction.errorText());
    return issueId;
}

} // namespace ampcard::station
