#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// Runs a program of the build (`ampcard`, `ampcard-faults`) to its end, with extra environment
// entries ("NAME=value"); its exit code (-1 when it did not finish in two minutes) and output.
namespace testing {

struct Tool {
    int code = -1;
    QString out;
    QString err;
};

inline Tool runTool(const char *program, const QStringList &arguments,
                    const QStringList &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : environment)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(QString::fromLocal8Bit(program), arguments);
    Tool tool;
    if (!process.waitForFinished(120000))
        return tool;
    tool.code = process.exitCode();
    tool.out = QString::fromUtf8(process.readAllStandardOutput());
    tool.err = QString::fromUtf8(process.readAllStandardError());
    return tool;
}

// A new station on the server at `adminUrl`, by `ampcard server add-station` (`tool`): the URL
// it prints for the station to join with, empty when it failed. `headOffice`: the station edits
// the tariff plans, fee rules and operators every station shares (--edits-shared).
inline QString addStation(const char *tool, const QString &adminUrl, int station,
                          const QString &floatText = QStringLiteral("100000"),
                          bool headOffice = false)
{
    QStringList arguments = {QStringLiteral("server"),    QStringLiteral("add-station"),
                             QStringLiteral("--db"),      adminUrl,
                             QStringLiteral("--station"), QString::number(station),
                             QStringLiteral("--float"),   floatText,
                             QStringLiteral("--json")};
    if (headOffice)
        arguments << QStringLiteral("--edits-shared");
    const Tool added = runTool(tool, arguments);
    return QJsonDocument::fromJson(added.out.toUtf8())
        .object()
        .value(QStringLiteral("url"))
        .toString();
}

} // namespace testing
