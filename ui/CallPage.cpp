#include "CallPage.h"

#include "UiLog.h"

#include "CallController.h"
#include "PracticeWidgets.h"
#include "RubricText.h"
#include "Settings.h"
#include "SettingsRegistry.h"
#include "TranscriptView.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonValue>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace vt::ui {
namespace {

QString clockText(qint64 ms)
{
    return QStringLiteral("%1:%2")
        .arg(ms / 60000, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

CallPage::CallPage(app::Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_ptt(named<QCheckBox>("pushToTalkBox"))
    , m_persona(makeHeading(QStringLiteral("callPersona"), 1.3))
    , m_speaking(named<Pill>("personaSpeaking"))
    , m_engine(named<Pill>("prospectEngine"))
    , m_phase(named<Pill>("callPhase"))
    , m_clock(makeHeading(QStringLiteral("callTimer"), 1.3))
    , m_latency(named<QLabel>("latencyLabel"))
    , m_mute(named<QPushButton>("muteButton"))
    , m_end(named<QPushButton>("endCallButton"))
    , m_transcript(named<TranscriptView>("transcriptView"))
    , m_youLabel(new QLabel)
    , m_micMeter(named<LevelMeter>("micMeter"))
    , m_prospectLabel(new QLabel)
    , m_agentMeter(named<LevelMeter>("agentMeter"))
    , m_nudge(named<QLabel>("nudgeLabel"))
    , m_audioLost(named<QLabel>("audioLostBanner"))
    , m_micSilent(named<QLabel>("microphoneSilentBanner"))
    , m_announcer(named<QLabel>("lineAnnouncer"))
    , m_scoreTitle(makeHeading(QStringLiteral("liveScoreTitle"), 1.05))
    , m_score(makeHeading(QStringLiteral("liveScoreValue"), 2.2))
    , m_criteria(new QGridLayout)
    , m_checklist(named<QLabel>("liveChecklist"))
    , m_kpis(named<QLabel>("kpiStrip"))
    , m_kpiTitle(makeHeading(QStringLiteral("kpiTitle"), 1.05))
{
    setObjectName(QStringLiteral("callPage"));
    m_mute->setCheckable(true);
    m_ptt->setChecked(settings.pushToTalk());
    m_ptt->setEnabled(!settings.isLocked(QLatin1String(app::keys::pushToTalk)));
    m_nudge->setProperty("banner", QStringLiteral("info"));
    m_nudge->setWordWrap(true);
    m_nudge->hide();
    m_audioLost->setProperty("banner", QStringLiteral("warn"));
    m_audioLost->setWordWrap(true);
    m_audioLost->hide();
    m_micSilent->setProperty("banner", QStringLiteral("warn"));
    m_micSilent->setWordWrap(true);
    m_micSilent->hide();
    m_checklist->setWordWrap(true);
    m_kpis->setWordWrap(true);
    m_announcer->setFixedSize(1, 1); // present for screen readers, invisible to the eye
    m_clock->setAccessibleName(QStringLiteral("00:00"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_persona);
    top->addWidget(m_engine);
    top->addWidget(m_speaking);
    top->addStretch(1);
    top->addWidget(m_latency);
    top->addWidget(m_phase);
    top->addWidget(m_clock);
    top->addSpacing(12);
    top->addWidget(m_ptt);
    top->addWidget(m_mute);
    top->addWidget(m_end);

    auto* meters = new QGridLayout;
    meters->addWidget(m_youLabel, 0, 0);
    meters->addWidget(m_micMeter, 0, 1);
    meters->addWidget(m_prospectLabel, 0, 2);
    meters->addWidget(m_agentMeter, 0, 3);
    meters->setColumnStretch(1, 1);
    meters->setColumnStretch(3, 1);

    auto* left = new QVBoxLayout;
    left->addWidget(m_transcript, 1);
    left->addWidget(m_audioLost);
    left->addWidget(m_micSilent);
    left->addWidget(m_nudge);
    left->addLayout(meters);
    left->addWidget(m_announcer);

    QVBoxLayout* scoreBox = nullptr;
    QFrame* scoreCard = makeCard(QStringLiteral("liveScoreCard"), &scoreBox);
    auto* scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_scoreTitle, 1);
    scoreRow->addWidget(m_score);
    scoreBox->addLayout(scoreRow);
    m_criteria->setHorizontalSpacing(8);
    m_criteria->setColumnStretch(1, 1);
    scoreBox->addLayout(m_criteria);
    scoreBox->addWidget(m_checklist);
    QVBoxLayout* kpiBox = nullptr;
    QFrame* kpiCard = makeCard(QStringLiteral("kpiCard"), &kpiBox);
    kpiBox->addWidget(m_kpiTitle);
    kpiBox->addWidget(m_kpis);

    auto* right = new QVBoxLayout;
    right->addWidget(scoreCard);
    right->addWidget(kpiCard);
    right->addStretch(1);
    auto* rightWidget = new QWidget;
    rightWidget->setLayout(right);
    rightWidget->setMinimumWidth(300);
    rightWidget->setMaximumWidth(420);

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    body->addLayout(left, 3);
    body->addWidget(rightWidget, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    auto* muteAction = new QAction(this);
    muteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    muteAction->setShortcutContext(Qt::WindowShortcut); // active while the page is shown
    connect(muteAction, &QAction::triggered, m_mute, &QPushButton::click);
    addAction(muteAction);
    auto* endAction = new QAction(this);
    endAction->setObjectName(QStringLiteral("endCallAction"));
    endAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    endAction->setShortcutContext(Qt::WindowShortcut); // active while the page is shown
    connect(endAction, &QAction::triggered, this, &CallPage::requestEnd);
    addAction(endAction);
    connect(m_end, &QPushButton::clicked, this, &CallPage::requestEnd);
    connect(m_mute, &QPushButton::toggled, this, [this] {
        applyMute();
        retranslate();
    });
    connect(m_ptt, &QCheckBox::toggled, this, [this](bool on) {
        if (const std::optional<app::SettingError> error
            = m_settings.setValue(QLatin1String(app::keys::pushToTalk),
                on ? QStringLiteral("on") : QStringLiteral("off")))
            qCWarning(lcUi, "push-to-talk not kept: %s", qPrintable(error->message));
        applyMute();
    });
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &CallPage::updateClock);
    m_nudgeHide.setSingleShot(true);
    m_nudgeHide.setInterval(10000);
    connect(&m_nudgeHide, &QTimer::timeout, m_nudge, &QWidget::hide);
    retranslate();
}

CallPage::~CallPage()
{
    qApp->removeEventFilter(this);
}

void CallPage::setCall(app::CallController* call)
{
    if (m_call)
        disconnect(m_call, nullptr, this, nullptr);
    m_call = call;
    m_nudge->hide();
    m_audioLost->hide();
    m_micSilent->hide();
    m_mute->setChecked(false);
    m_spaceHeld = false;
    if (!call) {
        qApp->removeEventFilter(this);
        m_transcript->setModel(nullptr);
        m_tick.stop();
        return;
    }
    qApp->installEventFilter(this);
    applyMute();
    m_persona->setText(call->plan().personaName);
    m_transcript->setModel(call->transcript());
    m_transcript->followLatest();
    connect(call, &app::CallController::phaseChanged, this, &CallPage::updatePhase);
    connect(call, &app::CallController::liveScoreChanged, this, &CallPage::updateLive);
    connect(call, &app::CallController::levelsChanged, this, [this](float mic, float agent) {
        m_micMeter->setLevel(m_mute->isChecked() ? -100.0f : mic);
        m_agentMeter->setLevel(agent);
    });
    connect(call, &app::CallController::agentSpeakingChanged, this, [this] { retranslate(); });
    connect(call, &app::CallController::prospectChanged, this, [this] { retranslate(); });
    connect(call, &app::CallController::latencyChanged, this, [this] { retranslate(); });
    connect(call, &app::CallController::nudge, this, &CallPage::showNudge);
    connect(call, &app::CallController::audioWorkingChanged, this, [this](bool working) {
        m_audioLost->setVisible(!working);
        if (working)
            return;
        m_nudge->hide(); // the warning replaces any advice
        QAccessibleEvent event(m_audioLost, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    });
    connect(call, &app::CallController::microphoneSilentChanged, this, [this](bool silent) {
        retranslate();
        m_micSilent->setVisible(silent);
        if (!silent)
            return;
        QAccessibleEvent event(m_micSilent, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    });
    connect(call, &app::CallController::lineFinalized, this, &CallPage::announce);
    m_tick.start();
    updatePhase();
    updateLive();
    retranslate();
}

void CallPage::applyMute()
{
    if (m_call)
        m_call->setMuted(m_mute->isChecked() || (m_ptt->isChecked() && !m_spaceHeld));
}

bool CallPage::eventFilter(QObject* watched, QEvent* event)
{
    // Push to talk: Space anywhere in the window while the call page is shown.
    if ((event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease)
        && m_ptt->isChecked() && isVisible()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier
            && window()->isActiveWindow()) {
            if (!key->isAutoRepeat()) {
                m_spaceHeld = event->type() == QEvent::KeyPress;
                applyMute();
                retranslate();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CallPage::requestEnd()
{
    if (!m_call || m_confirm)
        return;
    using P = app::CallController::Phase;
    const P phase = m_call->phase();
    if (phase != P::Live && phase != P::Reconnecting && phase != P::Connecting)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("End the call?"),
        tr("End the call with %1 now? It is scored as it stands.").arg(m_call->plan().personaName),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("endCallConfirm"));
    QPushButton* end = box->addButton(tr("End call"), QMessageBox::AcceptRole);
    end->setObjectName(QStringLiteral("confirmEndButton"));
    QPushButton* keep = box->addButton(tr("Keep talking"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(end, &QPushButton::clicked, this, [this] {
        if (m_call)
            m_call->endCall();
    });
    m_confirm = box;
    box->open();
}

void CallPage::updatePhase()
{
    if (!m_call)
        return;
    using P = app::CallController::Phase;
    const P phase = m_call->phase();
    m_phase->setText(app::callStateText(phase));
    m_phase->setTone(phase == P::Live ? QStringLiteral("good")
            : (phase == P::Reconnecting || phase == P::Connecting || phase == P::Idle)
            ? QStringLiteral("warn")
            : phase == P::Failed ? QStringLiteral("bad")
                                 : QStringLiteral("neutral"));
    m_phase->setToolTip(m_call->detail());
    m_phase->setAccessibleName(tr("Call state: %1").arg(m_phase->text()));
    const bool running = phase == P::Live || phase == P::Reconnecting || phase == P::Connecting;
    m_end->setEnabled(running);
    m_mute->setEnabled(running);
    if (!running && m_confirm)
        m_confirm->close();
}

void CallPage::updateClock()
{
    if (!m_call)
        return;
    const QString text = clockText(m_call->elapsedMs());
    if (m_clock->text() != text) {
        m_clock->setText(text);
        m_clock->setAccessibleName(tr("Call time %1").arg(text));
    }
}

void CallPage::updateLive()
{
    if (!m_call)
        return;
    const app::LiveScore& live = m_call->liveScore();
    m_score->setText(live.scored ? QString::number(live.score) : QStringLiteral("–"));
    m_score->setAccessibleName(live.scored ? tr("Running score %1 of 100").arg(live.score)
            : live.started                 ? tr("Not scored yet: keep talking")
                                           : tr("No score yet"));
    m_score->setToolTip(live.scored ? QString() : app::RubricText::speechBar());
    // Rebuild the rows only when their number changes; update them in place otherwise.
    const int rows = int(live.criteria.size());
    if (m_criteria->rowCount() != rows || m_criteria->count() != rows * 3) {
        while (QLayoutItem* item = m_criteria->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        for (int i = 0; i < rows; ++i) {
            auto* label = new QLabel;
            label->setObjectName(QStringLiteral("liveCriterion%1").arg(i));
            auto* bar = new FractionBar;
            auto* points = new QLabel;
            points->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_criteria->addWidget(label, i, 0);
            m_criteria->addWidget(bar, i, 1);
            m_criteria->addWidget(points, i, 2);
        }
    }
    for (int i = 0; i < rows; ++i) {
        const app::LiveScore::Criterion& c = live.criteria.at(i);
        auto* label = qobject_cast<QLabel*>(m_criteria->itemAtPosition(i, 0)->widget());
        auto* bar = qobject_cast<FractionBar*>(m_criteria->itemAtPosition(i, 1)->widget());
        auto* points = qobject_cast<QLabel*>(m_criteria->itemAtPosition(i, 2)->widget());
        label->setText(c.label);
        bar->setFraction(c.fraction);
        bar->setAccessibleName(tr("%1: %2 %").arg(c.label).arg(std::lround(c.fraction * 100)));
        points->setText(
            QStringLiteral("%1 / %2").arg(c.points, 0, 'f', 1).arg(c.maxPoints, 0, 'f', 0));
    }
    QStringList lines;
    const QString yes = QStringLiteral("✔");
    const QString no = QStringLiteral("○");
    for (const app::LiveScore::Item& p : live.phrases)
        lines.append(QStringLiteral("%1 %2").arg(p.done ? yes : no, p.label.toHtmlEscaped()));
    for (const app::LiveScore::Item& o : live.objections) {
        const QString state
            = o.done ? tr("handled") : (o.raised ? tr("raised: answer it") : tr("not raised yet"));
        lines.append(QStringLiteral("%1 %2 — <i>%3</i>")
                         .arg(o.done ? yes : (o.raised ? QStringLiteral("!") : no),
                             o.label.toHtmlEscaped(), state));
    }
    if (live.goal)
        lines.append(QStringLiteral("%1 %2").arg(
            live.goal->done ? yes : no, tr("Goal: %1").arg(live.goal->label.toHtmlEscaped())));
    m_checklist->setText(lines.join(QStringLiteral("<br>")));

    m_kpis->setText(tr("Talk share <b>%1</b> · Pace <b>%2</b> · Fillers <b>%3</b> · Open "
                       "questions <b>%4</b> · Longest monologue <b>%5</b>")
                        .arg(app::RubricText::value(QStringLiteral("talk_ratio"), live.talkRatio),
                            app::RubricText::value(QStringLiteral("pace_wpm"), live.paceWpm))
                        .arg(live.fillers)
                        .arg(live.openQuestions)
                        .arg(app::RubricText::value(QStringLiteral("longest_monologue_ms"),
                            QJsonValue(double(live.longestMonologueMs)))));
}

void CallPage::announce(app::Speaker speaker, const QString& text)
{
    const QString who = speaker == app::Speaker::Rep
        ? tr("You")
        : (m_call ? m_call->plan().personaName : tr("Prospect"));
    m_announcer->setText(tr("%1: %2").arg(who, text));
    m_announcer->setAccessibleName(m_announcer->text());
    QAccessibleEvent event(m_announcer, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void CallPage::showNudge(const QString& text)
{
    m_nudge->setText(text);
    m_nudge->setAccessibleName(text);
    m_nudge->show();
    m_nudgeHide.start();
    QAccessibleEvent event(m_nudge, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void CallPage::retranslate()
{
    m_mute->setText(m_mute->isChecked() ? tr("Unmute") : tr("Mute"));
    m_ptt->setText(m_ptt->isChecked() && m_spaceHeld ? tr("Talking (Space held)")
                                                     : tr("Push to talk (hold Space)"));
    m_ptt->setToolTip(tr("When on, your microphone is live only while you hold Space."));
    m_mute->setToolTip(tr("Mute the microphone (Ctrl+M)"));
    m_end->setText(tr("End call"));
    m_audioLost->setText(tr("Your microphone or speakers stopped working. The call goes on while "
                            "the app reconnects them; check the cable or headset."));
    m_audioLost->setAccessibleName(m_audioLost->text());
    if (m_call)
        m_micSilent->setText(m_call->microphoneSilentText());
    m_micSilent->setAccessibleName(m_micSilent->text());
    m_end->setToolTip(tr("End the call (Ctrl+E)"));
    m_youLabel->setText(tr("You"));
    m_micMeter->setAccessibleName(tr("Your microphone level"));
    m_prospectLabel->setText(tr("Prospect"));
    m_agentMeter->setAccessibleName(tr("Prospect's level"));
    m_transcript->setAccessibleName(tr("Live transcript"));
    m_scoreTitle->setText(tr("Live score"));
    m_kpiTitle->setText(tr("How you are doing"));
    const bool speaking = m_call && m_call->agentSpeaking();
    m_speaking->setText(speaking ? tr("Speaking") : tr("Listening"));
    m_speaking->setTone(speaking ? QStringLiteral("accent") : QStringLiteral("neutral"));
    m_speaking->setAccessibleName(
        speaking ? tr("The prospect is speaking") : tr("The prospect is listening"));
    using Prospect = app::CallController::Prospect;
    const Prospect prospect = m_call ? m_call->prospect() : Prospect::Unknown;
    const QString persona = m_call ? m_call->plan().personaName : QString();
    m_engine->setVisible(prospect != Prospect::Unknown);
    m_engine->setText(prospect == Prospect::Ai ? tr("AI prospect") : tr("Practice script"));
    m_engine->setTone(
        prospect == Prospect::Ai ? QStringLiteral("good") : QStringLiteral("neutral"));
    m_engine->setToolTip(prospect == Prospect::Ai
            ? tr("An AI model plays %1: the answers are its own, so no two calls are alike.")
                  .arg(persona)
            : tr("%1 follows the scenario's practice script: the same words get the same "
                 "answers.")
                  .arg(persona));
    m_engine->setAccessibleName(m_engine->toolTip());
    const std::optional<qint64> latency = m_call ? m_call->lastLatencyMs() : std::nullopt;
    m_latency->setText(
        latency ? tr("Reply in %1 s").arg(double(*latency) / 1000.0, 0, 'f', 1) : QString());
    m_latency->setToolTip(tr("How long the prospect took to answer your last turn"));
    updatePhase();
    updateLive();
}

void CallPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vt::ui
