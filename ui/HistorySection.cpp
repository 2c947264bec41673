#include "HistorySection.h"

#include "AttemptReview.h"
#include "HistoryPage.h"
#include "PracticeWorkspace.h"
#include "ReviewPage.h"

#include <QShortcut>

namespace vt::ui {

HistorySection::HistorySection(app::PracticeWorkspace& workspace, QWidget* parent)
    : QStackedWidget(parent)
    , m_workspace(workspace)
    , m_list(new HistoryPage(workspace))
    , m_review(new ReviewPage)
{
    setObjectName(QStringLiteral("historySection"));
    addWidget(m_list);
    addWidget(m_review);
    connect(m_list, &HistoryPage::reviewRequested, this, &HistorySection::openReview);
    connect(m_review, &ReviewPage::back, this, &HistorySection::showList);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_review);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &HistorySection::showList);
}

void HistorySection::openReview(const QString& attemptId, const QString& utteranceId)
{
    std::unique_ptr<app::AttemptReview> review = m_workspace.openReview(attemptId);
    if (!review)
        return;
    m_review->showReview(std::move(review), utteranceId);
    setCurrentWidget(m_review);
    m_review->setFocus();
}

void HistorySection::showList()
{
    if (m_review->player())
        m_review->showReview(nullptr);
    setCurrentWidget(m_list);
    m_list->setFocus();
}

} // namespace vt::ui
