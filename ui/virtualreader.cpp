#include "virtualreader.h"

#include <csignal>

#include <sys/prctl.h>
#include <unistd.h>

#include <QDir>
#include <QFile>

#include "ampcard/cardio/pcscreader.h"

const QString VirtualReader::kReaderName = QStringLiteral("Virtual PCD 00 00");

VirtualReader::VirtualReader(QString folder) : m_folder(std::move(folder))
{
    // The card process ends with the station however the station ends (a crash or SIGKILL
    // included): it would otherwise hold vpcd's reader for good. The kernel signals the child
    // when the thread that started it dies; a station that died before the child asked is
    // caught by the parent check.
    const pid_t station = getpid();
    m_process.setChildProcessModifier([station] {
        if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || getppid() != station)
            _exit(1);
    });
}

VirtualReader::~VirtualReader()
{
    pull();
}

bool VirtualReader::noRealReader()
{
    ampcard::cardio::PcscReader reader;
    QStringList readers;
    if (!reader.listReaders(&readers).ok())
        return true;
    for (const QString &name : readers) {
        if (!name.startsWith(QLatin1String("Virtual PCD")))
            return false;
    }
    return true;
}

QString VirtualReader::vcardProgram()
{
    const QString beside =
        QCoreApplication::applicationDirPath() + QStringLiteral("/ampcard-vcard");
    if (QFile::exists(beside))
        return beside;
    return QStringLiteral(AMPCARD_VCARD_BUILT);
}

QString VirtualReader::imagePath(int index) const
{
    return QDir(m_folder).filePath(QStringLiteral("demo-card-%1.img").arg(index + 1));
}

bool VirtualReader::prepare()
{
    QDir().mkpath(m_folder);
    for (int i = 0; i < kDemoCards; ++i) {
        if (QFile::exists(imagePath(i)))
            continue;
        const int code = QProcess::execute(
            vcardProgram(),
            {QStringLiteral("--image"), imagePath(i), QStringLiteral("--create"),
             QStringLiteral("user"), QStringLiteral("--serial"), QStringLiteral("D00%1").arg(i + 1),
             QStringLiteral("--protocol"), QStringLiteral("t1"), QStringLiteral("--create-only")});
        if (code != 0) {
            m_error = tr("Cannot make the demo cards with %1.").arg(vcardProgram());
            return false;
        }
    }
    return true;
}

bool VirtualReader::insert(int index)
{
    pull();
    ampcard::cardio::PcscReader pcsc;
    if (!pcsc.waitForRemoval(kReaderName, 5000).ok()) {
        m_error = tr("The virtual reader is busy.");
        return false;
    }
    m_process.start(vcardProgram(),
                    {QStringLiteral("--image"), imagePath(index), QStringLiteral("--port"),
                     QStringLiteral("35963"), QStringLiteral("--quiet")});
    if (!m_process.waitForStarted(5000) || !pcsc.waitForCard(kReaderName, 10000).ok()) {
        m_error = tr("The virtual card did not come up: is pcscd running with vpcd (bash "
                     "scripts/deps.sh card)?");
        return false;
    }
    return true;
}

void VirtualReader::pull()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}
