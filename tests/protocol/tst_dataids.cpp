#include <QFile>
#include <QSet>
#include <QTest>

#include "ampcard/protocol/dataids.h"

// The one table of DL/T645 data identifiers (protocol/include/ampcard/protocol/dataids.h): every
// identifier and name once, lengths that fit the formats, lookups both ways, and docs/dlt645.md's
// copy of the table equal to it.

using namespace ampcard::dlt645;

namespace {

QString hex8(std::uint32_t di)
{
    return QStringLiteral("%1").arg(di, 8, 16, QLatin1Char('0')).toUpper();
}

const char *formatName(Format format)
{
    switch (format) {
    case Format::kBcd: return "BCD";
    case Format::kBcdSigned: return "BCD, bit 7 of the last byte the sign";
    case Format::kDateTimeWeek: return "ss mm hh WW DD MM YY";
    case Format::kDigits: return "BCD digits";
    case Format::kHex: return "bits / record (hex)";
    case Format::kBinary: return "binary";
    }
    return "?";
}

const char *accessName(const DataItem &item)
{
    switch (item.access) {
    case Access::kRead: return "read";
    case Access::kReadWrite:
        return item.writeLevel == Level::k02 ? "read, write 02" : "read, write 04";
    case Access::kSecurity: return "0x03 only";
    }
    return "?";
}

// One line of the docs' table, as the table makes it.
QString docsRow(const DataItem &item)
{
    const QString di =
        item.count == 1 ? QStringLiteral("`%1`").arg(hex8(item.di))
                        : QStringLiteral("`%1`–`%2`")
                              .arg(hex8(item.di),
                                   hex8(memberOf(item, static_cast<std::uint8_t>(item.count - 1))));
    const QString step = item.count == 1
                             ? QStringLiteral("—")
                             : QStringLiteral("%1 × 0x%2").arg(item.count).arg(item.step, 0, 16);
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |")
        .arg(QString::fromLatin1(item.name), di, step)
        .arg(item.length)
        .arg(QString::fromLatin1(formatName(item.format)))
        .arg(item.decimals)
        .arg(*item.unit == '\0' ? QStringLiteral("—") : QString::fromLatin1(item.unit))
        .arg(QString::fromLatin1(accessName(item)));
}

const char *registerFormatName(ampcard::modbus::RegisterFormat format)
{
    using ampcard::modbus::RegisterFormat;
    switch (format) {
    case RegisterFormat::kUnsigned: return "unsigned";
    case RegisterFormat::kSigned: return "signed";
    case RegisterFormat::kBits: return "bits";
    case RegisterFormat::kCode: return "code";
    }
    return "?";
}

QString registerRow(const ampcard::modbus::Register &entry)
{
    using ampcard::modbus::RegisterAccess;
    const auto hex4 = [](int value) {
        return QStringLiteral("0x") +
               QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0')).toUpper();
    };
    const QString address =
        entry.words == 1 ? hex4(entry.address)
                         : hex4(entry.address) + QStringLiteral("–") + hex4(entry.address + 1);
    const char *access = entry.access == RegisterAccess::kRead        ? "read"
                         : entry.access == RegisterAccess::kReadWrite ? "read, write (unlocked)"
                                                                      : "write the PIN";
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
        .arg(QString::fromLatin1(entry.name), address)
        .arg(entry.words == 1 ? 16 : 32)
        .arg(QString::fromLatin1(registerFormatName(entry.format)))
        .arg(entry.decimals)
        .arg(*entry.unit == '\0' ? QStringLiteral("—") : QString::fromLatin1(entry.unit))
        .arg(QString::fromLatin1(access));
}

// The rows between `<!-- NAME:begin -->` and `<!-- NAME:end -->` of a file under docs/.
QStringList documentedRows(const QString &file, const QString &marker)
{
    QFile in(QStringLiteral(AMPCARD_SOURCE_DIR "/docs/") + file);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text))
        return {QStringLiteral("cannot read docs/") + file};
    const QString text = QString::fromUtf8(in.readAll());
    const qsizetype begin = text.indexOf(QStringLiteral("<!-- %1:begin -->").arg(marker));
    const qsizetype end = text.indexOf(QStringLiteral("<!-- %1:end -->").arg(marker));
    if (begin < 0 || end < begin)
        return {QStringLiteral("no %1 markers in docs/").arg(marker) + file};
    QStringList rows;
    const QStringList lines = text.mid(begin, end - begin).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // Skip the header row and the rule under it.
        if (lines[i].startsWith(QStringLiteral("| ")) &&
            !(i + 1 < lines.size() && lines[i + 1].startsWith(QStringLiteral("|---"))))
            rows << lines[i].trimmed();
    }
    return rows;
}

} // namespace

class TestDataIds : public QObject {
    Q_OBJECT

private slots:
    void identifiersAndNamesAreUnique()
    {
        QSet<std::uint32_t> identifiers;
        QSet<QString> names;
        int members = 0;
        for (const DataItem &item : kDataItems) {
            QVERIFY2(item.count >= 1, item.name);
            QVERIFY2(item.count == 1 || item.step != 0, item.name);
            QVERIFY2(!names.contains(QString::fromLatin1(item.name)), item.name);
            names.insert(QString::fromLatin1(item.name));
            for (std::uint8_t i = 0; i < item.count; ++i) {
                const std::uint32_t di = memberOf(item, i);
                QVERIFY2(!identifiers.contains(di), qPrintable(hex8(di)));
                identifiers.insert(di);
                ++members;
            }
        }
        QCOMPARE(identifiers.size(), members);
        QVERIFY(members > 100); // energies × settlements, prices, records...
    }

