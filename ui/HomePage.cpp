#include "HomePage.h"

#include "Icons.h"
#include "PracticeListModels.h"
#include "PracticeWidgets.h"
#include "PracticeWorkspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace vt::ui {

HomePage::HomePage(app::PracticeWorkspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_filter(new app::ScenarioFilterModel(this))
    , m_title(makeHeading(QStringLiteral("homeTitle"), 1.6))
    , m_syncPill(named<Pill>("syncPill"))
    , m_syncText(named<QLabel>("syncStatus"))
    , m_refresh(named<QToolButton>("refreshButton"))
    , m_account(named<QToolButton>("changePlatformButton"))
    , m_offlineBanner(named<QLabel>("offlineBanner"))
    , m_updateBanner(named<QLabel>("updateBanner"))
    , m_assignmentsTitle(makeHeading(QStringLiteral("assignmentsTitle"), 1.15))
    , m_assignments(named<CardListView>("assignmentList"))
    , m_libraryTitle(makeHeading(QStringLiteral("libraryTitle"), 1.15))
    , m_search(named<QLineEdit>("scenarioSearch"))
    , m_difficulty(named<QComboBox>("difficultyFilter"))
    , m_scenarios(named<CardListView>("scenarioList"))
{
    setObjectName(QStringLiteral("homePage"));

    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setProperty("banner", QStringLiteral("warn"));
    m_offlineBanner->hide();
    m_updateBanner->setWordWrap(true);
    m_updateBanner->setProperty("banner", QStringLiteral("info"));
    m_updateBanner->setTextFormat(Qt::RichText);
    m_updateBanner->setTextInteractionFlags(
        Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_updateBanner->hide();
    m_syncText->setWordWrap(true);
    m_refresh->setAutoRaise(true);
    m_refresh->setIcon(tintedIcon(QStringLiteral("refresh"), palette().color(QPalette::Text)));
    m_search->setClearButtonEnabled(true);
    m_assignments->setModel(workspace.assignments());
    m_assignments->setMaxVisibleRows(3);
    m_filter->setSourceModel(workspace.scenarios());
    m_scenarios->setModel(m_filter);
    m_scenarios->setMaxVisibleRows(100);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_syncPill);
    header->addWidget(m_refresh);
    header->addWidget(m_account);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_libraryTitle, 1);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_difficulty);

    auto* column = new QWidget;
    column->setMaximumWidth(980);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 24, 0, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_syncText);
    layout->addWidget(m_offlineBanner);
    layout->addWidget(m_updateBanner);
    layout->addSpacing(6);
    layout->addWidget(m_assignmentsTitle);
    layout->addWidget(m_assignments);
    layout->addSpacing(6);
    layout->addLayout(filters);
    layout->addWidget(m_scenarios, 1);

    centreColumn(this, column);

    // The system browser downloads it.
    connect(m_updateBanner, &QLabel::linkActivated, this,
        [](const QString& link) { QDesktopServices::openUrl(QUrl(link)); });
    connect(m_refresh, &QToolButton::clicked, &m_workspace, &app::PracticeWorkspace::refresh);
    connect(
        m_account, &QToolButton::clicked, &m_workspace, &app::PracticeWorkspace::changePlatform);
    connect(m_search, &QLineEdit::textChanged, m_filter, &app::ScenarioFilterModel::setSearch);
    connect(m_search, &QLineEdit::textChanged, this, &HomePage::updatePlaceholders);
    connect(m_difficulty, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setDifficulty(m_difficulty->currentData().toString());
        updatePlaceholders();
    });
    connect(m_assignments, &QListView::activated, this,
        [this](const QModelIndex& index) { activate(index, true); });
    connect(m_assignments, &QListView::clicked, this,
        [this](const QModelIndex& index) { activate(index, true); });
    connect(m_scenarios, &QListView::activated, this,
        [this](const QModelIndex& index) { activate(index, false); });
    connect(m_scenarios, &QListView::clicked, this,
        [this](const QModelIndex& index) { activate(index, false); });
    connect(&m_workspace, &app::PracticeWorkspace::catalogChanged, this, [this] {
        m_assignments->updateGeometry();
        updatePlaceholders();
        updateStatus();
    });
    connect(&m_workspace, &app::PracticeWorkspace::syncChanged, this, &HomePage::updateStatus);
    connect(
        &m_workspace, &app::PracticeWorkspace::updateOfferChanged, this, &HomePage::updateStatus);
    connect(
        &m_workspace, &app::PracticeWorkspace::connectionChanged, this, &HomePage::updateStatus);
    retranslate();
}

void HomePage::activate(const QModelIndex& index, bool assignment)
{
    const QString scenario = index.data(app::cardrole::ScenarioId).toString();
    if (scenario.isEmpty())
        return;
    Q_EMIT openScenario(
        scenario, assignment ? index.data(app::cardrole::Id).toString() : QString());
}

