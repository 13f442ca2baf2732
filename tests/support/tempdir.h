#pragma once

#include <QString>
#include <QTemporaryDir>

/** @brief A temporary directory for one test, removed afterwards. */
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};
