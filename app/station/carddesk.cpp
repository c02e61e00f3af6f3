#include "ampcard/station/carddesk.h"

#include "ampcard/station/ledger.h"

#include "cardinspector.h"
#include "counter.h"
#include "functioncards.h"
#include "installerdesk.h"
#include "quotes.h"
#include "receipts.h"
#include "salecontext.h"
#include "saleledger.h"
#include "saleprotocol.h"
#include "tariffpush.h"
#include "tokenfactory.h"

namespace ampcard::station {

struct CardDesk::Parts {
    Parts(Ledger &ledger, const cardio::UtilityKeys &keys, cardio::ApduChannel &channel,
          Clock clock)
        : context(ledger, keys, channel, std::move(clock)), sales(context), tokens(context),
          protocol(context, sales, tokens), inspector(context, sales), quotes(context, sales),
          receipts(context),
          counter({context, sales, protocol, inspector, tokens, quotes, receipts}),
          installer({context, sales, protocol, inspector, counter, tokens, receipts}),
          functionCards(context, sales, tokens), tariffPusher(context, sales, tokens, counter)
    {}

    SaleContext context;
    SaleLedger sales;
    TokenFactory tokens;
    SaleProtocol protocol;
    CardInspector inspector;
    Quotes quotes;
    Receipts receipts;
    Counter counter;
    InstallerDesk installer;
    FunctionCards functionCards;
    TariffPusher tariffPusher;
};

CardDesk::CardDesk(Ledger &ledger, const cardio::UtilityKeys &keys, cardio::ApduChannel &channel,
                   Clock clock)
    : m_parts(std::make_unique<Parts>(ledger, keys, channel, std::move(clock)))
{
    // Whoever gives a desk the keys gives the ledger its seal (a wrong keystore is refused there,
    // and the sale then says the ledger is not keyed).
    if (!ledger.hasKey() && keys.valid() && ledger.isOpen())
        (void)ledger.takeKey(Ledger::chainKey(keys, ledger.stationId()));
}

CardDesk::~CardDesk() = default;

void CardDesk::setStepHook(StepHook hook)
{
    m_parts->context.hook = std::move(hook);
}

QString CardDesk::errorString() const
{
    return m_parts->context.error;
}

bool CardDesk::countersignWanted() const
{
    return m_parts->context.countersignWanted;
}

std::optional<CardCheck> CardDesk::inspect(const Session &by)
{
    m_parts->context.begin();
    return m_parts->counter.inspect(by);
}

std::optional<CardCheck> CardDesk::account(const QString &meterNumber) const
{
    return m_parts->inspector.account(meterNumber);
}

std::optional<SaleQuote> CardDesk::quote(const CardCheck &card, const SaleRequest &request)
{
    m_parts->context.begin();
    return m_parts->counter.quote(card, request);
}

std::optional<QJsonObject> CardDesk::sell(const Session &by, const QString &meterNumber,
                                          const SaleRequest &request)
{
    m_parts->context.begin();
    return m_parts->counter.sell(by, meterNumber, request);
}

std::optional<QJsonObject> CardDesk::sellRemote(const Session &by, const QString &meterNumber,
                                                const SaleRequest &request, RemoteMeter &link)
{
    m_parts->context.begin();
    return m_parts->counter.sellRemote(by, meterNumber, request, link);
}

std::optional<QStringList> CardDesk::settleRemote(const Session &by, const QString &meterNumber,
                                                  RemoteMeter &link)
{
    m_parts->context.begin();
    return m_parts->counter.settleRemote(by, meterNumber, link);
}

std::optional<QJsonObject> CardDesk::cancel(const Session &by, const QString &saleId)
{
    m_parts->context.begin();
    return m_parts->counter.cancel(by, saleId);
}

std::optional<QJsonObject> CardDesk::receipt(const QString &saleId) const
{
    return m_parts->sales.receipt(saleId);
}

QList<QJsonObject> CardDesk::pending() const
{
    return m_parts->sales.pending();
}

std::optional<QJsonObject> CardDesk::openAccount(const Session &by, const AccountRequest &request)
{
    m_parts->context.begin();
    return m_parts->installer.openAccount(by, request);
}

std::optional<QJsonObject> CardDesk::replaceCard(const Session &by, const QString &meterNumber,
                                                 const QString &reason)
{
    m_parts->context.begin();
    return m_parts->installer.replaceCard(by, meterNumber, reason);
}

std::optional<QJsonObject> CardDesk::changeMeter(const Session &by,
                                                 const MeterChangeRequest &request)
{
    m_parts->context.begin();
    return m_parts->installer.changeMeter(by, request);
}

std::optional<QString> CardDesk::issueFunctionCard(const Session &by,
                                                   const FunctionCardRequest &request)
{
    m_parts->context.begin();
    return m_parts->functionCards.issue(by, request);
}

std::optional<TariffPush> CardDesk::pushTariff(const Session &by, const QString &meterNumber,
                                               RemoteMeter &link)
{
    m_parts->context.begin();
    return m_parts->tariffPusher.push(by, meterNumber, link);
}

} // namespace ampcard::station
