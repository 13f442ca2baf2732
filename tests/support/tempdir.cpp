#include "tempdir.h"

#include <QDir>

TempDir::TempDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/shop-inbox-test-XXXXXX"))
{
}
