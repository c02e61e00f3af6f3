#include "countercommand.h"

#include <memory>
#include <optional>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ampcard/cardio/cardnames.h"
#include "ampcard/cardio/keystore.h"
#include "ampcard/cardio/pcscreader.h"
#include "ampcard/station/carddesk.h"
#include "ampcard/station/keycustody.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/reports.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/remotemeter.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/tariff/errc.h"
#include "ampcard/tariff/tarifffile.h"
#include "countercommon.h"
#include "passphrase.h"
#include "stationoptions.h"
#include "tariffcommand.h"

using namespace ampcard;
using namespace ampcard::station;

QString CounterCommand::usage()
{
    return tr("  ampcard account open --customer C --meter M --plan P [--phases 1|3]\n"
              "                       [--key-version V] [--preset-recovery X] [--json]\n"
              "      Registers the meter and writes the account-opening card in the reader.\n"
              "  ampcard account change-meter --meter OLD --new-meter NEW --remaining X\n"
              "                       --reason TEXT [--plan P] [--phases 1|3] [--key-version V]\n"
              "                       [--countersign LOGIN --countersign-reason TEXT]\n"
              "      Moves the account to a new meter with the credit left on the old one\n"
              "      (X), on the blank card in the reader; the old meter and card are retired.\n"
              "      X above the old meter's last proven remaining needs a supervisor's\n"
              "      countersignature.\n"
              "  ampcard account edit --meter M [--plan P] [--phases 1|3]\n"
              "                       [--status active|suspended]\n"
              "  ampcard sale --meter M (--money X | --energy KWH) [--combine] [--json]\n"
              "      Sells to the card in the reader and prints the receipt. --combine re-issues\n"
              "      a purchase the meter has not loaded together with this one.\n"
              "  ampcard sale --meter M (--money X | --energy KWH) --remote PORT [--baud B]\n"
              "      Sells without the card: the token goes to the meter over DL/T645 (0x03).\n"
              "  ampcard sale settle-remote --meter M --remote PORT [--baud B]\n"
              "      Settles a remote sale whose answer was lost (the meter says what it loaded).\n"
              "  ampcard sale resolve | cancel ID | receipt ID | pending   [--json]\n"
              "  ampcard card replace --meter M --reason TEXT [--json]\n"
              "  ampcard card issue KIND --meter M [--tariff] [--preset X] [--key-version V]\n"
              "                    [--alarm1 X --alarm2 X --overdraft X --hoarding X]\n"
              "      KIND: check, parameter, clear, relay-test, key-change, preset.\n"
              "      Card commands take [--keystore FILE] [--reader NAME].\n"
              "  ampcard shift open | close [--of LOGIN] [--json]\n"
              "      close prints the Z report and seals it.\n"
              "  ampcard report NAME [ARGUMENT] [--from DAY] [--to DAY] [--csv]\n"
              "      NAME: daily [DAY], monthly [YYYY-MM], cashier [LOGIN], customer NUMBER,\n"
              "      usage NUMBER (energy bought and used by month),\n"
              "      consumption, suspicious.\n"
              "  ampcard settings show | set [--utility ID] [--station N] [--vat PERCENT]\n"
              "                    [--fixed-charge X] [--debt-percent P | --debt-fixed X]\n"
              "                    [--minimum X] [--hoarding-limit X] [--opening-fee X]\n"
              "                    [--replacement-fee X]\n"
              "  ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME\n"
              "      Tariff plan versions (TIME: YYYY-MM-DDTHH:MM UTC, default now).\n"
              "  ampcard operator add LOGIN --role ROLE [--name NAME] | unlock LOGIN\n"
              "      The new password from AMPCARD_NEW_PASSWORD or a prompt.\n"
              "  ampcard keys backup --keystore FILE --to BACKUP\n"
              "  ampcard keys restore --keystore FILE --from BACKUP\n"
              "      Each takes [--ledger FILE] [--operator LOGIN].\n");
}

int CounterCommand::fail(const QString &message, int code)
{
    m_err << QStringLiteral("ampcard: ") << message << Qt::endl;
    return code;
}

int CounterCommand::run(const QString &command, const QStringList &arguments)
{
    if (command == QLatin1String("account"))
        return account(arguments);
    if (command == QLatin1String("sale"))
        return sale(arguments);
    if (command == QLatin1String("card"))
        return card(arguments);
    if (command == QLatin1String("shift"))
        return shift(arguments);
    if (command == QLatin1String("report"))
        return report(arguments);
    if (command == QLatin1String("settings"))
        return settings(arguments);
    if (command == QLatin1String("keys"))
        return keys(arguments);
    if (command == QLatin1String("plan"))
        return plan(arguments);
    if (command == QLatin1String("operator"))
        return operatorCommand(arguments);
    return fail(tr("unknown command \"%1\"").arg(command), kExitBadInput);
}
