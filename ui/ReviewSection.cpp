#include "ReviewSection.h"

#include "AttemptReview.h"
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
{
    setObjectName(objectName);
    m_review->setObjectName(objectName + QStringLiteral("Review"));
    addWidget(m_list);
    addWidget(m_review);
    connect(m_review, &ReviewPage::back, this, &ReviewSection::showList);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_review);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ReviewSection::showList);
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

void ReviewSection::showList()
{
    m_review->showReview(nullptr);
    setCurrentWidget(m_list);
    m_list->setFocus();
}

} // namespace vt::ui
