#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace vt::app {
class AttemptReview;
}

namespace vt::ui {

// Two attempts of the same scenario side by side, the earlier first: the score, each
// criterion's points and each KPI's value, with the change and whether it is better (green,
// ▲) or worse (red, ▼) said in colour, symbol and words.
class ComparePage final : public QWidget {
    Q_OBJECT

public:
    explicit ComparePage(QWidget* parent = nullptr);
    ~ComparePage() override;

    // Loads both and shows them once they are there.
    void compare(
        std::unique_ptr<app::AttemptReview> first, std::unique_ptr<app::AttemptReview> second);
    QTreeWidget* tree() const { return m_tree; }
    bool isReady() const;

Q_SIGNALS:
    void back();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void retranslate();

    std::unique_ptr<app::AttemptReview> m_a;
    std::unique_ptr<app::AttemptReview> m_b;
    QPushButton* m_back;
    QLabel* m_title;
    QLabel* m_summary;
    QTreeWidget* m_tree;
};

} // namespace vt::ui
