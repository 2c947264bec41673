#include "HistoryPage.h"

#include "CsvSave.h"
#include "HistoryModel.h"
#include "PracticeWidgets.h"
#include "PracticeWorkspace.h"
#include "ThemeController.h"
#include "TranscriptModel.h"
#include "TranscriptSearch.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace vt::ui {

HistoryPage::HistoryPage(app::PracticeWorkspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_filter(new app::HistoryFilterModel(this))
    , m_title(makeHeading(QStringLiteral("historyPageTitle"), 1.6))
    , m_summary(named<QLabel>("historySummary"))
    , m_scenario(named<QComboBox>("historyScenarioFilter"))
    , m_result(named<QComboBox>("historyResultFilter"))
    , m_search(named<QLineEdit>("historySearch"))
    , m_export(named<QPushButton>("historyExportButton"))
    , m_open(named<QPushButton>("historyReviewButton"))
    , m_compare(named<QPushButton>("historyCompareButton"))
    , m_hitsTitle(makeHeading(QStringLiteral("historyHitsTitle"), 1.0))
    , m_hits(named<QListWidget>("historyHits"))
    , m_searchDelay(new QTimer(this))
    , m_table(named<QTableView>("historyTable"))
    , m_trendTitle(makeHeading(QStringLiteral("trendTitle"), 1.1))
    , m_chart(named<QChartView>("trendChart"))
{
    setObjectName(QStringLiteral("historyPage"));
    m_compare->setEnabled(false);
    m_hits->setItemDelegate(new RichTextDelegate(m_hits));
    m_hits->setWordWrap(true);
    m_hits->setMaximumHeight(150);
    m_hits->hide();
    m_hitsTitle->hide();
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    m_open->setEnabled(false);
    m_search->setClearButtonEnabled(true);
    m_summary->setWordWrap(true);

    m_filter->setSourceModel(workspace.history());
    m_table->setModel(m_filter);
    setUpRecordTable(m_table, app::HistoryModel::ScenarioColumn);
    m_table->sortByColumn(app::HistoryModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // two, to compare

    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    // Its content is the table's, which takes the focus; its name says the trend.
    m_chart->setFocusPolicy(Qt::NoFocus);
    m_chart->viewport()->setFocusPolicy(Qt::NoFocus);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_scenario, 2);
    filters->addWidget(m_result, 1);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_open);
    filters->addWidget(m_compare);
    filters->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_hitsTitle);
    layout->addWidget(m_hits);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_trendTitle);
    layout->addWidget(m_chart, 2);

    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setScenario(m_scenario->currentData().toString());
        updateTrend();
        updateSummary();
    });
    connect(m_result, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setResult(app::HistoryFilterModel::Result(m_result->currentData().toInt()));
        updateSummary();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearch(text);
        m_searchDelay->start();
        updateSummary();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryPage::searchTranscripts);
    connect(m_workspace.transcriptSearch(), &app::TranscriptSearch::indexed, this, [this] {
        if (!m_search->text().trimmed().isEmpty())
            searchTranscripts();
    });
    connect(m_hits, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT reviewRequested(
            item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });
    connect(m_table, &QTableView::activated, this, &HistoryPage::openSelected);
    connect(m_open, &QPushButton::clicked, this, &HistoryPage::openSelected);
    connect(m_export, &QPushButton::clicked, this, [this] {
        exportModelCsv(this, tr("Export your attempts"),
            QStringLiteral("voice-training-history.csv"), *m_filter);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &HistoryPage::updateTrend);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &HistoryPage::updateActions);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.size() == 2)
            Q_EMIT compareRequested(rows.at(0).data(app::HistoryModel::AttemptIdRole).toString(),
                rows.at(1).data(app::HistoryModel::AttemptIdRole).toString());
    });
    connect(&m_workspace, &app::PracticeWorkspace::historyChanged, this, [this] {
        fillScenarios();
        updateTrend();
        updateSummary();
        updateActions();
    });
    retranslate();
}

