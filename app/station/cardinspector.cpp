#include "cardinspector.h"

#include "ampcard/cardio/cardnames.h"
#include "ampcard/station/cards.h"
#include "ampcard/station/customers.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/meters.h"
#include "ampcard/tariff/errc.h"
#include "salecontext.h"
#include "saleledger.h"

namespace ampcard::station {

using cardio::CardNames;

std::optional<CardCheck> CardInspector::readUserCard(const SettleUnknown &settleUnknown)
{
    if (!m_ctx.keys.valid())
        return m_ctx.fail<CardCheck>(
            tr("The keystore is locked: a supervisor must unlock it first."));
    CardCheck check;
    if (const Status status = m_ctx.service.read(check.contents); !status.ok())
        return m_ctx.fail<CardCheck>(tr("Cannot read the card: %1").arg(describe(status.code())));
    check.id = check.contents.id;
    if (check.id.kind != card::CardKind::kUser)
        return m_ctx.fail<CardCheck>(
            tr("This is a %1, not a customer's card.").arg(CardNames::kindLabel(check.id.kind)));
    const QString serial = CardNames::serialText(check.id.serial);

    // Records of another utility say so before anything else.
    for (const card::SlotChoice *choice : {&check.contents.issue, &check.contents.returns}) {
        for (int i = 0; i < choice->count; ++i) {
            if (choice->headers[static_cast<std::size_t>(i)].utilityId != m_ctx.keys.utilityId())
                return m_ctx.fail<CardCheck>(
                    tr("Card %1 belongs to another utility (%2): it cannot be sold to here.")
                        .arg(serial)
                        .arg(choice->headers[static_cast<std::size_t>(i)].utilityId));
        }
    }
    Cards cards(m_ctx.ledger);
    std::optional<CardRecord> record = cards.bySerial(check.id.serial);
    if (!record) {
        // A card whose opening, replacement or meter change was stopped before completion.
        if (!settleUnknown(check.contents, &check.settled))
            return std::nullopt;
        record = cards.bySerial(check.id.serial);
        if (!record && !check.settled.isEmpty())
            return m_ctx.fail<CardCheck>(
                tr("Card %1 does not hold the record written to it: %2 Write "
                   "it again on this card.")
                    .arg(serial, check.settled.join(QLatin1Char(' '))));
    }
    if (!record || record->kind != Cards::kUserCard || record->meterNumber.isEmpty())
        return m_ctx.fail<CardCheck>(
            tr("Card %1 is not a customer card issued by this utility's stations.").arg(serial));
    if (record->state == QLatin1String("blacklisted"))
        return m_ctx.fail<CardCheck>(
            tr("Card %1 is blacklisted (%2): keep it and send the customer to "
               "a supervisor.")
                .arg(serial, record->reason));
    const std::optional<MeterRecord> meter = Meters(m_ctx.ledger).byNumber(record->meterNumber);
    if (!meter)
        return m_ctx.fail<CardCheck>(tr("The meter of card %1 is not registered.").arg(serial));
    check.meter = *meter;
    if (const auto customer = Customers(m_ctx.ledger).byNumber(meter->customerNumber))
        check.customerName = customer->name;

    for (const card::SlotChoice *choice : {&check.contents.issue, &check.contents.returns}) {
        for (int i = 0; i < choice->count; ++i) {
            char digits[13];
            choice->headers[static_cast<std::size_t>(i)].meter.format(digits);
            if (QLatin1String(digits) != meter->number)
                return m_ctx.fail<CardCheck>(
                    tr("Card %1 holds a record of meter %2 but belongs to meter "
                       "%3: it was tampered with.")
                        .arg(serial, QLatin1String(digits), meter->number));
        }
    }
    card::ReturnRecord returned;
    if (const Status status =
            cardio::CardService::openReturnRecord(check.contents, m_ctx.keys, returned);
        status.ok())
        check.returned = returned;
    else if (status.code() != Errc::kNoValidRecord || check.contents.returns.count > 0)
        return m_ctx.fail<CardCheck>(
            tr("The meter's record on card %1 does not verify (%2): the card "
               "was tampered with or damaged.")
                .arg(serial, describe(status.code())));
    card::Token issued;
    if (const Status status =
            cardio::CardService::openIssueToken(check.contents, m_ctx.keys, issued);
        status.ok())
        check.issued = issued;
    else if (status.code() != Errc::kNoValidRecord || check.contents.issue.count > 0)
        return m_ctx.fail<CardCheck>(
            tr("The purchase record on card %1 does not verify (%2): the card "
               "was tampered with or damaged.")
                .arg(serial, describe(status.code())));
    if (check.issued && check.issued->cardSerial != check.id.serial)
        return m_ctx.fail<CardCheck>(
            tr("Card %1 holds a record copied from another card: it was tampered with.")
                .arg(serial));
    check.unloaded = holdsUnloaded(check);
    return check;
}

bool CardInspector::holdsUnloaded(const CardCheck &card)
{
    if (!card.issued)
        return false;
    const card::RecordType type = card.issued->type;
    const bool credits = type == card::RecordType::kPurchase ||
                         type == card::RecordType::kAccountOpening ||
                         type == card::RecordType::kReplacement;
    const std::uint32_t loaded = card.returned ? card.returned->lastSequence : 0;
    // An opening or replacement record always matters (it binds the card); a purchase only
    // while it carries credit (a cancellation record carries none).
    const bool matters = type != card::RecordType::kPurchase || card.issued->amount.raw() > 0;
    return credits && matters && card.issued->sequence > loaded;
}

std::optional<CardInspector::Blank> CardInspector::readBlankCard(const SettleUnknown &settleUnknown)
{
    if (!m_ctx.keys.valid())
        return m_ctx.fail<Blank>(tr("The keystore is locked: a supervisor must unlock it first."));
    Blank blank;
    if (const Status status = m_ctx.service.read(blank.contents); !status.ok())
        return m_ctx.fail<Blank>(tr("Cannot read the card: %1").arg(describe(status.code())));
    blank.id = blank.contents.id;
    const QString serial = CardNames::serialText(blank.id.serial);
    // An opening, replacement or meter change stopped on this card is settled first.
    QStringList settled;
    if (!settleUnknown(blank.contents, &settled))
        return std::nullopt;
    if (blank.id.kind != card::CardKind::kUser)
        return m_ctx.fail<Blank>(tr("This is a %1; a customer needs a user card.")
                                     .arg(CardNames::kindLabel(blank.id.kind)));
    if (const std::optional<CardRecord> known = Cards(m_ctx.ledger).bySerial(blank.id.serial))
        return m_ctx.fail<Blank>(
            known->state == QLatin1String("blacklisted")
                ? tr("Card %1 is blacklisted (%2).").arg(serial, known->reason)
                : tr("Card %1 is already the card of meter %2.").arg(serial, known->meterNumber));
    if (blank.contents.issue.count > 0 || blank.contents.returns.count > 0)
        return m_ctx.fail<Blank>(tr("Card %1 already holds records: use a new card.").arg(serial));
    return blank;
}

std::optional<CardCheck> CardInspector::account(const QString &meterNumber) const
{
    const std::optional<MeterRecord> meter = Meters(m_ctx.ledger).byNumber(meterNumber);
    if (!meter)
        return std::nullopt;
    CardCheck check;
    check.meter = *meter;
    if (const auto customer = Customers(m_ctx.ledger).byNumber(meter->customerNumber))
        check.customerName = customer->name;
    if (const auto card = Cards(m_ctx.ledger).userCardOf(meterNumber)) {
        check.id.kind = card::CardKind::kUser;
        check.id.serial = card->serial;
    }
    check.returned = m_sales.newestReturn(*meter);
    // Completed purchases above the meter's last known sequence: credit still on the card.
    check.unloaded = m_sales.cardCreditAbove(
        meter->id, check.returned ? qint64(check.returned->lastSequence) : 0);
    return check;
}

qint64 CardInspector::floorOf(const CardCheck &card)
{
    qint64 floor = 0;
    if (card.returned)
        floor = std::max(floor, qint64(card.returned->lastSequence));
    if (card.issued)
        floor = std::max(floor, qint64(card.issued->sequence));
    return floor;
}

} // namespace ampcard::station
