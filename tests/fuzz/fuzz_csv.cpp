// The customer CSV reader (RFC 4180) on any bytes: what it reads, written back by the reports'
// CSV writer, reads the same records again, each cell as the writer neutralised it.
#include <cstddef>
#include <cstdint>

#include <QString>

#include "ampcard/station/customers.h"
#include "ampcard/station/reports.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ampcard::station;
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    int badLine = 0;
    const auto records = Customers::parseCsv(text, &badLine);
    if (!records) {
        if (badLine < 1)
            __builtin_trap(); // a refusal always names its line
        return 0;
    }
    if (records->isEmpty())
        return 0;
    for (const QStringList &record : *records) {
        for (const QString &field : record) {
            if (field.contains(QLatin1Char('\r')))
                return 0; // a lone CR inside a field is not kept by every writer
        }
    }
    ReportTable table{QString(), records->first(), records->mid(1)};
    int again = 0;
    const auto reread = Customers::parseCsv(table.toCsv(), &again);
    QList<QStringList> expected = *records;
    for (QStringList &record : expected)
        for (QString &field : record)
            field = ReportTable::neutralised(field);
    if (!reread || *reread != expected)
        __builtin_trap();
    return 0;
}
