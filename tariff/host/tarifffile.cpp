#include "ampcard/tariff/tarifffile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

#include "ampcard/tariff/errc.h"

namespace ampcard::tariff {

namespace {

constexpr const char *kRateNames[kMaxTouRates] = {"sharp", "peak", "flat", "valley"};

QString toQString(const DecimalText &text)
{
    return QString::fromLatin1(text.data, text.size);
}

// Collects the first error; every reader below returns false once it has set one.
class Reader {
public:
    explicit Reader(FileError *error) : m_error(error) {}

    bool fail(const QString &field, const QString &message)
    {
        if (m_error)
            *m_error = {field, message};
        return false;
    }

    bool onlyKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(join(path, it.key()),
                            TariffFileReader::tr("unknown field (expected one of: %1)")
                                .arg(allowed.join(QStringLiteral(", "))));
        }
        return true;
    }

    template <typename Unit>
    bool decimal(const QJsonObject &object, const QString &key, const QString &path, Unit *out)
    {
        const QString field = join(path, key);
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fail(field, TariffFileReader::tr("missing"));
        if (!value.isString())
            return fail(field, TariffFileReader::tr("must be a decimal string such as \"0.5380\""));
        const QByteArray text = value.toString().toLatin1();
        const Result<Unit> parsed =
            Unit::parse(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        if (!parsed.ok())
            return fail(field, TariffFileReader::tr("\"%1\": %2")
                                   .arg(value.toString(), describe(parsed.status().code())));
        if (parsed.value().isNegative())
            return fail(field, describe(Errc::kNegative));
        *out = parsed.value();
        return true;
    }

    bool integer(const QJsonObject &object, const QString &key, const QString &path, int low,
                 int high, int *out)
    {
        const QString field = join(path, key);
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fail(field, TariffFileReader::tr("missing"));
        const double number = value.toDouble(-1.0);
        // The range first: converting a double outside int's range is undefined (found by
        // fuzz_tariff_file; tests/fuzz/corpus/tariff_file/huge-day.json).
        if (!value.isDouble() || !(number >= low && number <= high) ||
            number != static_cast<double>(static_cast<int>(number)))
            return fail(
                field,
                TariffFileReader::tr("must be a whole number from %1 to %2").arg(low).arg(high));
        *out = static_cast<int>(number);
        return true;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

private:
    FileError *m_error;
};

bool readSteps(Reader &reader, const QJsonObject &root, Ladder *ladder)
{
    const QJsonValue value = root.value(QStringLiteral("steps"));
    if (!value.isArray())
        return reader.fail(QStringLiteral("steps"),
                           TariffFileReader::tr("missing or not a list of steps"));
    const QJsonArray steps = value.toArray();
    if (steps.isEmpty() || steps.size() > kMaxSteps)
        return reader.fail(QStringLiteral("steps"), describe(Errc::kStepCount));
    ladder->stepCount = static_cast<std::uint8_t>(steps.size());
    for (int i = 0; i < steps.size(); ++i) {
        const QString path = QStringLiteral("steps[%1]").arg(i);
        if (!steps[i].isObject())
            return reader.fail(path, TariffFileReader::tr("must be an object"));
        const QJsonObject step = steps[i].toObject();
        if (!reader.onlyKeys(step, path, {QStringLiteral("upTo"), QStringLiteral("price")}))
            return false;
        if (!reader.decimal(step, QStringLiteral("price"), path, &ladder->prices[i]))
            return false;
        const bool last = i + 1 == steps.size();
        if (last && step.contains(QStringLiteral("upTo")))
            return reader.fail(path + QStringLiteral(".upTo"),
                               TariffFileReader::tr("the last step has no upper bound"));
        if (!last && !reader.decimal(step, QStringLiteral("upTo"), path, &ladder->thresholds[i]))
            return false;
    }
    return true;
}

bool readTime(const QString &text, std::uint16_t *minute)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d\\d):(\\d\\d)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (hours > 23 || minutes > 59)
        return false;
    *minute = static_cast<std::uint16_t>(hours * 60 + minutes);
    return true;
}

