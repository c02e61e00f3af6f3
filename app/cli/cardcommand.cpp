#include "cardcommand.h"

#include "ampcard/station/workstation.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ampcard/card/meterkey.h"
#include "ampcard/cardio/cardnames.h"
#include "ampcard/cardio/cardreport.h"
#include "ampcard/cardio/cardservice.h"
#include "ampcard/cardio/keystore.h"
#include "ampcard/cardio/pcscreader.h"
#include "ampcard/tariff/bill.h"
#include "ampcard/tariff/errc.h"
#include "ampcard/tariff/tarifffile.h"
#include "passphrase.h"
#include "ampcard/station/workstation.h"
#include "tariffcommand.h"

using namespace ampcard;
using namespace ampcard::cardio;

using ampcard::station::Workstation;

namespace {

constexpr int kExitInvalidRecord = 1;

} // namespace

QString CardCommand::usage()
{
    return tr("  ampcard card read [--reader NAME] [--keystore FILE] [--json]\n"
              "      Read whatever card is inserted; with the keystore, verify and decode its\n"
              "      records (passphrase from AMPCARD_PASSPHRASE or a prompt).\n"
              "  ampcard keys init --keystore FILE --utility ID\n"
              "      Make a new utility master key, encrypted under a passphrase.\n"
              "  ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE\n"
              "      Write one meter's key file, for commissioning the meter.\n"
              "  ampcard keys change-passphrase --keystore FILE\n"
              "      Re-encrypt the keystore (new passphrase from AMPCARD_NEW_PASSPHRASE or a\n"
              "      prompt).\n");
}

int CardCommand::fail(const QString &message)
{
    m_err << QStringLiteral("ampcard: ") << message << Qt::endl;
    return kExitBadInput;
}

int CardCommand::runCard(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("read"))
        return read(arguments.mid(1));
    m_err << tr("ampcard card: unknown subcommand \"%1\"\n").arg(arguments.value(0)) << usage();
    return kExitBadInput;
}

