// ampcard-station: the counter application. First run: the set-up wizard; then sign-in and the
// Sell page. With no card reader attached, the built-in virtual reader serves demo cards.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>

#include "demometer.h"
#include "language.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "setupwizard.h"
#include "ampcard/station/workstation.h"
#include "virtualreader.h"

using namespace ampcard::station;

namespace {

class Station {
    Q_DECLARE_TR_FUNCTIONS(Station)
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ampcard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ampcard Station"));
    QApplication::setApplicationVersion(QStringLiteral(AMPCARD_VERSION));

    language::apply(language::chosen());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Station::tr("Ampcard Station, the prepaid electricity counter."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("ledger"), Station::tr("ledger file"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("no-virtual-reader"),
                      Station::tr("never start the built-in virtual card reader")});
    parser.addOption({QStringLiteral("screenshots"),
                      Station::tr("render every page in every language at 1366×768 as PNG into "
                                  "DIR (a demo ledger in a temporary folder) and quit"),
                      QStringLiteral("DIR")});
    parser.process(application);
    if (parser.isSet(QStringLiteral("screenshots")))
        return renderScreenshots(parser.value(QStringLiteral("screenshots")));

    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(data);
    const QString ledgerPath = parser.isSet(QStringLiteral("ledger"))
                                   ? parser.value(QStringLiteral("ledger"))
                                   : Ledger::defaultPath();
    Workstation context;
    bool firstRun = false;
    bool demo = false;
    if (!QFile::exists(ledgerPath)) {
        SetupWizard wizard(context, ledgerPath, QDir(data).filePath(QStringLiteral("keys.json")));
        if (wizard.exec() != QDialog::Accepted)
            return 1;
        firstRun = true;
        demo = wizard.demoData();
    } else if (!context.openLedger(ledgerPath, false)) {
        QMessageBox::critical(nullptr, Station::tr("Ampcard Station"), context.errorString());
        return 2;
    }

    std::unique_ptr<VirtualReader> virtualReader;
    if (!parser.isSet(QStringLiteral("no-virtual-reader")) && VirtualReader::noRealReader()) {
        virtualReader =
            std::make_unique<VirtualReader>(QDir(data).filePath(QStringLiteral("demo-cards")));
        if (!virtualReader->prepare() || !virtualReader->insert(0)) {
            QMessageBox::warning(nullptr, Station::tr("Virtual card reader"),
                                 virtualReader->errorString());
            virtualReader.reset();
        }
    }
    context.connectReader();

    if (!firstRun) {
        LoginDialog login(context);
        if (login.exec() != QDialog::Accepted)
            return 1;
    }
    QString demoProblem;
    if (demo && virtualReader && !demo::openAccount(context, &demoProblem))
        QMessageBox::warning(nullptr, Station::tr("Demo"), demoProblem);
    MainWindow window(context, virtualReader.get());
    window.resize(1366, 768);
    window.show();
    if (demo && virtualReader)
        window.showDemoMeter();
    return QApplication::exec();
}
