#include "ReviewPage.h"

#include "AttemptPdf.h"
#include "AttemptReview.h"
#include "BreakdownView.h"
#include "CallTimeline.h"
#include "PracticeWidgets.h"
#include "RecordingPlayer.h"
#include "ToneLabel.h"
#include "TranscriptView.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vt::ui {
namespace {

using app::TranscriptModel;

enum ItemRole : int { MsRole = Qt::UserRole + 1, UtteranceRole };

QListWidgetItem* momentItem(const QString& text, qint64 ms, const QString& utteranceId)
{
    auto* item = new QListWidgetItem(
        QStringLiteral("%1  %2").arg(TranscriptModel::clock(std::max<qint64>(0, ms)), text));
    item->setData(MsRole, ms);
    item->setData(UtteranceRole, utteranceId);
    item->setToolTip(text);
    return item;
}

} // namespace

ReviewPage::ReviewPage(QWidget* parent)
    : QWidget(parent)
    , m_breakdown(new app::BreakdownModel(this))
    , m_transcriptModel(new app::TranscriptModel(this))
    , m_back(named<QPushButton>("reviewBackButton"))
    , m_pdf(named<QPushButton>("reviewPdfButton"))
    , m_title(makeHeading(QStringLiteral("reviewTitle"), 1.4))
    , m_summary(named<QLabel>("reviewSummary"))
    , m_status(named<ToneLabel>("reviewStatus", ToneLabel::Tone::Hint))
    , m_verdict(named<Pill>("reviewVerdict"))
    , m_score(makeHeading(QStringLiteral("reviewScore"), 2.2))
    , m_timeline(named<CallTimeline>("reviewTimeline"))
    , m_player(new RecordingPlayer(QStringLiteral("review")))
    , m_tabs(named<QTabWidget>("reviewTabs"))
    , m_tree(named<BreakdownView>("reviewBreakdown"))
    , m_numbers(named<QLabel>("reviewNumbers"))
    , m_moments(named<QListWidget>("reviewMoments"))
    , m_comments(named<QListWidget>("reviewComments"))
    , m_commentTarget(named<QLabel>("reviewCommentTarget"))
    , m_commentText(named<QPlainTextEdit>("reviewCommentText"))
    , m_commentSend(named<QPushButton>("reviewCommentSend"))
    , m_commentError(named<ToneLabel>("reviewCommentError", ToneLabel::Tone::Error))
    , m_transcriptTitle(makeHeading(QStringLiteral("reviewTranscriptTitle"), 1.1))
    , m_transcript(named<TranscriptView>("reviewTranscript"))
{
    for (QLabel* l : {m_summary, m_numbers, m_commentTarget, static_cast<QLabel*>(m_status),
             static_cast<QLabel*>(m_commentError)})
        l->setWordWrap(true);
    m_numbers->setTextFormat(Qt::RichText);
    m_numbers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_tree->setModel(m_breakdown);
    m_transcript->setModel(m_transcriptModel);
    m_transcript->setLive(false);
    m_commentText->setTabChangesFocus(true);
    m_commentText->setMaximumHeight(90);
    m_comments->setWordWrap(true);
    m_moments->setUniformItemSizes(true);

    auto* header = new QHBoxLayout;
    auto* headerText = new QVBoxLayout;
    headerText->addWidget(m_title);
    headerText->addWidget(m_summary);
    headerText->addWidget(m_status);
    header->addWidget(m_back, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);
    header->addWidget(m_verdict, 0, Qt::AlignVCenter);
    header->addWidget(m_score, 0, Qt::AlignVCenter);
    header->addWidget(m_pdf, 0, Qt::AlignVCenter);

    auto* breakdownTab = new QWidget;
    auto* breakdownLayout = new QVBoxLayout(breakdownTab);
    breakdownLayout->addWidget(m_tree, 3);
    breakdownLayout->addWidget(m_numbers, 2);
    auto* commentsTab = new QWidget;
    auto* commentsLayout = new QVBoxLayout(commentsTab);
    commentsLayout->addWidget(m_comments, 1);
    commentsLayout->addWidget(m_commentTarget);
    commentsLayout->addWidget(m_commentText);
    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(m_commentError, 1);
    sendRow->addWidget(m_commentSend);
    commentsLayout->addLayout(sendRow);
    m_tabs->addTab(breakdownTab, QString());
    m_tabs->addTab(m_moments, QString());
    m_tabs->addTab(commentsTab, QString());

    auto* right = new QVBoxLayout;
    right->addWidget(m_transcriptTitle);
    right->addWidget(m_transcript, 1);
    auto* body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(m_tabs, 1);
    body->addLayout(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_timeline);
    layout->addWidget(m_player);
    layout->addLayout(body, 1);

    connect(m_back, &QPushButton::clicked, this, [this] {
        m_player->stop();
        Q_EMIT back();
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        if (!m_review)
            return;
        const QString name
            = QStringLiteral("%1 %2.pdf")
                  .arg(m_review->result().scenarioTitle.section(QLatin1Char(':'), 0, 0),
                      m_review->startedAt().toLocalTime().toString(
                          QStringLiteral("yyyy-MM-dd HH.mm")));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                + name,
            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        const QString error = exportPdf(path);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Save the report"), error);
    });
    connect(m_timeline, &CallTimeline::seekRequested, this, &ReviewPage::seekTo);
    connect(m_tree, &BreakdownView::evidenceActivated, this, &ReviewPage::seekTo);
    connect(m_transcript, &QListView::activated, this, [this](const QModelIndex& index) {
        seekTo(index.data(TranscriptModel::StartMs).toLongLong(),
            index.data(TranscriptModel::UtteranceId).toString());
    });
    for (QListWidget* list : {m_moments, m_comments}) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            if (item->data(MsRole).toLongLong() >= 0)
                seekTo(item->data(MsRole).toLongLong(), item->data(UtteranceRole).toString());
        });
    }
    connect(m_player, &RecordingPlayer::positionChanged, this, &ReviewPage::onPosition);
    connect(m_transcript->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ReviewPage::updateCommentTarget);
    connect(m_commentSend, &QPushButton::clicked, this, &ReviewPage::sendComment);
    retranslate();
}

