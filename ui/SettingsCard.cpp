#include "SettingsCard.h"
#include "PracticeWidgets.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace vt::ui {

SettingsCard::SettingsCard(QWidget* parent)
    : QFrame(parent)
    , m_title(named<QLabel>("cardTitle", this))
    , m_form(new QFormLayout)
{
    setProperty("card", true); // styled by MainWindow's style sheet
    setFrameShape(QFrame::StyledPanel);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_title->setAccessibleDescription(QString());

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(24);
    m_form->setVerticalSpacing(10);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(14);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
}

void SettingsCard::addRow(QLabel* label, std::initializer_list<QWidget*> stack)
{
    label->setMinimumWidth(170);
    label->setWordWrap(true);
    auto* field = new QVBoxLayout;
    field->setSpacing(4);
    for (QWidget* widget : stack)
        field->addWidget(widget);
    m_form->addRow(label, field);
}

void SettingsCard::setTitle(const QString& title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

QString SettingsCard::title() const
{
    return m_title->text();
}

} // namespace vt::ui
