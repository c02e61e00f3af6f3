#include "metercommand.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include "ampcard/card/meterkey.h"
#include "ampcard/cardio/keystore.h"
#include "ampcard/meterlink/dlt645master.h"
#include "ampcard/protocol/dataids.h"
#include "ampcard/station/carddesk.h"
#include "ampcard/station/meters.h"
#include "ampcard/station/remotemeter.h"
#include "ampcard/station/workstation.h"
#include "ampcard/tariff/bill.h"
#include "ampcard/tariff/errc.h"
#include "passphrase.h"
#include "stationoptions.h"
#include "tariffcommand.h"

using namespace ampcard;

namespace {

constexpr int kExitRefused = 1;

QString decimal(const std::vector<std::uint8_t> &value, std::size_t offset, std::size_t size,
                int places, bool signBit = false)
{
    std::vector<std::uint8_t> bytes(value.begin() + static_cast<long>(offset),
                                    value.begin() + static_cast<long>(offset + size));
    bool negative = false;
    if (signBit && (bytes.back() & 0x80) != 0) {
        negative = true;
        bytes.back() &= 0x7F;
    }
    const Result<std::uint64_t> number = dlt645::fromBcd(bytes);
    if (!number.ok())
        return QString();
    return (negative ? QStringLiteral("-") : QString()) +
           QString::fromLatin1(
               tariff::formatDecimal(static_cast<std::int64_t>(number.value()), places, places)
                   .view()
                   .data(),
               static_cast<qsizetype>(
                   tariff::formatDecimal(static_cast<std::int64_t>(number.value()), places, places)
                       .size));
}

// What the value of a DI means, by the table's format: text and unit (docs/dlt645.md). A value
// of another length than the table's, or of an identifier it lacks, is shown as hex.
QPair<QString, QString> describeValue(std::uint32_t di, const std::vector<std::uint8_t> &value)
{
    auto hex = [&value](bool reversed) {
        QString text;
        for (std::size_t i = 0; i < value.size(); ++i)
            text += QStringLiteral("%1").arg(value[reversed ? value.size() - 1 - i : i], 2, 16,
                                             QLatin1Char('0'));
        return text.toUpper();
    };
    const dlt645::DataItem *item = dlt645::findItem(di);
    if (item == nullptr || value.size() != item->length || value.empty())
        return {hex(true), QStringLiteral("hex")};
    const QString unit = QString::fromLatin1(item->unit);
    switch (item->format) {
    case dlt645::Format::kBcd:
    case dlt645::Format::kBcdSigned: {
        QStringList parts;
        for (std::size_t i = 0; i < value.size(); i += item->width) {
            const QString part = decimal(value, i, item->width, item->decimals,
                                         item->format == dlt645::Format::kBcdSigned);
            if (part.isEmpty())
                return {hex(true), QStringLiteral("hex")};
            parts << part;
        }
        return {parts.join(QLatin1Char(' ')), unit};
    }
    case dlt645::Format::kDateTimeWeek:
        return {QStringLiteral("20%1-%2-%3T%4:%5:%6")
                    .arg(value[6], 2, 16, QLatin1Char('0'))
                    .arg(value[5], 2, 16, QLatin1Char('0'))
                    .arg(value[4], 2, 16, QLatin1Char('0'))
                    .arg(value[2], 2, 16, QLatin1Char('0'))
                    .arg(value[1], 2, 16, QLatin1Char('0'))
                    .arg(value[0], 2, 16, QLatin1Char('0')),
                unit};
    case dlt645::Format::kDigits:
    case dlt645::Format::kHex: return {hex(true), unit};
    case dlt645::Format::kBinary: return {hex(false), QStringLiteral("hex")};
    }
    return {hex(true), QStringLiteral("hex")};
}

// An identifier as 8 hex digits, or a name of the table with an optional ":N" for the N-th
// member of its family (energies: the N-th settlement back; prices and records: from 0).
std::optional<std::uint32_t> parseIdentifier(const QString &text)
{
    bool ok = false;
    const std::uint32_t di = text.toUInt(&ok, 16);
    if (ok && text.size() == 8)
        return di;
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() > 2)
        return std::nullopt;
    const QByteArray name = parts[0].toLatin1();
    const dlt645::DataItem *item =
        dlt645::findItem(std::string_view(name.constData(), static_cast<std::size_t>(name.size())));
    if (item == nullptr)
        return std::nullopt;
    unsigned index = 0;
    if (parts.size() == 2) {
        index = parts[1].toUInt(&ok);
        if (!ok || index >= item->count)
            return std::nullopt;
    }
    return dlt645::memberOf(*item, static_cast<std::uint8_t>(index));
}

