#pragma once

#include <QButtonGroup>
#include <QFrame>
#include <QHash>

class QToolButton;
class QVBoxLayout;

namespace vt::ui {

// The vertical navigation on the window's left edge: one button per page, icon over label.
// Pages placed at the bottom (Settings) sit below a stretch, the others at the top.
class NavigationRail final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationRail)

public:
    enum class Placement { Top, Bottom };

    explicit NavigationRail(QWidget* parent = nullptr);

    void addItem(const QString& id, const QString& iconName, Placement placement);
    void setItemText(const QString& id, const QString& text, const QString& toolTip);
    void setCurrent(const QString& id);
    // Shows or hides a page's button (a page the user has no access to).
    void setItemVisible(const QString& id, bool visible);
    bool isItemVisible(const QString& id) const;
    QString current() const;
    QStringList ids() const { return m_order; }

Q_SIGNALS:
    void currentChanged(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcons();
    void updateWidth();

    QButtonGroup m_group;
    QVBoxLayout* m_top;
    QVBoxLayout* m_bottom;
    QHash<QString, QToolButton*> m_buttons;
    QHash<QString, QString> m_iconNames;
    QStringList m_order;
};

} // namespace vt::ui
