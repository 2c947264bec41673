#include "BriefingPage.h"

#include "PracticeListModels.h"
#include "PracticeWidgets.h"
#include "RubricText.h"
#include "ToneLabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace vt::ui {

BriefingPage::BriefingPage(QWidget* parent)
    : QScrollArea(parent)
    , m_back(named<QPushButton>("briefingBackButton"))
    , m_title(makeHeading(QStringLiteral("briefingTitle"), 1.6))
    , m_difficulty(new Pill)
    , m_status(named<ToneLabel>("briefingStatus", ToneLabel::Tone::Hint))
    , m_personaTitle(makeHeading(QStringLiteral("personaTitle"), 1.1))
    , m_persona(named<QLabel>("personaText"))
    , m_situationTitle(makeHeading(QStringLiteral("situationTitle"), 1.1))
    , m_situation(new QLabel)
    , m_scoredTitle(makeHeading(QStringLiteral("scoredTitle"), 1.1))
    , m_criteria(new QVBoxLayout)
    , m_expectTitle(makeHeading(QStringLiteral("expectTitle"), 1.1))
    , m_expect(new QLabel)
    , m_historyTitle(makeHeading(QStringLiteral("historyTitle"), 1.1))
    , m_history(named<QLabel>("pastAttempts"))
    , m_check(named<QPushButton>("checkHeadsetButton"))
    , m_start(named<QPushButton>("startCallButton"))
{
    setObjectName(QStringLiteral("briefingPage"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    for (QLabel* l : {m_persona, m_situation, m_expect, m_history, static_cast<QLabel*>(m_status)})
        l->setWordWrap(true);
    m_start->setDefault(true);
    m_back->setFlat(true);

    QVBoxLayout* personaBox = nullptr;
    QFrame* personaCard = makeCard(QStringLiteral("personaCard"), &personaBox);
    personaBox->addWidget(m_personaTitle);
    personaBox->addWidget(m_persona);
    personaBox->addStretch(1);
    QVBoxLayout* situationBox = nullptr;
    QFrame* situationCard = makeCard(QStringLiteral("situationCard"), &situationBox);
    situationBox->addWidget(m_situationTitle);
    situationBox->addWidget(m_situation);
    situationBox->addWidget(m_expectTitle);
    situationBox->addWidget(m_expect);
    situationBox->addStretch(1);
    QVBoxLayout* scoredBox = nullptr;
    QFrame* scoredCard = makeCard(QStringLiteral("scoredCard"), &scoredBox);
    scoredBox->addWidget(m_scoredTitle);
    scoredBox->addLayout(m_criteria);
    scoredBox->addWidget(m_historyTitle);
    scoredBox->addWidget(m_history);
    scoredBox->addStretch(1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addStretch(1);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_difficulty, 0, Qt::AlignTop);
    auto* cards = new QGridLayout;
    cards->setSpacing(16);
    cards->addWidget(personaCard, 0, 0);
    cards->addWidget(situationCard, 1, 0);
    cards->addWidget(scoredCard, 0, 1, 2, 1);
    cards->setColumnStretch(0, 1);
    cards->setColumnStretch(1, 1);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_check);
    actions->addWidget(m_start);

    auto* column = new QWidget;
    column->setMaximumWidth(1000);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 16, 0, 24);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addLayout(titleRow);
    layout->addWidget(m_status);
    layout->addLayout(cards);
    layout->addLayout(actions);
    layout->addStretch(1);

    auto* content = new QWidget;
    centreColumn(content, column);
    setWidget(content);

    connect(m_back, &QPushButton::clicked, this, &BriefingPage::back);
    connect(m_start, &QPushButton::clicked, this, &BriefingPage::startCall);
    connect(m_check, &QPushButton::clicked, this, &BriefingPage::checkHeadset);
    retranslate();
}

void BriefingPage::showBrief(const app::ScenarioBrief& brief, double passThreshold, bool assessment)
{
    m_brief = brief;
    m_passThreshold = passThreshold;
    m_assessment = assessment;
    fill();
}

