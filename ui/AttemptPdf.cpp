#include "AttemptPdf.h"

#include "AttemptReview.h"
#include "TranscriptModel.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace vt::ui {
namespace {

// The report's words, in the translations' context of their own.
class AttemptPdf {
    Q_DECLARE_TR_FUNCTIONS(vt::ui::AttemptPdf)
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QColor barColour(double fraction)
{
    if (fraction >= 0.999)
        return QColor(0x1e, 0x7b, 0x3a);
    if (fraction >= 0.5)
        return QColor(0xc4, 0x7f, 0x00);
    return QColor(0xb3, 0x26, 0x1e);
}

// The breakdown as a bar chart: each criterion's points out of its weight. `width` and the
// sizes inside are device pixels at `dpi`, and the image says so, so it prints 1:1.
QImage breakdownChart(const app::AttemptResult& r, int width, int dpi)
{
    const int rowHeight = dpi * 22 / 100; // about 5.6 mm
    const int height = std::max(1, int(r.criteria.size())) * rowHeight + rowHeight / 4;
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(rowHeight * 40 / 100);
    p.setFont(font);
    const QFontMetrics fm(font);
    const int labelWidth = width * 36 / 100;
    const int pointsWidth = fm.horizontalAdvance(QStringLiteral("00.0 / 00.0")) + 16;
    const int barWidth = width - labelWidth - pointsWidth - 24;
    double maxPoints = 1;
    for (const app::CriterionResult& c : r.criteria)
        maxPoints = std::max(maxPoints, c.maxPoints);
    int y = 6;
    for (const app::CriterionResult& c : r.criteria) {
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QRect(0, y, labelWidth - 12, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(c.label, Qt::ElideRight, labelWidth - 12));
        const qreal full = barWidth * c.maxPoints / maxPoints;
        const qreal bar = rowHeight * 0.36;
        const QRectF track(labelWidth, y + (rowHeight - bar) / 2.0, full, bar);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xdd, 0xdf, 0xe4));
        p.drawRoundedRect(track, bar / 2, bar / 2);
        if (c.fraction > 0) {
            p.setBrush(barColour(c.fraction));
            p.drawRoundedRect(QRectF(track.left(), track.top(),
                                  std::max<qreal>(bar, track.width() * c.fraction), bar),
                bar / 2, bar / 2);
        }
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QRect(width - pointsWidth, y, pointsWidth, rowHeight),
            Qt::AlignRight | Qt::AlignVCenter,
            QStringLiteral("%1 / %2").arg(
                QLocale().toString(c.points, 'f', 1), QLocale().toString(c.maxPoints, 'f', 1)));
        y += rowHeight;
    }
    return image;
}

