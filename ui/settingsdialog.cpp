#include "settingsdialog.h"

#include "models/staffpermissions.h"
#include "teampage.h"

#include "models/shopsettingsmodel.h"
#include "preferences.h"
#include "sync/localactions.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace shopinbox {

namespace {
const QString DefaultColor = QStringLiteral("#2f6f4e");

// What the server stores when a key was never set; comparing against it keeps an untouched dialog silent.
QJsonValue storedOrDefault(const QJsonObject &settings, const QString &key)
{
    if (settings.contains(key))
        return settings.value(key);
    if (key == QLatin1String("visible"))
        return true;
    if (key == QLatin1String("position"))
        return QStringLiteral("bottom-right");
    if (key == QLatin1String("color"))
        return DefaultColor;
    if (key == QLatin1String("business_hours"))
        return QJsonValue::Null;
    if (key == QLatin1String("allowed_origins"))
        return QJsonArray();
    return QString();
}

QPlainTextEdit *messageEditor(const QString &objectName, const QString &accessibleName,
                              const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(72);
    // The text wraps at the edit's width: a horizontal bar (shown when filled before the first layout, from
    // the cache) would only take a line away.
    edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return edit;
}
} // namespace

SettingsDialog::SettingsDialog(Preferences &preferences, ShopSettingsModel *shopSettings,
                               LocalActions *actions, bool hasTray, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_shopSettings(shopSettings)
    , m_actions(actions)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGeneral(hasTray), tr("General"));
    m_tabs->addTab(buildStorefront(), tr("Storefront chat"));
    m_tabs->addTab(buildMessages(), tr("Automated messages"));
    layout->addWidget(m_tabs);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setShopTabsEnabled(false);
    load();
}

QWidget *SettingsDialog::buildGeneral(bool hasTray)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_notifications = new QCheckBox(tr("Notify me about new customer messages"), page);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_notifications->setChecked(m_preferences.notifications());
    m_startMinimised =
        new QCheckBox(hasTray ? tr("Start minimised to the tray") : tr("Start minimised"), page);
    m_startMinimised->setChecked(m_preferences.startMinimised());
    m_closeToTray = new QCheckBox(tr("Keep running in the tray when the window is closed"), page);
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_closeToTray->setChecked(m_preferences.closeToTray());
    m_closeToTray->setEnabled(hasTray);
    if (!hasTray)
        m_closeToTray->setToolTip(tr("This desktop has no system tray."));
    m_language = new QComboBox(page);
    m_language->setAccessibleName(tr("Language"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    // Each language by its own name, so a merchant finds theirs whatever the current language is.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_preferences.language())));
    auto *languageNote = new QLabel(tr("A new language applies when Shop Inbox starts again."), page);
    languageNote->setWordWrap(true);
    form->addRow(m_notifications);
    form->addRow(m_startMinimised);
    form->addRow(m_closeToTray);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    return page;
}

QWidget *SettingsDialog::buildStorefront()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_visible = new QCheckBox(tr("Show the chat button in the online store"), page);
    m_visible->setObjectName(QStringLiteral("visible"));
    m_position = new QComboBox(page);
    m_position->setAccessibleName(tr("Button position"));
    m_position->setObjectName(QStringLiteral("position"));
    m_position->addItem(tr("Bottom right"), QStringLiteral("bottom-right"));
    m_position->addItem(tr("Bottom left"), QStringLiteral("bottom-left"));
    m_color = new QLineEdit(page);
    m_color->setAccessibleName(tr("Button colour"));
    m_color->setObjectName(QStringLiteral("color"));
    m_color->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("#[0-9a-fA-F]{0,6}")), m_color));
    auto *pick = new QPushButton(tr("Choose…"), page);
    pick->setAccessibleName(tr("Choose the button colour"));
    connect(pick, &QPushButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(QColor(m_color->text()), this, tr("Button colour"));
        if (chosen.isValid())
            m_color->setText(chosen.name());
    });
    auto *swatch = new QLabel(page);
    swatch->setFixedSize(28, 20);
    connect(m_color, &QLineEdit::textChanged, swatch, [swatch](const QString &text) {
        const QColor color(text);
        swatch->setStyleSheet(color.isValid() && text.size() == 7
                                  ? QStringLiteral("background:%1;border:1px solid #999").arg(color.name())
                                  : QStringLiteral("border:1px dashed #999"));
    });
    auto *colorRow = new QHBoxLayout;
    colorRow->addWidget(m_color, 1);
    colorRow->addWidget(swatch);
    colorRow->addWidget(pick);
    form->addRow(m_visible);
    form->addRow(tr("&Position:"), m_position);
    auto *colorLabel = new QLabel(tr("&Colour:"), page);
    colorLabel->setBuddy(m_color); // a row with a layout gets no buddy of its own
    form->addRow(colorLabel, colorRow);
    // The sites that may embed the chat (settings "allowed_origins"): one per line, empty for any site.
    m_origins = new QPlainTextEdit(page);
    m_origins->setObjectName(QStringLiteral("allowedOrigins"));
    m_origins->setAccessibleName(tr("Websites allowed to show the chat"));
    m_origins->setPlaceholderText(QStringLiteral("https://shop.example"));
    m_origins->setTabChangesFocus(true);
    m_origins->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_origins->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_origins->setMinimumHeight(m_origins->fontMetrics().lineSpacing() * 4);
    auto *originsLabel = new QLabel(tr("&Websites:"), page);
    originsLabel->setBuddy(m_origins);
    auto *originsNote = new QLabel(
        tr("The addresses of your store, one per line (for example https://shop.example). Only these sites "
           "can show the chat; leave empty to allow any site."),
        page);
    originsNote->setWordWrap(true);
    form->addRow(originsLabel, m_origins);
    form->addRow(QString(), originsNote);
    return page;
}

