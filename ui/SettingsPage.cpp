#include "SettingsPage.h"

#include "AboutSection.h"
#include "AiProspectSection.h"
#include "AppearanceSection.h"
#include "AudioDevicesSection.h"
#include "ManagedSection.h"
#include "PlatformSection.h"
#include "PracticeWidgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace vt::ui {

SettingsPage::SettingsPage(app::Settings& settings, app::AudioDeviceCatalog& devices,
    std::function<void(const QString&, std::function<void(const QString&)>)> aiKeyStore,
    QWidget* parent)
    : QScrollArea(parent)
    , m_title(named<QLabel>("pageTitle"))
{
    setObjectName(QStringLiteral("settingsPage"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_title->setFont(font);

    auto* column = new QWidget;
    column->setMaximumWidth(780);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 24, 0, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(new ManagedSection(settings));
    layout->addWidget(new AudioDevicesSection(settings, devices));
    layout->addWidget(new PlatformSection(settings));
    layout->addWidget(new AiProspectSection(settings, std::move(aiKeyStore)));
    layout->addWidget(new AppearanceSection(settings));
    layout->addWidget(new AboutSection);
    layout->addStretch(1);

    // Centre the column; the margins grow with the window.
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("settingsContent"));
    centreColumn(content, column);
    setWidget(content);
    retranslate();
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    setAccessibleName(m_title->text());
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

} // namespace vt::ui
