#pragma once

#include "PracticeTypes.h"

#include <QScrollArea>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace vt::ui {

class Pill;
class ToneLabel;

// The briefing before a call: the persona, the situation, the goal, what is scored (each
// criterion in plain words with its weight), what the prospect may object, and the rep's
// previous scores on it; then "Start call".
class BriefingPage final : public QScrollArea {
    Q_OBJECT

public:
    explicit BriefingPage(QWidget* parent = nullptr);

    // Loading (empty brief with only an id), a failure (brief.error), or the briefing.
    void showBrief(const app::ScenarioBrief& brief, double passThreshold, bool assessment);
    const app::ScenarioBrief& brief() const { return m_brief; }

Q_SIGNALS:
    void back();
    void startCall();
    void checkHeadset();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void retranslate();

    app::ScenarioBrief m_brief;
    double m_passThreshold = 0;
    bool m_assessment = false;
    QPushButton* m_back;
    QLabel* m_title;
    Pill* m_difficulty;
    ToneLabel* m_status;
    QLabel* m_personaTitle;
    QLabel* m_persona;
    QLabel* m_situationTitle;
    QLabel* m_situation;
    QLabel* m_scoredTitle;
    QVBoxLayout* m_criteria;
    QLabel* m_expectTitle;
    QLabel* m_expect;
    QLabel* m_historyTitle;
    QLabel* m_history;
    QPushButton* m_check;
    QPushButton* m_start;
};

} // namespace vt::ui
