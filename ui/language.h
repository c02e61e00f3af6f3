#pragma once

#include <QList>
#include <QString>

class QWidget;

// The counter's languages: which ones the station offers, which one the station uses (QSettings
// "language": a code such as "ar", or empty for the system's), and putting it in force.
namespace language {

struct Choice {
    QString code;       // "en", "fr", "pt", "ar", "sw", "zh_CN"
    QString nativeName; // the language named in itself: "Français", "العربية"
};

// English, French, Portuguese, Arabic, Swahili and Chinese, each named in its own language.
QList<Choice> offered();
// The stored choice: a code of offered(), or empty for the system language.
QString chosen();
void choose(const QString &code);
// The language in force for a choice: the code itself, or for the system language the offered
// language the system's locale asks for ("en" when it asks for none of them).
QString resolve(const QString &code);
// Puts `code` (resolved) in force: the station's and Qt's own translators and the application's
// layout direction (right to left for Arabic). The default QLocale stays as it is: numbers are
// typed and shown with Western digits in every language. Returns the language now in force.
// Widgets made before keep their texts: the caller rebuilds them.
QString apply(const QString &code);
// The language apply() last put in force ("en" before any).
QString current();

// `value` (a meter number, a card serial, a sequence, an amount, a date) kept left to right
// inside a sentence of a right-to-left language: wrapped in the Unicode isolates LRI … PDI. In a
// left-to-right layout it is returned as it is.
QString ltr(const QString &value);
// The line edits and views that hold such values read left to right in a right-to-left layout.
void keepLeftToRight(std::initializer_list<QWidget *> widgets);

} // namespace language
