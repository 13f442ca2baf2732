#include "savedreplycompleter.h"

#include "composeredit.h"
#include "models/savedreplymodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace shopinbox {

SavedReplyCompleter::SavedReplyCompleter(ComposerEdit *editor, SavedReplyModel *model)
    : QObject(editor)
    , m_editor(editor)
    , m_model(model)
    , m_completer(new QCompleter(model, this))
{
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionRole(Qt::DisplayRole); // "/shortcut"
    m_completer->popup()->setAccessibleName(tr("Saved replies"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                insertReply(index.data(SavedReplyModel::ShortcutRole).toString());
            });
    connect(editor, &QPlainTextEdit::textChanged, this, &SavedReplyCompleter::update);
    editor->setCompletionPopup(m_completer->popup());
}

void SavedReplyCompleter::start()
{
    m_editor->setFocus(Qt::ShortcutFocusReason);
    QTextCursor cursor = m_editor->textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    cursor.insertText(before.isEmpty() || before.back().isSpace() ? QStringLiteral("/")
                                                                  : QStringLiteral(" /"));
    m_editor->setTextCursor(cursor);
}

bool SavedReplyCompleter::isPopupVisible() const
{
    return m_completer->popup()->isVisible();
}

QString SavedReplyCompleter::tokenAtCursor(int *start) const
{
    const QTextCursor cursor = m_editor->textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    // The line is cut at positionInBlock(), an int: its indexes fit one.
    const int slash = static_cast<int>(line.lastIndexOf(QLatin1Char('/')));
    // A shortcut starts the text or follows a space: "and/or" or a URL is not a saved reply.
    if (slash < 0 || (slash > 0 && !line.at(slash - 1).isSpace()))
        return {};
    QString token = line.mid(slash);
    for (int i = 1; i < token.size(); ++i) {
        if (token.at(i).isSpace())
            return {};
    }
    if (start)
        *start = cursor.block().position() + slash;
    return token;
}

void SavedReplyCompleter::update()
{
    const QString token = tokenAtCursor(nullptr);
    if (token.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    if (token != m_completer->completionPrefix())
        m_completer->setCompletionPrefix(token);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = m_editor->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width() + 24);
    m_completer->complete(rect);
}

bool SavedReplyCompleter::insertReply(const QString &shortcut)
{
    const QList<SavedReply> replies = m_model->matching(shortcut, -1);
    const auto reply = std::find_if(replies.cbegin(), replies.cend(),
                                    [&](const SavedReply &r) { return r.shortcut == shortcut; });
    int start = -1;
    if (reply == replies.cend() || tokenAtCursor(&start).isEmpty())
        return false;
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(start, QTextCursor::KeepAnchor);
    cursor.insertText(reply->text);
    m_editor->setTextCursor(cursor);
    m_completer->popup()->hide();
    return true;
}

} // namespace shopinbox