QWidget *SettingsDialog::buildMessages()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_greeting = messageEditor(QStringLiteral("greeting"), tr("Greeting"),
                               tr("Shown in the chat window's header"), page);
    m_followUp = messageEditor(QStringLiteral("followUp"), tr("Follow-up message"),
                               tr("Sent after the customer's first message"), page);
    m_away =
        messageEditor(QStringLiteral("away"), tr("Away message"), tr("Sent outside business hours"), page);
    form->addRow(tr("Greeting:"), m_greeting);
    form->addRow(tr("Follow-up:"), m_followUp);
    form->addRow(tr("Away:"), m_away);
    layout->addLayout(form);

    auto *hours = new QGroupBox(tr("Business hours (the shop's time zone)"), page);
    hours->setCheckable(true);
    hours->setObjectName(QStringLiteral("businessHours"));
    hours->setToolTip(tr("Without business hours the shop is never away."));
    auto *grid = new QGridLayout(hours);
    const QStringList keys = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                              QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                              QStringLiteral("sun")};
    for (int i = 0; i < keys.size(); ++i) {
        Day day;
        day.key = keys.at(i);
        day.open = new QCheckBox(QLocale().dayName(i + 1), hours);
        day.from = new QTimeEdit(QTime(9, 0), hours);
        day.to = new QTimeEdit(QTime(17, 0), hours);
        day.from->setDisplayFormat(QStringLiteral("HH:mm"));
        day.to->setDisplayFormat(QStringLiteral("HH:mm"));
        day.open->setObjectName(QStringLiteral("open-") + day.key);
        day.from->setObjectName(QStringLiteral("from-") + day.key);
        day.to->setObjectName(QStringLiteral("to-") + day.key);
        day.from->setAccessibleName(tr("%1 opens").arg(day.open->text()));
        day.to->setAccessibleName(tr("%1 closes").arg(day.open->text()));
        connect(day.open, &QCheckBox::toggled, day.from, &QWidget::setEnabled);
        connect(day.open, &QCheckBox::toggled, day.to, &QWidget::setEnabled);
        grid->addWidget(day.open, i, 0);
        grid->addWidget(day.from, i, 1);
        grid->addWidget(new QLabel(QStringLiteral("–"), hours), i, 2);
        grid->addWidget(day.to, i, 3);
        m_days.append(day);
    }
    layout->addWidget(hours);
    return page;
}

