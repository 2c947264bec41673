#include "ReviewSection.h"

#include "AttemptReview.h"
#include "ComparePage.h"
#include "PracticeWorkspace.h"
#include "ReviewPage.h"

#include <QShortcut>

namespace vt::ui {

ReviewSection::ReviewSection(
    app::PracticeWorkspace& workspace, QWidget* list, const QString& objectName, QWidget* parent)
    : QStackedWidget(parent)
    , m_workspace(workspace)
    , m_list(list)
    , m_review(new ReviewPage)
    , m_compare(new ComparePage)
{
    setObjectName(objectName);
    m_review->setObjectName(objectName + QStringLiteral("Review"));
    addWidget(m_list);
    m_compare->setObjectName(objectName + QStringLiteral("Compare"));
    addWidget(m_review);
    addWidget(m_compare);
    connect(m_review, &ReviewPage::back, this, &ReviewSection::showList);
    connect(m_compare, &ComparePage::back, this, &ReviewSection::showList);
    for (QWidget* page : {static_cast<QWidget*>(m_review), static_cast<QWidget*>(m_compare)}) {
        auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), page);
        escape->setContext(Qt::WidgetWithChildrenShortcut);
        connect(escape, &QShortcut::activated, this, &ReviewSection::showList);
    }
}

void ReviewSection::openReview(const QString& attemptId, const QString& utteranceId)
{
    std::unique_ptr<app::AttemptReview> review = m_workspace.openReview(attemptId);
    if (!review)
        return;
    m_review->showReview(std::move(review), utteranceId);
    setCurrentWidget(m_review);
    m_review->setFocus();
}

void ReviewSection::openCompare(const QString& firstId, const QString& secondId)
{
    std::unique_ptr<app::AttemptReview> first = m_workspace.openReview(firstId);
    std::unique_ptr<app::AttemptReview> second = m_workspace.openReview(secondId);
    if (!first || !second)
        return;
    m_compare->compare(std::move(first), std::move(second));
    setCurrentWidget(m_compare);
    m_compare->setFocus();
}

void ReviewSection::showList()
{
    m_review->showReview(nullptr);
    m_compare->compare(nullptr, nullptr);
    setCurrentWidget(m_list);
    m_list->setFocus();
}

} // namespace vt::ui