void HomePage::updateStatus()
{
    const app::SyncSummary s = m_workspace.syncSummary();
    const QString account = m_workspace.accountName();
    m_title->setText(account.isEmpty()
            ? tr("Practice")
            : tr("Hello, %1").arg(account.section(QLatin1Char(' '), 0, 0)));
    const QLocale locale;
    QStringList parts;
    if (s.local) {
        m_syncPill->setText(tr("On this computer"));
        m_syncPill->setTone(QStringLiteral("neutral"));
        parts.append(tr("Practising on this computer: nothing leaves it."));
    } else if (s.online) {
        m_syncPill->setText(tr("Online"));
        m_syncPill->setTone(QStringLiteral("good"));
        parts.append(s.waiting > 0 ? tr("%n attempt(s) uploading.", nullptr, s.waiting)
                                   : tr("Everything is saved to your organisation."));
    } else {
        m_syncPill->setText(tr("Offline"));
        m_syncPill->setTone(QStringLiteral("warn"));
        if (s.waiting > 0)
            parts.append(tr("%n attempt(s) waiting to upload.", nullptr, s.waiting));
    }
    if (s.needsAttention > 0)
        parts.append(
            tr("%n attempt(s) refused by the platform: see the log.", nullptr, s.needsAttention));
    m_syncText->setText(parts.join(QLatin1Char(' ')));
    m_account->setText(s.local ? tr("Use an organisation…") : tr("Sign out…"));
    m_account->setToolTip(s.local
            ? tr("Sign in to your organisation's platform instead of practising "
                 "on this computer")
            : tr("Sign out of %1 and choose the platform again")
                  .arg(m_workspace.platformAddress()));
    m_syncPill->setAccessibleName(tr("Sync status: %1").arg(m_syncPill->text()));

    const bool offline = !s.local && !s.online
        && m_workspace.connection() == app::PracticeWorkspace::Connection::Ready;
    const std::optional<app::UpdateOffer> update = m_workspace.updateOffer();
    m_updateBanner->setVisible(update.has_value());
    if (update) {
        m_updateBanner->setText(
            tr("Voice AI Training %1 is available, approved by your organisation. "
               "<a href=\"%2\">Download it</a>, then install it over this version; your "
               "attempts and settings stay.")
                .arg(update->version.toHtmlEscaped(), update->url.toHtmlEscaped()));
        m_updateBanner->setToolTip(update->notes);
    }
    m_offlineBanner->setVisible(offline);
    if (offline) {
        const qint64 asOf
            = m_workspace.catalogSyncedAt() > 0 ? m_workspace.catalogSyncedAt() : s.lastSyncAt;
        m_offlineBanner->setText(
            (asOf > 0 ? tr("Offline since %1: your assignments and scenarios are as of then.")
                            .arg(locale.toString(
                                QDateTime::fromMSecsSinceEpoch(asOf), QLocale::ShortFormat))
                      : tr("Offline: the platform cannot be reached."))
            + QLatin1Char(' ')
            + tr("You can still practise; your attempts upload when you are back online."));
    }
}

void HomePage::updatePlaceholders()
{
    const bool loading = m_workspace.catalogLoading();
    const QString error = m_workspace.catalogError();
    if (loading)
        m_assignments->setPlaceholder(tr("Loading your assignments…"));
    else if (!error.isEmpty() && m_workspace.assignments()->rowCount() == 0)
        m_assignments->setPlaceholder(tr("Your assignments could not be loaded: %1").arg(error));
    else
        m_assignments->setPlaceholder(tr("No assignments right now. Pick any scenario below "
                                         "to practise."));
    if (loading)
        m_scenarios->setPlaceholder(tr("Loading the scenario library…"));
    else if (m_workspace.scenarios()->rowCount() == 0)
        m_scenarios->setPlaceholder(error.isEmpty()
                ? tr("The library is empty.")
                : tr("The library could not be loaded: %1").arg(error));
    else
        m_scenarios->setPlaceholder(tr("No scenario matches “%1”.").arg(m_search->text()));
}

void HomePage::retranslate()
{
    m_assignmentsTitle->setText(tr("Your assignments"));
    m_libraryTitle->setText(tr("Scenario library"));
    m_search->setPlaceholderText(tr("Search scenarios, personas…"));
    m_search->setAccessibleName(tr("Search the scenario library"));
    m_assignments->setAccessibleName(tr("Your assignments"));
    m_scenarios->setAccessibleName(tr("Scenario library"));
    m_refresh->setToolTip(tr("Refresh from the platform"));
    m_refresh->setAccessibleName(tr("Refresh"));
    const QString chosen = m_difficulty->currentData().toString();
    m_difficulty->blockSignals(true);
    m_difficulty->clear();
    m_difficulty->addItem(tr("Any difficulty"), QString());
    for (const char* d : {"easy", "medium", "hard"})
        m_difficulty->addItem(
            app::ScenarioListModel::difficultyText(QLatin1String(d)), QLatin1String(d));
    m_difficulty->setCurrentIndex(std::max(0, m_difficulty->findData(chosen)));
    m_difficulty->blockSignals(false);
    m_difficulty->setAccessibleName(tr("Difficulty"));
    // The cards' words come from the models at paint time.
    m_assignments->viewport()->update();
    m_scenarios->viewport()->update();
    updateStatus();
    updatePlaceholders();
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        m_refresh->setIcon(tintedIcon(QStringLiteral("refresh"), palette().color(QPalette::Text)));
    QWidget::changeEvent(event);
}

} // namespace vt::ui
