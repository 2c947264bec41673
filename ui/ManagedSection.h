#pragma once

#include "SettingsCard.h"

#include <QList>

class QLabel;

namespace vt::app {
class Settings;
}

namespace vt::ui {

class ToneLabel;

// Settings ▸ Managed by your organisation: every setting IT's policy sets, with its value and
// what it does, including those with no control of their own on this page (the proxy, extra
// certificate authorities, practice on this computer). Hidden when no policy applies.
class ManagedSection final : public SettingsCard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagedSection)

public:
    explicit ManagedSection(const app::Settings& settings, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const app::Settings& m_settings;
    ToneLabel* m_intro;
    QList<QLabel*> m_keys;    // one per managed setting, in the registry's order
    QList<QLabel*> m_values;  // its value
    QList<ToneLabel*> m_help; // what it does
};

} // namespace vt::ui
