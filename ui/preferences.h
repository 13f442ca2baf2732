#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace shopinbox {

/**
 * @brief The merchant's own preferences for this computer (not the shop's settings, which live on the
 * server): notifications, start minimised, close to tray and the language. Stored in the profile's
 * QSettings under `preferences/`; without QSettings (tests) the defaults apply and nothing is kept.
 */
class Preferences
{
public:
    explicit Preferences(QSettings *settings);

    bool notifications() const;
    void setNotifications(bool on);
    /** Start hidden in the tray (where a tray exists; minimised otherwise). */
    bool startMinimised() const;
    void setStartMinimised(bool on);
    /** Closing the window hides it in the tray instead of quitting (only where a tray exists). */
    bool closeToTray() const;
    void setCloseToTray(bool on);
    /** "" for the system's language, else one of languages(). */
    QString language() const;
    void setLanguage(const QString &code);

    /** The languages Shop Inbox is translated into: "en", "nl", "fr", "de". */
    static QStringList languages();

private:
    bool flag(const char *key, bool fallback) const;
    void setFlag(const char *key, bool on);

    QSettings *m_settings;
};

} // namespace shopinbox