bool readTou(Reader &reader, const QJsonObject &root, TariffFile *file)
{
    if (!root.contains(QStringLiteral("tou")))
        return true;
    const QJsonObject tou = root.value(QStringLiteral("tou")).toObject();
    if (!reader.onlyKeys(
            tou, QStringLiteral("tou"),
            {QStringLiteral("rates"), QStringLiteral("schedule"), QStringLiteral("quoteRate")}))
        return false;
    const QJsonObject rates = tou.value(QStringLiteral("rates")).toObject();
    if (rates.isEmpty())
        return reader.fail(QStringLiteral("tou.rates"), describe(Errc::kTouRateCount));
    QStringList rateNames;
    for (const char *name : kRateNames)
        rateNames << QString::fromLatin1(name);
    if (!reader.onlyKeys(rates, QStringLiteral("tou.rates"), rateNames))
        return false;
    Tou &out = file->tariff.tou;
    for (int rate = 0; rate < kMaxTouRates; ++rate) {
        if (!rates.contains(rateNames[rate]))
            continue;
        if (!reader.decimal(rates, rateNames[rate], QStringLiteral("tou.rates"), &out.rates[rate]))
            return false;
        out.rateMask = static_cast<std::uint8_t>(out.rateMask | (1u << rate));
    }

    const QJsonArray schedule = tou.value(QStringLiteral("schedule")).toArray();
    if (schedule.isEmpty())
        return reader.fail(QStringLiteral("tou.schedule"), describe(Errc::kTouScheduleEmpty));
    if (schedule.size() > kMaxTouSegments)
        return reader.fail(QStringLiteral("tou.schedule"), describe(Errc::kTouScheduleTooLong));
    out.segmentCount = static_cast<std::uint8_t>(schedule.size());
    for (int i = 0; i < schedule.size(); ++i) {
        const QString path = QStringLiteral("tou.schedule[%1]").arg(i);
        const QJsonObject entry = schedule[i].toObject();
        if (!reader.onlyKeys(entry, path, {QStringLiteral("from"), QStringLiteral("rate")}))
            return false;
        if (!readTime(entry.value(QStringLiteral("from")).toString(), &out.segments[i].startMinute))
            return reader.fail(path + QStringLiteral(".from"),
                               TariffFileReader::tr("must be a time of day \"HH:MM\""));
        const int rate =
            TariffFileReader::rateFromName(entry.value(QStringLiteral("rate")).toString());
        if (rate < 0 || !out.defines(rate))
            return reader.fail(path + QStringLiteral(".rate"), describe(Errc::kTouScheduleRate));
        out.segments[i].rate = static_cast<std::uint8_t>(rate);
    }

    int quoteRate = -1;
    if (tou.contains(QStringLiteral("quoteRate"))) {
        quoteRate =
            TariffFileReader::rateFromName(tou.value(QStringLiteral("quoteRate")).toString());
        if (!out.defines(quoteRate))
            return reader.fail(QStringLiteral("tou.quoteRate"), describe(Errc::kTouScheduleRate));
    } else {
        quoteRate = out.defines(static_cast<int>(TouRate::kFlat)) ? static_cast<int>(TouRate::kFlat)
                                                                  : out.segments[0].rate;
    }
    file->quoteRate = static_cast<std::uint8_t>(quoteRate);
    return true;
}

bool readYearlyDate(const QString &text, SettlementDate *date)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d\\d)-(\\d\\d)T(\\d\\d)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    date->month = static_cast<std::uint8_t>(match.captured(1).toInt());
    date->day = static_cast<std::uint8_t>(match.captured(2).toInt());
    date->hour = static_cast<std::uint8_t>(match.captured(3).toInt());
    return true;
}

bool readSettlement(Reader &reader, const QJsonObject &root, Settlement *settlement)
{
    const QString path = QStringLiteral("settlement");
    if (!root.value(path).isObject())
        return reader.fail(path, TariffFileReader::tr("missing or not an object"));
    const QJsonObject object = root.value(path).toObject();
    const QString mode = object.value(QStringLiteral("mode")).toString();
    if (mode == QStringLiteral("monthly")) {
        if (!reader.onlyKeys(
                object, path,
                {QStringLiteral("mode"), QStringLiteral("day"), QStringLiteral("hour")}))
            return false;
        int day = 0;
        int hour = 0;
        if (!reader.integer(object, QStringLiteral("day"), path, 1, 28, &day) ||
            !reader.integer(object, QStringLiteral("hour"), path, 0, 23, &hour))
            return false;
        settlement->mode = SettlementMode::kMonthly;
        settlement->dateCount = 1;
        settlement->dates[0] = {1, static_cast<std::uint8_t>(day), static_cast<std::uint8_t>(hour)};
        return true;
    }
    if (mode == QStringLiteral("yearly")) {
        if (!reader.onlyKeys(object, path, {QStringLiteral("mode"), QStringLiteral("dates")}))
            return false;
        const QJsonArray dates = object.value(QStringLiteral("dates")).toArray();
        if (dates.isEmpty() || dates.size() > kMaxYearlyDates)
            return reader.fail(path + QStringLiteral(".dates"),
                               describe(Errc::kSettlementDateCount));
        settlement->mode = SettlementMode::kYearly;
        settlement->dateCount = static_cast<std::uint8_t>(dates.size());
        for (int i = 0; i < dates.size(); ++i) {
            if (!readYearlyDate(dates[i].toString(), &settlement->dates[i]))
                return reader.fail(
                    QStringLiteral("settlement.dates[%1]").arg(i),
                    TariffFileReader::tr("must be \"MM-DDTHH\", such as \"01-01T00\""));
        }
        return true;
    }
    return reader.fail(path + QStringLiteral(".mode"),
                       TariffFileReader::tr("must be \"monthly\" or \"yearly\""));
}