std::optional<dlt645::Address> parseMeter(const QString &text)
{
    if (text.isEmpty())
        return dlt645::kWildcard;
    if (text.size() > 12)
        return std::nullopt;
    const QByteArray padded = text.rightJustified(12, QLatin1Char('0')).toLatin1();
    char digits[13];
    std::copy(padded.begin(), padded.end(), digits);
    digits[12] = '\0';
    const Result<dlt645::Address> address = dlt645::addressFromDigits(digits);
    if (!address.ok())
        return std::nullopt;
    return address.value();
}

tariff::Timestamp localNow()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.toSecsSinceEpoch() + now.offsetFromUtc() - 946684800;
}

} // namespace

QString MeterCommand::usage()
{
    return tr("  ampcard meter address --port TTY [--baud 2400]\n"
              "      Read the address of the meter on the port (DL/T645 0x13).\n"
              "  ampcard meter read --port TTY [--baud 2400] [--meter N] [--json] DI...\n"
              "      Read data identifiers: 8 hex digits (00010000) or a name of docs/dlt645.md's "
              "table\n"
              "      (forward-energy, forward-energy:1 for the last settlement, "
              "remaining-credit...).\n"
              "  ampcard meter relay --port TTY --meter N COMMAND (--keystore FILE | --password "
              "HEX6)\n"
              "      [--operator HEX8] [--valid-minutes M]   COMMAND: trip, allow, close, alarm,\n"
              "      alarm-release, keep-power, keep-power-release (DL/T645 0x1C with the meter's\n"
              "      level-02 password, derived from the keystore's master key).\n"
              "  ampcard meter time --port TTY [--meter N] [--set now|YYYY-MM-DDTHH:MM[:SS]]\n"
              "      Read the meter's clock, or broadcast a time to every meter on the line.\n"
              "  ampcard meter push-tariff --meter NUMBER [--port TTY] [--baud 2400] [--json]\n"
              "      [--ledger FILE] [--operator LOGIN] [--keystore FILE]\n"
              "      Send the tariff of the meter's plan to the meter at once, sealed in its "
              "sequence\n"
              "      space (DL/T645 0x03), and settle it on the meter's sealed record. The port "
              "defaults\n"
              "      to the meter line set in Administration.\n") +
           tr("  ampcard meter push-tariff --plan NAME [--port TTY] [--baud 2400] [--json] ...\n"
              "      The same for every active meter of plan NAME on the line, one after another:\n"
              "      a line for each meter, and a meter that does not answer or refuses does not\n"
              "      stop the others (exit status 1 when any of them did not take the tariff).\n");
}

int MeterCommand::fail(const QString &message)
{
    m_err << QStringLiteral("ampcard: ") << message << Qt::endl;
    return kExitBadInput;
}

