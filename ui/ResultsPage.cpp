#include "ResultsPage.h"

#include "AttemptResult.h"
#include "CallController.h"
#include "PracticeWidgets.h"
#include "ThemeController.h"
#include "ToneLabel.h"
#include "TranscriptView.h"

#include <QAudioOutput>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMediaPlayer>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace vt::ui {
namespace {

QString clockText(qint64 ms)
{
    return QStringLiteral("%1:%2").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

// A criterion: its label, a bar of its fraction, its points; evidence: the quote.
class BreakdownDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QFontMetrics fm(option.font);
        if (index.data(app::BreakdownModel::IsCriterion).toBool())
            return {200, 2 * fm.height() + 18};
        return {200, fm.height() + 10};
    }

    void paint(
        QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (!index.data(app::BreakdownModel::IsCriterion).toBool()) {
            QStyleOptionViewItem o(option);
            initStyleOption(&o, index);
            if (index.data(app::BreakdownModel::Missing).toBool())
                o.palette.setColor(QPalette::Text, errorTextColor(option.palette));
            else
                o.font.setItalic(true);
            o.text = o.fontMetrics.elidedText(
                index.data(Qt::DisplayRole).toString(), Qt::ElideRight, option.rect.width() - 12);
            p->save();
            if (option.state & QStyle::State_Selected)
                p->fillRect(option.rect, option.palette.color(QPalette::Highlight));
            p->setPen(option.state & QStyle::State_Selected
                    ? option.palette.color(QPalette::HighlightedText)
                    : o.palette.color(QPalette::Text));
            p->setFont(o.font);
            p->drawText(
                option.rect.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, o.text);
            if (option.state & QStyle::State_HasFocus) {
                p->setPen(QPen(option.palette.color(QPalette::Highlight), 1, Qt::DashLine));
                p->drawRect(option.rect.adjusted(0, 0, -1, -1));
            }
            p->restore();
            return;
        }
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QPalette& pal = option.palette;
        if (option.state & QStyle::State_Selected)
            p->fillRect(option.rect, pal.color(QPalette::AlternateBase));
        const QFontMetrics fm(option.font);
        const QRect r = option.rect.adjusted(4, 5, -8, -5);
        QFont bold = option.font;
        bold.setBold(true);
        const QString points
            = QStringLiteral("%1 / %2")
                  .arg(index.data(app::BreakdownModel::Points).toDouble(), 0, 'f', 1)
                  .arg(index.data(app::BreakdownModel::MaxPoints).toDouble(), 0, 'f', 1);
        const int pointsWidth = fm.horizontalAdvance(points) + 8;
        p->setFont(bold);
        p->setPen(pal.color(QPalette::Text));
        p->drawText(QRect(r.left(), r.top(), r.width() - pointsWidth, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(
                index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width() - pointsWidth));
        p->setFont(option.font);
        p->drawText(QRect(r.right() - pointsWidth, r.top(), pointsWidth, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, points);
        // The bar's length is the criterion's weight; its fill, the points earned.
        const double max = index.data(app::BreakdownModel::MaxPoints).toDouble();
        const double fraction = index.data(app::BreakdownModel::Fraction).toDouble();
        const qreal full = r.width() * std::clamp(max / 40.0, 0.15, 1.0);
        const QRectF track(r.left(), r.top() + fm.height() + 5, full, 7);
        p->setPen(Qt::NoPen);
        p->setBrush(pal.color(QPalette::Mid));
        p->drawRoundedRect(track, 3.5, 3.5);
        if (fraction > 0) {
            p->setBrush(toneColor(pal,
                fraction >= 0.999
                    ? QStringLiteral("good")
                    : (fraction >= 0.5 ? QStringLiteral("warn") : QStringLiteral("bad"))));
            p->drawRoundedRect(
                QRectF(track.left(), track.top(), std::max(7.0, track.width() * fraction), 7), 3.5,
                3.5);
        }
        const QString detail
            = QStringLiteral("%1 · %2").arg(index.data(app::BreakdownModel::ValueText).toString(),
                index.data(app::BreakdownModel::TargetText).toString());
        p->setPen(hintTextColor(pal));
        p->drawText(QRectF(track.right() + 8, track.top() - fm.height() / 2.0 + 3,
                        r.right() - track.right() - 8, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(detail, Qt::ElideRight, int(r.right() - track.right() - 8)));
        if (option.state & QStyle::State_HasFocus) {
            p->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
            p->setBrush(Qt::NoBrush);
            p->drawRect(option.rect.adjusted(0, 0, -1, -1));
        }
        p->restore();
    }
};

} // namespace

ResultsPage::ResultsPage(QWidget* parent)
    : QWidget(parent)
    , m_breakdown(new app::BreakdownModel(this))
    , m_transcriptModel(new app::TranscriptModel(this))
    , m_title(makeHeading(QStringLiteral("resultTitle"), 1.4))
    , m_score(makeHeading(QStringLiteral("resultScore"), 2.6))
    , m_verdict(new Pill)
    , m_summary(new QLabel)
    , m_sync(new ToneLabel(ToneLabel::Tone::Hint))
    , m_breakdownTitle(makeHeading(QStringLiteral("breakdownTitle"), 1.1))
    , m_tree(new QTreeView)
    , m_kpiTitle(makeHeading(QStringLiteral("resultKpiTitle"), 1.1))
    , m_kpis(new QLabel)
    , m_tipsTitle(makeHeading(QStringLiteral("tipsTitle"), 1.1))
    , m_tips(new QLabel)
    , m_transcriptTitle(makeHeading(QStringLiteral("resultTranscriptTitle"), 1.1))
    , m_transcript(new TranscriptView)
    , m_play(new QPushButton)
    , m_position(new QSlider(Qt::Horizontal))
    , m_time(new QLabel)
    , m_again(new QPushButton)
    , m_home(new QPushButton)
    , m_player(nullptr)
    , m_output(nullptr)
{
    setObjectName(QStringLiteral("resultsPage"));
    m_verdict->setObjectName(QStringLiteral("resultVerdict"));
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_sync->setObjectName(QStringLiteral("resultSync"));
    m_tree->setObjectName(QStringLiteral("breakdownView"));
    m_kpis->setObjectName(QStringLiteral("resultKpis"));
    m_tips->setObjectName(QStringLiteral("tipsLabel"));
    m_transcript->setObjectName(QStringLiteral("resultTranscript"));
    m_play->setObjectName(QStringLiteral("playButton"));
    m_position->setObjectName(QStringLiteral("playerPosition"));
    m_again->setObjectName(QStringLiteral("tryAgainButton"));
    m_home->setObjectName(QStringLiteral("backHomeButton"));
    for (QLabel* l : {m_summary, m_kpis, m_tips, static_cast<QLabel*>(m_sync)})
        l->setWordWrap(true);
    m_tree->setModel(m_breakdown);
    m_tree->setItemDelegate(new BreakdownDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setMinimumHeight(220);
    m_transcript->setModel(m_transcriptModel);
    m_position->setRange(0, 0);

    auto* header = new QHBoxLayout;
    auto* headerText = new QVBoxLayout;
    headerText->addWidget(m_title);
    headerText->addWidget(m_summary);
    headerText->addWidget(m_sync);
    header->addLayout(headerText, 1);
    header->addWidget(m_verdict, 0, Qt::AlignVCenter);
    header->addWidget(m_score, 0, Qt::AlignVCenter);

    auto* left = new QVBoxLayout;
    left->addWidget(m_breakdownTitle);
    left->addWidget(m_tree, 3);
    left->addWidget(m_kpiTitle);
    left->addWidget(m_kpis);
    left->addWidget(m_tipsTitle);
    left->addWidget(m_tips);

    auto* playerRow = new QHBoxLayout;
    playerRow->addWidget(m_play);
    playerRow->addWidget(m_position, 1);
    playerRow->addWidget(m_time);
    auto* right = new QVBoxLayout;
    right->addWidget(m_transcriptTitle);
    right->addWidget(m_transcript, 1);
    right->addLayout(playerRow);

    auto* body = new QHBoxLayout;
    body->setSpacing(20);
    body->addLayout(left, 1);
    body->addLayout(right, 1);

    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_home);
    actions->addWidget(m_again);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    layout->addLayout(actions);

    connect(m_tree, &QTreeView::activated, this, &ResultsPage::onEvidence);
    connect(m_tree, &QTreeView::clicked, this, &ResultsPage::onEvidence);
    connect(m_transcript, &QListView::activated, this, [this](const QModelIndex& index) {
        seekTo(index.data(app::TranscriptModel::StartMs).toLongLong());
    });
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
    connect(m_again, &QPushButton::clicked, this, [this] {
        if (m_player)
            m_player->stop();
        Q_EMIT tryAgain();
    });
    connect(m_home, &QPushButton::clicked, this, [this] {
        if (m_player)
            m_player->stop();
        Q_EMIT backHome();
    });
    retranslate();
}

ResultsPage::~ResultsPage()
{
    if (m_player)
        m_player->stop();
}

bool ResultsPage::ensurePlayer()
{
    if (m_recording.isEmpty())
        return false;
    if (m_player) {
        if (m_player->source() != QUrl::fromLocalFile(m_recording))
            m_player->setSource(QUrl::fromLocalFile(m_recording));
        return true;
    }
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setObjectName(QStringLiteral("recordingPlayer"));
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::durationChanged, this,
        [this](qint64 ms) { m_position->setRange(0, int(ms)); });
    connect(m_player, &QMediaPlayer::positionChanged, this, &ResultsPage::updatePlayer);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &ResultsPage::updatePlayer);
    m_player->setSource(QUrl::fromLocalFile(m_recording));
    return true;
}

