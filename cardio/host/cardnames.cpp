#include "ampcard/cardio/cardnames.h"

namespace ampcard::cardio {

namespace {

struct KindName {
    card::CardKind kind;
    const char *name;
    const char *label;
};

constexpr KindName kKinds[] = {
    {card::CardKind::kUser, "user", QT_TRANSLATE_NOOP("CardNames", "user card")},
    {card::CardKind::kCheck, "check", QT_TRANSLATE_NOOP("CardNames", "check card")},
    {card::CardKind::kParameter, "parameter", QT_TRANSLATE_NOOP("CardNames", "parameter card")},
    {card::CardKind::kClear, "clear", QT_TRANSLATE_NOOP("CardNames", "clear card")},
    {card::CardKind::kRelayTest, "relay-test", QT_TRANSLATE_NOOP("CardNames", "relay test card")},
    {card::CardKind::kKeyChange, "key-change", QT_TRANSLATE_NOOP("CardNames", "key change card")},
    {card::CardKind::kPreset, "preset", QT_TRANSLATE_NOOP("CardNames", "preset card")},
};

} // namespace

QString CardNames::kindName(card::CardKind kind)
{
    for (const KindName &entry : kKinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("unknown");
}

std::optional<card::CardKind> CardNames::kindFromName(const QString &name)
{
    for (const KindName &entry : kKinds) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString CardNames::kindLabel(card::CardKind kind)
{
    for (const KindName &entry : kKinds) {
        if (entry.kind == kind)
            return tr(entry.label);
    }
    return tr("unknown card");
}

QString CardNames::recordName(card::RecordType type)
{
    switch (type) {
    case card::RecordType::kPurchase: return QStringLiteral("purchase");
    case card::RecordType::kAccountOpening: return QStringLiteral("account-opening");
    case card::RecordType::kReplacement: return QStringLiteral("replacement");
    case card::RecordType::kParameter: return QStringLiteral("parameter");
    case card::RecordType::kClear: return QStringLiteral("clear");
    case card::RecordType::kRelayTest: return QStringLiteral("relay-test");
    case card::RecordType::kKeyChange: return QStringLiteral("key-change");
    case card::RecordType::kPreset: return QStringLiteral("preset");
    case card::RecordType::kReturn: return QStringLiteral("return");
    }
    return QStringLiteral("unknown");
}

QString CardNames::serialText(std::uint64_t serial)
{
    return QStringLiteral("%1").arg(serial, 16, 16, QLatin1Char('0')).toUpper();
}

std::optional<std::uint64_t> CardNames::serialFromText(const QString &text)
{
    if (text.isEmpty() || text.size() > 16)
        return std::nullopt;
    bool ok = false;
    const std::uint64_t serial = text.toULongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    return serial;
}

QString CardNames::meterText(const card::MeterNumber &meter)
{
    char digits[13];
    meter.format(digits);
    return QString::fromLatin1(digits);
}

} // namespace ampcard::cardio
