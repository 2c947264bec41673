#include "RecordingPlayer.h"

#include "TranscriptModel.h"

#include <QAudioOutput>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QUrl>

#include <utility>

namespace vt::ui {

RecordingPlayer::RecordingPlayer(const QString& prefix, QWidget* parent)
    : QWidget(parent)
    , m_prefix(prefix)
    , m_play(new QPushButton)
    , m_position(new QSlider(Qt::Horizontal))
    , m_time(new QLabel)
{
    const auto name = [&prefix](const char* base) {
        QString n = QString::fromLatin1(base);
        if (!prefix.isEmpty())
            n[0] = n[0].toUpper();
        return prefix + n;
    };
    m_play->setObjectName(name("playButton"));
    m_position->setObjectName(name("playerPosition"));
    m_position->setRange(0, 0);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_play);
    row->addWidget(m_position, 1);
    row->addWidget(m_time);
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (!ensurePlayer())
            return;
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->pause();
        else
            m_player->play();
    });
    connect(m_position, &QSlider::sliderMoved, this, [this](int ms) {
        if (ensurePlayer())
            m_player->setPosition(ms);
    });
    update();
}

RecordingPlayer::~RecordingPlayer()
{
    stop();
}

void RecordingPlayer::setRecording(const QString& path, qint64 durationMs, const QString& why)
{
    stop();
    m_path = path;
    m_why = why;
    m_durationMs = durationMs;
    m_position->setRange(0, int(durationMs));
    m_position->setValue(0);
    update();
}

bool RecordingPlayer::ensurePlayer()
{
    if (m_path.isEmpty())
        return false;
    const QUrl source = QUrl::fromLocalFile(m_path);
    if (m_player) {
        if (m_player->source() != source)
            m_player->setSource(source);
        return true;
    }
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    QString name = QStringLiteral("recordingPlayer");
    if (!m_prefix.isEmpty())
        name = m_prefix + QStringLiteral("RecordingPlayer");
    m_player->setObjectName(name);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::durationChanged, this,
        [this](qint64 ms) { m_position->setRange(0, int(ms)); });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        update();
        Q_EMIT positionChanged(ms);
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &RecordingPlayer::update);
    connect(m_player, &QMediaPlayer::seekableChanged, this, &RecordingPlayer::onSeekable);
    m_player->setSource(source);
    return true;
}

void RecordingPlayer::playFrom(qint64 ms)
{
    if (!ensurePlayer())
        return;
    if (!m_player->isSeekable()) {
        // A seek is lost until the file is prerolled: pause() prerolls it, and onSeekable()
        // seeks and plays once it can.
        m_pendingMs = ms;
        m_player->pause();
        return;
    }
    m_pendingMs = -1;
    m_player->setPosition(ms);
    m_player->play();
}

void RecordingPlayer::onSeekable(bool seekable)
{
    if (!seekable || m_pendingMs < 0)
        return;
    m_player->setPosition(std::exchange(m_pendingMs, -1));
    m_player->play();
}

void RecordingPlayer::stop()
{
    m_pendingMs = -1;
    if (m_player)
        m_player->stop();
}

void RecordingPlayer::update()
{
    using app::TranscriptModel;
    const bool playing = m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
    const qint64 pos = m_player ? m_player->position() : 0;
    const qint64 length
        = m_player && m_player->duration() > 0 ? m_player->duration() : m_durationMs;
    if (!m_position->isSliderDown())
        m_position->setValue(int(pos));
    m_play->setText(playing ? tr("Pause") : tr("Play recording"));
    m_play->setEnabled(!m_path.isEmpty());
    m_position->setEnabled(!m_path.isEmpty());
    m_time->setText(m_path.isEmpty() && !m_why.isEmpty()
            ? m_why
            : QStringLiteral("%1 / %2").arg(
                TranscriptModel::clock(pos), TranscriptModel::clock(length)));
    m_position->setAccessibleName(tr("Recording position"));
}

void RecordingPlayer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace vt::ui