void ResultsPage::showResult(app::CallController* call)
{
    if (m_call)
        disconnect(m_call, nullptr, this, nullptr);
    m_call = call;
    m_feedback.clear();
    if (m_player)
        m_player->stop();
    m_recording.clear();
    if (call) {
        connect(call, &app::CallController::syncChanged, this, &ResultsPage::updateSync);
        connect(call, &QObject::destroyed, this, [this] { m_call = nullptr; });
        const app::AttemptResult& r = call->result();
        m_breakdown->setCriteria(r.criteria);
        m_transcriptModel->setLines(r.transcript);
        // The player loads it on first use: creating the media backend takes ~0.1 s.
        m_recording = r.recordingPath;
        m_position->setRange(0, int(r.durationMs));
        m_position->setValue(0);
    }
    fill();
}

void ResultsPage::setFeedback(const QString& attemptId, const QString& summary)
{
    if (m_call && m_call->result().attemptId == attemptId) {
        m_feedback = summary;
        fill();
    }
}

void ResultsPage::fill()
{
    if (!m_call)
        return;
    const app::AttemptResult& r = m_call->result();
    m_title->setText(r.scenarioTitle.isEmpty() ? tr("Your results") : r.scenarioTitle);
    if (r.hasScore) {
        m_score->setText(QString::number(r.score));
        m_score->setAccessibleName(tr("Score %1 of 100").arg(r.score));
        m_verdict->setText(r.passed ? tr("Passed") : tr("Not passed yet"));
        m_verdict->setTone(r.passed ? QStringLiteral("good") : QStringLiteral("bad"));
    } else {
        m_score->setText(QStringLiteral("–"));
        m_score->setAccessibleName(tr("No score"));
        m_verdict->setText(tr("Not scored"));
        m_verdict->setTone(QStringLiteral("neutral"));
    }
    QStringList summary;
    if (r.hasScore)
        summary.append(tr("Pass mark %1.").arg(r.passThreshold));
    summary.append(r.endedText());
    summary.append(tr("%1 long.").arg(clockText(r.durationMs)));
    if (r.latencyP50Ms)
        summary.append(tr("The prospect answered in %1 s on average.")
                           .arg(double(*r.latencyP50Ms) / 1000.0, 0, 'f', 1));
    m_summary->setText(summary.join(QLatin1Char(' ')));

    QStringList kpis;
    for (const app::KpiLine& k : r.kpis) {
        const QString mark = k.target.isEmpty()
            ? QStringLiteral("·")
            : (k.onTarget ? QStringLiteral("✔") : QStringLiteral("✘"));
        kpis.append(k.target.isEmpty()
                ? tr("%1 %2: <b>%3</b>").arg(mark, k.name.toHtmlEscaped(), k.value.toHtmlEscaped())
                : tr("%1 %2: <b>%3</b> (target: %4)")
                      .arg(mark, k.name.toHtmlEscaped(), k.value.toHtmlEscaped(),
                          k.target.toHtmlEscaped()));
    }
    m_kpis->setText(kpis.join(QStringLiteral("<br>")));

    if (!m_feedback.isEmpty()) {
        m_tipsTitle->setText(tr("Feedback"));
        m_tips->setText(m_feedback.toHtmlEscaped());
    } else {
        m_tipsTitle->setText(tr("How to improve"));
        QStringList tips;
        for (const QString& t : r.tips)
            tips.append(QStringLiteral("• ") + t.toHtmlEscaped());
        m_tips->setText(tips.isEmpty()
                ? (r.hasScore ? tr("Full marks on every criterion. Try a harder scenario.")
                              : QString())
                : tips.join(QStringLiteral("<br>")));
    }
    m_tree->expandToDepth(-1);
    m_tree->collapseAll();
    updateSync();
    updatePlayer();
}