void BriefingPage::fill()
{
    const bool loaded = m_brief.error.isEmpty() && !m_brief.title.isEmpty();
    m_start->setEnabled(loaded);
    m_check->setEnabled(loaded);
    for (QWidget* w :
        std::initializer_list<QWidget*>{m_personaTitle, m_persona, m_situationTitle, m_situation,
            m_scoredTitle, m_expectTitle, m_expect, m_historyTitle, m_history, m_difficulty})
        w->setVisible(loaded);
    while (QLayoutItem* item = m_criteria->takeAt(0)) {
        delete item->widget();
        delete item->layout();
        delete item;
    }
    if (!m_brief.error.isEmpty()) {
        m_title->setText(tr("This scenario could not be opened"));
        m_status->setTone(ToneLabel::Tone::Error);
        m_status->setText(m_brief.error);
        return;
    }
    if (!loaded) {
        m_title->setText(tr("Loading the briefing…"));
        m_status->clear();
        return;
    }
    m_title->setText(m_brief.title);
    m_difficulty->setText(app::ScenarioListModel::difficultyText(m_brief.difficulty));
    m_difficulty->setTone(m_brief.difficulty == QLatin1String("hard") ? QStringLiteral("warn")
                                                                      : QStringLiteral("neutral"));
    QStringList status;
    status.append(tr("About %n minute(s).", nullptr, m_brief.durationMinutes));
    status.append(tr("Pass mark: %1.").arg(m_passThreshold));
    if (m_assessment)
        status.append(tr("This is an assessment: no coaching hints during the call."));
    if (m_brief.fromCache)
        status.append(tr("Offline: the briefing as last synced; the practice agent on this "
                         "computer plays the prospect."));
    m_status->setTone(ToneLabel::Tone::Hint);
    m_status->setText(status.join(QLatin1Char(' ')));

    const app::PersonaInfo& p = m_brief.persona;
    m_persona->setText(QStringLiteral("<b>%1</b>, %2<br>%3<br><i>%4</i>")
                           .arg(p.name.toHtmlEscaped(), p.role.toHtmlEscaped(),
                               p.background.toHtmlEscaped(), p.temperament.toHtmlEscaped()));
    QString situation = m_brief.situation.toHtmlEscaped();
    if (!m_brief.goal.isEmpty())
        situation += QStringLiteral("<br><br>")
            + tr("<b>Your goal:</b> %1").arg(m_brief.goal.toHtmlEscaped());
    m_situation->setText(situation);
    QStringList expect;
    for (const QString& o : m_brief.objections)
        expect.append(QStringLiteral("• ") + o.toHtmlEscaped());
    if (!m_brief.requiredPhrases.isEmpty())
        expect.append(tr("<b>Say:</b> %1")
                          .arg(m_brief.requiredPhrases.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_expect->setText(expect.join(QStringLiteral("<br>")));

    // Made again here: the targets' words follow the interface language.
    const QList<app::CriterionInfo> criteria = app::RubricText::criteria(m_brief.scoring);
    for (const app::CriterionInfo& c : criteria) {
        // Plain words: "Open questions · 25 % of the score / at least 2".
        auto* row = new QLabel(
            tr("<b>%1</b> · %2 % of the score<br>%3")
                .arg(c.label.toHtmlEscaped())
                .arg(c.weightPercent)
                .arg(tr("%1: %2").arg(app::RubricText::kpiName(c.kpi), c.target).toHtmlEscaped()));
        row->setWordWrap(true);
        row->setObjectName(QStringLiteral("criterion_") + c.id);
        m_criteria->addWidget(row);
    }
    if (m_brief.pastAttempts.isEmpty()) {
        m_history->setText(tr("Your first try at this scenario."));
    } else {
        const QLocale locale;
        QStringList lines;
        for (const app::PastAttempt& a : m_brief.pastAttempts.mid(0, 5)) {
            const QString score
                = a.score ? QString::number(std::lround(*a.score)) : tr("not scored");
            lines.append(tr("%1: %2%3")
                             .arg(locale.toString(a.startedAt.toLocalTime(), QLocale::ShortFormat),
                                 score, a.passed.value_or(false) ? tr(" (passed)") : QString()));
        }
        m_history->setText(lines.join(QStringLiteral("<br>")));
    }
}

void BriefingPage::retranslate()
{
    m_back->setText(tr("← Back"));
    m_back->setAccessibleName(tr("Back to practice home"));
    setAccessibleName(tr("Briefing"));
    m_personaTitle->setText(tr("Who you are calling"));
    m_situationTitle->setText(tr("The situation"));
    m_scoredTitle->setText(tr("What is scored"));
    m_expectTitle->setText(tr("Expect"));
    m_historyTitle->setText(tr("Your previous attempts"));
    m_start->setText(tr("Start call"));
    m_check->setText(tr("Check your headset"));
    fill();
}

void BriefingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

} // namespace vt::ui
