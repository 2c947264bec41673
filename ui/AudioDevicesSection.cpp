#include "AudioDevicesSection.h"
#include "PracticeWidgets.h"

#include "AudioDeviceCatalog.h"
#include "Icons.h"
#include "PolicyLockNote.h"
#include "Settings.h"
#include "SettingsRegistry.h"
#include "ToneLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace vt::ui {

AudioDevicesSection::AudioDevicesSection(
    app::Settings& settings, app::AudioDeviceCatalog& catalog, QWidget* parent)
    : SettingsCard(parent)
    , m_settings(settings)
    , m_catalog(catalog)
    , m_input(makePicker(QLatin1String(app::keys::inputDevice),
          app::AudioDeviceListModel::Direction::Input, QStringLiteral("inputDeviceCombo")))
    , m_output(makePicker(QLatin1String(app::keys::outputDevice),
          app::AudioDeviceListModel::Direction::Output, QStringLiteral("outputDeviceCombo")))
    , m_rescan(named<QPushButton>("rescanDevicesButton", this))
    , m_status(named<ToneLabel>("deviceStatusLabel", ToneLabel::Tone::Hint, this))
{
    setObjectName(QStringLiteral("audioSection"));

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_rescan);
    form()->addRow(statusRow);

    connect(m_rescan, &QPushButton::clicked, &m_catalog, &app::AudioDeviceCatalog::refresh);
    connect(&m_catalog, &app::AudioDeviceCatalog::refreshStarted, this,
        &AudioDevicesSection::updateStatus);
    connect(&m_catalog, &app::AudioDeviceCatalog::refreshed, this, [this] {
        selectChosen(m_input);
        selectChosen(m_output);
        updateStatus();
    });
    connect(&m_settings, &app::Settings::changed, this, [this](const QString& key) {
        for (const Picker* picker : {&m_input, &m_output}) {
            if (key == picker->key) {
                picker->model->setChosenName(m_settings.value(key));
                selectChosen(*picker);
            }
        }
    });
    retranslate();
    updateIcons();
}

AudioDevicesSection::Picker AudioDevicesSection::makePicker(
    const QString& key, app::AudioDeviceListModel::Direction direction, const QString& objectName)
{
    Picker picker{key, new app::AudioDeviceListModel(m_catalog, direction, this), new QLabel(this),
        new QComboBox(this), new PolicyLockNote(m_settings, key, this)};
    picker.combo->setObjectName(objectName);
    picker.combo->setModel(picker.model);
    picker.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    picker.combo->setMinimumContentsLength(24);
    picker.combo->setEnabled(!m_settings.isLocked(key));
    picker.label->setBuddy(picker.combo);
    picker.model->setChosenName(m_settings.value(key));

    addRow(picker.label, {picker.combo, picker.lock});

    connect(picker.combo, &QComboBox::activated, this, [this, key, model = picker.model](int row) {
        if (auto error = m_settings.setValue(key, model->nameAt(row))) {
            m_status->setText(error->message);
            return;
        }
    });
    selectChosen(picker);
    return picker;
}

void AudioDevicesSection::selectChosen(const Picker& picker)
{
    const int row = picker.model->rowOfName(m_settings.value(picker.key));
    picker.combo->setCurrentIndex(row < 0 ? 0 : row);
}

void AudioDevicesSection::retranslate()
{
    setTitle(tr("Audio"));
    m_input.label->setText(tr("&Microphone"));
    m_output.label->setText(tr("&Speaker or headset"));
    m_input.combo->setAccessibleName(tr("Microphone"));
    m_output.combo->setAccessibleName(tr("Speaker or headset"));
    m_rescan->setText(tr("&Rescan devices"));
    m_rescan->setToolTip(
        tr("Look again for microphones and speakers, after plugging in a headset"));
    m_input.model->retranslate();
    m_output.model->retranslate();
    updateStatus();
}

void AudioDevicesSection::updateStatus()
{
    const bool failed
        = m_catalog.hasScanned() && !m_catalog.isRefreshing() && !m_catalog.error().isEmpty();
    m_status->setTone(failed ? ToneLabel::Tone::Error : ToneLabel::Tone::Hint);
    if (m_catalog.isRefreshing() || !m_catalog.hasScanned()) {
        m_status->setText(tr("Looking for audio devices…"));
    } else if (failed) {
        m_status->setText(tr("The audio system could not be opened: %1").arg(m_catalog.error()));
    } else {
        m_status->setText(tr("Found %1 and %2.")
                              .arg(tr("%n microphone(s)", nullptr, m_input.model->connectedCount()),
                                  tr("%n speaker(s)", nullptr, m_output.model->connectedCount())));
    }
    m_rescan->setEnabled(!m_catalog.isRefreshing());
}

void AudioDevicesSection::updateIcons()
{
    m_rescan->setIcon(tintedIcon(QStringLiteral("refresh"), palette().color(QPalette::ButtonText)));
}

void AudioDevicesSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        updateIcons();
    }
    SettingsCard::changeEvent(event);
}

void AudioDevicesSection::showEvent(QShowEvent* event)
{
    if (!m_catalog.hasScanned() && !m_catalog.isRefreshing())
        m_catalog.refresh();
    SettingsCard::showEvent(event);
}

} // namespace vt::ui
