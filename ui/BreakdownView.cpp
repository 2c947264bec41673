#include "BreakdownView.h"

#include "AttemptResult.h"
#include "PracticeWidgets.h"
#include "ThemeController.h"

#include <QPainter>
#include <QStyledItemDelegate>

#include <algorithm>

namespace vt::ui {
namespace {

// A criterion: its label, a bar of its fraction, its points; evidence: the quote.
class BreakdownDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QFontMetrics fm(option.font);
        if (index.data(app::BreakdownModel::IsCriterion).toBool())
            return {200, 2 * fm.height() + 18};
        return {200, fm.height() + 10};
    }

    void paint(
        QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (!index.data(app::BreakdownModel::IsCriterion).toBool()) {
            QStyleOptionViewItem o(option);
            initStyleOption(&o, index);
            if (index.data(app::BreakdownModel::Missing).toBool())
                o.palette.setColor(QPalette::Text, errorTextColor(option.palette));
            else
                o.font.setItalic(true);
            o.text = o.fontMetrics.elidedText(
                index.data(Qt::DisplayRole).toString(), Qt::ElideRight, option.rect.width() - 12);
            p->save();
            if (option.state & QStyle::State_Selected)
                p->fillRect(option.rect, option.palette.color(QPalette::Highlight));
            p->setPen(option.state & QStyle::State_Selected
                    ? option.palette.color(QPalette::HighlightedText)
                    : o.palette.color(QPalette::Text));
            p->setFont(o.font);
            p->drawText(
                option.rect.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, o.text);
            if (option.state & QStyle::State_HasFocus) {
                p->setPen(QPen(option.palette.color(QPalette::Highlight), 1, Qt::DashLine));
                p->drawRect(option.rect.adjusted(0, 0, -1, -1));
            }
            p->restore();
            return;
        }
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QPalette& pal = option.palette;
        if (option.state & QStyle::State_Selected)
            p->fillRect(option.rect, pal.color(QPalette::AlternateBase));
        const QFontMetrics fm(option.font);
        const QRect r = option.rect.adjusted(4, 5, -8, -5);
        QFont bold = option.font;
        bold.setBold(true);
        const QString points
            = QStringLiteral("%1 / %2")
                  .arg(index.data(app::BreakdownModel::Points).toDouble(), 0, 'f', 1)
                  .arg(index.data(app::BreakdownModel::MaxPoints).toDouble(), 0, 'f', 1);
        const int pointsWidth = fm.horizontalAdvance(points) + 8;
        p->setFont(bold);
        p->setPen(pal.color(QPalette::Text));
        p->drawText(QRect(r.left(), r.top(), r.width() - pointsWidth, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(
                index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width() - pointsWidth));
        p->setFont(option.font);
        p->drawText(QRect(r.right() - pointsWidth, r.top(), pointsWidth, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, points);
        // The bar's length is the criterion's weight; its fill, the points earned.
        const double max = index.data(app::BreakdownModel::MaxPoints).toDouble();
        const double fraction = index.data(app::BreakdownModel::Fraction).toDouble();
        const qreal full = r.width() * std::clamp(max / 40.0, 0.15, 1.0);
        const QRectF track(r.left(), r.top() + fm.height() + 5, full, 7);
        p->setPen(Qt::NoPen);
        p->setBrush(pal.color(QPalette::Mid));
        p->drawRoundedRect(track, 3.5, 3.5);
        if (fraction > 0) {
            p->setBrush(toneColor(pal,
                fraction >= 0.999
                    ? QStringLiteral("good")
                    : (fraction >= 0.5 ? QStringLiteral("warn") : QStringLiteral("bad"))));
            p->drawRoundedRect(
                QRectF(track.left(), track.top(), std::max(7.0, track.width() * fraction), 7), 3.5,
                3.5);
        }
        const QString detail
            = QStringLiteral("%1 · %2").arg(index.data(app::BreakdownModel::ValueText).toString(),
                index.data(app::BreakdownModel::TargetText).toString());
        p->setPen(hintTextColor(pal));
        p->drawText(QRectF(track.right() + 8, track.top() - fm.height() / 2.0 + 3,
                        r.right() - track.right() - 8, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(detail, Qt::ElideRight, int(r.right() - track.right() - 8)));
        if (option.state & QStyle::State_HasFocus) {
            p->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
            p->setBrush(Qt::NoBrush);
            p->drawRect(option.rect.adjusted(0, 0, -1, -1));
        }
        p->restore();
    }
};

} // namespace

BreakdownView::BreakdownView(QWidget* parent)
    : QTreeView(parent)
{
    setItemDelegate(new BreakdownDelegate(this));
    setHeaderHidden(true);
    setUniformRowHeights(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setExpandsOnDoubleClick(true);
    connect(this, &QTreeView::activated, this, &BreakdownView::onActivated);
    connect(this, &QTreeView::clicked, this, &BreakdownView::onActivated);
}

void BreakdownView::onActivated(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    if (index.data(app::BreakdownModel::IsCriterion).toBool()) {
        setExpanded(index, !isExpanded(index));
        return;
    }
    if (index.data(app::BreakdownModel::Missing).toBool())
        return;
    Q_EMIT evidenceActivated(index.data(app::BreakdownModel::StartMs).toLongLong(),
        index.data(app::BreakdownModel::UtteranceId).toString());
}

} // namespace vt::ui
