#pragma once

#include <QStackedWidget>

namespace vt::app {
class PracticeWorkspace;
}

namespace vt::ui {

class ReviewPage;

// A tab whose list opens attempts in the review (History, Team): the list, and the review of
// one attempt opened from it; Back (or Escape) returns to the list as it was.
class ReviewSection final : public QStackedWidget {
    Q_OBJECT

public:
    ReviewSection(app::PracticeWorkspace& workspace, QWidget* list, const QString& objectName,
        QWidget* parent = nullptr);

    QWidget* list() const { return m_list; }
    ReviewPage* review() const { return m_review; }
    void openReview(const QString& attemptId, const QString& utteranceId = {});
    void showList();

private:
    app::PracticeWorkspace& m_workspace;
    QWidget* m_list;
    ReviewPage* m_review;
};

} // namespace vt::ui
