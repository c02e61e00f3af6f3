#include "ampcard/station/accountview.h"

#include "ampcard/tariff/tarifffile.h"

namespace ampcard::station {

QStringList AccountView::theftHints(const card::ReturnRecord &record)
{
    QStringList hints;
    if (record.reverse.raw() > 0)
        hints << tr("reverse energy %1 kWh").arg(tariff::formatEnergy(record.reverse));
    if (record.tamperEvents > 0)
        hints << tr("%n tamper event(s)", nullptr, record.tamperEvents);
    if (record.illegalCards > 0)
        hints << tr("%n illegal card(s) tried", nullptr, record.illegalCards);
    return hints;
}

} // namespace ampcard::station