QString html(const app::AttemptReview& review, int quotesPerCriterion, const QSize& chart)
{
    const app::AttemptResult& r = review.result();
    QString h;
    h += QStringLiteral("<h2 style='margin:0'>%1</h2>")
             .arg(esc(r.scenarioTitle.isEmpty() ? AttemptPdf::tr("Attempt") : r.scenarioTitle));
    QStringList about;
    if (!review.repName().isEmpty())
        about.append(review.repName());
    about.append(QLocale().toString(review.startedAt().toLocalTime(), QLocale::LongFormat));
    about.append(AttemptPdf::tr("%1 long").arg(app::TranscriptModel::clock(r.durationMs)));
    h += QStringLiteral("<p style='color:#555'>%1</p>").arg(esc(about.join(QStringLiteral(" · "))));
    if (r.hasScore) {
        h += QStringLiteral(
            "<p style='font-size:large'><b>%1</b> &nbsp; <span style='color:%2'><b>%3</b></span> "
            "&nbsp; %4</p>")
                 .arg(esc(AttemptPdf::tr("Score %1 of 100").arg(r.score)),
                     r.passed ? QStringLiteral("#1e7b3a") : QStringLiteral("#b3261e"),
                     esc(r.passed ? AttemptPdf::tr("Passed") : AttemptPdf::tr("Not passed")),
                     esc(AttemptPdf::tr("Pass mark %1").arg(r.passThreshold)));
    } else {
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(esc(AttemptPdf::tr("Not scored")), esc(r.notScoredText()));
    }
    h += QStringLiteral("<h3>%1</h3><p><img src='chart:breakdown' width='%2' height='%3'></p>")
             .arg(esc(AttemptPdf::tr("Score breakdown")))
             .arg(chart.width())
             .arg(chart.height());
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' "
                        "style='border-collapse:collapse'>");
    h += QStringLiteral(
        "<tr style='background:#eef0f3'><th align='left'>%1</th><th "
        "align='right'>%2</th><th align='left'>%3</th><th align='left'>%4</th></tr>")
             .arg(esc(AttemptPdf::tr("Criterion")), esc(AttemptPdf::tr("Points")),
                 esc(AttemptPdf::tr("Result")), esc(AttemptPdf::tr("Target")));
    for (const app::CriterionResult& c : r.criteria) {
        h += QStringLiteral(
            "<tr><td><b>%1</b></td><td align='right'>%2 / %3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(c.label), QLocale().toString(c.points, 'f', 1),
                     QLocale().toString(c.maxPoints, 'f', 1), esc(c.value), esc(c.target));
        QStringList quotes;
        for (const app::EvidenceItem& e : c.evidence) {
            if (quotes.size() >= quotesPerCriterion)
                break;
            if (e.missing)
                quotes.append(
                    QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(esc(e.note)));
            else
                quotes.append(
                    QStringLiteral("%1 <i>“%2”</i>")
                        .arg(app::TranscriptModel::clock(e.startMs), esc(e.quote.left(140))));
        }
        if (!quotes.isEmpty())
            h += QStringLiteral(
                "<tr><td colspan='4' style='color:#444; padding-left:12px'>%1</td></tr>")
                     .arg(quotes.join(QStringLiteral("<br>")));
    }
    h += QStringLiteral("</table>");
    QStringList numbers;
    for (const app::KpiLine& k : r.kpis)
        numbers.append(QStringLiteral("%1: <b>%2</b>").arg(esc(k.name), esc(k.value)));
    if (r.latencyP50Ms)
        numbers.append(AttemptPdf::tr("Reply latency: <b>%1 s</b> median")
                           .arg(QLocale().toString(double(*r.latencyP50Ms) / 1000.0, 'f', 1)));
    h += QStringLiteral("<h3>%1</h3><p>%2</p>")
             .arg(esc(AttemptPdf::tr("Numbers")), numbers.join(QStringLiteral(" · ")));
    if (!review.feedback().isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><p>%2</p>")
                 .arg(esc(AttemptPdf::tr("Feedback")), esc(review.feedback().left(900)));
    } else if (!r.tips.isEmpty()) {
        QStringList tips;
        for (const QString& t : r.tips)
            tips.append(esc(t));
        h += QStringLiteral("<h3>%1</h3><p>%2</p>")
                 .arg(esc(AttemptPdf::tr("How to improve")), tips.join(QStringLiteral("<br>")));
    }
    QStringList comments;
    for (const app::ReviewComment& c : review.comments()) {
        if (c.waiting || comments.size() >= 4)
            continue;
        comments.append(
            QStringLiteral("%1<b>%2</b>: %3")
                .arg(c.startMs >= 0 ? app::TranscriptModel::clock(c.startMs) + QStringLiteral(" · ")
                                    : QString(),
                    esc(c.author), esc(c.body.left(300))));
    }
    if (!comments.isEmpty())
        h += QStringLiteral("<h3>%1</h3><p>%2</p>")
                 .arg(esc(AttemptPdf::tr("Comments")), comments.join(QStringLiteral("<br>")));
    return h;
}

} // namespace

QString writeAttemptPdf(const app::AttemptReview& review, const QString& path)
{
    if (review.state() != app::AttemptReview::State::Ready)
        return AttemptPdf::tr("The attempt is not loaded yet.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return AttemptPdf::tr("%1 could not be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(AttemptPdf::tr("Attempt report: %1").arg(review.result().scenarioTitle));
        writer.setCreator(QStringLiteral("Voice AI Training"));
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const QImage chart
            = breakdownChart(review.result(), int(page.width() * 0.9), writer.resolution());
        // One page: the text shrinks (and fewer quotes are shown) until it fits.
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setPageSize(page.size());
        doc.addResource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("chart:breakdown")), chart);
        int quotes = 2;
        for (qreal points = 9.5;; points -= 0.5) {
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPointSizeF(points);
            doc.setDefaultFont(font);
            // HTML sizes are CSS pixels (1/96 in), scaled to the writer's resolution.
            doc.setHtml(html(review, quotes, chart.size() * (96.0 / writer.resolution())));
            if (doc.pageCount() <= 1 || points <= 6.0) {
                if (doc.pageCount() > 1 && quotes > 0) {
                    quotes = 0;
                    points = 9.0;
                    continue;
                }
                break;
            }
        }
        QPainter painter;
        if (!painter.begin(&writer))
            return AttemptPdf::tr("%1 could not be written: the PDF could not be started.")
                .arg(QDir::toNativeSeparators(path));
        doc.drawContents(&painter, QRectF(QPointF(0, 0), page.size()));
        painter.end();
    }
    if (!file.commit())
        return AttemptPdf::tr("%1 could not be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace vt::ui
