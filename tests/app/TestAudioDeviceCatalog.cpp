// Runs against the private PulseAudio (tests/support/pulse-session): PortAudio sees it through
// ALSA's "pulse" device, next to ALSA's "default".
#include "AudioDeviceCatalog.h"
#include "AudioDeviceListModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace vt::app;

class TestAudioDeviceCatalog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scansRealDevicesOffTheUiThread();
    void overlappingRefreshesScanAgain();
    void modelListsDevicesByDirection();
    void modelKeepsAChosenDeviceThatIsNotConnected();
};

void TestAudioDeviceCatalog::scansRealDevicesOffTheUiThread()
{
    AudioDeviceCatalog catalog;
    QVERIFY(!catalog.hasScanned());
    QSignalSpy started(&catalog, &AudioDeviceCatalog::refreshStarted);
    QSignalSpy refreshed(&catalog, &AudioDeviceCatalog::refreshed);
    catalog.refresh();
    QCOMPARE(started.count(), 1);
    QVERIFY(catalog.isRefreshing()); // the scan runs on a worker thread
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    QVERIFY(catalog.hasScanned());
    QCOMPARE(catalog.error(), QString());
    const auto pulse = std::find_if(catalog.devices().cbegin(), catalog.devices().cend(),
        [](const AudioDeviceEntry& d) { return d.name == QLatin1String("pulse"); });
    QVERIFY2(pulse != catalog.devices().cend(), "PortAudio does not list the PulseAudio device");
    QVERIFY(pulse->inputChannels > 0);
    QVERIFY(pulse->outputChannels > 0);
    QCOMPARE(pulse->hostApi, QStringLiteral("ALSA"));
    QVERIFY(pulse->defaultSampleRate > 0);
}

void TestAudioDeviceCatalog::overlappingRefreshesScanAgain()
{
    AudioDeviceCatalog catalog;
    QSignalSpy refreshed(&catalog, &AudioDeviceCatalog::refreshed);
    catalog.refresh();
    catalog.refresh(); // while the first scan runs: one more scan afterwards, not two at once
    catalog.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 20000);
    QTRY_VERIFY(!catalog.isRefreshing());
    QTest::qWait(0);
    QCOMPARE(refreshed.count(), 2);
}

void TestAudioDeviceCatalog::modelListsDevicesByDirection()
{
    AudioDeviceCatalog catalog;
    AudioDeviceListModel inputs(catalog, AudioDeviceListModel::Direction::Input);
    QCOMPARE(inputs.rowCount(), 1); // before a scan: only "System default"
    QSignalSpy refreshed(&catalog, &AudioDeviceCatalog::refreshed);
    catalog.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);

    QCOMPARE(inputs.data(inputs.index(0)).toString(), QStringLiteral("System default"));
    QCOMPARE(inputs.nameAt(0), QString());
    const int pulseRow = inputs.rowOfName(QStringLiteral("pulse"));
    QVERIFY(pulseRow > 0);
    QCOMPARE(inputs.data(inputs.index(pulseRow)).toString(), QStringLiteral("pulse"));
    QVERIFY(inputs.data(inputs.index(pulseRow), AudioDeviceListModel::AvailableRole).toBool());
    QCOMPARE(inputs.data(inputs.index(pulseRow), Qt::ToolTipRole).toString(),
        QStringLiteral("Audio system: ALSA"));
    // ALSA's "default" device is the system default row, not a second entry.
    QCOMPARE(inputs.rowOfName(QStringLiteral("default")), 0);
    for (int row = 1; row < inputs.rowCount(); ++row)
        QVERIFY(inputs.nameAt(row) != QLatin1String("default"));
    QCOMPARE(inputs.connectedCount(), inputs.rowCount() - 1);
}

void TestAudioDeviceCatalog::modelKeepsAChosenDeviceThatIsNotConnected()
{
    AudioDeviceCatalog catalog;
    AudioDeviceListModel outputs(catalog, AudioDeviceListModel::Direction::Output);
    outputs.setChosenName(QStringLiteral("Jabra Evolve2 65"));
    QSignalSpy refreshed(&catalog, &AudioDeviceCatalog::refreshed);
    catalog.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    const int row = outputs.rowOfName(QStringLiteral("Jabra Evolve2 65"));
    QCOMPARE(row, outputs.rowCount() - 1);
    QCOMPARE(outputs.data(outputs.index(row)).toString(),
        QStringLiteral("Jabra Evolve2 65 (not connected)"));
    QVERIFY(!outputs.data(outputs.index(row), AudioDeviceListModel::AvailableRole).toBool());
    QCOMPARE(outputs.connectedCount(), outputs.rowCount() - 2);
    // Choosing a connected device drops the placeholder row.
    outputs.setChosenName(QStringLiteral("pulse"));
    QCOMPARE(outputs.rowOfName(QStringLiteral("Jabra Evolve2 65")), -1);
}

QTEST_GUILESS_MAIN(TestAudioDeviceCatalog)
#include "TestAudioDeviceCatalog.moc"
