#include "CallTimeline.h"

#include "PracticeWidgets.h"
#include "ThemeController.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace vt::ui {
namespace {

constexpr int laneHeight = 18;
constexpr int markerRow = 22;
constexpr int axisHeight = 18;
constexpr int margin = 8;
constexpr int labelWidth = 86;
constexpr int markerSize = 12;

QString markerTone(app::ReviewMarker::Kind kind)
{
    using K = app::ReviewMarker::Kind;
    if (kind == K::Comment || kind == K::ObjectionRaised || kind == K::ClosedQuestion)
        return QStringLiteral("neutral");
    return app::ReviewMarkers::isGood(kind) ? QStringLiteral("good") : QStringLiteral("warn");
}

// A shape per kind, so colour is never the only cue.
void drawMarker(QPainter& p, const QRectF& r, app::ReviewMarker::Kind kind)
{
    using K = app::ReviewMarker::Kind;
    QPainterPath path;
    switch (kind) {
    case K::OpenQuestion:
    case K::ClosedQuestion:
        path.addEllipse(r);
        break;
    case K::Filler:
    case K::Interruption:
    case K::InterruptedByProspect:
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
        break;
    case K::ObjectionRaised:
    case K::ObjectionHandled:
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.center().x(), r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath();
        break;
    case K::RequiredPhrase:
    case K::Goal:
        path.addRect(r.adjusted(1, 1, -1, -1));
        break;
    case K::Comment:
        path.addRoundedRect(r.adjusted(0, 1, 0, -3), 3, 3);
        path.moveTo(r.left() + 3, r.bottom() - 3);
        path.lineTo(r.left() + 3, r.bottom());
        path.lineTo(r.left() + 7, r.bottom() - 3);
        break;
    }
    p.drawPath(path);
}

} // namespace

CallTimeline::CallTimeline(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize CallTimeline::sizeHint() const
{
    return {640, minimumSizeHint().height()};
}

QSize CallTimeline::minimumSizeHint() const
{
    return {320, 2 * margin + markerRow + 2 * laneHeight + 6 + axisHeight};
}

void CallTimeline::setCall(const QList<app::TranscriptLine>& lines,
    const QList<app::ReviewMarker>& markers, qint64 durationMs)
{
    m_lines = lines;
    m_markers = markers;
    m_durationMs = durationMs;
    for (const app::TranscriptLine& l : lines)
        m_durationMs = std::max(m_durationMs, l.endMs);
    m_current = m_markers.isEmpty() ? -1 : 0;
    m_playhead = -1;
    describe();
    update();
}

void CallTimeline::setRepName(const QString& name)
{
    m_repName = name;
    update();
}

void CallTimeline::setPlayhead(qint64 ms)
{
    if (ms == m_playhead)
        return;
    m_playhead = ms;
    update();
}

QRect CallTimeline::plotArea() const
{
    return rect().adjusted(margin + labelWidth, margin, -margin, -margin);
}

int CallTimeline::xOf(qint64 ms) const
{
    const QRect a = plotArea();
    if (m_durationMs <= 0)
        return a.left();
    return a.left()
        + int(double(a.width()) * double(std::clamp<qint64>(ms, 0, m_durationMs))
            / double(m_durationMs));
}

qint64 CallTimeline::msAt(int x) const
{
    const QRect a = plotArea();
    if (a.width() <= 0)
        return 0;
    return std::clamp<qint64>(
        qint64(double(x - a.left()) * double(m_durationMs) / double(a.width())), 0, m_durationMs);
}

QRect CallTimeline::markerRect(int index) const
{
    if (index < 0 || index >= m_markers.size())
        return {};
    const int x = xOf(m_markers.at(index).ms);
    return {x - markerSize / 2, plotArea().top() + (markerRow - markerSize) / 2, markerSize,
        markerSize};
}

int CallTimeline::markerAt(const QPoint& pos) const
{
    int best = -1;
    int bestDistance = markerSize;
    for (int i = 0; i < m_markers.size(); ++i) {
        const QRect r = markerRect(i).adjusted(-3, -4, 3, 4);
        if (!r.contains(pos))
            continue;
        const int d = std::abs(r.center().x() - pos.x());
        if (d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

void CallTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRect a = plotArea();
    const QFontMetrics fm(font());
    const int repTop = a.top() + markerRow;
    const int prospectTop = repTop + laneHeight + 6;
    const int axisTop = prospectTop + laneHeight + 4;

    p.setPen(hintTextColor(pal));
    p.drawText(QRect(margin, repTop, labelWidth - 6, laneHeight), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(m_repName.isEmpty() ? tr("You") : m_repName, Qt::ElideRight, labelWidth - 6));
    p.drawText(QRect(margin, prospectTop, labelWidth - 6, laneHeight),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(tr("Prospect"), Qt::ElideRight, labelWidth - 6));
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::AlternateBase));
    p.drawRoundedRect(QRect(a.left(), repTop, a.width(), laneHeight), 4, 4);
    p.drawRoundedRect(QRect(a.left(), prospectTop, a.width(), laneHeight), 4, 4);

    const QColor rep = pal.color(QPalette::Highlight);
    const QColor prospect = hintTextColor(pal);
    for (const app::TranscriptLine& l : m_lines) {
        const bool isRep = l.speaker == app::Speaker::Rep;
        const int x0 = xOf(l.startMs);
        const int x1 = std::max(x0 + 2, xOf(l.endMs));
        p.setBrush(isRep ? rep : prospect);
        p.drawRoundedRect(
            QRect(x0, (isRep ? repTop : prospectTop) + 2, x1 - x0, laneHeight - 4), 3, 3);
    }

    // The axis: a tick per minute (per 15 s under two minutes).
    p.setPen(hintTextColor(pal));
    const qint64 step = m_durationMs < 120000 ? 15000 : 60000;
    for (qint64 t = 0; t <= m_durationMs; t += step) {
        const int x = xOf(t);
        p.drawLine(x, axisTop, x, axisTop + 3);
        const QString label = app::TranscriptModel::clock(t);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRect(std::min(x - w / 2, a.right() - w), axisTop + 3, w + 2, fm.height()),
            Qt::AlignLeft, label);
    }

    for (int i = 0; i < m_markers.size(); ++i) {
        const app::ReviewMarker& m = m_markers.at(i);
        const QRect r = markerRect(i);
        const QColor c = toneColor(pal, markerTone(m.kind));
        p.setPen(QPen(i == m_current && hasFocus() ? pal.color(QPalette::Text) : c.darker(130),
            i == m_current && hasFocus() ? 2 : 1));
        p.setBrush(c);
        drawMarker(p, r, m.kind);
    }

    if (m_playhead >= 0) {
        const int x = xOf(m_playhead);
        p.setPen(QPen(pal.color(QPalette::Text), 2));
        p.drawLine(x, a.top(), x, axisTop);
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void CallTimeline::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_durationMs <= 0)
        return QWidget::mousePressEvent(event);
    const int marker = markerAt(event->position().toPoint());
    if (marker >= 0) {
        activate(marker);
        return;
    }
    if (plotArea().contains(event->position().toPoint())) {
        const qint64 ms = msAt(event->position().toPoint().x());
        Q_EMIT seekRequested(ms, QString());
    }
}

