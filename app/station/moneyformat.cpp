#include "ampcard/station/moneyformat.h"

#include <cstdlib>

namespace ampcard::station {

namespace {

std::int64_t powerOfTen(int exponent)
{
    std::int64_t value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

QChar localeDigit(const QLocale &locale, int digit)
{
    const QString zero = locale.zeroDigit();
    if (zero.size() != 1)
        return QChar(u'0' + digit);
    return QChar(static_cast<char16_t>(zero.at(0).unicode() + digit));
}

bool isSpace(QChar ch)
{
    return ch == u' ' || ch == QChar(0x00A0) || ch == QChar(0x202F) || ch == QChar(0x2009);
}

} // namespace

MoneyFormat::MoneyFormat(Currency currency, QLocale locale)
    : m_currency(std::move(currency)), m_locale(std::move(locale))
{
    Q_ASSERT(m_currency.minorUnits >= 0 && m_currency.minorUnits <= tariff::Money::kDecimals);
    m_unit = powerOfTen(tariff::Money::kDecimals - m_currency.minorUnits);
}

std::optional<MoneyFormat> MoneyFormat::forCode(const QString &code, const QLocale &locale,
                                                QString *error)
{
    const std::optional<Currency> currency = findCurrency(code, error);
    if (!currency)
        return std::nullopt;
    return MoneyFormat(*currency, locale);
}

tariff::Money MoneyFormat::rounded(tariff::Money money) const
{
    const std::int64_t raw = money.raw();
    std::int64_t whole = raw / m_unit;
    const std::int64_t rest = raw % m_unit;
    if (std::llabs(rest) * 2 >= m_unit)
        whole += raw < 0 ? -1 : 1;
    return tariff::Money::fromRaw(whole * m_unit);
}

tariff::Money MoneyFormat::roundedUp(tariff::Money money) const
{
    const std::int64_t raw = money.raw();
    std::int64_t whole = raw / m_unit;
    if (raw % m_unit > 0)
        ++whole;
    return tariff::Money::fromRaw(whole * m_unit);
}

QString MoneyFormat::format(tariff::Money money, bool withCode) const
{
    const std::int64_t raw = rounded(money).raw();
    const std::uint64_t magnitude =
        raw < 0 ? std::uint64_t(0) - static_cast<std::uint64_t>(raw) : std::uint64_t(raw);
    const std::uint64_t scale = powerOfTen(tariff::Money::kDecimals);
    QString text = m_locale.toString(static_cast<qulonglong>(magnitude / scale));
    if (m_currency.minorUnits > 0) {
        std::uint64_t fraction = (magnitude % scale) / static_cast<std::uint64_t>(m_unit);
        QString digits(m_currency.minorUnits, QChar());
        for (int i = m_currency.minorUnits - 1; i >= 0; --i, fraction /= 10)
            digits[i] = localeDigit(m_locale, static_cast<int>(fraction % 10));
        text += m_locale.decimalPoint() + digits;
    }
    if (raw < 0)
        text.prepend(m_locale.negativeSign());
    if (withCode)
        text += QLatin1Char(' ') + m_currency.code;
    return text;
}

std::optional<tariff::Money> MoneyFormat::parse(const QString &input, QString *error) const
{
    auto fail = [&](const QString &message) -> std::optional<tariff::Money> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString text = input.trimmed();
    if (text.endsWith(m_currency.code))
        text = text.chopped(m_currency.code.size()).trimmed();
    bool negative = false;
    if (text.startsWith(m_locale.negativeSign()) || text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(text.startsWith(QLatin1Char('-')) ? 1 : m_locale.negativeSign().size());
    }
    const QString decimal = m_locale.decimalPoint();
    const QString group = m_locale.groupSeparator();
    std::int64_t whole = 0;
    int wholeDigits = 0;
    QString fraction; // ASCII digits after the decimal sign
    bool inFraction = false;
    for (const QChar ch : std::as_const(text)) {
        if (ch.isDigit()) {
            const int digit = ch.digitValue();
            if (inFraction) {
                fraction += QChar(u'0' + digit);
            } else {
                if (++wholeDigits > 14)
                    return fail(tr("%1 is too large an amount.").arg(input.trimmed()));
                whole = whole * 10 + digit;
            }
        } else if (!inFraction && QString(ch) == decimal) {
            inFraction = true;
        } else if (!inFraction && (QString(ch) == group || isSpace(ch))) {
            continue;
        } else {
            return fail(tr("\"%1\" is not an amount: write it like %2.")
                            .arg(input.trimmed(), format(tariff::Money::fromRaw(123450000))));
        }
    }
    if (wholeDigits == 0 && fraction.isEmpty())
        return fail(tr("Enter an amount, like %1.").arg(format(tariff::Money::fromRaw(5000000))));
    // Trailing zeros past the currency's decimals say nothing; any other digit there is refused.
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > m_currency.minorUnits) {
        if (m_currency.minorUnits == 0)
            return fail(tr("%1 has no decimals: enter a whole amount.").arg(m_currency.code));
        return fail(
            tr("%1 is counted to %n decimal place(s): %2 has more.", nullptr, m_currency.minorUnits)
                .arg(m_currency.code, input.trimmed()));
    }
    const std::int64_t raw =
        whole * powerOfTen(tariff::Money::kDecimals) +
        fraction.leftJustified(tariff::Money::kDecimals, QLatin1Char('0')).toLongLong();
    return tariff::Money::fromRaw(negative ? -raw : raw);
}

QList<CashLine> cashLines(const MoneyFormat &format, const QList<CashLine> &exactLines,
                          tariff::Money paid, const QString &roundingLabel)
{
    QList<CashLine> lines;
    std::int64_t sum = 0;
    for (const CashLine &line : exactLines) {
        const tariff::Money amount = format.rounded(line.amount);
        sum += amount.raw();
        lines.append({line.label, amount});
    }
    const std::int64_t difference = format.rounded(paid).raw() - sum;
    if (difference != 0)
        lines.append({roundingLabel, tariff::Money::fromRaw(difference)});
    return lines;
}

QString localTimeText(const QDateTime &utc, const QLocale &locale, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    const int offset = zone.offsetFromUtc(local);
    const int minutes = std::abs(offset) / 60;
    QString stated = QStringLiteral("UTC%1%2:%3")
                         .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                         .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                         .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const QString abbreviation = zone.abbreviation(local);
    if (!abbreviation.isEmpty() && abbreviation.at(0).isLetter() &&
        !abbreviation.startsWith(QLatin1String("UTC")) &&
        !abbreviation.startsWith(QLatin1String("GMT")))
        stated += QLatin1Char(' ') + abbreviation;
    return locale.toString(local, QLocale::ShortFormat) + QStringLiteral(" (") + stated +
           QLatin1Char(')');
}

} // namespace ampcard::station
