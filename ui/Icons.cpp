#include "Icons.h"

#include <QPainter>
#include <QPixmap>

namespace vt::ui {

QIcon tintedIcon(const QString& name, const QColor& color)
{
    const QIcon source(QStringLiteral(":/icons/%1.svg").arg(name));
    QIcon result;
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap = source.pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), color);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/voicetraining.svg"));
}

} // namespace vt::ui