int CardCommand::read(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption readerOption(QStringLiteral("reader"), tr("Card reader name."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption keystoreOption(QStringLiteral("keystore"), tr("Keystore file."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({readerOption, keystoreOption, jsonOption});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("usage: ampcard card read [--reader NAME] [--keystore FILE] [--json]"));

    UtilityKeys keys;
    if (parser.isSet(keystoreOption)) {
        const QByteArray passphrase =
            readPassphrase("AMPCARD_PASSPHRASE", tr("Keystore passphrase: "));
        const Status opened = Keystore::open(parser.value(keystoreOption), passphrase, &keys);
        if (!opened.ok())
            return fail(parser.value(keystoreOption) + QStringLiteral(": ") +
                        describe(opened.code()));
    }

    Workstation station;
    if (!station.connectReader(parser.value(readerOption)))
        return fail(station.errorString());
    const QString chosen = station.readerName();
    cardio::PcscReader *channel = station.channel();
    if (!channel)
        return fail(station.errorString());
    CardService service(*channel);
    CardContents contents;
    const Status status = service.read(contents);
    if (!status.ok())
        return fail(chosen + QStringLiteral(": ") + describe(status.code()));

    QJsonObject json;
    json[QStringLiteral("reader")] = chosen;
    json[QStringLiteral("protocol")] =
        channel->protocol() == card::Protocol::kT0 ? QStringLiteral("T=0") : QStringLiteral("T=1");
    json[QStringLiteral("apdus")] = channel->apduCount();
    bool allValid = true;
    const QJsonObject described = CardReport::describe(contents, keys, &allValid);
    for (auto it = described.begin(); it != described.end(); ++it)
        json[it.key()] = it.value();

    if (parser.isSet(jsonOption)) {
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_out << tr("%1 %2 in %3 (%4)")
                     .arg(CardNames::kindLabel(contents.id.kind),
                          CardNames::serialText(contents.id.serial), chosen,
                          json.value(QStringLiteral("protocol")).toString())
              << '\n';
        if (json.contains(QStringLiteral("issue"))) {
            m_out << tr("Issued record:") << '\n';
            m_out << CardReport::text(json.value(QStringLiteral("issue")).toObject(), 2);
        } else {
            m_out << tr("Issued record: none") << '\n';
        }
        if (json.contains(QStringLiteral("return"))) {
            m_out << tr("Meter return record:") << '\n';
            m_out << CardReport::text(json.value(QStringLiteral("return")).toObject(), 2);
        } else {
            m_out << tr("Meter return record: none") << '\n';
        }
    }
    return allValid ? kExitOk : kExitInvalidRecord;
}

int CardCommand::runKeys(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption keystoreOption(QStringLiteral("keystore"), tr("Keystore file."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption utilityOption(QStringLiteral("utility"), tr("Utility id."),
                                           QStringLiteral("ID"));
    const QCommandLineOption meterOption(QStringLiteral("meter"), tr("Meter number."),
                                         QStringLiteral("N"));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Key version."),
                                           QStringLiteral("V"), QStringLiteral("1"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Meter key file to write."),
                                       QStringLiteral("FILE"));
    parser.addOptions({keystoreOption, utilityOption, meterOption, versionOption, outOption});
    if (!parser.parse(QStringList{QStringLiteral("ampcard")} + arguments.mid(1)))
        return fail(parser.errorText());
    if (!parser.isSet(keystoreOption))
        return fail(tr("--keystore FILE is required"));
    const QString path = parser.value(keystoreOption);

    if (verb == QLatin1String("init")) {
        bool ok = false;
        const qulonglong utility = parser.value(utilityOption).toULongLong(&ok);
        if (!ok || utility == 0 || utility > 0xFFFFFFFFull)
            return fail(tr("--utility ID is required: a number from 1 to 4294967295"));
        if (QFile::exists(path))
            return fail(tr("%1 exists already; a keystore is never overwritten").arg(path));
        const QByteArray passphrase = readPassphrase("AMPCARD_PASSPHRASE", tr("New passphrase: "));
        if (passphrase.size() < 8)
            return fail(tr("the passphrase must have at least 8 characters"));
        if (qgetenv("AMPCARD_PASSPHRASE").isEmpty() &&
            readPassphrase("AMPCARD_PASSPHRASE", tr("Repeat the passphrase: ")) != passphrase)
            return fail(tr("the passphrases differ"));
        const Status created =
            Keystore::create(path, static_cast<std::uint32_t>(utility), passphrase);
        if (!created.ok())
            return fail(path + QStringLiteral(": ") + describe(created.code()));
        m_out << tr("%1: new master key for utility %2").arg(path).arg(utility) << '\n';
        return kExitOk;
    }
    if (verb == QLatin1String("change-passphrase")) {
        const QByteArray current = readPassphrase("AMPCARD_PASSPHRASE", tr("Current passphrase: "));
        const QByteArray next = readPassphrase("AMPCARD_NEW_PASSPHRASE", tr("New passphrase: "));
        if (next.size() < 8)
            return fail(tr("the new passphrase must have at least 8 characters"));
        if (qgetenv("AMPCARD_NEW_PASSPHRASE").isEmpty() &&
            readPassphrase("AMPCARD_NEW_PASSPHRASE", tr("Repeat the new passphrase: ")) != next)
            return fail(tr("the passphrases differ"));
        const Status changed = Keystore::changePassphrase(path, current, next);
        if (!changed.ok())
            return fail(path + QStringLiteral(": ") + describe(changed.code()));
        m_out << tr("%1: passphrase changed").arg(path) << '\n';
        return kExitOk;
    }
    if (verb == QLatin1String("meter-key")) {
        const QByteArray digits = parser.value(meterOption).toLatin1();
        const auto meter = card::MeterNumber::parse(
            std::string_view(digits.constData(), static_cast<std::size_t>(digits.size())));
        bool versionOk = false;
        const uint version = parser.value(versionOption).toUInt(&versionOk);
        if (!meter.ok() || !versionOk || version > 255 || !parser.isSet(outOption))
            return fail(tr("usage: ampcard keys meter-key --keystore FILE --meter N [--version V] "
                           "--out FILE"));
        const QByteArray passphrase =
            readPassphrase("AMPCARD_PASSPHRASE", tr("Keystore passphrase: "));
        UtilityKeys keys;
        const Status opened = Keystore::open(path, passphrase, &keys);
        if (!opened.ok())
            return fail(path + QStringLiteral(": ") + describe(opened.code()));
        SecureBytes key(card::kMeterKeySize);
        const Status derived =
            keys.meterKey(meter.value(), static_cast<std::uint8_t>(version), key.bytes());
        if (!derived.ok())
            return fail(describe(derived.code()));
        card::LineSecrets line;
        const Status lineDerived =
            keys.lineSecrets(meter.value(), static_cast<std::uint8_t>(version), &line);
        if (!lineDerived.ok())
            return fail(describe(lineDerived.code()));
        const auto hex3 = [](const std::array<std::uint8_t, 3> &bytes) {
            return QString::fromLatin1(
                QByteArray(reinterpret_cast<const char *>(bytes.data()), 3).toHex());
        };
        QJsonObject json;
        json[QStringLiteral("utilityId")] = static_cast<qint64>(keys.utilityId());
        json[QStringLiteral("meterNumber")] = CardNames::meterText(meter.value());
        json[QStringLiteral("keyVersion")] = static_cast<int>(version);
        json[QStringLiteral("key")] =
            QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(key.bytes().data()),
                                           static_cast<qsizetype>(key.size()))
                                    .toHex());
        // The line secrets the meter is commissioned with (docs/keystore.md "Line secrets").
        json[QStringLiteral("password02")] = hex3(line.password02);
        json[QStringLiteral("password04")] = hex3(line.password04);
        json[QStringLiteral("modbusPin")] = static_cast<int>(line.modbusPin);
        QSaveFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly))
            return fail(tr("cannot write %1").arg(parser.value(outOption)));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
        if (!file.commit())
            return fail(tr("cannot write %1").arg(parser.value(outOption)));
        m_out << tr("%1: key version %2 of meter %3")
                     .arg(parser.value(outOption))
                     .arg(version)
                     .arg(CardNames::meterText(meter.value()))
              << '\n';
        return kExitOk;
    }
    return fail(tr("ampcard keys: unknown subcommand \"%1\"").arg(verb));
}
