#pragma once

#include <memory>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../card/cardfixtures.h"
#include "ampcard/cardio/localcard.h"
#include "ampcard/station/carddesk.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/shifts.h"
#include "staff.h"

// A counter for the sale tests: a seeded ledger on a real SQLite file, the utility's keys, one
// card in an in-process reader (its store can be torn mid-write), and the meter the card visits.
namespace testing {

inline constexpr const char *kMeterNumber = "310100000001";

struct Counter {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ampcard::station::Ledger> ledger;
    Staff staff;
    ampcard::cardio::UtilityKeys keys = utilityKeys(kUtility, kSeed);
    ampcard::card::MemoryStore memory;
    TearingStore store{memory};
    ampcard::cardio::LocalCard reader{store, ampcard::card::Protocol::kT1};
    ampcard::cardio::CardService service{reader};
    std::unique_ptr<ampcard::station::CardDesk> desk;
    FakeMeter meter;
    const char *meterDigits = kMeterNumber; // the meter this counter's customer has
    ampcard::card::PortableAead meterKey = meterAead(kUtility, kSeed, meterNumber(kMeterNumber), 1);

    // VAT 16 %, a fixed charge of 50 a month, 25 % of each payment towards debt.
    // `referenceData` false: operators only, no customers or tariff plans (a network station
    // that takes them from the server).
    bool setUp(ampcard::tariff::Money openingFee = {}, ampcard::tariff::Money hoarding = {},
               bool referenceData = true)
    {
        using namespace ampcard::station;
        ledger = freshLedger(dir);
        if (!ledger || !(referenceData ? seed(*ledger, staff) : staff.hire(*ledger)))
            return false;
        path = ledger->database().databaseName();
        StationSettings settings;
        settings.utilityId = kUtility;
        settings.stationNumber = 12;
        settings.fees.vatBasisPoints = 1600;
        settings.fees.monthlyFixedCharge = ampcard::tariff::Money::fromWhole(50);
        settings.fees.debtBasisPoints = 2500;
        settings.openingFee = openingFee;
        settings.hoardingLimit = hoarding;
        settings.replacementFee = ampcard::tariff::Money::fromWhole(30);
        if (!Settings(*ledger).save(*staff.admin, settings))
            return false;
        meter.utilityId = kUtility;
        meter.meter = meterNumber(meterDigits);
        meterKey = meterAead(kUtility, kSeed, meter.meter, 1);
        meter.keyVersion = 1;
        desk = std::make_unique<CardDesk>(*ledger, keys, reader);
        return true;
    }

    // A new card of `kind` in the reader.
    void insertBlank(std::uint64_t serial,
                     ampcard::card::CardKind kind = ampcard::card::CardKind::kUser)
    {
        memory = {};
        ampcard::card::CardId id;
        id.kind = kind;
        id.serial = serial;
        if (!ampcard::card::formatCard(memory, id).ok())
            qFatal("format");
        reader.application().reset();
    }

    // The program stops and starts again on the same ledger file.
    bool restart()
    {
        desk.reset();
        ledger = std::make_unique<ampcard::station::Ledger>();
        if (!ledger->open(path, false))
            return false;
        desk = std::make_unique<ampcard::station::CardDesk>(*ledger, keys, reader);
        return true;
    }

    // The customer takes the card to the meter, which loads it and writes its return record.
    ampcard::Status visitMeter(std::int64_t remainingRaw = 0, std::uint32_t activeTariff = 1)
    {
        ampcard::card::ReturnRecord record;
        record.remaining = ampcard::tariff::Money::fromRaw(remainingRaw);
        record.activeTariffId = activeTariff;
        record.time = 800'000'000 + meter.lastSequence;
        return meterVisits(service, meterKey, meter, record);
    }

    std::optional<QJsonObject> openAccount(std::uint64_t serial = 0x1001,
                                           const QString &customer = QStringLiteral("C-1"))
    {
        insertBlank(serial);
        ampcard::station::AccountRequest request;
        request.customerNumber = customer;
        request.meter.number = QLatin1String(meterDigits);
        request.meter.tariffPlan = QStringLiteral("R1");
        return desk->openAccount(*staff.installer, request);
    }

    // The card's current issue record, if it opens.
    std::optional<ampcard::card::Token> cardToken()
    {
        ampcard::cardio::CardContents contents;
        ampcard::card::Token token;
        if (!service.read(contents).ok() ||
            !ampcard::cardio::CardService::openIssueToken(contents, keys, token).ok())
            return std::nullopt;
        return token;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(ledger->database());
        if (!query.exec(sql) || !query.next())
            qFatal("%s", qPrintable(sql));
        return query.value(0).toLongLong();
    }
};

inline ampcard::station::SaleRequest byMoney(std::int64_t whole, bool combine = false)
{
    ampcard::station::SaleRequest request;
    request.money = ampcard::tariff::Money::fromWhole(whole);
    request.combineUnloaded = combine;
    return request;
}

} // namespace testing
