#pragma once

#include "SettingsCard.h"

class QComboBox;
class QLabel;

namespace vt::app {
class Settings;
}

namespace vt::ui {

class PolicyLockNote;

// Settings ▸ Appearance: interface language and colour theme, both applied immediately.
class AppearanceSection final : public SettingsCard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearanceSection)

public:
    explicit AppearanceSection(app::Settings& settings, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Choice {
        QString key;
        QLabel* label;
        QComboBox* combo;
        PolicyLockNote* lock;
    };
    Choice makeChoice(const QString& key, const QString& objectName);
    void retranslate();
    void selectCurrent(const Choice& choice);

    app::Settings& m_settings;
    Choice m_language;
    Choice m_theme;
};

} // namespace vt::ui