ReviewPage::~ReviewPage()
{
    // The player (a child) stops as it goes, after this page's members are gone.
    disconnect(m_player, nullptr, this, nullptr);
    m_player->stop();
}

void ReviewPage::showReview(std::unique_ptr<app::AttemptReview> review, const QString& utteranceId)
{
    m_player->setRecording({}, 0);
    m_transcriptModel->setLines({}); // another attempt: no line of the last one to keep
    m_review = std::move(review);
    m_focusUtterance = utteranceId;
    m_commentText->clear();
    m_commentError->clear();
    m_tabs->setCurrentIndex(0);
    if (m_review) {
        connect(m_review.get(), &app::AttemptReview::changed, this, &ReviewPage::fill);
        connect(m_review.get(), &app::AttemptReview::recordingChanged, this,
            &ReviewPage::updateRecording);
        m_review->load();
    }
    fill();
}

void ReviewPage::fill()
{
    // A refill (a reload after a comment, the language changed) keeps the line the user is on.
    if (m_focusUtterance.isEmpty() && m_transcript->currentIndex().isValid())
        m_focusUtterance
            = m_transcript->currentIndex().data(TranscriptModel::UtteranceId).toString();
    const app::AttemptReview* r = m_review.get();
    const bool ready = r && r->state() == app::AttemptReview::State::Ready;
    m_pdf->setEnabled(ready);
    if (!r || r->state() == app::AttemptReview::State::Loading) {
        m_title->setText(tr("Loading the attempt…"));
        m_summary->clear();
        m_status->clear();
        m_verdict->hide();
        m_score->clear();
    } else if (!ready) {
        m_title->setText(tr("This attempt cannot be shown"));
        m_summary->setText(r->error());
        m_status->clear();
        m_verdict->hide();
        m_score->clear();
    }
    if (!ready) {
        m_breakdown->setCriteria({});
        m_transcriptModel->setLines({});
        m_timeline->setCall({}, {}, 0);
        m_moments->clear();
        m_comments->clear();
        m_numbers->clear();
        updateCommentTarget();
        return;
    }
    const app::AttemptResult& res = r->result();
    m_title->setText(res.scenarioTitle.isEmpty() ? tr("Attempt") : res.scenarioTitle);
    QStringList summary;
    if (!r->repName().isEmpty())
        summary.append(r->repName() + QLatin1Char('.'));
    summary.append(
        QLocale().toString(r->startedAt().toLocalTime(), QLocale::ShortFormat) + QLatin1Char('.'));
    summary.append(tr("%1 long.").arg(TranscriptModel::clock(res.durationMs)));
    if (!r->isOwn() && res.endedBy == QLatin1String("rep"))
        summary.append(tr("%1 ended the call.").arg(r->repName()));
    else if (!res.endedBy.isEmpty())
        summary.append(res.endedText());
    if (res.hasScore)
        summary.append(tr("Pass mark %1.").arg(res.passThreshold));
    if (res.tooLittleSpeech)
        summary.prepend(res.notScoredText());
    m_summary->setText(summary.join(QLatin1Char(' ')));
    if (r->onThisComputerOnly())
        m_status->setText(tr(
            "Saved on this computer; not on the platform yet, so this is your app's own score."));
    else if (r->syncedAt() > 0)
        m_status->setText(tr("Offline: as the platform had it on %1.")
                              .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(r->syncedAt()),
                                  QLocale::ShortFormat)));
    else
        m_status->clear();
    m_verdict->show();
    if (res.hasScore) {
        m_score->setText(QString::number(res.score));
        m_score->setAccessibleName(tr("Score %1 of 100").arg(res.score));
        m_verdict->setText(res.passed ? tr("Passed") : tr("Not passed"));
        m_verdict->setTone(res.passed ? QStringLiteral("good") : QStringLiteral("bad"));
    } else {
        m_score->setText(QStringLiteral("–"));
        m_score->setAccessibleName(tr("No score"));
        m_verdict->setText(tr("Not scored"));
        m_verdict->setTone(QStringLiteral("neutral"));
    }
    m_breakdown->setCriteria(res.criteria);
    // Someone else's call: their lines carry their first name, not "You".
    const QString rep = r->isOwn() ? QString() : r->repName().section(QLatin1Char(' '), 0, 0);
    m_transcript->setRepName(rep);
    m_timeline->setRepName(rep);
    m_transcriptModel->setLines(res.transcript);
    QList<app::ReviewMarker> markers = r->markers();
    for (const app::ReviewComment& c : r->comments()) {
        if (c.startMs >= 0)
            markers.append({app::ReviewMarker::Kind::Comment, c.startMs, c.utteranceId,
                QStringLiteral("%1: %2").arg(c.author, c.body)});
    }
    std::stable_sort(markers.begin(), markers.end(),
        [](const app::ReviewMarker& a, const app::ReviewMarker& b) { return a.ms < b.ms; });
    m_timeline->setCall(res.transcript, markers, res.durationMs);

    QStringList numbers;
    for (const app::KpiLine& k : res.kpis) {
        const QString mark = k.target.isEmpty()
            ? QStringLiteral("·")
            : (k.onTarget ? QStringLiteral("✔") : QStringLiteral("✘"));
        numbers.append(k.target.isEmpty()
                ? tr("%1 %2: <b>%3</b>").arg(mark, k.name.toHtmlEscaped(), k.value.toHtmlEscaped())
                : tr("%1 %2: <b>%3</b> (target: %4)")
                      .arg(mark, k.name.toHtmlEscaped(), k.value.toHtmlEscaped(),
                          k.target.toHtmlEscaped()));
    }
    if (res.latencyP50Ms) {
        QStringList each;
        for (qint64 ms : r->latencies())
            each.append(QString::number(double(ms) / 1000.0, 'f', 1));
        numbers.append(tr("· Reply latency: <b>%1 s</b> median, %2 s at worst (95th percentile); "
                          "each turn: %3 s")
                           .arg(double(*res.latencyP50Ms) / 1000.0, 0, 'f', 1)
                           .arg(double(r->latencyP95Ms().value_or(0)) / 1000.0, 0, 'f', 1)
                           .arg(each.join(QStringLiteral(", "))));
    }
    if (!r->feedback().isEmpty())
        numbers.append(tr("<b>Feedback:</b> %1").arg(r->feedback().toHtmlEscaped()));
    else if (!res.tips.isEmpty())
        numbers.append(tr("<b>How to improve:</b> %1").arg(res.tips.first().toHtmlEscaped()));
    m_numbers->setText(numbers.join(QStringLiteral("<br>")));
    fillMoments();
    fillComments();
    updateRecording();
    if (!m_focusUtterance.isEmpty()) {
        const int row = m_transcriptModel->rowOf(m_focusUtterance);
        m_transcript->showRow(row);
        m_focusUtterance.clear();
    }
    updateCommentTarget();
}

