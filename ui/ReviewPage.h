#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace vt::app {
class AttemptReview;
class BreakdownModel;
class TranscriptModel;
} // namespace vt::app

namespace vt::ui {

class BreakdownView;
class CallTimeline;
class Pill;
class RecordingPlayer;
class ToneLabel;
class TranscriptView;

// One attempt reviewed: the score and how the call went; the timeline of both speakers with
// its moments (a click seeks the recording there); the recording, whose playback highlights
// the line being said; the breakdown with its evidence, the numbers and the reply latency;
// the moments as a list; comments at their lines, and for managers a box to add one (queued
// offline). The transcript beside it all.
class ReviewPage final : public QWidget {
    Q_OBJECT

public:
    explicit ReviewPage(QWidget* parent = nullptr);
    ~ReviewPage() override;

    // Shows `review` (loading it), selecting the line `utteranceId` once loaded.
    void showReview(std::unique_ptr<app::AttemptReview> review, const QString& utteranceId = {});
    app::AttemptReview* review() const { return m_review.get(); }
    CallTimeline* timeline() const { return m_timeline; }
    RecordingPlayer* player() const { return m_player; }
    // Seeks the recording to `ms` and selects the line said then.
    void seekTo(qint64 ms, const QString& utteranceId = {});
    // Writes the one-page PDF report of the attempt; an error sentence, or empty.
    QString exportPdf(const QString& path) const;

Q_SIGNALS:
    void back();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void fillMoments();
    void fillComments();
    void updateRecording();
    void updateCommentTarget();
    void onPosition(qint64 ms);
    void sendComment();
    void retranslate();

    std::unique_ptr<app::AttemptReview> m_review;
    QString m_focusUtterance;
    app::BreakdownModel* m_breakdown;
    app::TranscriptModel* m_transcriptModel;
    QPushButton* m_back;
    QPushButton* m_pdf;
    QLabel* m_title;
    QLabel* m_summary;
    ToneLabel* m_status;
    Pill* m_verdict;
    QLabel* m_score;
    CallTimeline* m_timeline;
    RecordingPlayer* m_player;
    QTabWidget* m_tabs;
    BreakdownView* m_tree;
    QLabel* m_numbers;
    QListWidget* m_moments;
    QListWidget* m_comments;
    QLabel* m_commentTarget;
    QPlainTextEdit* m_commentText;
    QPushButton* m_commentSend;
    ToneLabel* m_commentError;
    QLabel* m_transcriptTitle;
    TranscriptView* m_transcript;
    int m_playingRow = -1;
};

} // namespace vt::ui
