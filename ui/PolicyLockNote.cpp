#include "PolicyLockNote.h"

#include "Icons.h"
#include "Settings.h"
#include "ThemeController.h"
#include "ToneLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace vt::ui {

PolicyLockNote::PolicyLockNote(const app::Settings& settings, const QString& key, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_key(key)
    , m_icon(new QLabel(this))
    , m_text(new ToneLabel(ToneLabel::Tone::Hint, this))
{
    setObjectName(
        QStringLiteral("lock_") + QString(key).replace(QLatin1Char('.'), QLatin1Char('_')));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setVisible(isLocked());
    retranslate();
    updateIcon();
}

bool PolicyLockNote::isLocked() const
{
    return m_settings.isLocked(m_key);
}

void PolicyLockNote::retranslate()
{
    m_text->setText(tr("Managed by your organisation"));
    const QString origin = m_settings.policy().origin(m_key);
    setToolTip(tr("This setting is fixed by your IT department's policy (%1).").arg(origin));
    setAccessibleName(m_text->text());
    setAccessibleDescription(toolTip());
}

void PolicyLockNote::updateIcon()
{
    const int size = fontMetrics().height();
    m_icon->setPixmap(
        tintedIcon(QStringLiteral("lock"), hintTextColor(palette())).pixmap(size, size));
}

void PolicyLockNote::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(event);
}

} // namespace vt::ui