void ReviewPage::fillMoments()
{
    m_moments->clear();
    const app::AttemptReview* r = m_review.get();
    if (!r)
        return;
    for (const app::ReviewMarker& m : r->markers())
        m_moments->addItem(momentItem(app::ReviewMarkers::describe(m), m.ms, m.utteranceId));
    if (r->markers().isEmpty()) {
        auto* none = new QListWidgetItem(r->markersError().isEmpty()
                ? tr("No moments marked in this call.")
                : tr("Moments cannot be marked: %1").arg(r->markersError()));
        none->setData(MsRole, -1);
        m_moments->addItem(none);
    }
}

void ReviewPage::fillComments()
{
    m_comments->clear();
    const app::AttemptReview* r = m_review.get();
    if (!r)
        return;
    for (const app::ReviewComment& c : r->comments()) {
        QString text = tr("%1: %2").arg(c.author, c.body);
        if (c.waiting)
            text += QLatin1Char(' ') + tr("(waiting to be sent)");
        if (c.startMs >= 0) {
            m_comments->addItem(momentItem(text, c.startMs, c.utteranceId));
        } else {
            auto* item = new QListWidgetItem(tr("On the whole call — %1").arg(text));
            item->setData(MsRole, -1);
            m_comments->addItem(item);
        }
    }
    if (r->comments().isEmpty()) {
        auto* none = new QListWidgetItem(tr("No comments yet."));
        none->setData(MsRole, -1);
        m_comments->addItem(none);
    }
    const bool can = r->canComment();
    m_commentTarget->setVisible(can);
    m_commentText->setVisible(can);
    m_commentSend->setVisible(can);
    m_commentError->setVisible(can);
}

