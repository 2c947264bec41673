#include "AiProspectSection.h"
#include "PracticeWidgets.h"

#include "PolicyLockNote.h"
#include "Settings.h"
#include "SettingsRegistry.h"
#include "ToneLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace vt::ui {
namespace {

const QString urlKey = QLatin1String(app::keys::aiUrl);
const QString modelKey = QLatin1String(app::keys::aiModel);

} // namespace

AiProspectSection::AiProspectSection(app::Settings& settings, KeyStore keyStore, QWidget* parent)
    : SettingsCard(parent)
    , m_settings(settings)
    , m_keyStore(std::move(keyStore))
    , m_urlLabel(new QLabel(this))
    , m_url(named<QLineEdit>("aiUrlEdit", this))
    , m_modelLabel(new QLabel(this))
    , m_model(named<QLineEdit>("aiModelEdit", this))
    , m_keyLabel(new QLabel(this))
    , m_key(named<QLineEdit>("aiKeyEdit", this))
    , m_hint(named<ToneLabel>("aiHint", ToneLabel::Tone::Hint, this))
    , m_save(named<QPushButton>("aiSaveButton", this))
    , m_forget(named<QPushButton>("aiForgetKeyButton", this))
    , m_feedback(named<ToneLabel>("aiFeedback", ToneLabel::Tone::Error, this))
    , m_lock(new PolicyLockNote(settings, urlKey, this))
{
    setObjectName(QStringLiteral("aiProspectSection"));
    m_feedback->hide();
    m_hint->setWordWrap(true);
    m_feedback->setWordWrap(true);
    m_urlLabel->setBuddy(m_url);
    m_modelLabel->setBuddy(m_model);
    m_keyLabel->setBuddy(m_key);
    m_url->setText(m_settings.aiUrl());
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_url->setClearButtonEnabled(true);
    m_model->setText(m_settings.aiModel());
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    const bool locked = m_settings.isLocked(urlKey) || m_settings.isLocked(modelKey);
    for (QWidget* w : {static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_model)})
        w->setEnabled(!locked);

    auto* buttons = new QWidget(this);
    auto* row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_save);
    row->addWidget(m_forget);
    row->addStretch(1);
    addRow(m_urlLabel, {m_url, m_lock, m_hint});
    addRow(m_modelLabel, {m_model});
    addRow(m_keyLabel, {m_key, buttons, m_feedback});

    connect(m_save, &QPushButton::clicked, this, &AiProspectSection::save);
    connect(m_key, &QLineEdit::returnPressed, this, &AiProspectSection::save);
    connect(m_forget, &QPushButton::clicked, this, &AiProspectSection::forgetKey);
    connect(&m_settings, &app::Settings::changed, this, [this](const QString& key) {
        if (key == urlKey && !m_url->hasFocus())
            m_url->setText(m_settings.aiUrl());
        if (key == modelKey && !m_model->hasFocus())
            m_model->setText(m_settings.aiModel());
    });
    retranslate();
}

void AiProspectSection::retranslate()
{
    setTitle(tr("AI prospect"));
    m_urlLabel->setText(tr("AI &server"));
    m_url->setPlaceholderText(tr("http://127.0.0.1:11434/v1"));
    m_url->setAccessibleName(tr("AI prospect server address"));
    m_modelLabel->setText(tr("&Model"));
    m_model->setPlaceholderText(tr("llama3.1:8b"));
    m_model->setAccessibleName(tr("AI prospect model"));
    m_keyLabel->setText(tr("&Key"));
    m_key->setPlaceholderText(tr("Only if the server asks for one"));
    m_key->setAccessibleName(tr("AI prospect server key"));
    m_save->setText(tr("Save"));
    m_forget->setText(tr("Forget the key"));
    m_forget->setToolTip(tr("Remove the key from the system keychain"));
    m_hint->setText(tr("When you practise on this computer, an AI model on an OpenAI-compatible "
                       "server (such as Ollama, vLLM or llama.cpp) plays the prospect. Leave the "
                       "address empty for the scenario's practice script. The key is kept in "
                       "your system keychain. Your organisation's platform chooses its own."));
}

void AiProspectSection::save()
{
    const QString url = m_url->text().trimmed();
    const QString model = m_model->text().trimmed();
    if (!url.isEmpty() && model.isEmpty()) {
        showFeedback(tr("Name the model the server should run, such as llama3.1:8b."), true);
        m_model->setFocus();
        return;
    }
    if (!m_settings.isLocked(urlKey) && !m_settings.isLocked(modelKey)) {
        if (auto error = m_settings.setValue(urlKey, url)) {
            showFeedback(error->message, true);
            return;
        }
        if (auto error = m_settings.setValue(modelKey, model)) {
            showFeedback(error->message, true);
            return;
        }
    }
    const QString saved = url.isEmpty()
        ? tr("Saved. The practice script plays the prospect on this computer.")
        : tr("Saved. %1 on %2 plays the prospect from your next call on this computer.")
              .arg(model, url);
    const QString key = m_key->text();
    if (key.isEmpty()) {
        showFeedback(saved, false);
        return;
    }
    m_key->clear();
    m_keyStore(key, [this, saved](const QString& error) {
        if (error.isEmpty())
            showFeedback(
                saved + QLatin1Char(' ') + tr("The key is in your system keychain."), false);
        else
            showFeedback(
                tr("The key could not be kept in the system keychain: %1").arg(error), true);
    });
}

void AiProspectSection::forgetKey()
{
    m_key->clear();
    m_keyStore(QString(), [this](const QString& error) {
        showFeedback(error.isEmpty() ? tr("The key was removed from your system keychain.")
                                     : tr("The key could not be removed: %1").arg(error),
            !error.isEmpty());
    });
}

void AiProspectSection::showFeedback(const QString& text, bool isError)
{
    m_feedback->setTone(isError ? ToneLabel::Tone::Error : ToneLabel::Tone::Hint);
    m_feedback->setText(text);
    m_feedback->setAccessibleName(text);
    m_feedback->show();
}

void AiProspectSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SettingsCard::changeEvent(event);
}

} // namespace vt::ui
