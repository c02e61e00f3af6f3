#include "countercommand.h"

// ampcard report NAME: the station's reports, as text or CSV.

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
#include "ampcard/station/receiptdocument.h"
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

int CounterCommand::report(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    parser.addOptions({{QStringLiteral("from"), tr("first day"), QStringLiteral("DAY")},
                       {QStringLiteral("to"), tr("last day"), QStringLiteral("DAY")},
                       {QStringLiteral("csv"), tr("print CSV")},
                       {QStringLiteral("qr"), tr("receipt: the text of the receipt's QR code"),
                        QStringLiteral("TEXT")},
                       {QStringLiteral("json"), tr("receipt: print JSON")}});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText(), kExitBadInput);
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty() || words.size() > 2)
        return fail(tr("usage: ampcard report NAME [ARGUMENT] (%1), or ampcard report receipt "
                       "NUMBER | --qr TEXT")
                        .arg(Reports::names().join(QStringLiteral(", "))),
                    kExitBadInput);
    Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != kExitOk)
        return code;
    Reports reports(access.ledger());
    if (words.value(0) == QLatin1String("receipt")) {
        const QString wanted = parser.isSet(QStringLiteral("qr"))
                                   ? parser.value(QStringLiteral("qr"))
                                   : words.value(1);
        if (wanted.trimmed().isEmpty())
            return fail(tr("usage: ampcard report receipt NUMBER | --qr TEXT"), kExitBadInput);
        const std::optional<QJsonObject> receipt = reports.receipt(*access.session(), wanted);
        if (!receipt)
            return fail(reports.errorString(), kExitFailed);
        m_out << (parser.isSet(QStringLiteral("json"))
                      ? jsonText(*receipt)
                      : receiptText(*receipt,
                                    receiptStyle(access.utilityName(), access.currency())));
        return kExitOk;
    }
    const auto table =
        reports.byName(*access.session(), words.value(0), words.value(1),
                       QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate),
                       QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate));
    if (!table)
        return fail(reports.errorString(), kExitFailed);
    m_out << (parser.isSet(QStringLiteral("csv")) ? table->toCsv() : table->toText());
    return kExitOk;
}
