#pragma once

#include <QWidget>

class QLabel;

namespace vt::app {
class Settings;
}

namespace vt::ui {

class ToneLabel;

// Under a control whose setting the managed policy locks: a lock and "Managed by your
// organisation", with the policy's location in the tooltip. Hidden when the key is not locked.
class PolicyLockNote final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyLockNote)

public:
    PolicyLockNote(const app::Settings& settings, const QString& key, QWidget* parent = nullptr);

    bool isLocked() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateIcon();

    const app::Settings& m_settings;
    QString m_key;
    QLabel* m_icon;
    ToneLabel* m_text;
};

} // namespace vt::ui
