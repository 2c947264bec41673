#include "ToneLabel.h"

#include "ThemeController.h"

#include <QApplication>
#include <QEvent>

namespace vt::ui {

ToneLabel::ToneLabel(Tone tone, QWidget* parent)
    : QLabel(parent)
    , m_tone(tone)
{
    setWordWrap(true);
    applyTone();
}

void ToneLabel::setTone(Tone tone)
{
    if (tone == m_tone)
        return;
    m_tone = tone;
    applyTone();
}

void ToneLabel::applyTone()
{
    // The surrounding palette, not our own: ours carries the colour set last time.
    const QPalette around = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    QColor colour = around.color(QPalette::WindowText);
    if (m_tone == Tone::Hint)
        colour = hintTextColor(around);
    else if (m_tone == Tone::Error)
        colour = errorTextColor(around);
    QPalette own = palette();
    own.setColor(QPalette::WindowText, colour);
    m_applying = true; // setPalette sends PaletteChange back to us
    setPalette(own);
    m_applying = false;
}

void ToneLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyTone();
    QLabel::changeEvent(event);
}

} // namespace vt::ui
