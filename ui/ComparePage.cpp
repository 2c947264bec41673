#include "ComparePage.h"

#include "AttemptComparison.h"
#include "AttemptReview.h"
#include "PracticeWidgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vt::ui {

using app::AttemptReview;

ComparePage::ComparePage(QWidget* parent)
    : QWidget(parent)
    , m_back(named<QPushButton>("compareBackButton"))
    , m_title(makeHeading(QStringLiteral("compareTitle"), 1.4))
    , m_summary(named<QLabel>("compareSummary"))
    , m_tree(named<QTreeWidget>("compareTree"))
{
    m_summary->setWordWrap(true);
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    auto* header = new QHBoxLayout;
    auto* text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_summary);
    header->addWidget(m_back, 0, Qt::AlignTop);
    header->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_tree, 1);
    connect(m_back, &QPushButton::clicked, this, &ComparePage::back);
    retranslate();
}

ComparePage::~ComparePage() = default;

void ComparePage::compare(
    std::unique_ptr<AttemptReview> first, std::unique_ptr<AttemptReview> second)
{
    m_a = std::move(first);
    m_b = std::move(second);
    for (AttemptReview* r : {m_a.get(), m_b.get()}) {
        if (!r)
            continue;
        connect(r, &AttemptReview::changed, this, &ComparePage::fill);
        r->load();
    }
    fill();
}

bool ComparePage::isReady() const
{
    return m_a && m_b && m_a->state() == AttemptReview::State::Ready
        && m_b->state() == AttemptReview::State::Ready;
}

void ComparePage::fill()
{
    m_tree->clear();
    if (!m_a || !m_b) {
        m_title->clear();
        m_summary->clear();
        return;
    }
    for (const AttemptReview* r : {m_a.get(), m_b.get()}) {
        if (r->state() == AttemptReview::State::Failed) {
            m_title->setText(tr("These attempts cannot be compared"));
            m_summary->setText(r->error());
            return;
        }
    }
    if (!isReady()) {
        m_title->setText(tr("Loading both attempts…"));
        m_summary->clear();
        return;
    }
    // The earlier on the left.
    const AttemptReview* earlier = m_a.get();
    const AttemptReview* later = m_b.get();
    if (later->startedAt() < earlier->startedAt())
        std::swap(earlier, later);
    const auto when = [](const AttemptReview* r) {
        return QLocale().toString(r->startedAt().toLocalTime(), QLocale::ShortFormat);
    };
    m_title->setText(tr("Compare: %1").arg(later->result().scenarioTitle));
    m_tree->setHeaderLabels({QString(), tr("Earlier: %1").arg(when(earlier)),
        tr("Later: %1").arg(when(later)), tr("Change")});
    const QList<app::ComparisonRow> rows = app::AttemptComparison::rows(
        {&earlier->result(), earlier->kpis()}, {&later->result(), later->kpis()});
    QTreeWidgetItem* criteria = nullptr;
    QTreeWidgetItem* numbers = nullptr;
    int better = 0;
    int worse = 0;
    const QPalette& pal = palette();
    for (const app::ComparisonRow& row : rows) {
        auto* item = new QTreeWidgetItem({row.label, row.first, row.second,
            row.better > 0       ? QStringLiteral("▲ ") + row.change
                : row.better < 0 ? QStringLiteral("▼ ") + row.change
                                 : row.change});
        for (int c = 1; c < 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (row.better != 0) {
            item->setForeground(
                3, toneColor(pal, row.better > 0 ? QStringLiteral("good") : QStringLiteral("bad")));
            (row.better > 0 ? better : worse)
                += row.kind == app::ComparisonRow::Kind::Score ? 0 : 1;
        }
        item->setData(3, Qt::AccessibleTextRole,
            row.better > 0       ? tr("%1, better").arg(row.change)
                : row.better < 0 ? tr("%1, worse").arg(row.change)
                                 : row.change);
        switch (row.kind) {
        case app::ComparisonRow::Kind::Score: {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 4; ++c)
                item->setFont(c, bold);
            m_tree->addTopLevelItem(item);
            break;
        }
        case app::ComparisonRow::Kind::Criterion:
            if (!criteria) {
                criteria = new QTreeWidgetItem({tr("Criteria (points)")});
                m_tree->addTopLevelItem(criteria);
            }
            criteria->addChild(item);
            break;
        case app::ComparisonRow::Kind::Kpi:
            if (!numbers) {
                numbers = new QTreeWidgetItem({tr("Your numbers")});
                m_tree->addTopLevelItem(numbers);
            }
            numbers->addChild(item);
            break;
        }
    }
    for (QTreeWidgetItem* group : {criteria, numbers}) {
        if (!group)
            continue;
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
    }
    m_tree->setRootIsDecorated(true);
    m_tree->expandAll();
    m_summary->setText(tr("%1 better, %2 worse than the earlier attempt.").arg(better).arg(worse));
}

void ComparePage::retranslate()
{
    m_back->setText(tr("← Back"));
    m_back->setAccessibleName(tr("Back to the list"));
    m_tree->setAccessibleName(tr("The two attempts compared"));
    fill();
}

void ComparePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (AttemptReview* r : {m_a.get(), m_b.get()}) {
            if (r)
                r->retranslate(); // changed() refills
        }
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace vt::ui
