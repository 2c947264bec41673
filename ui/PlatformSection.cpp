#include "PlatformSection.h"
#include "PracticeWidgets.h"

#include "PolicyLockNote.h"
#include "Settings.h"
#include "SettingsRegistry.h"
#include "ToneLabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace vt::ui {
namespace {

const QString urlKey = QLatin1String(app::keys::platformUrl);

} // namespace

PlatformSection::PlatformSection(app::Settings& settings, QWidget* parent)
    : SettingsCard(parent)
    , m_settings(settings)
    , m_label(new QLabel(this))
    , m_url(named<QLineEdit>("platformUrlEdit", this))
    , m_hint(named<ToneLabel>("platformUrlHint", ToneLabel::Tone::Hint, this))
    , m_feedback(named<ToneLabel>("platformUrlFeedback", ToneLabel::Tone::Error, this))
    , m_lock(new PolicyLockNote(settings, urlKey, this))
{
    setObjectName(QStringLiteral("platformSection"));
    m_feedback->hide();
    m_label->setBuddy(m_url);
    m_url->setText(m_settings.platformUrl());
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    const bool locked = m_settings.isLocked(urlKey);
    m_url->setClearButtonEnabled(!locked);
    m_url->setReadOnly(locked);
    m_url->setEnabled(!locked);
    m_hint->setVisible(!locked); // "leave it empty to..." is not the user's choice then

    addRow(m_label, {m_url, m_feedback, m_lock, m_hint});

    connect(m_url, &QLineEdit::textEdited, this, &PlatformSection::validate);
    connect(m_url, &QLineEdit::editingFinished, this, &PlatformSection::commit);
    connect(&m_settings, &app::Settings::changed, this, [this](const QString& key) {
        if (key == urlKey && !m_url->hasFocus())
            m_url->setText(m_settings.platformUrl());
    });
    retranslate();
}

void PlatformSection::retranslate()
{
    setTitle(tr("Training platform"));
    m_label->setText(tr("Platform &address"));
    m_url->setPlaceholderText(tr("https://training.example.com"));
    m_url->setAccessibleName(tr("Platform address"));
    m_hint->setText(m_settings.localPracticeAllowed()
            ? tr("Your organisation's training platform. Leave it empty to practise on this "
                 "computer, without an account.")
            : tr("Your organisation's training platform."));
    if (m_feedback->isVisible())
        validate();
}

void PlatformSection::validate()
{
    const app::SettingSpec* spec = app::SettingsRegistry::find(urlKey);
    const QString error = app::SettingsRegistry::check(*spec, m_url->text()).error;
    if (error.isEmpty())
        m_feedback->hide();
    else
        showFeedback(error, true);
}

void PlatformSection::commit()
{
    if (m_settings.isLocked(urlKey))
        return;
    const QString text = m_url->text().trimmed();
    if (text == m_settings.platformUrl())
        return;
    if (text.isEmpty() && !m_settings.localPracticeAllowed()) {
        showFeedback(app::Settings::localPracticeRefusal(), true);
        return;
    }
    if (auto error = m_settings.setValue(urlKey, text)) {
        showFeedback(error->message, true);
        return;
    }
    m_url->setText(m_settings.platformUrl());
    showFeedback(
        text.isEmpty() ? tr("Saved. You will practise on this computer.") : tr("Saved."), false);
}

void PlatformSection::showFeedback(const QString& text, bool isError)
{
    m_feedback->setTone(isError ? ToneLabel::Tone::Error : ToneLabel::Tone::Hint);
    m_feedback->setText(text);
    m_feedback->setAccessibleName(text);
    m_feedback->show();
}

void PlatformSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SettingsCard::changeEvent(event);
}

} // namespace vt::ui
