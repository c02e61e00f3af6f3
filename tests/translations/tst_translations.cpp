// Every translations/*.ts file: each message finished and in force, its placeholders and
// accelerator kept, its plural forms as many as its language has, and the glossary's words used.
// AMPCARD_TRANSLATIONS (a folder with .ts files and glossary.md) checks another folder, such as a
// translator's files before they are merged.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

struct Term {
    QString key;
    QString english;
};

struct Glossary {
    QList<Term> terms;                             // longest English term first
    QHash<QString, QHash<QString, QString>> words; // language → key → word
};

QString translationsFolder()
{
    const QByteArray chosen = qgetenv("AMPCARD_TRANSLATIONS");
    return chosen.isEmpty() ? QStringLiteral(AMPCARD_TRANSLATIONS_DIR)
                            : QString::fromLocal8Bit(chosen);
}

QStringList tableCells(const QString &line)
{
    QStringList cells = line.trimmed().split(QLatin1Char('|'));
    if (cells.size() < 3)
        return {};
    cells.removeFirst();
    cells.removeLast();
    for (QString &cell : cells)
        cell = cell.trimmed();
    return cells;
}

// glossary.md: the English table (Key | English | meaning) before the first "## " section, then
// one section per language, "## Name (code)", of Key | Word used.
std::optional<Glossary> readGlossary(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return std::nullopt;
    }
    Glossary glossary;
    static const QRegularExpression section(QStringLiteral(R"(^##\s.*\(([A-Za-z_]+)\)\s*$)"));
    QString language;
    bool inSections = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## "))) {
            inSections = true;
            const auto match = section.match(line);
            language = match.hasMatch() ? match.captured(1) : QString();
            continue;
        }
        const QStringList cells = tableCells(line);
        if (cells.size() < 2 || cells[0] == QLatin1String("Key") || cells[0].startsWith(u'-'))
            continue;
        if (!inSections)
            glossary.terms.append({cells[0], cells[1]});
        else if (!language.isEmpty() && !cells[1].isEmpty())
            glossary.words[language].insert(cells[0], cells[1]);
    }
    std::ranges::sort(glossary.terms, [](const Term &a, const Term &b) {
        return a.english.size() > b.english.size();
    });
    if (glossary.terms.isEmpty()) {
        *error = QStringLiteral("%1 has no English table of terms").arg(path);
        return std::nullopt;
    }
    return glossary;
}

std::optional<QList<Message>> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return std::nullopt;
    }
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.forms.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    if (xml.hasError()) {
        *error =
            QStringLiteral("%1 line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    return messages;
}

int pluralForms(const QString &language)
{
    static const QHash<QString, int> forms = {{QStringLiteral("ar"), 6},
                                              {QStringLiteral("fr"), 2},
                                              {QStringLiteral("pt"), 2},
                                              {QStringLiteral("sw"), 2},
                                              {QStringLiteral("zh_CN"), 1}};
    return forms.value(language, -1);
}

// The %1…%9 and %L1…%L9 placeholders of a text, each once, sorted; %n separately.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9]"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.removeDuplicates();
    found.sort();
    return found;
}

bool hasCount(const QString &text)
{
    return text.contains(QLatin1String("%n")) || text.contains(QLatin1String("%Ln"));
}

// An accelerator: "&" before a character other than "&" and a space ("&&" is a literal "&").
bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (!text[i + 1].isSpace())
            return true;
    }
    return false;
}

