#pragma once

#include "AudioDeviceListModel.h"
#include "SettingsCard.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace vt::app {
class AudioDeviceCatalog;
class Settings;
} // namespace vt::app

namespace vt::ui {

class PolicyLockNote;
class ToneLabel;

// Settings ▸ Audio: microphone and speaker pickers over the real PortAudio devices, chosen
// by name, and a rescan button.
class AudioDevicesSection final : public SettingsCard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudioDevicesSection)

public:
    AudioDevicesSection(
        app::Settings& settings, app::AudioDeviceCatalog& catalog, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Picker {
        QString key;
        app::AudioDeviceListModel* model;
        QLabel* label;
        QComboBox* combo;
        PolicyLockNote* lock;
    };
    Picker makePicker(const QString& key, app::AudioDeviceListModel::Direction direction,
        const QString& objectName);
    void selectChosen(const Picker& picker);
    void retranslate();
    void updateStatus();
    void updateIcons();

    app::Settings& m_settings;
    app::AudioDeviceCatalog& m_catalog;
    Picker m_input;
    Picker m_output;
    QPushButton* m_rescan;
    ToneLabel* m_status;
};

} // namespace vt::ui