void ReviewPage::updateRecording()
{
    const app::AttemptReview* r = m_review.get();
    if (!r || r->state() != app::AttemptReview::State::Ready) {
        m_player->setRecording({}, 0, QString());
        return;
    }
    const qint64 duration = r->result().durationMs;
    using R = app::AttemptReview::Recording;
    switch (r->recording()) {
    case R::Ready:
        if (!m_player->hasRecording())
            m_player->setRecording(r->recordingPath(), duration);
        break;
    case R::Fetching:
    case R::Unknown:
        m_player->setRecording({}, duration, tr("Downloading the recording…"));
        break;
    case R::None:
        m_player->setRecording({}, duration, tr("No recording of this call."));
        break;
    case R::Failed:
        m_player->setRecording(
            {}, duration, tr("The recording cannot be played: %1").arg(r->recordingError()));
        break;
    }
}

void ReviewPage::seekTo(qint64 ms, const QString& utteranceId)
{
    int row = utteranceId.isEmpty() ? -1 : m_transcriptModel->rowOf(utteranceId);
    if (row < 0)
        row = m_transcriptModel->rowAt(ms);
    m_playingRow = row;
    m_transcript->showRow(row);
    m_timeline->setPlayhead(ms);
    m_player->playFrom(ms);
}

QString ReviewPage::exportPdf(const QString& path) const
{
    if (!m_review)
        return tr("No attempt is open.");
    return writeAttemptPdf(*m_review, path);
}

void ReviewPage::onPosition(qint64 ms)
{
    m_timeline->setPlayhead(ms);
    const int row = m_transcriptModel->rowAt(ms);
    if (row >= 0 && row != m_playingRow) {
        m_playingRow = row;
        m_transcript->showRow(row);
    }
}

void ReviewPage::updateCommentTarget()
{
    const QModelIndex line = m_transcript->currentIndex();
    m_commentTarget->setText(line.isValid()
            ? tr("Your comment goes on the line at %1: “%2”")
                  .arg(TranscriptModel::clock(line.data(TranscriptModel::StartMs).toLongLong()),
                      line.data(Qt::DisplayRole).toString().left(80))
            : tr("Your comment goes on the whole call. Select a line of the transcript to comment "
                 "on it."));
}

void ReviewPage::sendComment()
{
    if (!m_review)
        return;
    const QModelIndex line = m_transcript->currentIndex();
    const Result<void> added = line.isValid()
        ? m_review->addComment(m_commentText->toPlainText(),
            line.data(TranscriptModel::UtteranceId).toString(),
            line.data(TranscriptModel::StartMs).toLongLong(),
            line.data(TranscriptModel::EndMs).toLongLong())
        : m_review->addComment(m_commentText->toPlainText(), QString(), -1, -1);
    m_commentError->setText(added.error());
    if (added)
        m_commentText->clear();
}

void ReviewPage::retranslate()
{
    m_back->setText(tr("← Back"));
    m_back->setAccessibleName(tr("Back to the list"));
    m_pdf->setText(tr("Save report (PDF)…"));
    m_pdf->setToolTip(
        tr("A one-page report of this attempt: score, breakdown, quotes and numbers"));
    m_tabs->setAccessibleName(tr("Details of the attempt"));
    m_tabs->setTabText(0, tr("Breakdown"));
    m_tabs->setTabText(1, tr("Moments"));
    m_tabs->setTabText(2, tr("Comments"));
    m_tree->setAccessibleName(tr("Score breakdown"));
    m_moments->setAccessibleName(tr("Moments of the call"));
    m_comments->setAccessibleName(tr("Comments"));
    m_commentText->setAccessibleName(tr("New comment"));
    m_commentText->setPlaceholderText(tr("Write a comment for the rep…"));
    m_commentSend->setText(tr("Add comment"));
    m_transcriptTitle->setText(tr("Transcript"));
    m_transcript->setAccessibleName(tr("Transcript of the call"));
    if (m_review && m_review->state() == app::AttemptReview::State::Ready)
        m_review->retranslate(); // changed() refills
    else
        fill();
}

void ReviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vt::ui