// What is wrong with one message, or nothing.
QStringList faults(const Message &message, const QString &language, const Glossary &glossary)
{
    QStringList found;
    if (!message.type.isEmpty())
        return {message.type}; // unfinished, vanished or obsolete
    if (message.forms.isEmpty() ||
        std::ranges::any_of(message.forms, [](const QString &form) { return form.isEmpty(); }))
        return {QStringLiteral("empty")};
    if (message.numerus && message.forms.size() != pluralForms(language))
        found.append(QStringLiteral("%1 plural forms, %2 has %3")
                         .arg(message.forms.size())
                         .arg(language)
                         .arg(pluralForms(language)));
    const QStringList wanted = placeholders(message.source);
    for (const QString &form : message.forms) {
        if (placeholders(form) != wanted) {
            found.append(QStringLiteral("placeholders %1 instead of %2")
                             .arg(placeholders(form).join(u' '), wanted.join(u' ')));
            break;
        }
    }
    // A plural form for one or two may say the number in words ("un compte"); the others say %n.
    if (hasCount(message.source)) {
        const bool kept =
            message.numerus ? hasCount(message.forms.last()) : hasCount(message.forms.first());
        if (!kept)
            found.append(QStringLiteral("%n missing"));
    }
    if (hasAccelerator(message.source) && !std::ranges::all_of(message.forms, hasAccelerator))
        found.append(QStringLiteral("& accelerator missing"));
    // The glossary: the longest English term first, each place of the source counted once. A
    // one-line "usage: ampcard …" is command syntax, typed as it stands in every language.
    const bool usageLine = message.source.startsWith(QLatin1String("usage: ampcard")) &&
                           !message.source.contains(QLatin1Char('\n'));
    const QHash<QString, QString> words =
        usageLine ? QHash<QString, QString>{} : glossary.words.value(language);
    QString source = message.source.toLower();
    for (const Term &term : glossary.terms) {
        const QString word = words.value(term.key);
        const QRegularExpression english(QStringLiteral("\\b") +
                                         QRegularExpression::escape(term.english.toLower()));
        if (!source.contains(english))
            continue;
        source.replace(english, QStringLiteral(" "));
        if (word.isEmpty())
            continue;
        for (const QString &form : message.forms) {
            QString plain = form;
            plain.remove(QLatin1Char('&'));
            if (!plain.contains(word, Qt::CaseInsensitive)) {
                found.append(
                    QStringLiteral("glossary: \"%1\" without \"%2\"").arg(term.english, word));
                break;
            }
        }
    }
    return found;
}

// Every offender of one .ts file, "context: source: fault".
QStringList offenders(const QString &path, const Glossary &glossary, QString *error)
{
    // The language is the file name's: "ampcard-station_zh_CN.ts" is zh_CN (the TS element's
    // attribute names a country too, "ar_EG").
    QString declared;
    const auto messages = readTs(path, &declared, error);
    if (!messages)
        return {*error};
    const QString language = QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);
    if (pluralForms(language) < 0)
        return {QStringLiteral("unknown language \"%1\"").arg(language)};
    QStringList found;
    for (const Message &message : *messages) {
        for (const QString &fault : faults(message, language, glossary))
            found.append(
                QStringLiteral("%1: \"%2\": %3").arg(message.context, message.source, fault));
    }
    if (messages->isEmpty())
        found.append(QStringLiteral("no messages"));
    return found;
}

QString report(const QStringList &found)
{
    QString text = QStringLiteral("%1 offending message(s); the first:").arg(found.size());
    for (qsizetype i = 0; i < std::min<qsizetype>(found.size(), 8); ++i)
        text += QStringLiteral("\n  ") + found[i];
    return text;
}

