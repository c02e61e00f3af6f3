#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include "cardcommand.h"
#include "countercommand.h"
#include "customercommand.h"
#include "ledgercommand.h"
#include "metercommand.h"
#include "networkcommand.h"
#include "servercommand.h"
#include "tariffcommand.h"

namespace {

class Tool {
    Q_DECLARE_TR_FUNCTIONS(Tool)

public:
    static QString usage()
    {
        return tr("Usage: ampcard COMMAND ...\n\nCommands:\n") + TariffCommand::usage() +
               CardCommand::usage() + MeterCommand::usage() + LedgerCommand::usage() +
               CustomerCommand::usage() + CounterCommand::usage() + NetworkCommand::usage() +
               ServerCommand::usage() + tr("\nampcard --version | --help\n");
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ampcard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AMPCARD_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("ampcard"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        err << Tool::usage();
        return kExitBadInput;
    }
    const QString command = arguments.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out << Tool::usage();
        return kExitOk;
    }
    if (command == QLatin1String("--version")) {
        out << QStringLiteral("ampcard %1\n").arg(QCoreApplication::applicationVersion());
        return kExitOk;
    }
    if (command == QLatin1String("tariff"))
        return TariffCommand(out, err).run(arguments.mid(1));
    const QString sub = arguments.value(1);
    if ((command == QLatin1String("card") &&
         (sub == QLatin1String("replace") || sub == QLatin1String("issue"))) ||
        (command == QLatin1String("keys") &&
         (sub == QLatin1String("backup") || sub == QLatin1String("restore"))))
        return CounterCommand(out, err).run(command, arguments.mid(1));
    if (command == QLatin1String("report") && arguments.contains(QStringLiteral("--all-stations")))
        return NetworkCommand(out, err).runCentralReport(arguments.mid(1));
    for (const char *counter :
         {"account", "sale", "shift", "report", "settings", "plan", "operator"}) {
        if (command == QLatin1String(counter))
            return CounterCommand(out, err).run(command, arguments.mid(1));
    }
    if (command == QLatin1String("card"))
        return CardCommand(out, err).runCard(arguments.mid(1));
    if (command == QLatin1String("keys"))
        return CardCommand(out, err).runKeys(arguments.mid(1));
    if (command == QLatin1String("init"))
        return LedgerCommand(out, err).runInit(arguments.mid(1));
    if (command == QLatin1String("backup"))
        return LedgerCommand(out, err).runBackup(arguments.mid(1));
    if (command == QLatin1String("restore"))
        return LedgerCommand(out, err).runRestore(arguments.mid(1));
    if (command == QLatin1String("customer"))
        return CustomerCommand(out, err).run(arguments.mid(1));
    if (command == QLatin1String("ledger"))
        return LedgerCommand(out, err).runLedger(arguments.mid(1));
    if (command == QLatin1String("meter"))
        return MeterCommand(out, err).run(arguments.mid(1));
    if (command == QLatin1String("network"))
        return NetworkCommand(out, err).runNetwork(arguments.mid(1));
    if (command == QLatin1String("sync"))
        return NetworkCommand(out, err).runSync(arguments.mid(1));
    if (command == QLatin1String("server"))
        return ServerCommand(out, err).run(arguments.mid(1));
    err << Tool::tr("ampcard: unknown command \"%1\"\n\n").arg(command) << Tool::usage();
    return kExitBadInput;
}
