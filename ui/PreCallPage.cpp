#include "PreCallPage.h"

#include "AudioDevicesSection.h"
#include "PracticeWidgets.h"
#include "PreCallCheck.h"
#include "Settings.h"
#include "ToneLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vt::ui {

PreCallPage::PreCallPage(app::Settings& settings, app::AudioDeviceCatalog& devices, QWidget* parent)
    : QScrollArea(parent)
    , m_settings(settings)
    , m_check(new app::PreCallCheck(settings, this))
    , m_back(named<QPushButton>("precallBackButton"))
    , m_title(makeHeading(QStringLiteral("precallTitle"), 1.6))
    , m_intro(new QLabel)
    , m_micTitle(makeHeading(QStringLiteral("micTitle"), 1.1))
    , m_meter(named<LevelMeter>("precallMicMeter"))
    , m_micAdvice(named<ToneLabel>("micAdvice", ToneLabel::Tone::Hint))
    , m_micButton(named<QPushButton>("micCheckButton"))
    , m_speakerTitle(makeHeading(QStringLiteral("speakerTitle"), 1.1))
    , m_speakerAdvice(named<ToneLabel>("speakerAdvice", ToneLabel::Tone::Hint))
    , m_speakerButton(named<QPushButton>("speakerTestButton"))
    , m_skip(named<QPushButton>("skipCheckButton"))
    , m_continue(named<QPushButton>("continueToCallButton"))
{
    setObjectName(QStringLiteral("precallPage"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_back->setFlat(true);
    m_intro->setWordWrap(true);
    m_micAdvice->setWordWrap(true);
    m_speakerAdvice->setWordWrap(true);
    m_continue->setDefault(true);

    QVBoxLayout* mic = nullptr;
    QFrame* micCard = makeCard(QStringLiteral("micCard"), &mic);
    mic->addWidget(m_micTitle);
    mic->addWidget(m_meter);
    mic->addWidget(m_micAdvice);
    auto* micRow = new QHBoxLayout;
    micRow->addWidget(m_micButton);
    micRow->addStretch(1);
    mic->addLayout(micRow);
    QVBoxLayout* speaker = nullptr;
    QFrame* speakerCard = makeCard(QStringLiteral("speakerCard"), &speaker);
    speaker->addWidget(m_speakerTitle);
    speaker->addWidget(m_speakerAdvice);
    auto* speakerRow = new QHBoxLayout;
    speakerRow->addWidget(m_speakerButton);
    speakerRow->addStretch(1);
    speaker->addLayout(speakerRow);

    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_skip);
    actions->addWidget(m_continue);

    auto* column = new QWidget;
    column->setMaximumWidth(780);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 16, 0, 24);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(new AudioDevicesSection(settings, devices));
    layout->addWidget(micCard);
    layout->addWidget(speakerCard);
    layout->addLayout(actions);
    layout->addStretch(1);

    auto* content = new QWidget;
    centreColumn(content, column);
    setWidget(content);

    connect(m_back, &QPushButton::clicked, this, [this] {
        end();
        Q_EMIT back();
    });
    connect(m_micButton, &QPushButton::clicked, m_check, &app::PreCallCheck::startMicrophone);
    connect(m_speakerButton, &QPushButton::clicked, m_check, &app::PreCallCheck::startSpeakerTest);
    connect(m_skip, &QPushButton::clicked, this, [this] {
        end();
        Q_EMIT proceed();
    });
    connect(m_continue, &QPushButton::clicked, this, [this] {
        end();
        Q_EMIT proceed();
    });
    connect(m_check, &app::PreCallCheck::levelChanged, m_meter, &LevelMeter::setLevel);
    connect(m_check, &app::PreCallCheck::changed, this, &PreCallPage::update);
    // A device chosen here is used at once.
    connect(&m_settings, &app::Settings::changed, this, [this] {
        if (m_check->microphone() == app::PreCallCheck::Microphone::Listening)
            m_check->startMicrophone();
    });
    retranslate();
}

PreCallPage::~PreCallPage() = default;

void PreCallPage::begin()
{
    m_check->startMicrophone();
    update();
}

void PreCallPage::end()
{
    m_check->stop();
    m_meter->setLevel(-100.0f);
}

void PreCallPage::update()
{
    using M = app::PreCallCheck::Microphone;
    using S = app::PreCallCheck::Speakers;
    const M mic = m_check->microphone();
    const S speakers = m_check->speakers();
    if (mic != M::Listening)
        m_meter->setLevel(-100.0f); // the microphone is closed
    m_micAdvice->setText(m_check->microphoneAdvice());
    m_micAdvice->setTone(mic == M::Good ? ToneLabel::Tone::Normal
            : (mic == M::NoSignal || mic == M::Clipping || mic == M::Failed)
            ? ToneLabel::Tone::Error
            : ToneLabel::Tone::Hint);
    m_speakerAdvice->setText(m_check->speakerAdvice());
    m_speakerAdvice->setTone(speakers == S::UseHeadset || speakers == S::Failed
            ? ToneLabel::Tone::Error
            : ToneLabel::Tone::Hint);
    m_micButton->setText(mic == M::Listening ? tr("Listening…") : tr("Check the microphone"));
    m_micButton->setEnabled(mic != M::Listening);
    m_speakerButton->setEnabled(speakers != S::Playing && m_check->microphonePassed());
    m_speakerButton->setText(speakers == S::NotRun || speakers == S::Playing
            ? tr("Play the test sound")
            : tr("Play it again"));
    m_continue->setEnabled(m_check->passed());
    m_skip->setVisible(app::PreCallCheck::passedToday(m_settings) && !m_check->passed());
}

void PreCallPage::retranslate()
{
    m_back->setText(tr("← Back"));
    m_back->setAccessibleName(tr("Back to the briefing"));
    m_title->setText(tr("Check your headset"));
    setAccessibleName(m_title->text());
    m_intro->setText(tr("Thirty seconds now saves a call that nobody can hear. Pick your "
                        "microphone and speakers, say a few words, then play the test sound."));
    m_micTitle->setText(tr("Microphone"));
    m_meter->setAccessibleName(tr("Microphone level"));
    m_speakerTitle->setText(tr("Speakers and echo"));
    m_skip->setText(tr("Skip: it passed today"));
    m_continue->setText(tr("Continue to the call"));
    update();
}

void PreCallPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

} // namespace vt::ui
