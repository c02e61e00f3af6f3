#include "ampcard/station/currencies.h"

namespace ampcard::station {

namespace {

class Currencies {
    Q_DECLARE_TR_FUNCTIONS(Currencies)

public:
    static QList<Currency> make()
    {
        // Minor units from ISO 4217's list one.
        return {
            {QStringLiteral("KES"), tr("Kenyan shilling"), 2},
            {QStringLiteral("AED"), tr("UAE dirham"), 2},
            {QStringLiteral("AOA"), tr("Angolan kwanza"), 2},
            {QStringLiteral("BDT"), tr("Bangladeshi taka"), 2},
            {QStringLiteral("BHD"), tr("Bahraini dinar"), 3},
            {QStringLiteral("CDF"), tr("Congolese franc"), 2},
            {QStringLiteral("CNY"), tr("Chinese yuan"), 2},
            {QStringLiteral("DZD"), tr("Algerian dinar"), 2},
            {QStringLiteral("EGP"), tr("Egyptian pound"), 2},
            {QStringLiteral("ETB"), tr("Ethiopian birr"), 2},
            {QStringLiteral("EUR"), tr("Euro"), 2},
            {QStringLiteral("GBP"), tr("Pound sterling"), 2},
            {QStringLiteral("GHS"), tr("Ghanaian cedi"), 2},
            {QStringLiteral("IDR"), tr("Indonesian rupiah"), 2},
            {QStringLiteral("INR"), tr("Indian rupee"), 2},
            {QStringLiteral("IQD"), tr("Iraqi dinar"), 3},
            {QStringLiteral("JOD"), tr("Jordanian dinar"), 3},
            {QStringLiteral("JPY"), tr("Japanese yen"), 0},
            {QStringLiteral("KWD"), tr("Kuwaiti dinar"), 3},
            {QStringLiteral("LYD"), tr("Libyan dinar"), 3},
            {QStringLiteral("MAD"), tr("Moroccan dirham"), 2},
            {QStringLiteral("MWK"), tr("Malawian kwacha"), 2},
            {QStringLiteral("MZN"), tr("Mozambican metical"), 2},
            {QStringLiteral("NGN"), tr("Nigerian naira"), 2},
            {QStringLiteral("OMR"), tr("Omani rial"), 3},
            {QStringLiteral("PHP"), tr("Philippine peso"), 2},
            {QStringLiteral("PKR"), tr("Pakistani rupee"), 2},
            {QStringLiteral("RWF"), tr("Rwandan franc"), 0},
            {QStringLiteral("SAR"), tr("Saudi riyal"), 2},
            {QStringLiteral("TND"), tr("Tunisian dinar"), 3},
            {QStringLiteral("TZS"), tr("Tanzanian shilling"), 2},
            {QStringLiteral("UGX"), tr("Ugandan shilling"), 0},
            {QStringLiteral("USD"), tr("US dollar"), 2},
            {QStringLiteral("VND"), tr("Vietnamese dong"), 0},
            {QStringLiteral("XAF"), tr("Central African CFA franc"), 0},
            {QStringLiteral("XOF"), tr("West African CFA franc"), 0},
            {QStringLiteral("ZAR"), tr("South African rand"), 2},
            {QStringLiteral("ZMW"), tr("Zambian kwacha"), 2},
        };
    }
};

} // namespace

const QList<Currency> &currencies()
{
    static const QList<Currency> list = Currencies::make();
    return list;
}

std::optional<Currency> findCurrency(const QString &code, QString *error)
{
    for (const Currency &currency : currencies())
        if (currency.code == code)
            return currency;
    if (error)
        *error = Currencies::tr("The currency \"%1\" is not one the station knows: use an ISO 4217 "
                                "code from the list (for example KES, XOF or KWD).")
                     .arg(code);
    return std::nullopt;
}

} // namespace ampcard::station
