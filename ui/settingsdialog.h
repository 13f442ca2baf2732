#pragma once

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTimeEdit;

namespace shopinbox {

class StaffPermissions;
class TeamModel;

class LocalActions;
class Preferences;
class ShopSettingsModel;
struct ServerAnswer;

/**
 * @brief Settings: this computer's preferences (notifications, tray, language) and the shop's storefront
 * chat settings (button visibility, position and colour; greeting, follow-up and away messages; business
 * hours per weekday).
 *
 * The shop settings are read from the cache (ShopSettingsModel) and changed through LocalActions, which
 * asks the server at once: they are what customers see. While the server is asked, or when it cannot be
 * reached, those tabs are disabled (showing what the cache has) and the dialog says why; the local
 * preferences still save. Only the shop settings that changed are sent; a refusal is shown in the dialog,
 * which stays open with everything as typed.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /** @p shopSettings and @p actions may be nullptr (no session): only the local preferences are offered. */
    SettingsDialog(Preferences &preferences, ShopSettingsModel *shopSettings, LocalActions *actions,
                   bool hasTray, QWidget *parent = nullptr);

    /** Whether the shop's settings were loaded and can be edited. */
    bool shopSettingsLoaded() const { return m_loaded; }
    /** What the dialog says about the shop settings (loading, unreachable, a refusal). */
    QString statusText() const;
    /** The shop settings as edited, in the wire format (only meaningful once loaded). */
    QJsonObject editedShopSettings() const;

    void accept() override;

    /**
     * What the signed-in member may do: without manage_shop the shop's settings are shown read-only, with
     * it the Team tab (@p team, the member's own id @p ownStaffId) is added. Call before show().
     */
    void setAccess(const StaffPermissions *permissions, TeamModel *team, qint64 ownStaffId);

signals:
    /** The shop settings were loaded (ok) or could not be (with the reason shown in the dialog). */
    void shopSettingsReady(bool ok);
    /** The language preference changed; it applies from the next start. */
    void languageChanged(const QString &code);

private:
    QWidget *buildGeneral(bool hasTray);
    QWidget *buildStorefront();
    QWidget *buildMessages();
    void load();
    void fill(const QJsonObject &settings);
    void setShopTabsEnabled(bool enabled);
    void savePreferences();

    Preferences &m_preferences;
    ShopSettingsModel *m_shopSettings;
    LocalActions *m_actions;
    const StaffPermissions *m_permissions = nullptr;
    bool m_loaded = false;
    bool m_saving = false;
    QJsonObject m_original;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_notifications = nullptr;
    QCheckBox *m_startMinimised = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_visible = nullptr;
    QComboBox *m_position = nullptr;
    QLineEdit *m_color = nullptr;
    QPlainTextEdit *m_greeting = nullptr;
    QPlainTextEdit *m_followUp = nullptr;
    QPlainTextEdit *m_away = nullptr;
    QPlainTextEdit *m_origins = nullptr;
    struct Day
    {
        QString key;
        QCheckBox *open = nullptr;
        QTimeEdit *from = nullptr;
        QTimeEdit *to = nullptr;
    };
    QList<Day> m_days;
};

} // namespace shopinbox