// The field a core validation Status points at.
QString fieldOf(Status status)
{
    const int i = status.index();
    switch (status.code()) {
    case Errc::kStepCount: return QStringLiteral("steps");
    case Errc::kThresholdNotPositive:
    case Errc::kThresholdOrder: return QStringLiteral("steps[%1].upTo").arg(i);
    case Errc::kStepPrice:
    case Errc::kOverflow: return QStringLiteral("steps[%1].price").arg(i);
    case Errc::kTouRatePrice:
        return QStringLiteral("tou.rates.%1").arg(QString::fromLatin1(kRateNames[i & 3]));
    case Errc::kTouRateCount: return QStringLiteral("tou.rates");
    case Errc::kTouScheduleEmpty:
    case Errc::kTouScheduleTooLong: return QStringLiteral("tou.schedule");
    case Errc::kTouScheduleOrder:
    case Errc::kTouScheduleStart:
    case Errc::kTouScheduleTime: return QStringLiteral("tou.schedule[%1].from").arg(i);
    case Errc::kTouScheduleRate: return QStringLiteral("tou.schedule[%1].rate").arg(i);
    case Errc::kSettlementDay: return QStringLiteral("settlement.day");
    case Errc::kSettlementHour: return QStringLiteral("settlement.hour");
    case Errc::kSettlementDateCount: return QStringLiteral("settlement.dates");
    case Errc::kSettlementDate:
    case Errc::kSettlementDateOrder: return QStringLiteral("settlement.dates[%1]").arg(i);
    default: return QString();
    }
}

} // namespace

std::optional<TariffFile> TariffFileReader::parse(const QByteArray &json, FileError *error)
{
    Reader reader(error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.fail(QString(), tr("not valid JSON at byte %1: %2")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        reader.fail(QString(), tr("a tariff file holds one JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!reader.onlyKeys(root, QString(),
                         {QStringLiteral("name"), QStringLiteral("currency"),
                          QStringLiteral("settlement"), QStringLiteral("steps"),
                          QStringLiteral("tou")}))
        return std::nullopt;

    TariffFile file;
    file.name = root.value(QStringLiteral("name")).toString();
    if (file.name.trimmed().isEmpty()) {
        reader.fail(QStringLiteral("name"), tr("missing or empty"));
        return std::nullopt;
    }
    file.currency = root.value(QStringLiteral("currency")).toString();
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyPattern.match(file.currency).hasMatch()) {
        reader.fail(QStringLiteral("currency"), tr("must be an ISO 4217 code such as \"CNY\""));
        return std::nullopt;
    }
    if (!readSettlement(reader, root, &file.tariff.settlement) ||
        !readSteps(reader, root, &file.tariff.ladder) || !readTou(reader, root, &file))
        return std::nullopt;

    const Status status = validate(file.tariff);
    if (!status.ok()) {
        reader.fail(fieldOf(status), describe(status.code()));
        return std::nullopt;
    }
    return file;
}

std::optional<TariffFile> TariffFileReader::load(const QString &path, FileError *error)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        if (error)
            *error = {QString(), tr("cannot read the file: %1").arg(input.errorString())};
        return std::nullopt;
    }
    constexpr qint64 kMaxFileSize = 1 << 20;
    if (input.size() > kMaxFileSize) {
        if (error)
            *error = {QString(), tr("file is larger than 1 MiB; not a tariff file")};
        return std::nullopt;
    }
    return parse(input.readAll(), error);
}

