#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace vt::ui {

// Writes `model` as shown as CSV (app::csv: RFC 4180, formula-safe) to `path`, whole or not at
// all; an error sentence, or empty.
QString saveModelCsv(const QAbstractItemModel& model, const QString& path);
// Asks where to save it (in Documents, `fileName` proposed) and saves it there, saying why
// when it cannot. `title` names the dialog and the warning.
void exportModelCsv(QWidget* parent, const QString& title, const QString& fileName,
    const QAbstractItemModel& model);

} // namespace vt::ui
