#include "ResultsPage.h"

#include "AttemptResult.h"
#include "BreakdownView.h"
#include "CallController.h"
#include "PracticeWidgets.h"
#include "RecordingPlayer.h"
#include "ThemeController.h"
#include "ToneLabel.h"
#include "TranscriptView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vt::ui {
namespace {

QString clockText(qint64 ms)
{
    return app::TranscriptModel::clock(ms);
}

} // namespace

ResultsPage::ResultsPage(QWidget* parent)
    : QWidget(parent)
    , m_breakdown(new app::BreakdownModel(this))
    , m_transcriptModel(new app::TranscriptModel(this))
    , m_title(makeHeading(QStringLiteral("resultTitle"), 1.4))
    , m_score(makeHeading(QStringLiteral("resultScore"), 2.6))
    , m_verdict(named<Pill>("resultVerdict"))
    , m_summary(named<QLabel>("resultSummary"))
    , m_sync(named<ToneLabel>("resultSync", ToneLabel::Tone::Hint))
    , m_breakdownTitle(makeHeading(QStringLiteral("breakdownTitle"), 1.1))
    , m_tree(named<BreakdownView>("breakdownView"))
    , m_kpiTitle(makeHeading(QStringLiteral("resultKpiTitle"), 1.1))
    , m_kpis(named<QLabel>("resultKpis"))
    , m_tipsTitle(makeHeading(QStringLiteral("tipsTitle"), 1.1))
    , m_tips(named<QLabel>("tipsLabel"))
    , m_transcriptTitle(makeHeading(QStringLiteral("resultTranscriptTitle"), 1.1))
    , m_transcript(named<TranscriptView>("resultTranscript"))
    , m_player(new RecordingPlayer)
    , m_again(named<QPushButton>("tryAgainButton"))
    , m_home(named<QPushButton>("backHomeButton"))
{
    setObjectName(QStringLiteral("resultsPage"));
    for (QLabel* l : {m_summary, m_kpis, m_tips, static_cast<QLabel*>(m_sync)})
        l->setWordWrap(true);
    m_tree->setModel(m_breakdown);
    m_tree->setMinimumHeight(220);
    m_transcript->setModel(m_transcriptModel);
    m_transcript->setLive(false);

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
    // Without a breakdown (a call not scored), the rest sits at the top, not spread out.
    left->addStretch();

    auto* right = new QVBoxLayout;
    right->addWidget(m_transcriptTitle);
    right->addWidget(m_transcript, 1);
    right->addWidget(m_player);

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

    connect(m_tree, &BreakdownView::evidenceActivated, this,
        [this](qint64 ms, const QString& utteranceId) { seekTo(ms, utteranceId); });
    connect(m_transcript, &QListView::activated, this, [this](const QModelIndex& index) {
        seekTo(index.data(app::TranscriptModel::StartMs).toLongLong());
    });
    connect(m_again, &QPushButton::clicked, this, [this] {
        m_player->stop();
        Q_EMIT tryAgain();
    });
    connect(m_home, &QPushButton::clicked, this, [this] {
        m_player->stop();
        Q_EMIT backHome();
    });
    retranslate();
}

ResultsPage::~ResultsPage() = default;

QMediaPlayer* ResultsPage::player() const
{
    return m_player->player();
}

void ResultsPage::showResult(app::CallController* call)
{
    if (m_call)
        disconnect(m_call, nullptr, this, nullptr);
    m_call = call;
    m_feedback.clear();
    m_player->setRecording({}, 0);
    if (call) {
        connect(call, &app::CallController::syncChanged, this, &ResultsPage::updateSync);
        connect(call, &QObject::destroyed, this, [this] { m_call = nullptr; });
        const app::AttemptResult& r = call->result();
        m_breakdown->setCriteria(r.criteria);
        m_transcriptModel->setLines(r.transcript);
        m_player->setRecording(r.recordingPath, r.durationMs);
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
    if (r.tooLittleSpeech)
        summary.append(r.notScoredText());
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

    // A call too short to judge has no breakdown to read, and one piece of advice.
    m_breakdownTitle->setVisible(!r.tooLittleSpeech);
    m_tree->setVisible(!r.tooLittleSpeech);
    if (r.tooLittleSpeech) {
        m_tipsTitle->setText(tr("How to improve"));
        m_tips->setText(tr("Say hello, introduce yourself, give your disclosures and ask what "
                           "matters to the prospect: the call is scored once there is enough to "
                           "judge. If the call page said it could not hear you, check your "
                           "microphone first (Settings → Audio).")
                            .toHtmlEscaped());
    } else if (!m_feedback.isEmpty()) {
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

void ResultsPage::seekTo(qint64 ms, const QString& utteranceId)
{
    int row = utteranceId.isEmpty() ? -1 : m_transcriptModel->rowOf(utteranceId);
    if (row < 0)
        row = m_transcriptModel->rowAt(ms);
    m_transcript->showRow(row);
    m_player->playFrom(ms);
}

void ResultsPage::retranslate()
{
    m_breakdownTitle->setText(
        tr("Score breakdown — select a criterion to see the moments behind it"));
    m_tree->setAccessibleName(tr("Score breakdown"));
    m_kpiTitle->setText(tr("Your numbers"));
    m_transcriptTitle->setText(tr("Transcript"));
    m_transcript->setAccessibleName(tr("Transcript of the call"));
    m_again->setText(tr("Try again"));
    m_home->setText(tr("Back to assignments"));
    fill();
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
