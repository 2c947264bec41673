#include "TeamPage.h"

#include "CsvSave.h"
#include "HistoryModel.h"
#include "PracticeWidgets.h"
#include "PracticeWorkspace.h"
#include "Sparkline.h"
#include "TeamFeed.h"
#include "TeamModel.h"
#include "ToneLabel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vt::ui {

using app::TeamFeed;
using app::TeamModel;

TeamPage::TeamPage(app::PracticeWorkspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_filter(new app::TeamFilterModel(this))
    , m_memberFilter(new app::HistoryFilterModel(this))
    , m_title(makeHeading(QStringLiteral("teamTitle"), 1.6))
    , m_summary(named<ToneLabel>("teamSummary", ToneLabel::Tone::Hint))
    , m_search(named<QLineEdit>("teamSearch"))
    , m_overdue(named<QCheckBox>("teamOverdueOnly"))
    , m_export(named<QPushButton>("teamExportButton"))
    , m_table(named<QTableView>("teamTable"))
    , m_memberTitle(makeHeading(QStringLiteral("teamMemberTitle"), 1.1))
    , m_attempts(named<QTableView>("teamMemberAttempts"))
    , m_open(named<QPushButton>("teamReviewButton"))
{
    setObjectName(QStringLiteral("teamPage"));
    m_search->setClearButtonEnabled(true);
    m_summary->setWordWrap(true);
    m_open->setEnabled(false);

    TeamFeed* feed = workspace.team();
    m_filter->setSourceModel(feed->model());
    m_table->setModel(m_filter);
    setUpRecordTable(m_table, TeamModel::NameColumn);
    m_table->sortByColumn(TeamModel::NameColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(TeamModel::TrendColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(TeamModel::TrendColumn, 130);
    m_table->setItemDelegateForColumn(
        TeamModel::TrendColumn, new SparklineDelegate(TeamModel::TrendRole, m_table));
    m_memberFilter->setSourceModel(feed->memberAttempts());
    m_attempts->setModel(m_memberFilter);
    setUpRecordTable(m_attempts, app::HistoryModel::ScenarioColumn);
    m_attempts->sortByColumn(app::HistoryModel::DateColumn, Qt::DescendingOrder);
    m_attempts->hideColumn(app::HistoryModel::SyncColumn);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_overdue, 1);
    filters->addWidget(m_export);
    auto* memberRow = new QHBoxLayout;
    memberRow->addWidget(m_memberTitle, 1);
    memberRow->addWidget(m_open);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 3);
    layout->addLayout(memberRow);
    layout->addWidget(m_attempts, 2);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearch(text);
        update();
    });
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setOverdueOnly(only);
        update();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (!current.isValid())
                return;
            const QModelIndex name = current.siblingAtColumn(TeamModel::NameColumn);
            m_workspace.team()->loadMember(name.data(TeamModel::UserIdRole).toString(),
                m_workspace.team()->model()->members().at(m_filter->mapToSource(name).row()).name);
        });
    connect(m_attempts->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { m_open->setEnabled(m_attempts->currentIndex().isValid()); });
    connect(m_attempts, &QTableView::activated, this, &TeamPage::openSelected);
    connect(m_open, &QPushButton::clicked, this, &TeamPage::openSelected);
    connect(m_export, &QPushButton::clicked, this, [this] {
        exportModelCsv(
            this, tr("Export the team"), QStringLiteral("voice-training-team.csv"), *m_filter);
    });
    connect(feed, &TeamFeed::changed, this, &TeamPage::update);
    connect(feed, &TeamFeed::memberChanged, this, &TeamPage::updateMember);
    retranslate();
}

void TeamPage::showEvent(QShowEvent* event)
{
    m_workspace.team()->load();
    QWidget::showEvent(event);
}

QString TeamPage::exportCsv(const QString& path) const
{
    return saveModelCsv(*m_filter, path);
}

void TeamPage::openSelected()
{
    const QModelIndex current = m_attempts->currentIndex();
    if (current.isValid())
        Q_EMIT reviewRequested(current.data(app::HistoryModel::AttemptIdRole).toString(), {});
}

void TeamPage::update()
{
    const TeamFeed* feed = m_workspace.team();
    const int all = feed->model()->rowCount();
    const int shown = m_filter->rowCount();
    int overdue = 0;
    for (const app::TeamMemberRow& m : feed->model()->members())
        overdue += m.overdue > 0 ? 1 : 0;
    QString summary;
    if (feed->loading() && all == 0)
        summary = tr("Loading your team…");
    else if (!feed->error().isEmpty())
        summary = feed->error();
    else if (all == 0)
        summary = tr("Nobody to show yet.");
    else {
        summary = feed->scope() == QLatin1String("org")
            ? tr("%n people in the organisation", nullptr, all)
            : tr("%n people in your team", nullptr, all);
        summary += QLatin1String("; ") + tr("%n with overdue work.", nullptr, overdue);
        if (shown != all)
            summary += QLatin1Char(' ') + tr("%1 shown.").arg(shown);
    }
    if (feed->syncedAt() > 0)
        summary += QLatin1Char(' ')
            + tr("Offline: as of %1.")
                  .arg(QLocale().toString(
                      QDateTime::fromMSecsSinceEpoch(feed->syncedAt()), QLocale::ShortFormat));
    m_summary->setText(summary);
    m_summary->setTone(feed->error().isEmpty() ? ToneLabel::Tone::Hint : ToneLabel::Tone::Error);
}

void TeamPage::updateMember()
{
    const TeamFeed* feed = m_workspace.team();
    if (feed->memberId().isEmpty()) {
        m_memberTitle->setText(tr("Select a person to see their attempts"));
    } else if (!feed->memberError().isEmpty()) {
        m_memberTitle->setText(
            tr("%1's attempts cannot be loaded: %2").arg(feed->memberName(), feed->memberError()));
    } else {
        m_memberTitle->setText(
            tr("%1's attempts (%2)").arg(feed->memberName()).arg(m_memberFilter->rowCount()));
    }
    m_attempts->setAccessibleName(feed->memberId().isEmpty()
            ? tr("Attempts of the selected person")
            : tr("%1's attempts").arg(feed->memberName()));
    m_open->setEnabled(m_attempts->currentIndex().isValid());
}

void TeamPage::retranslate()
{
    m_title->setText(tr("Team"));
    m_search->setPlaceholderText(tr("Find a person or team…"));
    m_search->setAccessibleName(tr("Find a person in the team"));
    m_overdue->setText(tr("Only people with overdue work"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the team as shown as a spreadsheet file (CSV)"));
    m_table->setAccessibleName(tr("Team members"));
    m_open->setText(tr("Review"));
    m_open->setToolTip(tr("Open the selected attempt: its timeline, recording and breakdown"));
    update();
    updateMember();
}

void TeamPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vt::ui
