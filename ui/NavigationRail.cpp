#include "NavigationRail.h"

#include "Icons.h"

#include <QEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace vt::ui {

NavigationRail::NavigationRail(QWidget* parent)
    : QFrame(parent)
    , m_top(new QVBoxLayout)
    , m_bottom(new QVBoxLayout)
{
    setObjectName(QStringLiteral("navigationRail"));
    m_group.setExclusive(true);

    auto* logo = new QLabel(this);
    logo->setObjectName(QStringLiteral("railLogo"));
    logo->setPixmap(appIcon().pixmap(40, 40));
    logo->setAlignment(Qt::AlignHCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 16, 8, 16);
    layout->setSpacing(8);
    layout->addWidget(logo);
    layout->addSpacing(16);
    layout->addLayout(m_top);
    layout->addStretch(1);
    layout->addLayout(m_bottom);
    for (QVBoxLayout* part : {m_top, m_bottom})
        part->setSpacing(6);

    connect(&m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton* button, bool on) {
        if (on)
            Q_EMIT currentChanged(button->property("pageId").toString());
    });
}

void NavigationRail::addItem(const QString& id, const QString& iconName, Placement placement)
{
    auto* button = new QToolButton(this);
    button->setObjectName(QStringLiteral("rail_") + id);
    button->setProperty("pageId", id);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setIconSize(QSize(24, 24));
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setMinimumHeight(60);
    button->setFocusPolicy(Qt::StrongFocus);
    m_group.addButton(button);
    (placement == Placement::Top ? m_top : m_bottom)->addWidget(button);
    m_buttons.insert(id, button);
    m_iconNames.insert(id, iconName);
    m_order.append(id);
    updateIcons();
}

void NavigationRail::setItemText(const QString& id, const QString& text, const QString& toolTip)
{
    if (QToolButton* button = m_buttons.value(id)) {
        button->setText(text);
        button->setToolTip(toolTip);
        button->setAccessibleName(text);
    }
    updateWidth();
}

void NavigationRail::updateWidth()
{
    // As wide as the longest label (translations differ), never narrower than the icons need.
    int widest = 0;
    for (const QToolButton* button : std::as_const(m_buttons))
        widest = std::max(widest, button->fontMetrics().horizontalAdvance(button->text()));
    setFixedWidth(std::max(88, widest + 36));
}

void NavigationRail::setCurrent(const QString& id)
{
    if (QToolButton* button = m_buttons.value(id))
        button->setChecked(true);
}

void NavigationRail::setItemVisible(const QString& id, bool visible)
{
    if (QToolButton* button = m_buttons.value(id))
        button->setVisible(visible);
}

bool NavigationRail::isItemVisible(const QString& id) const
{
    const QToolButton* button = m_buttons.value(id);
    return button && !button->isHidden();
}

QString NavigationRail::current() const
{
    const QAbstractButton* button = m_group.checkedButton();
    return button ? button->property("pageId").toString() : QString();
}

void NavigationRail::updateIcons()
{
    const QColor color = palette().color(QPalette::WindowText);
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setIcon(tintedIcon(m_iconNames.value(it.key()), color));
}

void NavigationRail::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    else if (event->type() == QEvent::FontChange)
        updateWidth();
    QFrame::changeEvent(event);
}

} // namespace vt::ui
