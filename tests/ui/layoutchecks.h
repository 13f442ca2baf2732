#pragma once
// Layout checks shared by the widget tests that render windows in every language: which widgets a merchant
// reads or clicks, whether one is cut (narrower than its text, a wrapped label shorter than its lines, or
// outside its parent), and a description of a widget for failure messages.

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QWidget>

namespace testsupport {

/** Visible widgets of the kinds a merchant reads or clicks, under @p root. */
inline QList<QWidget *> readableWidgets(QWidget *root)
{
    QList<QWidget *> found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || w->window() != root)
            continue;
        if (qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
            qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractScrollArea *>(w))
            found.append(w);
    }
    return found;
}

/** Why @p w is clipped, or empty: narrower than it needs, or outside its parent. */
inline QString clipping(QWidget *w)
{
    const QRect inParent = w->geometry();
    QWidget *parent = w->parentWidget();
    if (parent && !parent->rect().contains(inParent))
        return QStringLiteral("outside its parent (%1 in %2)")
            .arg(QString::number(inParent.width()) + QLatin1Char('x') + QString::number(inParent.height()))
            .arg(QString::number(parent->width()) + QLatin1Char('x') + QString::number(parent->height()));
    if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
        if (label->wordWrap()) {
            // The text as QLabel lays it out in its contents: every wrapped line must fit in the height.
            const QRect contents = label->contentsRect();
            const int needed =
                label->fontMetrics()
                    .boundingRect(contents, Qt::TextWordWrap | int(label->alignment()), label->text())
                    .height();
            if (contents.height() + 1 < needed)
                return QStringLiteral("wrapped text cut (height %1 < %2)").arg(contents.height()).arg(needed);
        } else if (label->width() + 1 < label->sizeHint().width()) {
            return QStringLiteral("text cut (width %1 < %2)")
                .arg(label->width())
                .arg(label->sizeHint().width());
        }
    }
    if (auto *button = qobject_cast<QPushButton *>(w);
        button && button->width() + 1 < button->sizeHint().width())
        return QStringLiteral("label cut (width %1 < %2)")
            .arg(button->width())
            .arg(button->sizeHint().width());
    return {};
}

inline QString describe(QWidget *w)
{
    QString text;
    if (auto *label = qobject_cast<QLabel *>(w))
        text = label->text();
    else if (auto *button = qobject_cast<QAbstractButton *>(w))
        text = button->text();
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
           (w->objectName().isEmpty() ? w->accessibleName() : w->objectName()) + QStringLiteral(" \"") +
           text.simplified().left(60) + QLatin1Char('"');
}

} // namespace testsupport
