#include "CommandPalette.h"
#include "PracticeWidgets.h"

#include "CommandIndex.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace vt::ui {

CommandPalette::CommandPalette(app::CommandIndex& index, QWidget* parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_index(index)
    , m_query(named<QLineEdit>("commandQuery"))
    , m_list(named<QListView>("commandList"))
{
    setObjectName(QStringLiteral("commandPalette"));
    m_query->setPlaceholderText(tr("Jump to a page, an assignment or a scenario…"));
    m_query->setAccessibleName(tr("Command palette"));
    m_list->setAccessibleName(tr("Matches"));
    m_list->setModel(&m_index);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the query; arrows are forwarded
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_query);
    layout->addWidget(m_list);
    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_index.setQuery(text);
        m_list->setCurrentIndex(m_index.index(0, 0));
    });
    // A list rebuilt while open (the catalog arrived) keeps a match chosen for Return.
    connect(&m_index, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_index.index(0, 0));
    });
    connect(m_query, &QLineEdit::returnPressed, this, &CommandPalette::choose);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& i) {
        m_list->setCurrentIndex(i);
        choose();
    });
}

void CommandPalette::popup()
{
    m_query->clear();
    m_index.setQuery(QString());
    m_list->setCurrentIndex(m_index.index(0, 0));
    QWidget* window = parentWidget()->window();
    const int width = std::min(640, window->width() - 40);
    resize(width, 360);
    move(window->mapToGlobal(QPoint((window->width() - width) / 2, 60)));
    show();
    m_query->setFocus();
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int rows = m_index.rowCount();
            if (rows > 0) {
                const int row
                    = m_list->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1);
                m_list->setCurrentIndex(m_index.index(std::clamp(row, 0, rows - 1), 0));
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const app::CommandIndex::Entry e = m_index.entry(current.row());
    hide();
    Q_EMIT chosen(e.kind, e.id, e.scenarioId);
}

} // namespace vt::ui
