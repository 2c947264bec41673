#include "LeaderboardPage.h"

#include "CsvSave.h"
#include "LeaderboardFeed.h"
#include "LeaderboardModel.h"
#include "PracticeListModels.h"
#include "PracticeWidgets.h"
#include "PracticeWorkspace.h"
#include "Sparkline.h"
#include "ToneLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace vt::ui {
namespace {

using app::LeaderboardFeed;
using app::LeaderboardModel;

// The user's own row in bold.
class OwnRowDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(LeaderboardModel::IsMeRole).toBool())
            option->font.setBold(true);
    }
};

} // namespace

LeaderboardPage::LeaderboardPage(app::PracticeWorkspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_filter(new app::LeaderboardFilterModel(this))
    , m_title(makeHeading(QStringLiteral("leaderboardTitle"), 1.6))
    , m_summary(named<ToneLabel>("leaderboardSummary", ToneLabel::Tone::Hint))
    , m_period(named<QComboBox>("leaderboardPeriod"))
    , m_scope(named<QComboBox>("leaderboardScope"))
    , m_scenario(named<QComboBox>("leaderboardScenario"))
    , m_search(named<QLineEdit>("leaderboardSearch"))
    , m_export(named<QPushButton>("leaderboardExportButton"))
    , m_table(named<QTableView>("leaderboardTable"))
    , m_me(named<QLabel>("leaderboardMe"))
    , m_showMe(named<QPushButton>("leaderboardShowMe"))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("leaderboardPage"));
    m_search->setClearButtonEnabled(true);
    m_summary->setWordWrap(true);
    m_me->setWordWrap(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);

    m_filter->setSourceModel(workspace.leaderboard()->model());
    m_table->setModel(m_filter);
    setUpRecordTable(m_table, LeaderboardModel::NameColumn);
    m_table->sortByColumn(LeaderboardModel::RankColumn, Qt::AscendingOrder);
    // Fixed widths: sizing columns to their contents would read every row.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LeaderboardModel::NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setItemDelegate(new OwnRowDelegate(m_table));
    m_table->setItemDelegateForColumn(
        LeaderboardModel::TrendColumn, new SparklineDelegate(LeaderboardModel::TrendRole, m_table));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_period, 1);
    filters->addWidget(m_scope, 1);
    filters->addWidget(m_scenario, 2);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_export);
    auto* meRow = new QHBoxLayout;
    meRow->addWidget(m_me, 1);
    meRow->addWidget(m_showMe);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(meRow);

    for (QComboBox* box : {m_period, m_scope, m_scenario})
        connect(box, &QComboBox::currentIndexChanged, this, &LeaderboardPage::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_filter->setSearch(m_search->text());
        update();
    });
    connect(m_showMe, &QPushButton::clicked, this, &LeaderboardPage::showMe);
    connect(m_export, &QPushButton::clicked, this, [this] {
        exportModelCsv(this, tr("Export the leaderboard"),
            QStringLiteral("voice-training-leaderboard.csv"), *m_filter);
    });
    connect(workspace.leaderboard(), &LeaderboardFeed::changed, this, &LeaderboardPage::update);
    connect(
        &workspace, &app::PracticeWorkspace::catalogChanged, this, &LeaderboardPage::fillScenarios);
    retranslate();
}

void LeaderboardPage::showEvent(QShowEvent* event)
{
    reload();
    QWidget::showEvent(event);
}

void LeaderboardPage::reload()
{
    if (m_period->count() == 0 || m_scope->count() == 0)
        return;
    m_workspace.leaderboard()->load(LeaderboardFeed::Period(m_period->currentData().toInt()),
        LeaderboardFeed::Scope(m_scope->currentData().toInt()),
        m_scenario->currentData().toString());
}

QString LeaderboardPage::exportCsv(const QString& path) const
{
    return saveModelCsv(*m_filter, path);
}

