#pragma once

#include "SettingsCard.h"

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vt::app {
class Settings;
}

namespace vt::ui {

class PolicyLockNote;
class ToneLabel;

// Settings ▸ AI prospect: when practising on this computer, an OpenAI-compatible server whose
// model plays the prospect (docs/engines.md), such as a local Ollama: its address, its model
// and its key, kept in the system keychain and never shown again. Empty address: the
// scenario's practice script. The organisation's platform decides for itself.
class AiProspectSection final : public SettingsCard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AiProspectSection)

public:
    // Keeps a key (empty: forgets it); calls back with an error sentence or nothing.
    using KeyStore = std::function<void(const QString& key, std::function<void(const QString&)>)>;

    AiProspectSection(app::Settings& settings, KeyStore keyStore, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void save();
    void forgetKey();
    void showFeedback(const QString& text, bool isError);

    app::Settings& m_settings;
    KeyStore m_keyStore;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QLabel* m_modelLabel;
    QLineEdit* m_model;
    QLabel* m_keyLabel;
    QLineEdit* m_key;
    ToneLabel* m_hint;
    QPushButton* m_save;
    QPushButton* m_forget;
    ToneLabel* m_feedback;
    PolicyLockNote* m_lock;
};

} // namespace vt::ui
