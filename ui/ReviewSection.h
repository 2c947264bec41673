#pragma once

#include <QStackedWidget>

namespace vt::app {
class PracticeWorkspace;
}

namespace vt::ui {

class ComparePage;
class ReviewPage;

// A tab whose list opens attempts in the review (History, Team): the list, the review of one
// attempt opened from it, and two attempts compared; Back (or Escape) returns to the list as
// it was.
class ReviewSection final : public QStackedWidget {
    Q_OBJECT

public:
    ReviewSection(app::PracticeWorkspace& workspace, QWidget* list, const QString& objectName,
        QWidget* parent = nullptr);

    QWidget* list() const { return m_list; }
    ReviewPage* review() const { return m_review; }
    ComparePage* comparison() const { return m_compare; }
    void openReview(const QString& attemptId, const QString& utteranceId = {});
    void openCompare(const QString& firstId, const QString& secondId);
    void showList();

private:
    app::PracticeWorkspace& m_workspace;
    QWidget* m_list;
    ReviewPage* m_review;
    ComparePage* m_compare;
};

} // namespace vt::ui