int MeterCommand::run(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("push-tariff"))
        return pushTariff(arguments.mid(1));
    QCommandLineParser parser;
    const QCommandLineOption portOption(QStringLiteral("port"), tr("Serial port."),
                                        QStringLiteral("TTY"));
    const QCommandLineOption baudOption(QStringLiteral("baud"), tr("Baud rate."),
                                        QStringLiteral("B"), QStringLiteral("2400"));
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("Meter address (12 digits)."),
                                         QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption passwordOption(
        QStringLiteral("password"), tr("Level-02 password (wire order)."), QStringLiteral("HEX6"));
    const QCommandLineOption keystoreOption(QStringLiteral("keystore"),
                                            tr("Keystore to derive the meter's password from."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption keyVersionOption(QStringLiteral("key-version"),
                                              tr("Key version of the meter."), QStringLiteral("V"),
                                              QStringLiteral("1"));
    const QCommandLineOption operatorOption(QStringLiteral("operator"), tr("Operator code."),
                                            QStringLiteral("HEX8"), QStringLiteral("00000000"));
    const QCommandLineOption validOption(QStringLiteral("valid-minutes"),
                                         tr("Command valid for M minutes."), QStringLiteral("M"),
                                         QStringLiteral("10"));
    const QCommandLineOption setOption(QStringLiteral("set"), tr("Time to broadcast."),
                                       QStringLiteral("T"));
    parser.addOptions({portOption, baudOption, meterOption, jsonOption, passwordOption,
                       keystoreOption, keyVersionOption, operatorOption, validOption, setOption});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments.mid(1)))
        return fail(parser.errorText());
    if (!parser.isSet(portOption))
        return fail(tr("--port TTY is required"));
    bool baudOk = false;
    const int baud = parser.value(baudOption).toInt(&baudOk);
    if (!baudOk || baud <= 0)
        return fail(tr("--baud must be a positive number"));
    std::optional<dlt645::Address> meter = parseMeter(parser.value(meterOption));
    if (!meter)
        return fail(tr("--meter must be up to 12 digits"));

    meterlink::Dlt645Master master;
    QString problem;
    if (verb != QLatin1String("address") && verb != QLatin1String("read") &&
        verb != QLatin1String("relay") && verb != QLatin1String("time"))
        return fail(tr("ampcard meter: unknown subcommand \"%1\"").arg(verb));
    if (!master.open(parser.value(portOption), baud, &problem))
        return fail(problem);
    if (verb != QLatin1String("address") && !parser.isSet(meterOption) &&
        !parser.isSet(setOption)) {
        // A meter answers the wildcard address only when asked for its address (0x13): ask,
        // then talk to the one meter on the port by its own.
        dlt645::Address address{};
        const Status found = master.readAddress(&address);
        if (!found.ok())
            return fail(tr("no answer from a meter: %1").arg(describe(found.code())));
        meter = address;
    }

    if (verb == QLatin1String("address")) {
        dlt645::Address address{};
        const Status status = master.readAddress(&address);
        if (!status.ok())
            return fail(tr("no answer from a meter: %1").arg(describe(status.code())));
        char digits[13];
        dlt645::addressDigits(address, digits);
        m_out << digits << '\n';
        return kExitOk;
    }
    if (verb == QLatin1String("read")) {
        const QStringList identifiers = parser.positionalArguments();
        if (identifiers.isEmpty())
            return fail(tr("give at least one data identifier, e.g. 00010000"));
        QJsonArray values;
        int exitCode = kExitOk;
        for (const QString &text : identifiers) {
            const std::optional<std::uint32_t> parsed = parseIdentifier(text);
            if (!parsed)
                return fail(tr("\"%1\" is neither a data identifier of 8 hex digits nor the "
                               "name of one (docs/dlt645.md)")
                                .arg(text));
            const std::uint32_t di = *parsed;
            const QString diText = QStringLiteral("%1").arg(di, 8, 16, QLatin1Char('0')).toUpper();
            std::vector<std::uint8_t> value;
            std::uint8_t errorWord = 0;
            const Status status = master.read(*meter, di, &value, &errorWord);
            QJsonObject entry;
            entry[QStringLiteral("di")] = diText;
            if (const dlt645::DataItem *item = dlt645::findItem(di))
                entry[QStringLiteral("name")] = QString::fromLatin1(item->name);
            if (status.code() == Errc::kCardStatus) {
                entry[QStringLiteral("error")] = errorWord;
                exitCode = kExitRefused;
                if (!parser.isSet(jsonOption))
                    m_out << diText << ' ' << tr("refused (error word %1)").arg(errorWord) << '\n';
            } else if (!status.ok()) {
                return fail(tr("no answer from the meter: %1").arg(describe(status.code())));
            } else {
                const auto [shown, unit] = describeValue(di, value);
                entry[QStringLiteral("value")] = shown;
                entry[QStringLiteral("unit")] = unit;
                if (!parser.isSet(jsonOption))
                    m_out << diText << ' ' << shown
                          << (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit) << '\n';
            }
            values.append(entry);
        }
        if (parser.isSet(jsonOption)) {
            QJsonObject json;
            json[QStringLiteral("values")] = values;
            m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        }
        return exitCode;
    }
    if (verb == QLatin1String("relay")) {
        static const QHash<QString, std::uint8_t> kCommands = {
            {QStringLiteral("trip"), 0x1A},
            {QStringLiteral("allow"), 0x1B},
            {QStringLiteral("close"), 0x1C},
            {QStringLiteral("alarm"), 0x2A},
            {QStringLiteral("alarm-release"), 0x2B},
            {QStringLiteral("keep-power"), 0x3A},
            {QStringLiteral("keep-power-release"), 0x3B}};
        const QStringList words = parser.positionalArguments();
        if (words.size() != 1 || !kCommands.contains(words[0]) || !parser.isSet(meterOption))
            return fail(tr("usage: ampcard meter relay --port TTY --meter N COMMAND"));
        QByteArray password = QByteArray::fromHex(parser.value(passwordOption).toLatin1());
        if (parser.isSet(keystoreOption) == parser.isSet(passwordOption))
            return fail(tr("give the keystore (--keystore FILE) or the meter's level-02 password "
                           "(--password HEX6)"));
        if (parser.isSet(keystoreOption)) {
            const QByteArray digits = parser.value(meterOption).toLatin1().rightJustified(12, '0');
            const auto number = card::MeterNumber::parse(
                std::string_view(digits.constData(), static_cast<std::size_t>(digits.size())));
            bool versionOk = false;
            const uint version = parser.value(keyVersionOption).toUInt(&versionOk);
            if (!number.ok() || !versionOk || version > 255)
                return fail(tr("--meter must be the meter number, --key-version 0 to 255"));
            cardio::UtilityKeys keys;
            const Status opened = cardio::Keystore::open(
                parser.value(keystoreOption),
                readPassphrase("AMPCARD_PASSPHRASE", tr("Keystore passphrase: ")), &keys);
            if (!opened.ok())
                return fail(parser.value(keystoreOption) + QStringLiteral(": ") +
                            describe(opened.code()));
            card::LineSecrets line;
            const Status derived =
                keys.lineSecrets(number.value(), static_cast<std::uint8_t>(version), &line);
            if (!derived.ok())
                return fail(describe(derived.code()));
            password = QByteArray(reinterpret_cast<const char *>(line.password02.data()), 3);
        }
        bool operatorOk = false;
        const std::uint32_t operatorCode = parser.value(operatorOption).toUInt(&operatorOk, 16);
        bool minutesOk = false;
        const int minutes = parser.value(validOption).toInt(&minutesOk);
        if (password.size() != 3 || !operatorOk || !minutesOk || minutes < 0)
            return fail(
                tr("--password takes 6 hex digits, --operator 8, --valid-minutes a number"));
        const std::uint8_t pa[4] = {0x02, static_cast<std::uint8_t>(password[0]),
                                    static_cast<std::uint8_t>(password[1]),
                                    static_cast<std::uint8_t>(password[2])};
        std::uint8_t errorWord = 0;
        const Status status = master.relay(*meter, kCommands.value(words[0]), pa, operatorCode,
                                           localNow(), minutes, &errorWord);
        if (status.code() == Errc::kCardStatus) {
            m_err << QStringLiteral("ampcard: ")
                  << tr("the meter refused (error word %1%2)")
                         .arg(errorWord)
                         .arg((errorWord & dlt645::kErrPassword) != 0 ? tr(": password")
                                                                      : QString())
                  << Qt::endl;
            return kExitRefused;
        }
        if (!status.ok())
            return fail(tr("no answer from the meter: %1").arg(describe(status.code())));
        m_out << tr("relay: %1 done").arg(words[0]) << '\n';
        return kExitOk;
    }
    // time
    if (parser.isSet(setOption)) {
        const QString text = parser.value(setOption);
        const std::optional<tariff::Timestamp> time =
            text == QLatin1String("now") ? std::optional<tariff::Timestamp>(localNow())
                                         : tariff::BillReader::parseLocalTime(text);
        if (!time)
            return fail(tr("--set takes now or YYYY-MM-DDTHH:MM[:SS]"));
        const Status status = master.broadcastTime(*time);
        if (!status.ok())
            return fail(describe(status.code()));
        m_out << tr("broadcast %1").arg(tariff::BillReader::formatLocalTime(*time)) << '\n';
        return kExitOk;
    }
    std::vector<std::uint8_t> value;
    const Status status = master.read(*meter, dlt645::id("date-time"), &value);
    if (!status.ok())
        return fail(tr("no answer from the meter: %1").arg(describe(status.code())));
    m_out << describeValue(dlt645::id("date-time"), value).first << '\n';
    return kExitOk;
}