    void lengthsFitTheFormats()
    {
        for (const DataItem &item : kDataItems) {
            const QByteArray what = QByteArray(item.name);
            if (item.access == Access::kSecurity) {
                QCOMPARE(item.length, 0); // its frames carry a token in parts
                continue;
            }
            QVERIFY2(item.length > 0 && item.width > 0, what);
            QVERIFY2(item.length % item.width == 0, what);
            switch (item.format) {
            case Format::kBcd:
            case Format::kBcdSigned:
                QVERIFY2(item.width <= 4, what);
                // Decimals among the digits, and one digit less where the top bit is the sign.
                QVERIFY2(item.decimals <
                             2 * item.width - (item.format == Format::kBcdSigned ? 1 : 0),
                         what);
                break;
            case Format::kDateTimeWeek: QCOMPARE(item.length, 7); break;
            case Format::kDigits: QCOMPARE(item.length, 6); break; // 12 digits: an address
            case Format::kHex:
            case Format::kBinary: QCOMPARE(item.decimals, 0); break;
            }
            // Every answer fits one frame, except the long read answered in follow-up frames.
            if (item.di != 0x00FFFFFF)
                QVERIFY2(item.length <= kMaxAnswerData, what);
            QVERIFY2(item.access != Access::kReadWrite || item.writeLevel != Level::kNone, what);
        }
    }

    void lookupsGoBothWays()
    {
        for (const DataItem &item : kDataItems) {
            QCOMPARE(findItem(std::string_view(item.name)), &item);
            for (std::uint8_t i = 0; i < item.count; ++i) {
                std::uint8_t index = 0xFF;
                QCOMPARE(findItem(memberOf(item, i), &index), &item);
                QCOMPARE(index, i);
            }
        }
        // The firmware's key copy finds the same family and member.
        QCOMPARE(kDataKeys.size(), std::size(kDataItems));
        for (std::size_t k = 0; k < kDataKeys.size(); ++k) {
            const DataItem &item = kDataItems[k];
            for (std::uint8_t i = 0; i < item.count; ++i) {
                std::uint8_t index = 0xFF;
                QCOMPARE(findKey(memberOf(item, i), &index), &kDataKeys[k]);
                QCOMPARE(index, i);
            }
            QCOMPARE(kDataKeys[k].length, item.length);
            QVERIFY(kDataKeys[k].access == item.access &&
                    kDataKeys[k].writeLevel == item.writeLevel);
        }
        QVERIFY(findKey(0x12345678) == nullptr);
        QVERIFY(findItem("no-such-item") == nullptr);
        QVERIFY(findItem(0x00010000u + 13) == nullptr); // a 13th settlement back does not exist
        QVERIFY(findItem(0x04050105u) == nullptr);      // a fifth TOU rate does not exist
        static_assert(id("forward-energy") == 0x00010000);
        static_assert(id("forward-energy", 12) == 0x0001000C);
        static_assert(id("active-power", 3) == 0x02030300);
        QCOMPARE(findItem(id("date-time"))->format, Format::kDateTimeWeek);
    }

    // docs/dlt645.md carries the table between two markers; it must say what the code says.
    void docsCarryTheTable()
    {
        QStringList expected;
        for (const DataItem &item : kDataItems)
            expected << docsRow(item);
        const QStringList documented =
            documentedRows(QStringLiteral("dlt645.md"), QStringLiteral("dataids"));
        if (documented != expected)
            qWarning().noquote() << "docs/dlt645.md should list:\n" +
                                        expected.join(QLatin1Char('\n'));
        QCOMPARE(documented, expected);
    }

    void registersDoNotOverlap()
    {
        using namespace ampcard::modbus;
        QSet<QString> names;
        QSet<int> words;
        for (const Register &entry : kRegisters) {
            QVERIFY2(entry.words == 1 || entry.words == 2, entry.name);
            QVERIFY2(!names.contains(QString::fromLatin1(entry.name)), entry.name);
            names.insert(QString::fromLatin1(entry.name));
            for (int w = 0; w < entry.words; ++w) {
                QVERIFY2(!words.contains(entry.address + w), entry.name);
                words.insert(entry.address + w);
                std::uint8_t word = 0xFF;
                QCOMPARE(findRegister(static_cast<std::uint16_t>(entry.address + w), &word),
                         &entry);
                QCOMPARE(word, w);
            }
            QCOMPARE(findRegister(std::string_view(entry.name)), &entry);
            const RegisterKey *key = findRegisterKey(entry.address);
            QVERIFY(key != nullptr);
            QVERIFY(key->address == entry.address && key->words == entry.words &&
                    key->access == entry.access);
            // Signed values and money take 32 bits; a 16-bit register is a count, bits or a code.
            QVERIFY2(entry.format != RegisterFormat::kSigned || entry.words == 2, entry.name);
            QVERIFY2(entry.decimals == 0 || entry.words == 2, entry.name);
        }
        static_assert(reg("unlock") == 0x0100);
        QVERIFY(findRegister(std::uint16_t{0x000F}) == nullptr); // reserved: reads 0
        QVERIFY(findRegister(std::uint16_t{0x000F}) == nullptr && 0x000F <= kLastMeasurement);
    }

    void modbusDocsCarryTheMap()
    {
        QStringList expected;
        for (const ampcard::modbus::Register &entry : ampcard::modbus::kRegisters)
            expected << registerRow(entry);
        const QStringList documented =
            documentedRows(QStringLiteral("modbus.md"), QStringLiteral("registers"));
        if (documented != expected)
            qWarning().noquote() << "docs/modbus.md should list:\n" +
                                        expected.join(QLatin1Char('\n'));
        QCOMPARE(documented, expected);
    }
};

QTEST_GUILESS_MAIN(TestDataIds)
#include "tst_dataids.moc"