QByteArray TariffFileReader::toJson(const TariffFile &file)
{
    const Tariff &tariff = file.tariff;
    QJsonObject root;
    root[QStringLiteral("name")] = file.name;
    root[QStringLiteral("currency")] = file.currency;

    QJsonObject settlement;
    if (tariff.settlement.mode == SettlementMode::kMonthly) {
        settlement[QStringLiteral("mode")] = QStringLiteral("monthly");
        settlement[QStringLiteral("day")] = tariff.settlement.dates[0].day;
        settlement[QStringLiteral("hour")] = tariff.settlement.dates[0].hour;
    } else {
        settlement[QStringLiteral("mode")] = QStringLiteral("yearly");
        QJsonArray dates;
        for (int i = 0; i < tariff.settlement.dateCount; ++i) {
            const SettlementDate &date = tariff.settlement.dates[i];
            dates.append(QStringLiteral("%1-%2T%3")
                             .arg(date.month, 2, 10, QLatin1Char('0'))
                             .arg(date.day, 2, 10, QLatin1Char('0'))
                             .arg(date.hour, 2, 10, QLatin1Char('0')));
        }
        settlement[QStringLiteral("dates")] = dates;
    }
    root[QStringLiteral("settlement")] = settlement;

    QJsonArray steps;
    for (int i = 0; i < tariff.ladder.stepCount; ++i) {
        QJsonObject step;
        if (i + 1 < tariff.ladder.stepCount)
            step[QStringLiteral("upTo")] = formatEnergy(tariff.ladder.thresholds[i]);
        step[QStringLiteral("price")] = formatPrice(tariff.ladder.prices[i]);
        steps.append(step);
    }
    root[QStringLiteral("steps")] = steps;

    if (tariff.tou.enabled()) {
        QJsonObject tou;
        QJsonObject rates;
        for (int rate = 0; rate < kMaxTouRates; ++rate) {
            if (tariff.tou.defines(rate))
                rates[rateName(rate)] = formatPrice(tariff.tou.rates[rate]);
        }
        tou[QStringLiteral("rates")] = rates;
        QJsonArray schedule;
        for (int i = 0; i < tariff.tou.segmentCount; ++i) {
            const TouSegment &segment = tariff.tou.segments[i];
            QJsonObject entry;
            entry[QStringLiteral("from")] =
                QStringLiteral("%1:%2")
                    .arg(segment.startMinute / 60, 2, 10, QLatin1Char('0'))
                    .arg(segment.startMinute % 60, 2, 10, QLatin1Char('0'));
            entry[QStringLiteral("rate")] = rateName(segment.rate);
            schedule.append(entry);
        }
        tou[QStringLiteral("schedule")] = schedule;
        tou[QStringLiteral("quoteRate")] = rateName(file.quoteRate);
        root[QStringLiteral("tou")] = tou;
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int TariffFileReader::rateFromName(const QString &name)
{
    for (int rate = 0; rate < kMaxTouRates; ++rate) {
        if (name == QLatin1String(kRateNames[rate]))
            return rate;
    }
    return -1;
}

QString TariffFileReader::rateName(int rate)
{
    return rate >= 0 && rate < kMaxTouRates ? QString::fromLatin1(kRateNames[rate]) : QString();
}

QString formatEnergy(Energy energy)
{
    const bool wholeHundredth = energy.raw() % kDisplayEnergyUnit.raw() == 0;
    return toQString(energy.format(wholeHundredth ? 2 : Energy::kDecimals));
}

namespace {

template <typename Fixed> std::optional<Fixed> fixedFromText(const QString &text)
{
    const QByteArray bytes = text.trimmed().toLatin1();
    const auto parsed =
        Fixed::parse(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    return parsed.ok() ? std::optional<Fixed>(parsed.value()) : std::nullopt;
}

} // namespace

std::optional<Money> moneyFromText(const QString &text)
{
    return fixedFromText<Money>(text);
}

std::optional<Energy> energyFromText(const QString &text)
{
    return fixedFromText<Energy>(text);
}

QString formatMoney(Money money)
{
    return toQString(money.format());
}

QString formatPrice(Price price)
{
    return toQString(price.format());
}

QJsonObject chargeToJson(const Charge &charge)
{
    QJsonArray steps;
    for (int i = 0; i < charge.pieceCount; ++i) {
        const ChargePiece &piece = charge.pieces[i];
        QJsonObject step;
        step[QStringLiteral("step")] = piece.step + 1;
        step[QStringLiteral("energy")] = formatEnergy(piece.energy);
        step[QStringLiteral("price")] = formatPrice(piece.price);
        step[QStringLiteral("money")] = formatMoney(piece.money);
        steps.append(step);
    }
    QJsonObject object;
    object[QStringLiteral("money")] = formatMoney(charge.money);
    object[QStringLiteral("energy")] = formatEnergy(charge.energy);
    object[QStringLiteral("steps")] = steps;
    return object;
}

} // namespace ampcard::tariff
