#pragma once

#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;

namespace vt::ui {

// A call recording's controls: play/pause, a position slider, the time. The media player is
// created on first use (the media backend takes ~0.1 s to start), so a screen that shows a
// recording costs nothing until it is played. Object names start with `prefix` ("" gives
// playButton, playerPosition, recordingPlayer).
class RecordingPlayer final : public QWidget {
    Q_OBJECT

public:
    explicit RecordingPlayer(const QString& prefix = {}, QWidget* parent = nullptr);
    ~RecordingPlayer() override;

    // The file to play (stops what played); empty: nothing to play, `why` says so.
    void setRecording(const QString& path, qint64 durationMs, const QString& why = {});
    bool hasRecording() const { return !m_path.isEmpty(); }
    // Plays from `ms` (once the file is prerolled: a seek before that would be lost).
    void playFrom(qint64 ms);
    void stop();
    // nullptr until first played.
    QMediaPlayer* player() const { return m_player; }

Q_SIGNALS:
    // The playback position moved (while playing, or after a seek).
    void positionChanged(qint64 ms);

protected:
    void changeEvent(QEvent* event) override;

private:
    bool ensurePlayer();
    void update();
    void onSeekable(bool seekable);

    QString m_prefix;
    QString m_path;
    QString m_why;
    qint64 m_durationMs = 0;
    qint64 m_pendingMs = -1; // a seek asked for before the media was loaded
    QPushButton* m_play;
    QSlider* m_position;
    QLabel* m_time;
    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_output = nullptr;
};

} // namespace vt::ui
