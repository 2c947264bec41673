#include "PlatformSection.h"

#include "PolicyLockNote.h"
#include "Settings.h"
#include "SettingsRegistry.h"
#include "ThemeController.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace vt::ui {
namespace {

const QString urlKey = QLatin1String(app::keys::platformUrl);

} // namespace

PlatformSection::PlatformSection(app::Settings& settings, QWidget* parent)
    : SettingsCard(parent)
    , m_settings(settings)
    , m_label(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_feedback(new QLabel(this))
    , m_lock(new PolicyLockNote(settings, urlKey, this))
{
    setObjectName(QStringLiteral("platformSection"));
    m_url->setObjectName(QStringLiteral("platformUrlEdit"));
    m_feedback->setObjectName(QStringLiteral("platformUrlFeedback"));
    m_hint->setWordWrap(true);
    m_feedback->setWordWrap(true);
    m_feedback->hide();
    m_label->setBuddy(m_url);
    m_url->setText(m_settings.platformUrl());
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    const bool locked = m_settings.isLocked(urlKey);
    m_url->setClearButtonEnabled(!locked);
    m_url->setReadOnly(locked);
    m_url->setEnabled(!locked);
    m_hint->setVisible(!locked); // "leave it empty to..." is not the user's choice then

    auto* field = new QVBoxLayout;
    field->setSpacing(4);
    field->addWidget(m_url);
    field->addWidget(m_feedback);
    field->addWidget(m_lock);
    field->addWidget(m_hint);
    addRow(m_label, field);

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
    m_hint->setText(tr("Your organisation's training platform. Leave it empty to practise on "
                       "this computer, without an account."));
    QPalette palette = m_hint->palette();
    palette.setColor(QPalette::WindowText, hintTextColor(this->palette()));
    m_hint->setPalette(palette);
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
    m_feedbackIsError = isError;
    QPalette palette = m_feedback->palette();
    palette.setColor(QPalette::WindowText,
        isError ? errorTextColor(this->palette()) : hintTextColor(this->palette()));
    m_feedback->setPalette(palette);
    m_feedback->setText(text);
    m_feedback->setAccessibleName(text);
    m_feedback->show();
}

void PlatformSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange && m_feedback->isVisible()) {
        showFeedback(m_feedback->text(), m_feedbackIsError);
    }
    SettingsCard::changeEvent(event);
}

} // namespace vt::ui
