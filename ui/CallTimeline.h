#pragma once

#include "ReviewMarkers.h"
#include "TranscriptModel.h"

#include <QWidget>

namespace vt::ui {

// A call drawn along its length: the rep's talk on the upper lane, the prospect's on the
// lower, the moments (ReviewMarker) between them, a time axis and the playback head. A click
// on a marker or a lane seeks there. From the keyboard, Left/Right pick the previous or next
// marker, Home/End the first or last, Enter or Space seeks to it; the accessible description
// names the current one.
class CallTimeline final : public QWidget {
    Q_OBJECT

public:
    explicit CallTimeline(QWidget* parent = nullptr);

    void setCall(const QList<app::TranscriptLine>& lines, const QList<app::ReviewMarker>& markers,
        qint64 durationMs);
    void setPlayhead(qint64 ms);
    // The rep's lane's label; empty: "You".
    void setRepName(const QString& name);
    qint64 playhead() const { return m_playhead; }
    const QList<app::ReviewMarker>& markers() const { return m_markers; }
    // Where marker `index` is drawn (for tests and tooltips); empty when out of range.
    QRect markerRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void seekRequested(qint64 ms, const QString& utteranceId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QRect plotArea() const;
    int xOf(qint64 ms) const;
    qint64 msAt(int x) const;
    int markerAt(const QPoint& pos) const;
    void setCurrent(int index);
    void activate(int index);
    void describe();

    QString m_repName;
    QList<app::TranscriptLine> m_lines;
    QList<app::ReviewMarker> m_markers;
    qint64 m_durationMs = 0;
    qint64 m_playhead = -1;
    int m_current = -1;
};

} // namespace vt::ui
