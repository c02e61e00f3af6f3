#pragma once

// The rows of the benchmark table. scripts/bench.sh runs every benchmark with `--rows FILE`; each
// appends tab-separated lines (section, measurement, target, measured, alternative) that
// bench_table writes into docs/PERFORMANCE.md. Without --rows nothing is written.

#include <cstring>

#include <QFile>
#include <QString>

class BenchRows {
public:
    BenchRows(int argc, char **argv)
    {
        for (int i = 1; i + 1 < argc; ++i)
            if (std::strcmp(argv[i], "--rows") == 0)
                m_file.setFileName(QString::fromLocal8Bit(argv[i + 1]));
        if (!m_file.fileName().isEmpty() && !m_file.open(QIODevice::Append | QIODevice::Text))
            qFatal("cannot write %s", qPrintable(m_file.fileName()));
    }

    void add(const QString &section, const QString &measurement, const QString &target,
             const QString &measured, const QString &alternative = {})
    {
        if (!m_file.isOpen())
            return;
        const QStringList fields = {section, measurement,
                                    target.isEmpty() ? QStringLiteral("—") : target, measured,
                                    alternative.isEmpty() ? QStringLiteral("—") : alternative};
        m_file.write(fields.join(QLatin1Char('\t')).toUtf8() + '\n');
        m_file.flush();
    }

private:
    QFile m_file;
};