void HistoryPage::showEvent(QShowEvent* event)
{
    m_workspace.loadHistory();
    QWidget::showEvent(event);
}

QString HistoryPage::exportCsv(const QString& path) const
{
    return saveModelCsv(*m_filter, path);
}

void HistoryPage::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_open->setEnabled(rows.size() == 1);
    const bool sameScenario = rows.size() == 2
        && rows.at(0).data(app::HistoryModel::ScenarioIdRole)
            == rows.at(1).data(app::HistoryModel::ScenarioIdRole);
    m_compare->setEnabled(sameScenario);
    m_compare->setToolTip(sameScenario
            ? tr("Show the two selected attempts side by side")
            : tr("Select two attempts of the same scenario (Ctrl+click) to compare them"));
}

void HistoryPage::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        Q_EMIT reviewRequested(current.data(app::HistoryModel::AttemptIdRole).toString(), {});
}

void HistoryPage::searchTranscripts()
{
    const QString words = m_search->text().trimmed();
    app::TranscriptSearch* search = m_workspace.transcriptSearch();
    m_hits->clear();
    if (words.isEmpty()) {
        m_filter->setAttemptsSaying({});
        m_hits->hide();
        m_hitsTitle->hide();
        updateSummary();
        return;
    }
    m_filter->setAttemptsSaying(search->attemptsMatching(words));
    const QList<app::SearchHit> hits = search->search(words, 200);
    for (const app::SearchHit& h : hits) {
        const QString who = h.speaker == app::Speaker::Rep ? tr("You") : tr("Prospect");
        auto* item = new QListWidgetItem(
            tr("<b>%1</b> · %2 · %3 — %4: %5")
                .arg(h.scenarioTitle.toHtmlEscaped(),
                    QLocale().toString(h.startedAt.toLocalTime().date(), QLocale::ShortFormat),
                    app::TranscriptModel::clock(h.startMs), who, h.snippetHtml));
        item->setData(Qt::UserRole, h.attemptId);
        item->setData(Qt::UserRole + 1, h.utteranceId);
        QString plain = h.snippetHtml;
        plain.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
        item->setData(Qt::AccessibleTextRole,
            tr("%1, %2, at %3, %4 said: %5")
                .arg(h.scenarioTitle,
                    QLocale().toString(h.startedAt.toLocalTime().date(), QLocale::LongFormat),
                    app::TranscriptModel::clock(h.startMs), who, plain));
        m_hits->addItem(item);
    }
    m_hits->setVisible(!hits.isEmpty());
    m_hitsTitle->setVisible(true);
    m_hitsTitle->setText(hits.isEmpty()
            ? (search->pending() > 0
                    ? tr("Searching your calls… (%n still to read)", nullptr, search->pending())
                    : tr("No call of yours mentions “%1”.").arg(words))
            : tr("%n line(s) of your calls mention “%1”", nullptr, int(hits.size())).arg(words));
    updateSummary();
}

void HistoryPage::fillScenarios()
{
    const QString chosen = m_scenario->currentData().toString();
    m_scenario->blockSignals(true);
    m_scenario->clear();
    m_scenario->addItem(tr("All scenarios"), QString());
    for (const auto& [id, title] : m_workspace.history()->scenarios())
        m_scenario->addItem(title, id);
    m_scenario->setCurrentIndex(std::max(0, m_scenario->findData(chosen)));
    m_scenario->blockSignals(false);
}

void HistoryPage::updateSummary()
{
    const int shown = m_filter->rowCount();
    const int all = m_workspace.history()->rowCount();
    if (all == 0) {
        m_summary->setText(tr("No attempts yet. Your calls appear here once you have practised."));
        return;
    }
    m_summary->setText(shown == all ? tr("%n attempt(s).", nullptr, all)
                                    : tr("%1 of %n attempt(s) shown.", nullptr, all).arg(shown));
}

