#include "ManagedSection.h"

#include "Settings.h"
#include "SettingsRegistry.h"
#include "ToneLabel.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QStringList>

namespace vt::ui {

ManagedSection::ManagedSection(const app::Settings& settings, QWidget* parent)
    : SettingsCard(parent)
    , m_settings(settings)
    , m_intro(new ToneLabel(ToneLabel::Tone::Hint, this))
{
    setObjectName(QStringLiteral("managedSection"));
    m_intro->setWordWrap(true);
    form()->addRow(m_intro);
    for (const app::SettingSpec& spec : app::SettingsRegistry::all()) {
        const QString key = QLatin1String(spec.key);
        if (!settings.isLocked(key))
            continue;
        const QString name = QString(key).replace(QLatin1Char('.'), QLatin1Char('_'));
        auto* label = new QLabel(key, this);
        auto* value = new QLabel(this);
        auto* help = new ToneLabel(ToneLabel::Tone::Hint, this);
        value->setObjectName(QStringLiteral("managed_") + name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        help->setWordWrap(true);
        addRow(label, {value, help});
        m_keys.append(label);
        m_values.append(value);
        m_help.append(help);
    }
    setVisible(!m_keys.isEmpty());
    retranslate();
}

void ManagedSection::retranslate()
{
    setTitle(tr("Managed by your organisation"));
    QStringList origins;
    for (QLabel* label : std::as_const(m_keys)) {
        const QString origin = QDir::toNativeSeparators(m_settings.policy().origin(label->text()));
        if (!origins.contains(origin))
            origins.append(origin);
    }
    m_intro->setText(tr("Your IT department set these, and they cannot be changed on this "
                        "computer. From: %1")
                         .arg(origins.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        const QString key = m_keys[i]->text();
        const QString value = m_settings.value(key);
        m_values[i]->setText(value.isEmpty() ? tr("(empty)") : value);
        m_values[i]->setAccessibleName(tr("%1: %2").arg(key, m_values[i]->text()));
        if (const app::SettingSpec* spec = app::SettingsRegistry::find(key))
            m_help[i]->setText(app::SettingsRegistry::summary(*spec));
    }
}

void ManagedSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SettingsCard::changeEvent(event);
}

} // namespace vt::ui
