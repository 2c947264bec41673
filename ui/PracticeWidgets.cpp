#include "PracticeWidgets.h"

#include "PracticeListModels.h"
#include "ThemeController.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace vt::ui {

QColor toneColor(const QPalette& palette, const QString& tone)
{
    const bool dark = ThemeController::isDark(palette);
    if (tone == QLatin1String("good"))
        return dark ? QColor(0x6c, 0xd4, 0x8a) : QColor(0x1e, 0x7b, 0x3a);
    if (tone == QLatin1String("warn"))
        return dark ? QColor(0xf0, 0xb4, 0x4c) : QColor(0x9a, 0x5b, 0x00);
    if (tone == QLatin1String("bad"))
        return errorTextColor(palette);
    if (tone == QLatin1String("accent"))
        return palette.color(QPalette::Highlight);
    return hintTextColor(palette);
}

QLabel* makeHeading(const QString& objectName, qreal scale)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

void centreColumn(QWidget* host, QWidget* column)
{
    auto* centring = new QHBoxLayout(host);
    centring->setContentsMargins(32, 0, 32, 0);
    centring->addStretch(1);
    centring->addWidget(column, 100);
    centring->addStretch(1);
}

QFrame* makeCard(const QString& objectName, QVBoxLayout** layout)
{
    auto* card = new QFrame;
    card->setObjectName(objectName);
    card->setProperty("card", true);
    auto* l = new QVBoxLayout(card);
    l->setContentsMargins(16, 14, 16, 14);
    l->setSpacing(8);
    *layout = l;
    return card;
}

void setUpRecordTable(QTableView* table, int stretchColumn)
{
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
}

// --- Pill ----------------------------------------------------------------------------------

Pill::Pill(QWidget* parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    apply();
}

void Pill::setTone(const QString& tone)
{
    m_tone = tone;
    apply();
}

void Pill::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !property("applying").toBool())
        apply();
    QLabel::changeEvent(event);
}

void Pill::apply()
{
    setProperty("applying", true);
    // The surrounding palette: this label's own carries the colour its style sheet set.
    const QColor c
        = toneColor(parentWidget() ? parentWidget()->palette() : QApplication::palette(), m_tone);
    setStyleSheet(QStringLiteral("QLabel { color: %1; border: 1px solid %1; border-radius: 9px;"
                                 " padding: 1px 8px; font-weight: 600; }")
                      .arg(c.name()));
    setProperty("applying", false);
}

// --- LevelMeter ----------------------------------------------------------------------------

LevelMeter::LevelMeter(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LevelMeter::setLevel(float rmsDb, float peakDb)
{
    const bool changed = std::abs(rmsDb - m_rms) > 0.5f || std::abs(peakDb - m_peak) > 0.5f;
    m_rms = rmsDb;
    m_peak = peakDb;
    if (changed) {
        setAccessibleDescription(tr("%1 dB").arg(std::lround(std::max(rmsDb, -60.0f))));
        update();
    }
}

void LevelMeter::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = r.height() / 2;
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Mid));
    p.drawRoundedRect(r, radius, radius);
    const auto x
        = [&r](float db) { return r.width() * std::clamp((db + 60.0f) / 60.0f, 0.0f, 1.0f); };
    const qreal w = x(m_rms);
    if (w > 0) {
        const QString tone = m_rms > -3.0f
            ? QStringLiteral("bad")
            : (m_rms > -45.0f ? QStringLiteral("good") : QStringLiteral("neutral"));
        p.setBrush(toneColor(palette(), tone));
        p.drawRoundedRect(
            QRectF(r.left(), r.top(), std::max(w, r.height()), r.height()), radius, radius);
    }
    if (m_peak > -60.0f) {
        p.setBrush(palette().color(QPalette::Text));
        p.drawRect(QRectF(r.left() + x(m_peak) - 1, r.top(), 2, r.height()));
    }
}

// --- FractionBar ---------------------------------------------------------------------------

FractionBar::FractionBar(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(8);
}

void FractionBar::setFraction(double fraction)
{
    m_fraction = std::clamp(fraction, 0.0, 1.0);
    update();
}

void FractionBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = r.height() / 2;
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Mid));
    p.drawRoundedRect(r, radius, radius);
    if (m_fraction <= 0)
        return;
    const QString tone = m_fraction >= 0.999
        ? QStringLiteral("good")
        : (m_fraction >= 0.5 ? QStringLiteral("warn") : QStringLiteral("bad"));
    p.setBrush(toneColor(palette(), tone));
    p.drawRoundedRect(
        QRectF(r.left(), r.top(), std::max(r.width() * m_fraction, r.height()), r.height()), radius,
        radius);
}

