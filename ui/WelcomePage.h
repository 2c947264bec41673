#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vt::app {
class PracticeWorkspace;
}

namespace vt::ui {

class ToneLabel;

// The first run and the sign-in: "Sign in to your organisation" (its address, preset or
// locked by IT, then the system browser) or "Practice on this computer" (the embedded
// platform, offline). Shows why a sign-in failed in the words the platform layer gives
// (wrong address, no network, TLS).
class WelcomePage final : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(app::PracticeWorkspace& workspace, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void signIn();
    void update();
    void retranslate();

    app::PracticeWorkspace& m_workspace;
    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_orgTitle;
    QLabel* m_orgText;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QPushButton* m_signIn;
    ToneLabel* m_status;
    QFrame* m_localCard = nullptr; // hidden when practice.local_allowed is off
    QLabel* m_localTitle;
    QLabel* m_localText;
    QPushButton* m_local;
    bool m_waitingForBrowser = false;
};

} // namespace vt::ui
