#include "AudioDeviceListModel.h"

#include "AudioDeviceCatalog.h"

namespace vt::app {

AudioDeviceListModel::AudioDeviceListModel(
    const AudioDeviceCatalog& catalog, Direction direction, QObject* parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
    , m_direction(direction)
{
    connect(&catalog, &AudioDeviceCatalog::refreshed, this, &AudioDeviceListModel::rebuild);
    rebuild();
}

void AudioDeviceListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_defaultDeviceName.clear();
    m_rows.append({QString(), QString(), true, false});
    const bool input = m_direction == Direction::Input;
    for (const AudioDeviceEntry& device : m_catalog.devices()) {
        if ((input ? device.inputChannels : device.outputChannels) <= 0)
            continue;
        const bool isDefault = input ? device.isDefaultInput : device.isDefaultOutput;
        // ALSA names its default-routing device "default": that is the first row already.
        if (device.name.compare(QLatin1String("default"), Qt::CaseInsensitive) == 0)
            continue;
        if (isDefault)
            m_defaultDeviceName = device.name;
        const bool seen = std::any_of(m_rows.cbegin(), m_rows.cend(),
            [&](const Row& row) { return row.name == device.name; });
        if (!seen)
            m_rows.append({device.name, device.hostApi, true, isDefault});
    }
    const bool chosenConnected
        = std::any_of(m_catalog.devices().cbegin(), m_catalog.devices().cend(),
            [this](const AudioDeviceEntry& device) { return device.name == m_chosen; });
    if (!m_chosen.isEmpty() && !chosenConnected)
        m_rows.append({m_chosen, QString(), false, false});
    endResetModel();
}

void AudioDeviceListModel::setChosenName(const QString& name)
{
    if (m_chosen == name)
        return;
    m_chosen = name;
    rebuild();
}

int AudioDeviceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AudioDeviceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (row.name.isEmpty()) {
            return m_defaultDeviceName.isEmpty()
                ? tr("System default")
                : tr("System default (%1)").arg(m_defaultDeviceName);
        }
        if (!row.available)
            return tr("%1 (not connected)").arg(row.name);
        return row.name;
    case Qt::ToolTipRole:
        return row.hostApi.isEmpty() ? QVariant() : tr("Audio system: %1").arg(row.hostApi);
    case DeviceNameRole:
        return row.name;
    case AvailableRole:
        return row.available;
    case IsDefaultRole:
        return row.isDefault;
    default:
        return {};
    }
}

int AudioDeviceListModel::rowOfName(const QString& name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    // ALSA's "default" device is listed as the system default row.
    return name.compare(QLatin1String("default"), Qt::CaseInsensitive) == 0 ? 0 : -1;
}

QString AudioDeviceListModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

int AudioDeviceListModel::connectedCount() const
{
    return static_cast<int>(std::count_if(
        m_rows.cbegin() + 1, m_rows.cend(), [](const Row& row) { return row.available; }));
}

void AudioDeviceListModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
}

} // namespace vt::app
