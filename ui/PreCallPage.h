#pragma once

#include <QScrollArea>

class QLabel;
class QPushButton;

namespace vt::app {
class AudioDeviceCatalog;
class PreCallCheck;
class Settings;
} // namespace vt::app

namespace vt::ui {

class LevelMeter;
class ToneLabel;

// The pre-call check: the devices (the settings' pickers), the microphone's live level with
// advice, the speaker test turned into advice ("Speakers are fine" / "Use a headset"), then
// on to the call. Skippable once it passed today.
class PreCallPage final : public QScrollArea {
    Q_OBJECT

public:
    PreCallPage(
        app::Settings& settings, app::AudioDeviceCatalog& devices, QWidget* parent = nullptr);
    ~PreCallPage() override;

    // Starts listening to the microphone.
    void begin();
    // Closes the devices (the call opens them itself).
    void end();

Q_SIGNALS:
    void back();
    void proceed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();
    void retranslate();

    app::Settings& m_settings;
    app::PreCallCheck* m_check;
    QPushButton* m_back;
    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_micTitle;
    LevelMeter* m_meter;
    ToneLabel* m_micAdvice;
    QPushButton* m_micButton;
    QLabel* m_speakerTitle;
    ToneLabel* m_speakerAdvice;
    QPushButton* m_speakerButton;
    QPushButton* m_skip;
    QPushButton* m_continue;
};

} // namespace vt::ui
