#include "filemodes.h"

#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ampcard::station::filemodes {

namespace {

// Sets `mode` when the permission bits are anything else; a line saying so when they were wider.
void apply(const QString &path, mode_t mode, QStringList *widened)
{
    struct stat info {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &info) != 0)
        return;
    const mode_t now = info.st_mode & 07777;
    if (now == mode)
        return;
    if (::chmod(native.constData(), mode) != 0)
        return; // not ours to change (a removable disk): left as it is
    if ((now & ~mode) != 0 && widened)
        widened->append(QCoreApplication::translate("Ledger", "%1: %2 -> %3")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(QString::number(now, 8).rightJustified(4, QLatin1Char('0')))
                            .arg(QString::number(mode, 8).rightJustified(4, QLatin1Char('0'))));
}

} // namespace

QStringList tighten(const QString &path)
{
    QStringList widened;
    // The folder only when it is the station's own: never a shared one such as /tmp (sticky) or
    // one another user owns.
    const QString folder = QFileInfo(path).absolutePath();
    struct stat info {};
    if (::stat(QFile::encodeName(folder).constData(), &info) == 0 && info.st_uid == ::geteuid() &&
        (info.st_mode & S_ISVTX) == 0 && folder != QDir::rootPath() && folder != QDir::homePath())
        apply(folder, 0700, &widened);
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        apply(file, 0600, &widened);
    return widened;
}

bool restrict(const QString &path)
{
    return ::chmod(QFile::encodeName(path).constData(), 0600) == 0;
}

} // namespace ampcard::station::filemodes
