#include "AboutSection.h"
#include "PracticeWidgets.h"

#include "Icons.h"
#include "LogFile.h"
#include "VersionReport.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace vt::ui {

AboutSection::AboutSection(QWidget* parent)
    : SettingsCard(parent)
    , m_versions(named<QLabel>("versionReportLabel", this))
    , m_copy(new QPushButton(this))
    , m_logLabel(new QLabel(this))
    , m_logPath(new QLabel(this))
    , m_openLogs(new QPushButton(this))
{
    setObjectName(QStringLiteral("aboutSection"));
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_versions->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logPath->setText(QDir::toNativeSeparators(app::LogFile::defaultDirectory()));
    m_logPath->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_logPath->setWordWrap(true);

    form()->addRow(m_versions);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_openLogs);
    buttons->addStretch(1);
    buttons->setSpacing(8);
    addRow(m_logLabel, {m_logPath});
    form()->addRow(buttons);

    connect(m_copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_versions->text()); });
    connect(m_openLogs, &QPushButton::clicked, this,
        [] { QDesktopServices::openUrl(QUrl::fromLocalFile(app::LogFile::defaultDirectory())); });
    retranslate();
    updateIcons();
}

void AboutSection::retranslate()
{
    setTitle(tr("About"));
    m_versions->setText(app::VersionReport::text());
    m_versions->setAccessibleName(tr("Version information"));
    m_copy->setText(tr("&Copy version information"));
    m_logLabel->setText(tr("Log files"));
    m_openLogs->setText(tr("&Open log folder"));
}

void AboutSection::updateIcons()
{
    const QColor color = palette().color(QPalette::ButtonText);
    m_copy->setIcon(tintedIcon(QStringLiteral("copy"), color));
    m_openLogs->setIcon(tintedIcon(QStringLiteral("folder"), color));
}

void AboutSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateIcons();
    SettingsCard::changeEvent(event);
}

} // namespace vt::ui