void ResultsPage::updateSync()
{
    if (!m_call)
        return;
    m_sync->setText(m_call->result().failure.isEmpty()
            ? m_call->syncText()
            : m_call->result().failure + QLatin1Char(' ') + m_call->syncText());
    m_sync->setTone(m_call->isSynced() ? ToneLabel::Tone::Hint : ToneLabel::Tone::Normal);
}

void ResultsPage::onEvidence(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    if (index.data(app::BreakdownModel::IsCriterion).toBool()) {
        m_tree->setExpanded(index, !m_tree->isExpanded(index));
        return;
    }
    if (index.data(app::BreakdownModel::Missing).toBool())
        return;
    seekTo(index.data(app::BreakdownModel::StartMs).toLongLong(),
        index.data(app::BreakdownModel::UtteranceId).toString());
}

void ResultsPage::seekTo(qint64 ms, const QString& utteranceId)
{
    int row = utteranceId.isEmpty() ? -1 : m_transcriptModel->rowOf(utteranceId);
    if (row < 0)
        row = m_transcriptModel->rowAt(ms);
    m_transcript->showRow(row);
    if (!ensurePlayer())
        return;
    m_player->setPosition(ms);
    m_player->play();
}

void ResultsPage::updatePlayer()
{
    if (!m_player) {
        m_play->setText(tr("Play recording"));
        m_play->setEnabled(!m_recording.isEmpty());
        m_time->setText(QStringLiteral("%1 / %2").arg(
            clockText(0), clockText(m_call ? m_call->result().durationMs : 0)));
        return;
    }
    const qint64 pos = m_player->position();
    if (!m_position->isSliderDown())
        m_position->setValue(int(pos));
    m_time->setText(QStringLiteral("%1 / %2").arg(clockText(pos), clockText(m_player->duration())));
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_play->setText(playing ? tr("Pause") : tr("Play recording"));
    m_play->setEnabled(!m_recording.isEmpty());
}

void ResultsPage::retranslate()
{
    m_breakdownTitle->setText(
        tr("Score breakdown — select a criterion to see the moments behind it"));
    m_tree->setAccessibleName(tr("Score breakdown"));
    m_kpiTitle->setText(tr("Your numbers"));
    m_transcriptTitle->setText(tr("Transcript"));
    m_transcript->setAccessibleName(tr("Transcript of the call"));
    m_position->setAccessibleName(tr("Recording position"));
    m_again->setText(tr("Try again"));
    m_home->setText(tr("Back to assignments"));
    fill();
    updatePlayer();
}

void ResultsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_call) {
            m_call->retranslateResult();
            m_breakdown->setCriteria(m_call->result().criteria);
        }
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace vt::ui