void SettingsDialog::setAccess(const StaffPermissions *permissions, TeamModel *team, qint64 ownStaffId)
{
    m_permissions = permissions;
    if (permissions && permissions->canManageShop() && team && m_actions)
        m_tabs->addTab(new TeamPage(team, m_actions, ownStaffId, this), tr("Team"));
    if (m_loaded && permissions && !permissions->canManageShop()) {
        setShopTabsEnabled(false);
        m_status->setText(tr("Only staff who manage the shop can change these settings."));
    }
}

void SettingsDialog::setShopTabsEnabled(bool enabled)
{
    m_tabs->widget(1)->setEnabled(enabled);
    m_tabs->widget(2)->setEnabled(enabled);
}

QString SettingsDialog::statusText() const
{
    return m_status->text();
}

void SettingsDialog::load()
{
    if (!m_actions || !m_shopSettings) {
        m_status->setText(tr("Sign in to a shop to change its storefront chat."));
        return;
    }
    // What this computer knows is shown at once (read-only); editing waits for the server's current copy.
    if (m_shopSettings->isKnown())
        fill(m_shopSettings->settings());
    m_status->setText(tr("Loading the shop's settings…"));
    m_actions->refreshShopSettings([this, guard = QPointer(this)](const ServerAnswer &answer) {
        if (!guard)
            return;
        if (!answer.ok) {
            m_status->setText(
                tr("The storefront settings need a connection to the shop server (%1).").arg(answer.error));
            emit shopSettingsReady(false);
            return;
        }
        fill(m_shopSettings->settings());
        m_loaded = true;
        // Shown to everyone; changed only by staff who manage the shop (the server refuses the others).
        const bool mayChange = !m_permissions || m_permissions->canManageShop();
        setShopTabsEnabled(mayChange);
        if (mayChange)
            m_status->clear();
        else
            m_status->setText(tr("Only staff who manage the shop can change these settings."));
        emit shopSettingsReady(true);
    });
}

void SettingsDialog::fill(const QJsonObject &settings)
{
    m_original = settings;
    m_visible->setChecked(storedOrDefault(settings, QStringLiteral("visible")).toBool());
    m_position->setCurrentIndex(
        qMax(0, m_position->findData(storedOrDefault(settings, QStringLiteral("position")).toString())));
    m_color->setText(storedOrDefault(settings, QStringLiteral("color")).toString());
    m_greeting->setPlainText(settings.value(QStringLiteral("greeting")).toString());
    m_followUp->setPlainText(settings.value(QStringLiteral("follow_up")).toString());
    m_away->setPlainText(settings.value(QStringLiteral("away")).toString());
    QStringList origins;
    for (const auto &origin : settings.value(QStringLiteral("allowed_origins")).toArray())
        origins.append(origin.toString());
    m_origins->setPlainText(origins.join(QLatin1Char('\n')));
    const QJsonValue hours = settings.value(QStringLiteral("business_hours"));
    auto *box = findChild<QGroupBox *>(QStringLiteral("businessHours"));
    box->setChecked(hours.isObject());
    for (Day &day : m_days) {
        const QJsonArray span = hours.toObject().value(day.key).toArray();
        const QTime from = QTime::fromString(span.at(0).toString(), QStringLiteral("HH:mm"));
        const QTime to = QTime::fromString(span.at(1).toString(), QStringLiteral("HH:mm"));
        const bool open = span.size() == 2 && from.isValid() && to.isValid();
        day.open->setChecked(open);
        day.from->setEnabled(open);
        day.to->setEnabled(open);
        if (open) {
            day.from->setTime(from);
            day.to->setTime(to);
        }
    }
}

