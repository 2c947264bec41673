#pragma once

#include <QStackedWidget>

namespace vt::app {
class PracticeWorkspace;
}

namespace vt::ui {

class HistoryPage;
class ReviewPage;

// The History tab: the list of attempts, and the review of one opened from it (Back, or
// Escape, returns to the list as it was).
class HistorySection final : public QStackedWidget {
    Q_OBJECT

public:
    explicit HistorySection(app::PracticeWorkspace& workspace, QWidget* parent = nullptr);

    HistoryPage* list() const { return m_list; }
    ReviewPage* review() const { return m_review; }
    void openReview(const QString& attemptId, const QString& utteranceId = {});
    void showList();

private:
    app::PracticeWorkspace& m_workspace;
    HistoryPage* m_list;
    ReviewPage* m_review;
};

} // namespace vt::ui
