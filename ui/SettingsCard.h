#pragma once

#include <QFrame>

#include <initializer_list>

class QFormLayout;
class QLabel;

namespace vt::ui {

// A titled group on the Settings page: a framed card with a heading and a form.
class SettingsCard : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsCard)

public:
    explicit SettingsCard(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    QFormLayout* form() const { return m_form; }
    // A labelled row whose field is `stack`, top to bottom (a control, then its notes).
    // Labels share one width on every card so the fields line up.
    void addRow(QLabel* label, std::initializer_list<QWidget*> stack);

private:
    QLabel* m_title;
    QFormLayout* m_form;
};

} // namespace vt::ui
