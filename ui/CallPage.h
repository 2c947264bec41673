#pragma once

#include "Speaker.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QMessageBox;
class QPushButton;
class QVBoxLayout;

namespace vt::app {
class CallController;
class Settings;
} // namespace vt::app

namespace vt::ui {

class FractionBar;
class LevelMeter;
class Pill;
class TranscriptView;

// The call: its phase and timer, the persona with a speaking indicator, the live transcript,
// the two levels, mute and end (confirmed), the live score (criteria, required phrases,
// objections, goal) beside a KPI strip, one gentle nudge at a time, and the turn latency.
// Ctrl+M mutes, Ctrl+E ends; with push to talk on, the microphone is live only while Space is
// held. New final lines are announced to screen readers.
class CallPage final : public QWidget {
    Q_OBJECT

public:
    explicit CallPage(app::Settings& settings, QWidget* parent = nullptr);
    ~CallPage() override;

    // Shows this call (not owned); nullptr detaches.
    void setCall(app::CallController* call);
    // Asks to end the call (Ctrl+E, the button): a confirmation first.
    void requestEnd();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyMute();
    void updatePhase();
    void updateLive();
    void updateClock();
    void announce(app::Speaker speaker, const QString& text);
    void showNudge(const QString& text);
    void retranslate();

    app::Settings& m_settings;
    QPointer<app::CallController> m_call;
    QCheckBox* m_ptt;
    bool m_spaceHeld = false;
    QLabel* m_persona;
    Pill* m_speaking;
    Pill* m_engine; // "AI prospect" or "Practice script"
    Pill* m_phase;
    QLabel* m_clock;
    QLabel* m_latency;
    QPushButton* m_mute;
    QPushButton* m_end;
    TranscriptView* m_transcript;
    QLabel* m_youLabel;
    LevelMeter* m_micMeter;
    QLabel* m_prospectLabel;
    LevelMeter* m_agentMeter;
    QLabel* m_nudge;
    QLabel* m_audioLost;
    QLabel* m_micSilent; // while the devices are being reopened
    QLabel* m_announcer;
    QLabel* m_scoreTitle;
    QLabel* m_score;
    QGridLayout* m_criteria;
    QLabel* m_checklist;
    QLabel* m_kpis;
    QLabel* m_kpiTitle;
    QTimer m_tick;
    QTimer m_nudgeHide;
    QPointer<QMessageBox> m_confirm;
};

} // namespace vt::ui