const char *kGlossary = "# Glossary\n\n| Key | English | What |\n|---|---|---|\n"
                        "| meter | meter | m |\n| tariff | tariff | t |\n"
                        "| tariff step | tariff step | s |\n\n"
                        "## Français (fr)\n\n| Key | Word used |\n|---|---|\n"
                        "| meter | compteur |\n| tariff | tarif |\n| tariff step | tranche |\n";

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    // The checker itself: each kind of fault in a small French file is caught, a good one passes.
    void catchesEachFault_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("fault");
        const auto plain = [](const char *source, const char *translation,
                              const char *type = nullptr) {
            return QStringLiteral("<message><source>%1</source><translation%2>%3</translation>"
                                  "</message>")
                .arg(QLatin1String(source),
                     type ? QStringLiteral(" type=\"%1\"").arg(QLatin1String(type)) : QString(),
                     QString::fromUtf8(translation));
        };
        QTest::newRow("good") << plain("&amp;Sell %1 to meter %2", "&amp;Vendre %1 au compteur %2")
                              << QString();
        QTest::newRow("good-compound-term")
            << plain("Add a tariff step", "Ajouter une tranche") << QString();
        QTest::newRow("unfinished")
            << plain("Sell", "", "unfinished") << QStringLiteral("unfinished");
        QTest::newRow("vanished") << plain("Sell", "Vendre", "vanished")
                                  << QStringLiteral("vanished");
        QTest::newRow("obsolete") << plain("Sell", "Vendre", "obsolete")
                                  << QStringLiteral("obsolete");
        QTest::newRow("empty") << plain("Sell", "") << QStringLiteral("empty");
        QTest::newRow("placeholder-lost")
            << plain("Sold %1 for %2", "Vendu %1") << QStringLiteral("placeholders");
        QTest::newRow("placeholder-localised")
            << plain("Sold %1", "Vendu %L1") << QStringLiteral("placeholders");
        QTest::newRow("accelerator-lost")
            << plain("&amp;Sell", "Vendre") << QStringLiteral("accelerator");
        QTest::newRow("glossary-word-missing")
            << plain("Read the meter", "Lire le relevé") << QStringLiteral("glossary");
        QTest::newRow("usage-line-is-syntax")
            << plain("usage: ampcard meter show --meter N", "usage : ampcard meter show --meter N")
            << QString();
        QTest::newRow("plural-forms")
            << QStringLiteral("<message numerus=\"yes\"><source>%n card(s)</source><translation>"
                              "<numerusform>%n carte</numerusform></translation></message>")
            << QStringLiteral("plural forms");
        QTest::newRow("plural-count-lost")
            << QStringLiteral("<message numerus=\"yes\"><source>%n card(s)</source><translation>"
                              "<numerusform>une carte</numerusform><numerusform>des cartes"
                              "</numerusform></translation></message>")
            << QStringLiteral("%n missing");
    }

    void catchesEachFault()
    {
        QFETCH(QString, message);
        QFETCH(QString, fault);
        QTemporaryDir dir;
        QFile glossaryFile(dir.filePath(QStringLiteral("glossary.md")));
        QVERIFY(glossaryFile.open(QIODevice::WriteOnly));
        glossaryFile.write(kGlossary);
        glossaryFile.close();
        QFile ts(dir.filePath(QStringLiteral("t_fr.ts")));
        QVERIFY(ts.open(QIODevice::WriteOnly));
        ts.write(QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                                "<TS version=\"2.1\" language=\"fr\"><context><name>Page</name>"
                                "%1</context></TS>\n")
                     .arg(message)
                     .toUtf8());
        ts.close();
        QString error;
        const auto glossary = readGlossary(glossaryFile.fileName(), &error);
        QVERIFY2(glossary, qPrintable(error));
        const QStringList found = offenders(ts.fileName(), *glossary, &error);
        if (fault.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(report(found)));
        } else {
            QCOMPARE(found.size(), 1);
            QVERIFY2(found[0].contains(fault), qPrintable(found[0]));
        }
    }

    void everyFile_data()
    {
        QTest::addColumn<QString>("path");
        const QDir folder(translationsFolder());
        const QStringList files = folder.entryList({QStringLiteral("*.ts")}, QDir::Files);
        QVERIFY2(!files.isEmpty(), qPrintable(folder.path() + QStringLiteral(" has no .ts file")));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << folder.filePath(file);
    }

    void everyFile()
    {
        QFETCH(QString, path);
        QString error;
        const auto glossary = readGlossary(
            QDir(translationsFolder()).filePath(QStringLiteral("glossary.md")), &error);
        QVERIFY2(glossary, qPrintable(error));
        const QStringList found = offenders(path, *glossary, &error);
        QVERIFY2(found.isEmpty(), qPrintable(report(found)));
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
