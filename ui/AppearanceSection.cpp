#include "AppearanceSection.h"

#include "LanguageManager.h"
#include "PolicyLockNote.h"
#include "Settings.h"
#include "SettingsRegistry.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace vt::ui {

AppearanceSection::AppearanceSection(app::Settings& settings, QWidget* parent)
    : SettingsCard(parent)
    , m_settings(settings)
    , m_language(makeChoice(QLatin1String(app::keys::language), QStringLiteral("languageCombo")))
    , m_theme(makeChoice(QLatin1String(app::keys::theme), QStringLiteral("themeCombo")))
{
    setObjectName(QStringLiteral("appearanceSection"));
    // Item data are the setting values; texts are set by retranslate().
    m_language.combo->addItem(QString(), QStringLiteral("system"));
    for (const QString& language : app::LanguageManager::supportedLanguages())
        m_language.combo->addItem(QString(), language);
    for (const char* theme : {"system", "light", "dark"})
        m_theme.combo->addItem(QString(), QString::fromLatin1(theme));

    connect(&m_settings, &app::Settings::changed, this, [this](const QString& key) {
        for (const Choice* choice : {&m_language, &m_theme}) {
            if (key == choice->key)
                selectCurrent(*choice);
        }
    });
    retranslate();
}

AppearanceSection::Choice AppearanceSection::makeChoice(
    const QString& key, const QString& objectName)
{
    Choice choice{
        key, new QLabel(this), new QComboBox(this), new PolicyLockNote(m_settings, key, this)};
    choice.combo->setObjectName(objectName);
    choice.combo->setEnabled(!m_settings.isLocked(key));
    choice.label->setBuddy(choice.combo);
    addRow(choice.label, {choice.combo, choice.lock});
    connect(choice.combo, &QComboBox::activated, this, [this, key, combo = choice.combo](int row) {
        (void)m_settings.setValue(key, combo->itemData(row).toString());
    });
    return choice;
}

void AppearanceSection::selectCurrent(const Choice& choice)
{
    const int row = choice.combo->findData(m_settings.value(choice.key));
    choice.combo->setCurrentIndex(row < 0 ? 0 : row);
}

void AppearanceSection::retranslate()
{
    setTitle(tr("Appearance"));
    m_language.label->setText(tr("&Language"));
    m_language.combo->setAccessibleName(tr("Language"));
    m_language.combo->setItemText(0, tr("Use the system language"));
    for (int row = 1; row < m_language.combo->count(); ++row) {
        // Each language is named in itself, so it can be found whatever is showing now.
        m_language.combo->setItemText(
            row, app::LanguageManager::nativeName(m_language.combo->itemData(row).toString()));
    }
    m_theme.label->setText(tr("&Theme"));
    m_theme.combo->setAccessibleName(tr("Theme"));
    m_theme.combo->setItemText(0, tr("Follow the system"));
    m_theme.combo->setItemText(1, tr("Light"));
    m_theme.combo->setItemText(2, tr("Dark"));
    selectCurrent(m_language);
    selectCurrent(m_theme);
}

void AppearanceSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SettingsCard::changeEvent(event);
}

} // namespace vt::ui
