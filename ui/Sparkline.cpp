#include "Sparkline.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace vt::ui {

SparklineDelegate::SparklineDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {90, option.fontMetrics.height() + 6};
}

void SparklineDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem o(option);
    initStyleOption(&o, index);
    o.text.clear();
    const QWidget* widget = o.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &o, painter, widget);

    const QVariantList values = index.data(m_role).toList();
    if (values.isEmpty())
        return;
    const QRectF r = QRectF(o.rect).adjusted(6, 4, -8, -4);
    const qreal step = values.size() > 1 ? r.width() / qreal(values.size() - 1) : 0;
    const auto yOf
        = [&r](double v) { return r.bottom() - r.height() * std::clamp(v, 0.0, 100.0) / 100.0; };
    const QColor colour = o.state & QStyle::State_Selected
        ? o.palette.color(QPalette::HighlightedText)
        : o.palette.color(QPalette::Highlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    bool drawing = false;
    QList<QPointF> points; // every value, so one between gaps still shows
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i).isNull()) {
            drawing = false;
            continue;
        }
        const QPointF p(r.left() + step * qreal(i), yOf(values.at(i).toDouble()));
        if (drawing)
            path.lineTo(p);
        else
            path.moveTo(p);
        drawing = true;
        points.append(p);
    }
    QPen pen(colour, 1.6);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const qreal radius = i + 1 == points.size() ? 2.5 : 1.6; // the latest larger
        painter->drawEllipse(points.at(i), radius, radius);
    }
    painter->restore();
}

} // namespace vt::ui
