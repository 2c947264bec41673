#pragma once

#include <QLabel>

namespace vt::ui {

// A label whose text colour has a meaning: normal, a quieter hint, or an error. The colour is
// derived from the surrounding palette and re-derived when the theme changes.
class ToneLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToneLabel)

public:
    enum class Tone { Normal, Hint, Error };

    explicit ToneLabel(Tone tone = Tone::Normal, QWidget* parent = nullptr);

    void setTone(Tone tone);
    Tone tone() const { return m_tone; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTone();

    Tone m_tone;
    bool m_applying = false;
};

} // namespace vt::ui
