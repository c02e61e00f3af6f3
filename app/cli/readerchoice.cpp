#include "readerchoice.h"

#include <QCoreApplication>
#include <QStringList>

#include "ampcard/tariff/errc.h"

namespace {

class ReaderChoice {
    Q_DECLARE_TR_FUNCTIONS(ReaderChoice)
};

} // namespace

QString connectReader(ampcard::cardio::PcscReader &reader, const QString &requested,
                      QString *chosen)
{
    using ampcard::describe;
    using ampcard::Errc;
    QStringList readers;
    const ampcard::Status listed = reader.listReaders(&readers);
    if (!listed.ok() || readers.isEmpty())
        return describe(Errc::kNoReader);
    *chosen = requested;
    if (chosen->isEmpty()) {
        for (const QString &name : readers) {
            if (reader.waitForCard(name, 0).ok()) {
                *chosen = name;
                break;
            }
        }
        if (chosen->isEmpty())
            return describe(Errc::kNoCard);
    } else if (!readers.contains(*chosen)) {
        return ReaderChoice::tr("no reader named \"%1\" (readers: %2)")
            .arg(*chosen, readers.join(QStringLiteral(", ")));
    }
    const ampcard::Status connected = reader.connect(*chosen);
    if (!connected.ok())
        return *chosen + QStringLiteral(": ") + describe(connected.code());
    return {};
}