void HistoryPage::updateTrend()
{
    // The filtered scenario's trend, else the selected attempt's, else the most practised.
    QString scenario = m_scenario->currentData().toString();
    if (scenario.isEmpty()) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            scenario = current.data(app::HistoryModel::ScenarioIdRole).toString();
    }
    if (scenario.isEmpty()) {
        int most = 0;
        for (const auto& [id, title] : m_workspace.history()->scenarios()) {
            const int n = int(m_workspace.history()->trend(id).size());
            if (n > most) {
                most = n;
                scenario = id;
            }
        }
    }
    m_trendScenario = scenario;
    const QList<app::HistoryEntry> points = m_workspace.history()->trend(scenario);
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const QPalette& pal = palette();
    const QColor text = pal.color(QPalette::Text);
    auto* scores = new QLineSeries;
    scores->setName(tr("Score"));
    auto* dots = new QScatterSeries;
    dots->setMarkerSize(9);
    auto* pass = new QLineSeries;
    pass->setName(tr("Pass mark"));
    QPen passPen(toneColor(pal, QStringLiteral("warn")));
    passPen.setStyle(Qt::DashLine);
    pass->setPen(passPen);
    QPen scorePen(pal.color(QPalette::Highlight));
    scorePen.setWidthF(2.5);
    scores->setPen(scorePen);
    dots->setColor(pal.color(QPalette::Highlight));
    dots->setBorderColor(pal.color(QPalette::Highlight));
    QString title;
    for (const app::HistoryEntry& e : points) {
        const qreal x = qreal(e.startedAt.toMSecsSinceEpoch());
        scores->append(x, *e.score);
        dots->append(x, *e.score);
        if (e.passScore)
            pass->append(x, *e.passScore);
        title = e.scenarioTitle;
    }
    chart->addSeries(scores);
    chart->addSeries(dots);
    chart->addSeries(pass);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    for (QAbstractAxis* axis : std::initializer_list<QAbstractAxis*>{x, y}) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(pal.color(QPalette::Mid));
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    if (!points.isEmpty()) {
        const QDateTime first = points.constFirst().startedAt;
        const QDateTime last = points.constLast().startedAt;
        x->setRange(first.addSecs(-3600),
            last > first.addSecs(3600) ? last.addSecs(3600) : first.addSecs(7200));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_trendTitle->setText(points.isEmpty() ? tr("Score trend") : tr("Score trend: %1").arg(title));
    m_chart->setAccessibleName(points.isEmpty()
            ? tr("No scores to chart yet")
            : tr("Score trend of %1: %n scored attempt(s), latest %2", nullptr, int(points.size()))
                  .arg(title)
                  .arg(std::lround(*points.constLast().score)));
}

void HistoryPage::retranslate()
{
    m_title->setText(tr("History"));
    m_search->setPlaceholderText(tr("Search scenarios and what was said…"));
    m_search->setAccessibleName(tr("Search your attempts"));
    m_export->setText(tr("Export CSV…"));
    m_open->setText(tr("Review"));
    m_compare->setText(tr("Compare"));
    updateActions();
    m_open->setToolTip(tr("Open the selected attempt: its timeline, recording and breakdown"));
    m_hits->setAccessibleName(tr("Lines found in your calls"));
    m_export->setToolTip(tr("Save the attempts shown as a spreadsheet file (CSV)"));
    m_scenario->setAccessibleName(tr("Scenario"));
    m_result->setAccessibleName(tr("Result"));
    m_table->setAccessibleName(tr("Your attempts"));
    const int result = m_result->currentIndex();
    m_result->blockSignals(true);
    m_result->clear();
    m_result->addItem(tr("Any result"), int(app::HistoryFilterModel::Result::All));
    m_result->addItem(tr("Passed"), int(app::HistoryFilterModel::Result::Passed));
    m_result->addItem(tr("Not passed"), int(app::HistoryFilterModel::Result::NotPassed));
    m_result->setCurrentIndex(std::max(0, result));
    m_result->blockSignals(false);
    fillScenarios();
    updateSummary();
    updateTrend();
    if (!m_search->text().trimmed().isEmpty())
        searchTranscripts();
}

void HistoryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateTrend();
    QWidget::changeEvent(event);
}

} // namespace vt::ui