void CallTimeline::keyPressEvent(QKeyEvent* event)
{
    if (m_markers.isEmpty())
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrent(std::max(0, m_current - 1));
        break;
    case Qt::Key_Right:
        setCurrent(std::min(int(m_markers.size()) - 1, m_current + 1));
        break;
    case Qt::Key_Home:
        setCurrent(0);
        break;
    case Qt::Key_End:
        setCurrent(int(m_markers.size()) - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate(m_current);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool CallTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int marker = markerAt(help->pos());
        if (marker >= 0) {
            const app::ReviewMarker& m = m_markers.at(marker);
            QToolTip::showText(help->globalPos(),
                QStringLiteral("%1 · %2").arg(
                    app::TranscriptModel::clock(m.ms), app::ReviewMarkers::describe(m)),
                this, markerRect(marker));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void CallTimeline::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        describe();
    QWidget::changeEvent(event);
}

void CallTimeline::setCurrent(int index)
{
    if (index < 0 || index >= m_markers.size())
        return;
    m_current = index;
    describe();
    update();
}

void CallTimeline::activate(int index)
{
    if (index < 0 || index >= m_markers.size())
        return;
    setCurrent(index);
    const app::ReviewMarker& m = m_markers.at(index);
    Q_EMIT seekRequested(m.ms, m.utteranceId);
}

void CallTimeline::describe()
{
    setAccessibleName(tr("Call timeline"));
    if (m_current < 0 || m_current >= m_markers.size()) {
        setAccessibleDescription(tr("No moments marked."));
        return;
    }
    const app::ReviewMarker& m = m_markers.at(m_current);
    setAccessibleDescription(
        tr("Moment %1 of %2 at %3: %4. Left and right arrows move between "
           "moments; Enter plays from it.")
            .arg(m_current + 1)
            .arg(m_markers.size())
            .arg(app::TranscriptModel::clock(m.ms), app::ReviewMarkers::describe(m)));
}

} // namespace vt::ui
