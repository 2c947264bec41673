#pragma once

#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QStyledItemDelegate>

#include <utility>

class QTableView;
class QVBoxLayout;

namespace vt::ui {

// The colour of a tone (good, warn, bad, neutral) readable on `palette`'s base.
QColor toneColor(const QPalette& palette, const QString& tone);

// A new widget named `objectName` (what tests, style sheets and accessibility find it by).
template <class Widget, class... Args> Widget* named(const char* objectName, Args&&... args)
{
    auto* widget = new Widget(std::forward<Args>(args)...);
    widget->setObjectName(QLatin1String(objectName));
    return widget;
}

// A page heading (large, bold) or a section heading (bold).
QLabel* makeHeading(const QString& objectName, qreal scale = 1.25);

// Lays `column` out on `host`, centred, with margins that grow with the window.
void centreColumn(QWidget* host, QWidget* column);

// A framed card (the style sheet's QFrame[card="true"]) with a vertical layout.
QFrame* makeCard(const QString& objectName, QVBoxLayout** layout);

// A read-only table of records (History, Leaderboard, Team): sortable, one row selected at a
// time, no row numbers, alternating rows, columns sized to their contents with
// `stretchColumn` taking the rest.
void setUpRecordTable(QTableView* table, int stretchColumn);

// A small rounded label coloured by tone: "Live", "Passed", "Overdue".
class Pill final : public QLabel {
    Q_OBJECT

public:
    explicit Pill(QWidget* parent = nullptr);
    void setTone(const QString& tone);
    QString tone() const { return m_tone; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void apply();
    QString m_tone = QStringLiteral("neutral");
};

// A horizontal level meter, −60..0 dBFS, with its value for screen readers.
class LevelMeter final : public QWidget {
    Q_OBJECT

public:
    explicit LevelMeter(QWidget* parent = nullptr);
    void setLevel(float rmsDb, float peakDb = -100.0f);
    float level() const { return m_rms; }
    QSize sizeHint() const override { return {160, 10}; }
    QSize minimumSizeHint() const override { return {60, 8}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    float m_rms = -100.0f;
    float m_peak = -100.0f;
};

// A horizontal bar for a fraction in [0, 1], coloured by how full it is.
class FractionBar final : public QWidget {
    Q_OBJECT

public:
    explicit FractionBar(QWidget* parent = nullptr);
    void setFraction(double fraction);
    double fraction() const { return m_fraction; }
    QSize sizeHint() const override { return {120, 8}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_fraction = 0;
};

// Draws the practice home's cards (app::cardrole): a title, two lines and a badge.
class CardDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

// Draws an item's display text as simple rich text (<b> for the words a search found); its
// accessible text stays plain.
class RichTextDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

// A list that says something when it is empty: loading, nothing yet, nothing found.
class CardListView final : public QListView {
    Q_OBJECT

public:
    explicit CardListView(QWidget* parent = nullptr);
    void setPlaceholder(const QString& text);
    // Grows with its rows up to `maxRows` (no inner scroll bar for short lists).
    void setMaxVisibleRows(int rows) { m_maxRows = rows; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_placeholder;
    int m_maxRows = 4;
};

} // namespace vt::ui
