#include "TranscriptView.h"
#include "PracticeWidgets.h"

#include "ThemeController.h"
#include "TranscriptModel.h"

#include <QEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>

namespace vt::ui {
namespace {

constexpr int padding = 10;
constexpr int gap = 6;

bool isRep(const QModelIndex& index)
{
    return index.data(app::TranscriptModel::Speaker).value<app::Speaker>() == app::Speaker::Rep;
}

QFont textFont(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    QFont f = option.font;
    f.setItalic(!index.data(app::TranscriptModel::Final).toBool());
    return f;
}

} // namespace

QRect TranscriptDelegate::bubbleText(
    const QStyleOptionViewItem& option, const QModelIndex& index, int width) const
{
    const int maxText = std::max(80, width * 3 / 4 - 2 * padding);
    const QFontMetrics fm(textFont(option, index));
    return fm.boundingRect(
        QRect(0, 0, maxText, 100000), Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
}

QSize TranscriptDelegate::sizeHint(
    const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = option.widget ? option.widget->width() - 24 : 400;
    const QRect text = bubbleText(option, index, width);
    const QFontMetrics small(option.font);
    return {width, text.height() + small.height() + 2 * padding + gap + 4};
}

void TranscriptDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const bool rep = isRep(index);
    const bool final = index.data(app::TranscriptModel::Final).toBool();
    const QRect row = option.rect.adjusted(8, gap / 2, -8, -gap / 2);
    const QRect text = bubbleText(option, index, option.rect.width() - 16);
    const QFontMetrics small(option.font);
    const QString who = rep ? (m_repName.isEmpty() ? tr("You") : m_repName) : tr("Prospect");
    const QString stamp = QStringLiteral("%1 · %2").arg(
        who, app::TranscriptModel::clock(index.data(app::TranscriptModel::StartMs).toLongLong()));
    const int bubbleWidth = std::max(text.width(), small.horizontalAdvance(stamp)) + 2 * padding;
    const int bubbleHeight = text.height() + small.height() + 2 * padding;
    const QRect bubble(
        rep ? row.right() - bubbleWidth : row.left(), row.top(), bubbleWidth, bubbleHeight);

    QColor fill = rep ? pal.color(QPalette::Highlight) : pal.color(QPalette::AlternateBase);
    if (rep)
        fill.setAlpha(ThemeController::isDark(pal) ? 90 : 40);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(
        selected ? QPen(pal.color(QPalette::Highlight), 2.0) : QPen(pal.color(QPalette::Mid), 1.0));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(bubble).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);

    painter->setPen(hintTextColor(pal));
    painter->setFont(option.font);
    painter->drawText(QRect(bubble.left() + padding, bubble.top() + padding / 2,
                          bubbleWidth - 2 * padding, small.height()),
        Qt::AlignLeft | Qt::AlignVCenter, stamp);
    painter->setFont(textFont(option, index));
    painter->setPen(final ? pal.color(QPalette::Text) : hintTextColor(pal));
    painter->drawText(
        QRect(bubble.left() + padding, bubble.top() + padding / 2 + small.height() + 2,
            text.width(), text.height()),
        Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1.0, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(bubble).adjusted(-2.5, -2.5, 2.5, 2.5), 12, 12);
    }
    painter->restore();
}

TranscriptView::TranscriptView(QWidget* parent)
    : QListView(parent)
    , m_delegate(new TranscriptDelegate(this))
    , m_jump(named<QPushButton>("jumpToLatestButton", this))
{
    setItemDelegate(m_delegate);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    m_jump->setText(tr("Jump to latest ↓"));
    m_jump->setAccessibleName(tr("Jump to the latest line"));
    m_jump->hide();
    connect(m_jump, &QPushButton::clicked, this, &TranscriptView::followLatest);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &TranscriptView::onScrolled);
}

void TranscriptView::setModel(QAbstractItemModel* model)
{
    QListView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &TranscriptView::onRowsChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, &TranscriptView::onRowsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &TranscriptView::onRowsChanged);
}

void TranscriptView::onRowsChanged()
{
    if (!m_following)
        return;
    // After the layout has taken the new heights.
    QTimer::singleShot(0, this, [this] {
        if (!m_following)
            return;
        m_autoScrolling = true;
        scrollToBottom();
        m_autoScrolling = false;
    });
}

void TranscriptView::onScrolled(int value)
{
    if (m_autoScrolling)
        return;
    const bool atBottom = value >= verticalScrollBar()->maximum() - 4;
    if (atBottom == m_following)
        return;
    m_following = atBottom;
    m_jump->setVisible(m_live && !m_following);
    placeJumpButton();
}

void TranscriptView::followLatest()
{
    m_following = true;
    m_jump->hide();
    m_autoScrolling = true;
    scrollToBottom();
    m_autoScrolling = false;
}

void TranscriptView::setRepName(const QString& name)
{
    m_delegate->setRepName(name);
    viewport()->update();
}

void TranscriptView::showRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    m_following = false;
    const QModelIndex index = model()->index(row, 0);
    setCurrentIndex(index);
    m_autoScrolling = true;
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_autoScrolling = false;
    const bool atBottom = verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4;
    m_jump->setVisible(m_live && !atBottom);
    placeJumpButton();
}

void TranscriptView::placeJumpButton()
{
    m_jump->adjustSize();
    m_jump->move((width() - m_jump->width()) / 2, height() - m_jump->height() - 12);
    m_jump->raise();
}

void TranscriptView::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    placeJumpButton();
    if (m_following)
        onRowsChanged();
}

void TranscriptView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_jump->setText(tr("Jump to latest ↓"));
        m_jump->setAccessibleName(tr("Jump to the latest line"));
    }
    QListView::changeEvent(event);
}

} // namespace vt::ui
