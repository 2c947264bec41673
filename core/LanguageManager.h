#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace vt::app {

class Settings;

// Installs the translators for the interface language: the app's own strings (embedded
// :/i18n/voicetraining_<lang>.qm) and Qt's (standard dialogs). Switching installs the new
// ones, which makes Qt send QEvent::LanguageChange to every widget: no restart needed.
class LanguageManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    static QStringList supportedLanguages(); // {"en", "es"}
    // "system" follows the system locale when it is supported, else English.
    static QString resolve(const QString& setting, const QLocale& system = QLocale::system());
    // The language's own name for itself ("English", "Español").
    static QString nativeName(const QString& language);

    // Takes a ui.language setting value.
    void apply(const QString& setting);
    // Applies the settings' language now and whenever it changes.
    void follow(const Settings& settings);
    QString currentLanguage() const { return m_current; }

Q_SIGNALS:
    void languageChanged(const QString& language);

private:
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_current;
};

} // namespace vt::app
