#include "currencies.h"

#include <QCoreApplication>

namespace {

class Currencies {
    Q_DECLARE_TR_FUNCTIONS(Currencies)

public:
    static QList<Currency> make()
    {
        // Minor units from ISO 4217's list one.
        return {
            {QStringLiteral("KES"), tr("Kenyan shilling"), 2},
            {QStringLiteral("BDT"), tr("Bangladeshi taka"), 2},
            {QStringLiteral("BHD"), tr("Bahraini dinar"), 3},
            {QStringLiteral("CNY"), tr("Chinese yuan"), 2},
            {QStringLiteral("ETB"), tr("Ethiopian birr"), 2},
            {QStringLiteral("EUR"), tr("Euro"), 2},
            {QStringLiteral("GBP"), tr("Pound sterling"), 2},
            {QStringLiteral("GHS"), tr("Ghanaian cedi"), 2},
            {QStringLiteral("IDR"), tr("Indonesian rupiah"), 2},
            {QStringLiteral("INR"), tr("Indian rupee"), 2},
            {QStringLiteral("JOD"), tr("Jordanian dinar"), 3},
            {QStringLiteral("KWD"), tr("Kuwaiti dinar"), 3},
            {QStringLiteral("MWK"), tr("Malawian kwacha"), 2},
            {QStringLiteral("MZN"), tr("Mozambican metical"), 2},
            {QStringLiteral("NGN"), tr("Nigerian naira"), 2},
            {QStringLiteral("OMR"), tr("Omani rial"), 3},
            {QStringLiteral("PHP"), tr("Philippine peso"), 2},
            {QStringLiteral("PKR"), tr("Pakistani rupee"), 2},
            {QStringLiteral("RWF"), tr("Rwandan franc"), 0},
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
