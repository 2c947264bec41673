#include "MainWindow.h"
#include "PracticeWidgets.h"

#include "CommandIndex.h"
#include "CommandPalette.h"
#include "DesktopTray.h"
#include "HistoryPage.h"
#include "LeaderboardPage.h"
#include "NavigationRail.h"
#include "PracticeFlow.h"
#include "PracticeWorkspace.h"
#include "ReviewSection.h"
#include "Settings.h"
#include "SettingsPage.h"
#include "TeamFeed.h"
#include "TeamPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>

namespace vt::ui {
namespace {

const QString settingsPageId = QStringLiteral("settings");
const QString practicePageId = QStringLiteral("practice");
const QString historyPageId = QStringLiteral("history");
const QString leaderboardPageId = QStringLiteral("leaderboard");
const QString teamPageId = QStringLiteral("team");

} // namespace

MainWindow::MainWindow(app::Settings& settings, app::AudioDeviceCatalog& devices,
    app::PracticeWorkspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_workspace(workspace)
    , m_commands(new app::CommandIndex(this))
    , m_palette(new CommandPalette(*m_commands, this))
    , m_tray(new DesktopTray(workspace, settings, this))
    , m_rail(new NavigationRail)
    , m_practice(new PracticeFlow(workspace, settings, devices))
    , m_stack(named<QStackedWidget>("pageStack"))
{
    setObjectName(QStringLiteral("mainWindow"));

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    addPage(practicePageId, QStringLiteral("headset"), m_practice);
    auto* history = new HistoryPage(workspace);
    auto* historySection = new ReviewSection(workspace, history, QStringLiteral("historySection"));
    connect(history, &HistoryPage::reviewRequested, historySection, &ReviewSection::openReview);
    connect(history, &HistoryPage::compareRequested, historySection, &ReviewSection::openCompare);
    addPage(historyPageId, QStringLiteral("history"), historySection);
    addPage(leaderboardPageId, QStringLiteral("leaderboard"), new LeaderboardPage(workspace));
    auto* team = new TeamPage(workspace);
    auto* teamSection = new ReviewSection(workspace, team, QStringLiteral("teamSection"));
    connect(team, &TeamPage::reviewRequested, teamSection, &ReviewSection::openReview);
    addPage(teamPageId, QStringLiteral("team"), teamSection);
    // Team shows only when the platform answers GET /team (a 403 or 404 hides it).
    const auto teamAccess = [this, &workspace] {
        const bool granted = workspace.team()->access() == app::TeamFeed::Access::Granted;
        m_rail->setItemVisible(teamPageId, granted);
        if (!granted && currentPage() == teamPageId)
            showPage(practicePageId);
    };
    connect(workspace.team(), &app::TeamFeed::accessChanged, this, teamAccess);
    teamAccess();
    addPage(settingsPageId, QStringLiteral("settings"),
        new SettingsPage(settings, devices,
            [&workspace](const QString& key, std::function<void(const QString&)> done) {
                workspace.setAiKey(key, std::move(done));
            }));
    connect(m_practice, &PracticeFlow::stepChanged, this, [this] { retranslate(); });

    auto* quit = new QAction(this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);
    auto* preferences = new QAction(this);
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    connect(preferences, &QAction::triggered, this, [this] { showPage(settingsPageId); });
    addAction(preferences);

    auto* palette = new QAction(this);
    palette->setObjectName(QStringLiteral("commandPaletteAction"));
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(palette, &QAction::triggered, this, &MainWindow::openCommandPalette);
    addAction(palette);
    // Assignments and scenarios that arrive while the palette is open join its list at once
    // (the query typed so far stays).
    connect(&m_workspace, &app::PracticeWorkspace::catalogChanged, this, [this] {
        if (m_palette->isVisible())
            rebuildCommands();
    });
    connect(m_palette, &CommandPalette::chosen, this,
        [this](app::CommandIndex::Kind kind, const QString& id, const QString& scenarioId) {
            using K = app::CommandIndex::Kind;
            if (kind == K::Page) {
                showPage(id);
                if (id == practicePageId)
                    m_practice->goHome();
                return;
            }
            showPage(practicePageId);
            m_practice->openScenario(scenarioId, kind == K::Assignment ? id : QString());
        });

    connect(m_rail, &NavigationRail::currentChanged, this, &MainWindow::showPage);

    if (!restoreGeometry(m_settings.windowGeometry())) {
        const QRect screen = QApplication::primaryScreen()->availableGeometry();
        resize(QSize(1120, 760).boundedTo(screen.size() * 0.9));
        move(screen.center() - rect().center());
    }
    const QString last = m_settings.lastPage();
    showPage(m_pages.contains(last) ? last : m_rail->ids().constFirst());
    applyStyleSheet();
    retranslate();
}

void MainWindow::addPage(const QString& id, const QString& iconName, QWidget* page)
{
    m_pages.insert(id, page);
    m_stack->addWidget(page);
    m_rail->addItem(id, iconName,
        id == settingsPageId ? NavigationRail::Placement::Bottom : NavigationRail::Placement::Top);
}

void MainWindow::openCommandPalette()
{
    rebuildCommands();
    m_palette->popup();
}

void MainWindow::rebuildCommands()
{
    QList<std::pair<QString, QString>> pages{{practicePageId, tr("Practice home")},
        {historyPageId, tr("History")}, {leaderboardPageId, tr("Leaderboard")}};
    if (m_rail->isItemVisible(teamPageId))
        pages.append({teamPageId, tr("Team")});
    pages.append({settingsPageId, tr("Settings")});
    m_commands->rebuild(pages, *m_workspace.assignments(), *m_workspace.scenarios());
}

QString MainWindow::currentPage() const
{
    return m_pages.key(m_stack->currentWidget());
}

void MainWindow::showPage(const QString& id)
{
    QWidget* page = m_pages.value(id);
    if (!page)
        return;
    m_stack->setCurrentWidget(page);
    m_rail->setCurrent(id);
    retranslate(); // the title names the page
}

void MainWindow::retranslate()
{
    m_rail->setItemText(practicePageId, tr("Practice"),
        tr("Your assignments, the scenario library and practice calls"));
    m_rail->setItemText(
        historyPageId, tr("History"), tr("Your attempts, their scores and how they trend"));
    m_rail->setItemText(teamPageId, tr("Team"),
        tr("Your people: assignments, overdue work, scores and their calls"));
    m_rail->setItemText(leaderboardPageId, tr("Leaderboard"),
        tr("How your team and organisation rank this week, this month and all time"));
    m_rail->setItemText(settingsPageId, tr("Settings"),
        tr("Audio devices, platform, language and theme (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText)));
    QString page;
    if (currentPage() == settingsPageId)
        page = tr("Settings");
    else if (currentPage() == historyPageId)
        page = tr("History");
    else if (currentPage() == leaderboardPageId)
        page = tr("Leaderboard");
    else if (currentPage() == teamPageId)
        page = tr("Team");
    setWindowTitle(
        page.isEmpty() ? tr("Voice AI Training") : tr("%1 — Voice AI Training").arg(page));
    m_tray->retranslate();
}

void MainWindow::applyStyleSheet()
{
    // Palette references keep the rail and cards right in both themes.
    setStyleSheet(QStringLiteral(
        "#navigationRail { background: palette(alternate-base);"
        "  border-right: 1px solid palette(mid); }"
        "#navigationRail QToolButton { border: none; border-radius: 12px; padding: 6px 2px; }"
        "#navigationRail QToolButton:hover { background: palette(midlight); }"
        "#navigationRail QToolButton:checked { background: palette(highlight);"
        "  color: palette(highlighted-text); }"
        "#navigationRail QToolButton:focus { border: 2px solid palette(highlight); }"
        "#settingsContent { background: palette(window); }"
        "QFrame[card=\"true\"] { background: palette(base); border: 1px solid palette(mid);"
        "  border-radius: 10px; }"
        "QFrame[card=\"true\"] QLabel { background: transparent; }"
        "QFrame[card=\"true\"] QLineEdit { background: palette(base);"
        "  border: 1px solid palette(mid); border-radius: 4px; padding: 3px 6px; }"
        "QFrame[card=\"true\"] QLineEdit:focus { border: 1px solid palette(highlight); }"
        "QFrame[card=\"true\"] QLineEdit:disabled { color: palette(text);"
        "  background: palette(alternate-base); }"
        // Banners: advice (info) and trouble (warn); amber reads on light and dark alike.
        "QLabel[banner=\"info\"], QLabel[banner=\"warn\"] { background: palette(base);"
        "  color: palette(text); border: 1px solid palette(highlight);"
        "  border-left: 4px solid palette(highlight); border-radius: 6px; padding: 8px 12px; }"
        "QLabel[banner=\"warn\"] { border-color: #d48806; }"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_practice->callRunning()) {
        const auto answer = QMessageBox::question(this, tr("End the call?"),
            tr("A practice call is running. Quit and end it? What was said so far is scored "
               "and kept."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setLastPage(currentPage());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace vt::ui
