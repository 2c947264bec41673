#include "CsvSave.h"

#include "CsvExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace vt::ui {
namespace {

class CsvSave {
    Q_DECLARE_TR_FUNCTIONS(vt::ui::CsvSave)
};

} // namespace

QString saveModelCsv(const QAbstractItemModel& model, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(app::csv::fromModel(model)) < 0
        || !file.commit())
        return CsvSave::tr("%1 could not be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void exportModelCsv(
    QWidget* parent, const QString& title, const QString& fileName, const QAbstractItemModel& model)
{
    const QString path = QFileDialog::getSaveFileName(parent, title,
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(fileName),
        CsvSave::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = saveModelCsv(model, path);
    if (!error.isEmpty())
        QMessageBox::warning(parent, title, error);
}

} // namespace vt::ui
