#include "WelcomePage.h"

#include "PracticeWidgets.h"
#include "PracticeWorkspace.h"
#include "ToneLabel.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace vt::ui {

WelcomePage::WelcomePage(app::PracticeWorkspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(makeHeading(QStringLiteral("welcomeTitle"), 1.8))
    , m_intro(new QLabel)
    , m_orgTitle(makeHeading(QStringLiteral("organisationTitle")))
    , m_orgText(named<QLabel>("organisationText"))
    , m_addressLabel(new QLabel)
    , m_address(named<QLineEdit>("platformAddressEdit"))
    , m_signIn(named<QPushButton>("signInButton"))
    , m_status(named<ToneLabel>("signInStatus", ToneLabel::Tone::Hint))
    , m_localTitle(makeHeading(QStringLiteral("localTitle")))
    , m_localText(new QLabel)
    , m_local(named<QPushButton>("practiceLocallyButton"))
{
    setObjectName(QStringLiteral("welcomePage"));
    for (QLabel* l : std::initializer_list<QLabel*>{m_intro, m_orgText, m_localText, m_status})
        l->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addressLabel->setBuddy(m_address);
    m_signIn->setDefault(true);

    QVBoxLayout* org = nullptr;
    QFrame* orgCard = makeCard(QStringLiteral("organisationCard"), &org);
    org->addWidget(m_orgTitle);
    org->addWidget(m_orgText);
    org->addWidget(m_addressLabel);
    org->addWidget(m_address);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addStretch(1);
    org->addLayout(buttons);
    org->addWidget(m_status);

    QVBoxLayout* local = nullptr;
    QFrame* localCard = makeCard(QStringLiteral("localCard"), &local);
    m_localCard = localCard;
    local->addWidget(m_localTitle);
    local->addWidget(m_localText);
    auto* localButtons = new QHBoxLayout;
    localButtons->addWidget(m_local);
    localButtons->addStretch(1);
    local->addLayout(localButtons);
    local->addStretch(1);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(16);
    cards->addWidget(orgCard, 1);
    cards->addWidget(localCard, 1);

    auto* column = new QWidget;
    column->setMaximumWidth(860);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 48, 0, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(cards);
    layout->addStretch(1);

    centreColumn(this, column);

    connect(m_signIn, &QPushButton::clicked, this, &WelcomePage::signIn);
    connect(m_address, &QLineEdit::returnPressed, this, &WelcomePage::signIn);
    connect(m_local, &QPushButton::clicked, this, [this] {
        m_waitingForBrowser = false;
        m_workspace.practiceOnThisComputer();
    });
    connect(&m_workspace, &app::PracticeWorkspace::connectionChanged, this, &WelcomePage::update);
    retranslate();
}

void WelcomePage::showEvent(QShowEvent* event)
{
    if (m_address->text().isEmpty())
        m_address->setText(m_workspace.platformAddress());
    update();
    QWidget::showEvent(event);
}

void WelcomePage::signIn()
{
    const QString error = m_workspace.useOrganisation(m_address->text());
    if (!error.isEmpty()) {
        m_status->setTone(ToneLabel::Tone::Error);
        m_status->setText(error);
        m_address->setFocus();
        return;
    }
    if (m_workspace.connection() == app::PracticeWorkspace::Connection::Ready)
        return; // resumed from the keychain
    if (m_workspace.connection() != app::PracticeWorkspace::Connection::SignedOut)
        return; // resuming; the outcome comes with connectionChanged
    m_waitingForBrowser = true;
    m_workspace.signInWithBrowser([](const QUrl& url) { return QDesktopServices::openUrl(url); });
    update();
}

void WelcomePage::update()
{
    using C = app::PracticeWorkspace::Connection;
    const bool locked = m_workspace.platformLocked();
    m_address->setReadOnly(locked);
    m_address->setToolTip(locked ? tr("Set by your IT department.") : QString());
    const QString service = QUrl(m_workspace.signInService()).host();
    m_orgText->setText(service.isEmpty()
            ? tr("Your assignments, scores and leaderboards, shared with your manager. You sign "
                 "in in your web browser.")
            : tr("Your assignments, scores and leaderboards, shared with your manager. You sign "
                 "in in your web browser, through your organisation's sign-in service (%1).")
                  .arg(service));
    const bool localAllowed = m_workspace.localPracticeAllowed();
    m_localCard->setVisible(localAllowed);
    m_intro->setText(localAllowed
            ? tr("Practise sales calls with an AI prospect, out loud, and see exactly what to "
                 "improve. Choose where your practice is kept.")
            : tr("Practise sales calls with an AI prospect, out loud, and see exactly what to "
                 "improve. Sign in to your organisation to begin."));
    const C c = m_workspace.connection();
    const bool busy = c == C::SigningIn;
    m_signIn->setEnabled(!busy);
    m_local->setEnabled(!busy);
    if (busy) {
        m_status->setTone(ToneLabel::Tone::Hint);
        m_status->setText(m_waitingForBrowser
                ? tr("Finish signing in in your browser; this window continues by itself.")
                : tr("Connecting…"));
    } else if (!m_workspace.connectionError().isEmpty()) {
        m_status->setTone(ToneLabel::Tone::Error);
        m_status->setText(m_workspace.connectionError());
    } else if (c == C::SignedOut && m_workspace.isLocal() == false) {
        m_status->setTone(ToneLabel::Tone::Hint);
        m_status->setText(tr("Sign in to see your assignments."));
    } else {
        m_status->clear();
    }
    if (c != C::SigningIn)
        m_waitingForBrowser = false;
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Voice AI Training"));
    m_orgTitle->setText(tr("Sign in to your organisation"));
    m_addressLabel->setText(tr("Organisation &address"));
    m_address->setPlaceholderText(tr("https://training.example.com"));
    m_address->setAccessibleName(tr("Organisation address"));
    m_signIn->setText(tr("Sign in with your browser"));
    m_localTitle->setText(tr("Practice on this computer"));
    m_localText->setText(tr("Works without a network or an account. The practice scenarios "
                            "and your attempts stay on this computer."));
    m_local->setText(tr("Start practising"));
    m_local->setAccessibleName(tr("Practice on this computer"));
    update();
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vt::ui