// --- CardDelegate --------------------------------------------------------------------------

void CardDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(2.5, 3.5, -2.5, -3.5);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool hovered = option.state & QStyle::State_MouseOver;
    painter->setPen(
        QPen(focused || selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
            focused ? 2.0 : 1.0));
    painter->setBrush(
        hovered || selected ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
    painter->drawRoundedRect(card, 8, 8);

    const QRect inner = card.toRect().adjusted(14, 8, -14, -8);
    const QString badge = index.data(app::cardrole::Badge).toString();
    QFont badgeFont = option.font;
    badgeFont.setBold(true);
    const QFontMetrics bfm(badgeFont);
    const int badgeWidth = badge.isEmpty() ? 0 : bfm.horizontalAdvance(badge) + 20;
    if (!badge.isEmpty()) {
        const QColor c = toneColor(pal, index.data(app::cardrole::Tone).toString());
        const QRectF pill(inner.right() - badgeWidth, inner.top(), badgeWidth, bfm.height() + 4);
        painter->setPen(QPen(c, 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setFont(badgeFont);
        painter->drawText(pill, Qt::AlignCenter, badge);
    }
    QFont titleFont = option.font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.08);
    const QFontMetrics tfm(titleFont);
    const QFontMetrics fm(option.font);
    const int textWidth = inner.width() - badgeWidth - (badge.isEmpty() ? 0 : 12);
    int y = inner.top();
    painter->setFont(titleFont);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(QRect(inner.left(), y, textWidth, tfm.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        tfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textWidth));
    y += tfm.height() + 2;
    painter->setFont(option.font);
    painter->drawText(QRect(inner.left(), y, inner.width(), fm.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(
            index.data(app::cardrole::Subtitle).toString(), Qt::ElideRight, inner.width()));
    y += fm.height() + 2;
    painter->setPen(hintTextColor(pal));
    painter->drawText(QRect(inner.left(), y, inner.width(), fm.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(app::cardrole::Meta).toString(), Qt::ElideRight, inner.width()));
    painter->restore();
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont titleFont = option.font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.08);
    const int h
        = QFontMetrics(titleFont).height() + 2 * QFontMetrics(option.font).height() + 4 + 16 + 7;
    return {320, h + 4};
}

// --- CardListView --------------------------------------------------------------------------

CardListView::CardListView(QWidget* parent)
    : QListView(parent)
{
    setItemDelegate(new CardDelegate(this));
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    viewport()->setAutoFillBackground(false);
}

void CardListView::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    updateGeometry();
    viewport()->update();
}

QSize CardListView::sizeHint() const
{
    const int rows = model() ? std::clamp(model()->rowCount(), 1, m_maxRows) : 1;
    QStyleOptionViewItem option;
    option.initFrom(this);
    const int row = itemDelegate()->sizeHint(option, {}).height();
    return {400, rows * row + 2 * frameWidth() + 2};
}

void CardListView::paintEvent(QPaintEvent* event)
{
    if (model() && model()->rowCount() > 0) {
        QListView::paintEvent(event);
        return;
    }
    QPainter p(viewport());
    p.setPen(hintTextColor(palette()));
    p.drawText(viewport()->rect().adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap,
        m_placeholder);
}

void RichTextDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem o(option);
    initStyleOption(&o, index);
    const QString html = o.text;
    o.text.clear();
    o.widget->style()->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget);
    QTextDocument doc;
    doc.setDefaultFont(o.font);
    doc.setDocumentMargin(2);
    doc.setTextWidth(o.rect.width() - 8);
    doc.setHtml(html);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = o.palette;
    context.palette.setColor(QPalette::Text,
        o.state & QStyle::State_Selected ? o.palette.color(QPalette::HighlightedText)
                                         : o.palette.color(QPalette::Text));
    painter->save();
    painter->translate(o.rect.left() + 4, o.rect.top() + 2);
    painter->setClipRect(QRect(0, 0, o.rect.width() - 8, o.rect.height() - 4));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem o(option);
    initStyleOption(&o, index);
    QTextDocument doc;
    doc.setDefaultFont(o.font);
    doc.setDocumentMargin(2);
    doc.setTextWidth(o.widget ? o.widget->width() - 28 : 400);
    doc.setHtml(o.text);
    return {int(doc.idealWidth()) + 8, int(doc.size().height()) + 4};
}

} // namespace vt::ui
