#pragma once

#include <QScrollArea>

#include <functional>

class QLabel;

namespace vt::app {
class AudioDeviceCatalog;
class Settings;
} // namespace vt::app

namespace vt::ui {

// The Settings page: audio devices, platform, appearance, about; one scrolling column.
class SettingsPage final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    // `aiKeyStore` keeps the AI prospect server's key (AiProspectSection).
    SettingsPage(app::Settings& settings, app::AudioDeviceCatalog& devices,
        std::function<void(const QString&, std::function<void(const QString&)>)> aiKeyStore,
        QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
};

} // namespace vt::ui