int MeterCommand::pushTariff(const QStringList &arguments)
{
    using namespace ampcard::station;
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    parser.addOptions(
        {{QStringLiteral("meter"), tr("meter number (12 digits)"), QStringLiteral("NUMBER")},
         {QStringLiteral("plan"), tr("every active meter of this tariff plan"),
          QStringLiteral("NAME")},
         {QStringLiteral("port"), tr("serial port of the meter's line (DL/T645)"),
          QStringLiteral("TTY")},
         {QStringLiteral("baud"), tr("baud rate of the meter's line"), QStringLiteral("B"),
          QStringLiteral("2400")},
         {QStringLiteral("json"), tr("print JSON")}});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText());
    const bool onePlan = parser.isSet(QStringLiteral("plan"));
    if (!parser.positionalArguments().isEmpty() || onePlan == parser.isSet(QStringLiteral("meter")))
        return fail(tr("usage: ampcard meter push-tariff (--meter NUMBER | --plan NAME) "
                       "[--port TTY]"));
    const QString target =
        onePlan ? parser.value(QStringLiteral("plan")) : parser.value(QStringLiteral("meter"));
    // The line the station's window uses for remote sales, unless one is given.
    const QString port = parser.isSet(QStringLiteral("port"))
                             ? parser.value(QStringLiteral("port"))
                             : QSettings().value(QStringLiteral("meterLine")).toString();
    if (port.isEmpty())
        return fail(onePlan ? tr("No meter line is configured for the meters of plan %1: give "
                                 "--port TTY, or set the meter line in Administration.")
                                  .arg(target)
                            : tr("No meter line is configured for meter %1: give --port TTY, or "
                                 "set the meter line in Administration.")
                                  .arg(target));
    bool baudOk = false;
    const qint32 baud = parser.value(QStringLiteral("baud")).toInt(&baudOk);
    if (!baudOk || baud <= 0)
        return fail(tr("--baud must be a positive number"));
    Workstation access;
    CardDesk *desk = nullptr;
    if (const int code =
            StationOptions::open(access, parser, m_err, StationOptions::Need::kKeys, &desk);
        code != kExitOk)
        return code;
    QStringList meters{target};
    if (onePlan) {
        meters.clear();
        for (const MeterRecord &meter : Meters(access.ledger()).activeOnPlan(target))
            meters << meter.number;
        if (meters.isEmpty()) {
            m_err << QStringLiteral("ampcard: ")
                  << tr("No active meter is on plan %1: nothing was sent.").arg(target) << Qt::endl;
            return kExitRefused;
        }
    }
    Dlt645RemoteMeter line;
    QString problem;
    if (!line.open(port, baud, &problem))
        return fail(tr("Cannot use the meter line %1: %2").arg(port, problem));
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray results;
    int taken = 0;
    for (const QString &meter : meters) {
        const std::optional<TariffPush> pushed = desk->pushTariff(*access.session(), meter, line);
        if (!pushed) {
            if (!onePlan) {
                m_err << QStringLiteral("ampcard: ") << desk->errorString() << Qt::endl;
                return kExitRefused;
            }
            if (json)
                results.append(QJsonObject{{QStringLiteral("meter"), meter},
                                           {QStringLiteral("state"), QStringLiteral("failed")},
                                           {QStringLiteral("error"), desk->errorString()}});
            else
                m_out << tr("Meter %1: %2").arg(meter, desk->errorString()) << '\n';
            continue;
        }
        ++taken;
        const bool current = pushed->outcome == TariffPush::Outcome::kCurrent;
        if (json) {
            QJsonObject result;
            result[QStringLiteral("meter")] = pushed->meterNumber;
            result[QStringLiteral("state")] =
                current ? QStringLiteral("current") : QStringLiteral("loaded");
            result[QStringLiteral("plan")] = pushed->plan;
            result[QStringLiteral("tariffId")] = qint64(pushed->tariffId);
            if (!current) {
                result[QStringLiteral("push")] = pushed->id;
                result[QStringLiteral("sequence")] = pushed->sequence;
                result[QStringLiteral("activation")] = pushed->activation;
            }
            result[QStringLiteral("settled")] = QJsonArray::fromStringList(pushed->settled);
            results.append(result);
            continue;
        }
        for (const QString &text : pushed->settled)
            m_out << text << '\n';
        if (current)
            m_out << tr("Meter %1 already runs plan %2: nothing was sent.")
                         .arg(pushed->meterNumber, pushed->plan)
                  << '\n';
        else
            m_out << tr("Meter %1 loaded plan %2 (tariff %3, from %4) at sequence %5: push %6.")
                         .arg(pushed->meterNumber, pushed->plan)
                         .arg(pushed->tariffId)
                         .arg(pushed->activation)
                         .arg(pushed->sequence)
                         .arg(pushed->id)
                  << '\n';
    }
    const bool all = taken == meters.size();
    if (json) {
        // One meter: its object, as before; a plan: the plan, the count and each meter's object.
        const QJsonObject document =
            onePlan ? QJsonObject{{QStringLiteral("plan"), target},
                                  {QStringLiteral("meters"), results},
                                  {QStringLiteral("taken"), taken},
                                  {QStringLiteral("failed"), int(meters.size()) - taken}}
                    : results.first().toObject();
        m_out << QJsonDocument(document).toJson(QJsonDocument::Compact) << '\n';
    } else if (onePlan) {
        m_out << tr("%1 of %2 meters of plan %3 run its tariff now.")
                     .arg(taken)
                     .arg(meters.size())
                     .arg(target)
              << '\n';
    }
    return all ? kExitOk : kExitRefused;
}
