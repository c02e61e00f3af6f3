#pragma once

// What "fits a counter's screen" means for the UI tests.
#include <QAbstractScrollArea>
#include <QScrollBar>
#include <QSize>
#include <QStringList>
#include <QWidget>

namespace testing {

// A counter's screen.
constexpr QSize kCounterScreen(1366, 768);

// What does not fit in `top` at its size: a minimum size beyond it, a visible horizontal scroll
// bar, a visible widget reaching outside it. Widgets inside a scroll area's viewport are the
// area's business.
inline QStringList fitProblems(QWidget *top)
{
    QStringList problems;
    const QSize least = top->minimumSizeHint();
    if (least.width() > top->width() || least.height() > top->height())
        problems.append(QStringLiteral("%1 needs %2×%3, has %4×%5")
                            .arg(top->objectName())
                            .arg(least.width())
                            .arg(least.height())
                            .arg(top->width())
                            .arg(top->height()));
    const auto name = [](const QWidget *widget) {
        return QStringLiteral("%1 \"%2\"")
            .arg(QLatin1String(widget->metaObject()->className()), widget->objectName());
    };
    const auto inViewport = [top](const QWidget *widget) {
        for (const QWidget *up = widget->parentWidget(); up && up != top; up = up->parentWidget()) {
            if (auto *area = qobject_cast<const QAbstractScrollArea *>(up->parentWidget());
                area && area->viewport() == up)
                return true;
        }
        return false;
    };
    for (QAbstractScrollArea *area : top->findChildren<QAbstractScrollArea *>()) {
        if (area->isVisibleTo(top) && !inViewport(area) &&
            area->horizontalScrollBar()->isVisibleTo(top))
            problems.append(name(area) + QStringLiteral(" scrolls sideways"));
    }
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(top) || widget->isWindow() || inViewport(widget))
            continue;
        const QRect area(widget->mapTo(top, QPoint(0, 0)), widget->size());
        if (!top->rect().contains(area))
            problems.append(name(widget) + QStringLiteral(" reaches outside the window"));
    }
    return problems;
}

} // namespace testing
