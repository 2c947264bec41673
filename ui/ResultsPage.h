#pragma once

#include <QWidget>

class QLabel;
class QMediaPlayer;
class QPushButton;

namespace vt::app {
class BreakdownModel;
class CallController;
class TranscriptModel;
} // namespace vt::app

namespace vt::ui {

class BreakdownView;
class Pill;
class RecordingPlayer;
class ToneLabel;
class TranscriptView;

// After the call: the score against the pass mark, the breakdown as weighted bars (each
// criterion expands to its evidence: a quote scrolls the transcript to its line and plays
// the recording from there), the KPIs against their targets, feedback (the platform's, else
// tips from the weakest criteria), where the attempt stands with the platform, and "Try
// again" / "Back to assignments".
class ResultsPage final : public QWidget {
    Q_OBJECT

public:
    explicit ResultsPage(QWidget* parent = nullptr);
    ~ResultsPage() override;

    void showResult(app::CallController* call);
    void setFeedback(const QString& attemptId, const QString& summary);
    // Plays the recording from `ms` and shows the transcript line said then.
    void seekTo(qint64 ms, const QString& utteranceId = {});
    // nullptr until the recording is first played.
    QMediaPlayer* player() const;

Q_SIGNALS:
    void tryAgain();
    void backHome();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void updateSync();
    void retranslate();

    app::CallController* m_call = nullptr;
    app::BreakdownModel* m_breakdown;
    app::TranscriptModel* m_transcriptModel;
    QString m_feedback;
    QLabel* m_title;
    QLabel* m_score;
    Pill* m_verdict;
    QLabel* m_summary;
    ToneLabel* m_sync;
    QLabel* m_breakdownTitle;
    BreakdownView* m_tree;
    QLabel* m_kpiTitle;
    QLabel* m_kpis;
    QLabel* m_tipsTitle;
    QLabel* m_tips;
    QLabel* m_transcriptTitle;
    TranscriptView* m_transcript;
    RecordingPlayer* m_player;
    QPushButton* m_again;
    QPushButton* m_home;
};

} // namespace vt::ui