void LeaderboardPage::showMe()
{
    const int row = m_workspace.leaderboard()->model()->myRow();
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_workspace.leaderboard()->model()->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_filter->setSearch(QString());
        index = m_filter->mapFromSource(m_workspace.leaderboard()->model()->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
}

void LeaderboardPage::fillScenarios()
{
    const QString chosen = m_scenario->currentData().toString();
    m_scenario->blockSignals(true);
    m_scenario->clear();
    m_scenario->addItem(tr("All scenarios"), QString());
    for (const app::ScenarioCard& s : m_workspace.scenarios()->items())
        m_scenario->addItem(s.title, s.id);
    m_scenario->setCurrentIndex(std::max(0, m_scenario->findData(chosen)));
    m_scenario->blockSignals(false);
}

void LeaderboardPage::update()
{
    const LeaderboardFeed* feed = m_workspace.leaderboard();
    const int all = feed->model()->rowCount();
    const int shown = m_filter->rowCount();
    QString summary;
    if (feed->loading() && all == 0)
        summary = tr("Loading the leaderboard…");
    else if (!feed->error().isEmpty())
        summary = feed->error();
    else if (all == 0)
        summary = tr("Nobody has a completed attempt in this period yet.");
    else if (shown == all)
        summary = feed->scope() == QLatin1String("team")
            ? tr("%n people ranked in your team.", nullptr, all)
            : tr("%n people ranked in the organisation.", nullptr, all);
    else
        summary = tr("%1 of %n people shown.", nullptr, all).arg(shown);
    if (feed->syncedAt() > 0)
        summary += QLatin1Char(' ')
            + tr("Offline: as of %1.")
                  .arg(QLocale().toString(
                      QDateTime::fromMSecsSinceEpoch(feed->syncedAt()), QLocale::ShortFormat));
    m_summary->setText(summary);
    m_summary->setTone(feed->error().isEmpty() ? ToneLabel::Tone::Hint : ToneLabel::Tone::Error);

    const std::optional<app::LeaderboardEntry> me = feed->me();
    m_showMe->setVisible(me && feed->model()->myRow() >= 0);
    if (!me) {
        m_me->setText(all == 0 ? QString()
                               : tr("You have no completed attempt in this period yet: practise "
                                    "to get on the board."));
        return;
    }
    m_me->setText(
        tr("<b>You: #%1</b> of %2 · best %3 · average %4 · %n attempt(s) · %5 passed", nullptr,
            me->attempts)
            .arg(me->rank)
            .arg(feed->total())
            .arg(std::lround(me->best))
            .arg(QLocale().toString(me->average, 'f', 1), LeaderboardModel::percent(me->passRate)));
}

void LeaderboardPage::retranslate()
{
    m_title->setText(tr("Leaderboard"));
    m_search->setPlaceholderText(tr("Find a person…"));
    m_search->setAccessibleName(tr("Find a person on the leaderboard"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the leaderboard as shown as a spreadsheet file (CSV)"));
    m_period->setAccessibleName(tr("Period"));
    m_scope->setAccessibleName(tr("Who is ranked"));
    m_scenario->setAccessibleName(tr("Scenario"));
    m_table->setAccessibleName(tr("Leaderboard"));
    m_showMe->setText(tr("Show me"));
    m_showMe->setAccessibleName(tr("Show my row in the leaderboard"));
    const auto refill = [](QComboBox* box, const QList<std::pair<QString, int>>& items) {
        const int current = std::max(0, box->currentIndex());
        box->blockSignals(true);
        box->clear();
        for (const auto& [text, value] : items)
            box->addItem(text, value);
        box->setCurrentIndex(current);
        box->blockSignals(false);
    };
    refill(m_period,
        {{tr("This week"), int(LeaderboardFeed::Period::Week)},
            {tr("This month"), int(LeaderboardFeed::Period::Month)},
            {tr("All time"), int(LeaderboardFeed::Period::All)}});
    refill(m_scope,
        {{tr("My team"), int(LeaderboardFeed::Scope::Default)},
            {tr("Whole organisation"), int(LeaderboardFeed::Scope::Org)}});
    fillScenarios();
    update();
    // Each number column as wide as its header (in this language) or its numbers.
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics fm(header->font());
    const int digit = fm.horizontalAdvance(QLatin1Char('0'));
    for (int c = 0; c < LeaderboardModel::ColumnCount; ++c) {
        if (c == LeaderboardModel::NameColumn)
            continue;
        const int least = c == LeaderboardModel::TrendColumn ? digit * 14 : digit * 7;
        const QString title = m_filter->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        header->resizeSection(c, std::max(least, fm.horizontalAdvance(title) + 3 * digit));
    }
}

void LeaderboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vt::ui
