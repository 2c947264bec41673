#pragma once

#include <QListView>
#include <QStyledItemDelegate>

class QPushButton;

namespace vt::ui {

// Draws a transcript line (app::TranscriptModel) as a bubble: the rep's on the right in the
// accent colour, the prospect's on the left; partial text muted and italic until final.
class TranscriptDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Who the rep's lines are from; empty: "You".
    void setRepName(const QString& name) { m_repName = name; }

private:
    QString m_repName;
    QRect bubbleText(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
};

// A call's transcript. While following, it keeps the newest line in view; scrolling back
// pauses that, and a "Jump to latest" button brings it back. A finished call's transcript
// (setLive(false)) has no such button.
class TranscriptView final : public QListView {
    Q_OBJECT

public:
    explicit TranscriptView(QWidget* parent = nullptr);
    void setModel(QAbstractItemModel* model) override;
    void setLive(bool live) { m_live = live; }
    // Who the rep's lines are from (someone else's call under review); empty: "You".
    void setRepName(const QString& name);
    void followLatest();
    // Selects the row and scrolls it to the middle (stops following).
    void showRow(int row);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onRowsChanged();
    void onScrolled(int value);
    void placeJumpButton();

    TranscriptDelegate* m_delegate;
    QPushButton* m_jump;
    bool m_following = true;
    bool m_live = true;
    bool m_autoScrolling = false;
};

} // namespace vt::ui
