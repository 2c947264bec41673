#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

namespace vt::app {

// Settings that IT fixes for every user of a machine. A policy value overrides the user's
// value and locks it (the UI and the CLI refuse to change it). Sources are read in order and
// the first one naming a key wins, so the system-wide source always beats an extra one.
// Values are checked with the same rules as user input; a rejected value or an unknown key is
// reported in warnings() and ignored, never applied half-way.
class Policy final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::Policy)

public:
    struct Source {
        QString location; // file path, or registry path on Windows
        QSettings::Format format = QSettings::IniFormat;
    };

    // Linux: /etc/xdg/VoiceTraining/policy.conf (INI). Windows: the registry key
    // HKLM\SOFTWARE\Policies\VoiceTraining (Group Policy: packaging/windows/*.admx). macOS:
    // /Library/Managed Preferences/com.voicetraining.policy.plist (a configuration profile),
    // then /Library/Preferences/com.voicetraining.policy.plist.
    static QList<Source> systemSources();
    // The system sources, then the file named by VT_POLICY_FILE when set (for staging a
    // policy before deploying it, and for tests). The extra file can add locks, never lift one.
    static QList<Source> defaultSources();

    static Policy load(const QList<Source>& sources);

    bool isEmpty() const { return m_entries.isEmpty(); }
    std::optional<QString> value(const QString& key) const;
    // Where a key's value came from (the source's location); empty when not set by policy.
    QString origin(const QString& key) const;
    QStringList lockedKeys() const;
    QStringList warnings() const { return m_warnings; }

private:
    struct Entry {
        QString value;
        QString origin;
    };
    void read(const Source& source);

    QHash<QString, Entry> m_entries;
    QStringList m_warnings;
};

} // namespace vt::app
