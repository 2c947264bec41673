#pragma once

#include "SettingsCard.h"

class QLabel;
class QLineEdit;

namespace vt::app {
class Settings;
}

namespace vt::ui {

class PolicyLockNote;
class ToneLabel;

// Settings ▸ Platform: the address of the organisation's training platform, checked while
// typing (https required except for this computer) and saved when editing finishes and the
// address is acceptable. Empty means the embedded local platform.
class PlatformSection final : public SettingsCard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformSection)

public:
    explicit PlatformSection(app::Settings& settings, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void validate();
    void commit();
    void showFeedback(const QString& text, bool isError);

    app::Settings& m_settings;
    QLabel* m_label;
    QLineEdit* m_url;
    ToneLabel* m_hint;
    ToneLabel* m_feedback;
    PolicyLockNote* m_lock;
};

} // namespace vt::ui
