#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace vt::app {

class AudioDeviceCatalog;

// The choices of one device picker (microphones or speakers): "System default" first, then
// each device that can capture (or play), named once even when several host APIs offer it.
// A device the user chose that is not connected now stays listed, marked unavailable, so
// unplugging a headset does not silently forget the choice.
class AudioDeviceListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudioDeviceListModel)

public:
    enum class Direction { Input, Output };
    enum Role { DeviceNameRole = Qt::UserRole + 1, AvailableRole, IsDefaultRole };

    AudioDeviceListModel(
        const AudioDeviceCatalog& catalog, Direction direction, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Keeps `name` listed even when not connected. Empty means the system default.
    void setChosenName(const QString& name);
    int rowOfName(const QString& name) const;
    QString nameAt(int row) const;
    // Devices found in the last scan, not counting the "System default" row.
    int connectedCount() const;

    // Row texts depend on the language.
    void retranslate();

private:
    struct Row {
        QString name; // empty: system default
        QString hostApi;
        bool available = true;
        bool isDefault = false;
    };
    void rebuild();

    const AudioDeviceCatalog& m_catalog;
    Direction m_direction;
    QString m_chosen;
    QString m_defaultDeviceName;
    QList<Row> m_rows;
};

} // namespace vt::app