QJsonObject SettingsDialog::editedShopSettings() const
{
    QJsonObject edited{{QStringLiteral("visible"), m_visible->isChecked()},
                       {QStringLiteral("position"), m_position->currentData().toString()},
                       {QStringLiteral("color"), m_color->text().toLower()},
                       {QStringLiteral("greeting"), m_greeting->toPlainText()},
                       {QStringLiteral("follow_up"), m_followUp->toPlainText()},
                       {QStringLiteral("away"), m_away->toPlainText()}};
    // One origin per line; blank lines and surrounding spaces are not the merchant's intent. A trailing
    // slash is what a browser's address bar shows: the origin has none. The server checks the rest.
    QJsonArray origins;
    for (QString line : m_origins->toPlainText().split(QLatin1Char('\n'))) {
        line = line.trimmed().toLower();
        while (line.endsWith(QLatin1Char('/')))
            line.chop(1);
        if (!line.isEmpty())
            origins.append(line);
    }
    // Never set and still empty: not a setting of this shop (an empty list means the same as none).
    if (!origins.isEmpty() || m_original.contains(QStringLiteral("allowed_origins")))
        edited.insert(QStringLiteral("allowed_origins"), origins);
    if (findChild<QGroupBox *>(QStringLiteral("businessHours"))->isChecked()) {
        QJsonObject hours;
        for (const Day &day : m_days)
            hours.insert(day.key,
                         day.open->isChecked()
                             ? QJsonValue(QJsonArray{day.from->time().toString(QStringLiteral("HH:mm")),
                                                     day.to->time().toString(QStringLiteral("HH:mm"))})
                             : QJsonValue(QJsonValue::Null));
        edited.insert(QStringLiteral("business_hours"), hours);
    } else {
        edited.insert(QStringLiteral("business_hours"), QJsonValue::Null);
    }
    return edited;
}

void SettingsDialog::savePreferences()
{
    m_preferences.setNotifications(m_notifications->isChecked());
    m_preferences.setStartMinimised(m_startMinimised->isChecked());
    m_preferences.setCloseToTray(m_closeToTray->isChecked());
    const QString language = m_language->currentData().toString();
    if (language != m_preferences.language()) {
        m_preferences.setLanguage(language);
        emit languageChanged(language);
    }
}

void SettingsDialog::accept()
{
    if (m_saving)
        return;
    if (!m_loaded || (m_permissions && !m_permissions->canManageShop())) {
        savePreferences();
        QDialog::accept();
        return;
    }
    // Checked here, where the merchant can fix it, rather than stored and found wrong later.
    for (const Day &day : m_days) {
        if (findChild<QGroupBox *>(QStringLiteral("businessHours"))->isChecked() && day.open->isChecked() &&
            day.from->time() >= day.to->time()) {
            m_status->setText(tr("On %1 the shop must open before it closes.").arg(day.open->text()));
            m_tabs->setCurrentIndex(2);
            return;
        }
    }
    QJsonObject patch;
    const QJsonObject edited = editedShopSettings();
    for (auto it = edited.constBegin(); it != edited.constEnd(); ++it) {
        if (it.value() != storedOrDefault(m_original, it.key()))
            patch.insert(it.key(), it.value());
    }
    if (patch.isEmpty()) {
        savePreferences();
        QDialog::accept();
        return;
    }
    m_saving = true;
    m_status->setText(tr("Saving…"));
    m_actions->saveShopSettings(patch, [this, guard = QPointer(this)](const ServerAnswer &answer) {
        if (!guard)
            return;
        m_saving = false;
        if (!answer.ok) {
            // Nothing was stored; the dialog keeps what the merchant typed so it can be corrected.
            m_status->setText(
                answer.reached ? tr("Not saved: %1").arg(answer.error)
                               : tr("Not saved: the shop server cannot be reached (%1).").arg(answer.error));
            return;
        }
        m_original = m_shopSettings->settings();
        savePreferences();
        QDialog::accept();
    });
}

} // namespace shopinbox
