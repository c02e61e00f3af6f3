#include "language.h"

#include <memory>

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

namespace language {

namespace {

const QString kKey = QStringLiteral("language");

struct InForce {
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> station;
    std::unique_ptr<QTranslator> qt;
};

InForce &inForce()
{
    static InForce state;
    return state;
}

} // namespace

QList<Choice> offered()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("pt"), QStringLiteral("Português")},
            {QStringLiteral("ar"), QStringLiteral("العربية")},
            {QStringLiteral("sw"), QStringLiteral("Kiswahili")},
            {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")}};
}

QString chosen()
{
    const QString code = QSettings().value(kKey).toString();
    for (const Choice &choice : offered()) {
        if (choice.code == code)
            return code;
    }
    return {};
}

void choose(const QString &code)
{
    QSettings().setValue(kKey, code);
}

QString resolve(const QString &code)
{
    for (const Choice &choice : offered()) {
        if (choice.code == code)
            return code;
    }
    // The system language: the first of the system's preferred languages the station speaks.
    const QList<Choice> choices = offered();
    for (const QString &wanted : QLocale::system().uiLanguages()) {
        const QString name = QLocale(wanted).name(); // "pt_BR", "zh_CN", "ar_EG"
        for (const Choice &choice : choices) {
            if (name == choice.code || name.section(QLatin1Char('_'), 0, 0) == choice.code)
                return choice.code;
        }
    }
    return QStringLiteral("en");
}

QString apply(const QString &code)
{
    InForce &state = inForce();
    const QString resolved = resolve(code);
    if (state.station)
        QCoreApplication::removeTranslator(state.station.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.station.reset();
    state.qt.reset();
    const QLocale locale(resolved);
    if (resolved != QLatin1String("en")) {
        auto station = std::make_unique<QTranslator>();
        if (station->load(QStringLiteral(":/i18n/ampcard-station_%1.qm").arg(resolved)) &&
            QCoreApplication::installTranslator(station.get()))
            state.station = std::move(station);
        // Qt's own dialogs and buttons, where the system has Qt's translations installed.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
            QCoreApplication::installTranslator(qt.get()))
            state.qt = std::move(qt);
    }
    if (auto *application = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        application->setLayoutDirection(locale.textDirection());
    state.code = resolved;
    return resolved;
}

QString current()
{
    return inForce().code;
}

QString ltr(const QString &value)
{
    // In a left-to-right layout the value already reads left to right.
    if (QGuiApplication::layoutDirection() != Qt::RightToLeft)
        return value;
    return QChar(0x2066) + value + QChar(0x2069);
}

void keepLeftToRight(std::initializer_list<QWidget *> widgets)
{
    for (QWidget *widget : widgets)
        widget->setLayoutDirection(Qt::LeftToRight);
}

} // namespace language
