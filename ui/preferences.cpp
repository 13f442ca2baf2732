#include "preferences.h"

#include <QSettings>

namespace shopinbox {

Preferences::Preferences(QSettings *settings)
    : m_settings(settings)
{
}

bool Preferences::flag(const char *key, bool fallback) const
{
    return m_settings
               ? m_settings->value(QStringLiteral("preferences/") + QLatin1String(key), fallback).toBool()
               : fallback;
}

void Preferences::setFlag(const char *key, bool on)
{
    if (m_settings)
        m_settings->setValue(QStringLiteral("preferences/") + QLatin1String(key), on);
}

bool Preferences::notifications() const
{
    return flag("notifications", true);
}

void Preferences::setNotifications(bool on)
{
    setFlag("notifications", on);
}

bool Preferences::startMinimised() const
{
    return flag("startMinimised", false);
}

void Preferences::setStartMinimised(bool on)
{
    setFlag("startMinimised", on);
}

bool Preferences::closeToTray() const
{
    return flag("closeToTray", false);
}

void Preferences::setCloseToTray(bool on)
{
    setFlag("closeToTray", on);
}

QString Preferences::language() const
{
    const QString code =
        m_settings ? m_settings->value(QStringLiteral("preferences/language")).toString() : QString();
    return languages().contains(code) ? code : QString();
}

void Preferences::setLanguage(const QString &code)
{
    if (m_settings)
        m_settings->setValue(QStringLiteral("preferences/language"),
                             languages().contains(code) ? code : QString());
}

QStringList Preferences::languages()
{
    return {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("de")};
}

} // namespace shopinbox
