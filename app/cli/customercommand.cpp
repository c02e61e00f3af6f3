#include "customercommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ampcard/station/customers.h"
#include "stationoptions.h"
#include "tariffcommand.h"

using namespace ampcard::station;

namespace {

constexpr int kExitRefusedInput = 1; // the ledger refused it (duplicate, bad lines)

QJsonObject toJson(const Customer &customer)
{
    return {{QStringLiteral("number"), customer.number},
            {QStringLiteral("name"), customer.name},
            {QStringLiteral("address"), customer.address},
            {QStringLiteral("phone"), customer.phone},
            {QStringLiteral("group"), customer.group}};
}

} // namespace

QString CustomerCommand::usage()
{
    return tr(
        "  ampcard customer add --number N --name NAME [--address A] [--phone P] [--group G]\n"
        "  ampcard customer edit NUMBER [--name NAME] [--address A] [--phone P] [--group G]\n"
        "      Changes only the fields given.\n"
        "  ampcard customer import FILE.csv\n"
        "      Columns number,name[,address,phone,group]; all lines or none.\n"
        "  ampcard customer find TEXT [--json]\n"
        "      Customers whose number, name, phone or address contains TEXT.\n"
        "      Each takes [--ledger FILE] [--operator LOGIN].\n");
}

int CustomerCommand::fail(const QString &message)
{
    m_err << QStringLiteral("ampcard: ") << message << Qt::endl;
    return kExitBadInput;
}

int CustomerCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("add"))
        return add(arguments.mid(1));
    if (sub == QLatin1String("edit"))
        return edit(arguments.mid(1));
    if (sub == QLatin1String("import"))
        return import(arguments.mid(1));
    if (sub == QLatin1String("find"))
        return find(arguments.mid(1));
    m_err << tr("ampcard customer: unknown subcommand \"%1\"\n").arg(sub) << usage();
    return kExitBadInput;
}

int CustomerCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    for (const char *name : {"number", "name", "address", "phone", "group"})
        parser.addOption({QLatin1String(name), QString(), QStringLiteral("TEXT")});
    if (!parser.parse(QStringList{QStringLiteral("add")} + arguments))
        return fail(parser.errorText());
    ampcard::station::Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != kExitOk)
        return code;
    Customer customer{QString(),
                      parser.value(QStringLiteral("number")),
                      parser.value(QStringLiteral("name")),
                      parser.value(QStringLiteral("address")),
                      parser.value(QStringLiteral("phone")),
                      parser.value(QStringLiteral("group"))};
    Customers customers(access.ledger());
    if (!customers.add(*access.session(), customer)) {
        m_err << QStringLiteral("ampcard: ") << customers.errorString() << Qt::endl;
        return kExitRefusedInput;
    }
    m_out << tr("Added customer %1 (%2).").arg(customer.number, customer.name) << Qt::endl;
    return kExitOk;
}

int CustomerCommand::edit(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    for (const char *name : {"name", "address", "phone", "group"})
        parser.addOption({QLatin1String(name), QString(), QStringLiteral("TEXT")});
    if (!parser.parse(QStringList{QStringLiteral("edit")} + arguments))
        return fail(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(tr("usage: ampcard customer edit NUMBER [--name NAME] [--address A] "
                       "[--phone P] [--group G]"));
    ampcard::station::Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != kExitOk)
        return code;
    Customers customers(access.ledger());
    std::optional<Customer> customer = customers.byNumber(parser.positionalArguments().first());
    if (!customer) {
        m_err << QStringLiteral("ampcard: ")
              << tr("There is no customer %1.").arg(parser.positionalArguments().first())
              << Qt::endl;
        return kExitRefusedInput;
    }
    if (parser.isSet(QStringLiteral("name")))
        customer->name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("address")))
        customer->address = parser.value(QStringLiteral("address"));
    if (parser.isSet(QStringLiteral("phone")))
        customer->phone = parser.value(QStringLiteral("phone"));
    if (parser.isSet(QStringLiteral("group")))
        customer->group = parser.value(QStringLiteral("group"));
    if (!customers.update(*access.session(), *customer)) {
        m_err << QStringLiteral("ampcard: ") << customers.errorString() << Qt::endl;
        return kExitRefusedInput;
    }
    m_out << tr("Changed customer %1 (%2).").arg(customer->number, customer->name) << Qt::endl;
    return kExitOk;
}

int CustomerCommand::import(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    parser.addPositionalArgument(QStringLiteral("file"), QString());
    if (!parser.parse(QStringList{QStringLiteral("import")} + arguments))
        return fail(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(tr("Give one CSV file to import."));
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    const QByteArray csv = file.readAll();
    ampcard::station::Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != kExitOk)
        return code;
    Customers customers(access.ledger());
    const int imported = customers.importCsv(*access.session(), csv, [this](int done, int total) {
        m_err << '\r' << tr("%1 of %2 lines checked").arg(done).arg(total) << Qt::flush;
    });
    m_err << '\n';
    if (imported < 0) {
        m_err << QStringLiteral("ampcard: ") << customers.errorString() << Qt::endl;
        for (const QString &error : customers.errors())
            m_err << QStringLiteral("  ") << error << Qt::endl;
        return kExitRefusedInput;
    }
    m_out << tr("Imported %n customer(s).", nullptr, imported) << Qt::endl;
    return kExitOk;
}

int CustomerCommand::find(const QStringList &arguments)
{
    QCommandLineParser parser;
    StationOptions::add(parser, false);
    parser.addOption({QStringLiteral("json"), tr("print JSON")});
    parser.addPositionalArgument(QStringLiteral("text"), QString());
    if (!parser.parse(QStringList{QStringLiteral("find")} + arguments))
        return fail(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(tr("Give the text to look for."));
    ampcard::station::Workstation access;
    if (const int code = StationOptions::open(access, parser, m_err, StationOptions::Need::kSignIn);
        code != kExitOk)
        return code;
    const QList<Customer> found =
        Customers(access.ledger()).find(parser.positionalArguments().first());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Customer &customer : found)
            array.append(toJson(customer));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return kExitOk;
    }
    for (const Customer &customer : found)
        m_out << customer.number << '\t' << customer.name << '\t' << customer.phone << '\t'
              << customer.address << Qt::endl;
    if (found.isEmpty())
        m_err << tr("No customer matches.") << Qt::endl;
    return kExitOk;
}
