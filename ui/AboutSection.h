#pragma once

#include "SettingsCard.h"

class QLabel;
class QPushButton;

namespace vt::ui {

// Settings ▸ About: the version report (app, commit, library versions) to copy into a
// support request, and where the log files are.
class AboutSection final : public SettingsCard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutSection)

public:
    explicit AboutSection(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateIcons();

    QLabel* m_versions;
    QPushButton* m_copy;
    QLabel* m_logLabel;
    QLabel* m_logPath;
    QPushButton* m_openLogs;
};

} // namespace vt::ui
