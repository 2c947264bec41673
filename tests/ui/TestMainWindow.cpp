// The real main window on a real X server (Xvfb under scripts/test), with the real devices of
// the private PulseAudio. Widgets are found by objectName; waits are QTRY_*, never sleeps.
#include "AudioDeviceCatalog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PracticeWorkspace.h"
#include "Settings.h"
#include "SettingsRegistry.h"
#include "ThemeController.h"
#include "VtTestConfig.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace vt;

namespace {

// What runDesktop() builds, over a temporary settings file and an optional policy (the
// practice workspace opened, not connected). Opens on the Settings page unless told not to.
struct Desktop {
    explicit Desktop(
        const QString& settingsFile, const QString& policyFile = {}, bool openSettings = true)
        : settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat),
            policyFile.isEmpty() ? app::Policy()
                                 : app::Policy::load({{policyFile, QSettings::IniFormat}}))
        , theme(settings)
        , workspace(settings)
    {
        languages.follow(settings);
        if (const vt::Result<void> opened = workspace.open(); !opened)
            qWarning("workspace: %s", qPrintable(opened.error()));
        window = std::make_unique<ui::MainWindow>(settings, devices, workspace);
        if (openSettings)
            window->showPage(QStringLiteral("settings"));
    }

    app::Settings settings;
    app::LanguageManager languages;
    ui::ThemeController theme;
    app::AudioDeviceCatalog devices;
    app::PracticeWorkspace workspace;
    std::unique_ptr<ui::MainWindow> window;

    // On the Settings page first (the pre-call check has device pickers too), then anywhere.
    template <typename T> T* find(const char* name) const
    {
        auto* settingsPage = window->findChild<QWidget*>(QStringLiteral("settingsPage"));
        T* widget = settingsPage ? settingsPage->findChild<T*>(QLatin1String(name)) : nullptr;
        if (!widget)
            widget = window->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
};

// Picks a combo box entry the way a keyboard user does: focus, then arrow keys.
void chooseWithKeyboard(QComboBox* combo, int row)
{
    combo->setFocus();
    while (combo->currentIndex() < row)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > row)
        QTest::keyClick(combo, Qt::Key_Up);
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void opensOnPracticeThenSettingsWithRealDevices();
    void choosingADeviceIsPersistedByName();
    void switchesLanguageLive();
    void switchesThemeLive();
    void checksThePlatformAddress();
    void savesTheAiProspectServer();
    void policyLocksThePlatformAddress();
    void policyCanForbidPracticeOnThisComputer();
    void restoresGeometryAndLastPage();

private:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::opensOnPracticeThenSettingsWithRealDevices()
{
    Desktop desktop(settingsFile(), {}, false);
    desktop.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(desktop.window.get()));
    // The first start opens on Practice, at the first-run choice.
    QCOMPARE(desktop.window->currentPage(), QStringLiteral("practice"));
    QCOMPARE(desktop.window->windowTitle(), QStringLiteral("Voice AI Training"));
    QVERIFY(desktop.find<QWidget>("welcomePage")->isVisible());
    QVERIFY(desktop.find<QWidget>("practiceLocallyButton")->isVisible());

    const auto railButtons = desktop.find<QWidget>("navigationRail")->findChildren<QToolButton*>();
    QCOMPARE(railButtons.size(), 5);
    QCOMPARE(railButtons.at(0)->text(), QStringLiteral("Practice"));
    QCOMPARE(railButtons.at(1)->text(), QStringLiteral("History"));
    QCOMPARE(railButtons.at(2)->text(), QStringLiteral("Leaderboard"));
    QCOMPARE(railButtons.at(3)->text(), QStringLiteral("Team"));
    QCOMPARE(railButtons.at(4)->text(), QStringLiteral("Settings"));
    // Team shows only once the platform answers GET /team; nothing is connected yet.
    QVERIFY(!railButtons.at(3)->isVisibleTo(desktop.window.get()));
    QVERIFY(railButtons.at(0)->isChecked());
    QTest::mouseClick(railButtons.at(4), Qt::LeftButton);
    QCOMPARE(desktop.window->currentPage(), QStringLiteral("settings"));
    QCOMPARE(desktop.window->windowTitle(), QStringLiteral("Settings — Voice AI Training"));
    QVERIFY(!desktop.find<QWidget>("managedSection")->isVisible()); // no policy here

    auto* input = desktop.find<QComboBox>("inputDeviceCombo");
    auto* output = desktop.find<QComboBox>("outputDeviceCombo");
    QVERIFY(input && output);
    QTRY_VERIFY_WITH_TIMEOUT(input->findText(QStringLiteral("pulse")) > 0, 20000);
    QVERIFY(output->findText(QStringLiteral("pulse")) > 0);
    QCOMPARE(input->currentText(), QStringLiteral("System default"));
    QCOMPARE(desktop.find<QLabel>("deviceStatusLabel")->text(),
        QStringLiteral("Found 1 microphone and 1 speaker."));
}

void TestMainWindow::choosingADeviceIsPersistedByName()
{
    {
        Desktop desktop(settingsFile());
        desktop.window->show();
        auto* input = desktop.find<QComboBox>("inputDeviceCombo");
        QTRY_VERIFY_WITH_TIMEOUT(input->findText(QStringLiteral("pulse")) > 0, 20000);
        chooseWithKeyboard(input, input->findText(QStringLiteral("pulse")));
        QCOMPARE(desktop.settings.inputDevice(), QStringLiteral("pulse"));
    }
    QSettings raw(settingsFile(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("audio/input_device")).toString(), QStringLiteral("pulse"));

    // Next start: still chosen, after the rescan too.
    Desktop again(settingsFile());
    again.window->show();
    auto* input = again.find<QComboBox>("inputDeviceCombo");
    QTRY_COMPARE_WITH_TIMEOUT(input->currentText(), QStringLiteral("pulse"), 20000);
    QTest::mouseClick(again.find<QWidget>("rescanDevicesButton"), Qt::LeftButton);
    QTRY_VERIFY(again.find<QWidget>("rescanDevicesButton")->isEnabled());
    QCOMPARE(input->currentText(), QStringLiteral("pulse"));
}

void TestMainWindow::switchesLanguageLive()
{
    QVERIFY(!app::Settings(
        std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat), app::Policy())
                 .setValue(QLatin1String(app::keys::language), QStringLiteral("en")));
    Desktop desktop(settingsFile());
    desktop.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(desktop.window.get()));
    auto* title = desktop.find<QLabel>("pageTitle");
    auto* rail = desktop.find<QToolButton>("rail_settings");
    QCOMPARE(title->text(), QStringLiteral("Settings"));

    auto* language = desktop.find<QComboBox>("languageCombo");
    chooseWithKeyboard(language, language->findData(QStringLiteral("es")));
    QTRY_COMPARE(title->text(), QStringLiteral("Ajustes"));
    QCOMPARE(rail->text(), QStringLiteral("Ajustes"));
    QCOMPARE(desktop.window->windowTitle(), QStringLiteral("Ajustes — Voice AI Training"));
    QCOMPARE(language->currentText(), QStringLiteral("Español"));
    QCOMPARE(language->itemText(0), QStringLiteral("Usar el idioma del sistema"));
    QCOMPARE(desktop.settings.language(), QStringLiteral("es"));

    chooseWithKeyboard(language, language->findData(QStringLiteral("en")));
    QTRY_COMPARE(title->text(), QStringLiteral("Settings"));
}

void TestMainWindow::switchesThemeLive()
{
    Desktop desktop(settingsFile());
    desktop.window->show();
    auto* theme = desktop.find<QComboBox>("themeCombo");
    chooseWithKeyboard(theme, theme->findData(QStringLiteral("dark")));
    QCOMPARE(desktop.settings.theme(), app::ThemeMode::Dark);
    // Every widget follows, including those under the window's style sheet.
    QTRY_VERIFY(ui::ThemeController::isDark(desktop.window->palette()));
    QVERIFY(ui::ThemeController::isDark(desktop.find<QLabel>("pageTitle")->palette()));
    QVERIFY(ui::ThemeController::isDark(desktop.find<QWidget>("navigationRail")->palette()));
    QVERIFY(ui::ThemeController::isDark(theme->palette()));
    // Hint text follows the theme too.
    auto* hint = desktop.find<QLabel>("platformUrlHint");
    QCOMPARE(hint->palette().color(QPalette::WindowText),
        ui::hintTextColor(ui::ThemeController::darkPalette()));
    chooseWithKeyboard(theme, theme->findData(QStringLiteral("light")));
    QTRY_VERIFY(!ui::ThemeController::isDark(desktop.window->palette()));
    QCOMPARE(desktop.window->palette().color(QPalette::Base), QColor(Qt::white));
    QCOMPARE(hint->palette().color(QPalette::WindowText),
        ui::hintTextColor(ui::ThemeController::lightPalette()));
}

void TestMainWindow::checksThePlatformAddress()
{
    Desktop desktop(settingsFile());
    desktop.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(desktop.window.get()));
    auto* edit = desktop.find<QLineEdit>("platformUrlEdit");
    auto* feedback = desktop.find<QLabel>("platformUrlFeedback");
    QVERIFY(edit->isEnabled());
    QVERIFY(!feedback->isVisible());

    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("http://training.example.com"));
    QTRY_VERIFY(feedback->isVisible());
    QVERIFY2(feedback->text().contains(QLatin1String("must use https://")),
        qPrintable(feedback->text()));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(desktop.settings.platformUrl(), QString()); // refused, not saved

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("https://training.example.com/"));
    QVERIFY(!feedback->isVisible());
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(desktop.settings.platformUrl(), QStringLiteral("https://training.example.com"));
    QCOMPARE(edit->text(), QStringLiteral("https://training.example.com"));
    QCOMPARE(feedback->text(), QStringLiteral("Saved."));
}

void TestMainWindow::savesTheAiProspectServer()
{
    Desktop desktop(settingsFile());
    desktop.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(desktop.window.get()));
    auto* url = desktop.find<QLineEdit>("aiUrlEdit");
    auto* model = desktop.find<QLineEdit>("aiModelEdit");
    auto* key = desktop.find<QLineEdit>("aiKeyEdit");
    auto* save = desktop.find<QPushButton>("aiSaveButton");
    auto* feedback = desktop.find<QLabel>("aiFeedback");
    QCOMPARE(key->echoMode(), QLineEdit::Password); // a key is never shown
    QVERIFY(!feedback->isVisible());

    // An address without a model is not enough; a bad address is refused, naming the setting.
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:11434/v1"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(feedback->isVisible());
    QVERIFY2(
        feedback->text().contains(QLatin1String("Name the model")), qPrintable(feedback->text()));
    QCOMPARE(desktop.settings.aiUrl(), QString());
    url->clear();
    QTest::keyClicks(url, QStringLiteral("ftp://models.example.com"));
    QTest::keyClicks(model, QStringLiteral("llama3.1:8b"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(feedback->text().contains(QLatin1String("practice.ai_url must be an http(s) address")),
        qPrintable(feedback->text()));
    QCOMPARE(desktop.settings.aiUrl(), QString());

    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:11434/v1"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(desktop.settings.aiUrl(), QStringLiteral("http://127.0.0.1:11434/v1"));
    QCOMPARE(desktop.settings.aiModel(), QStringLiteral("llama3.1:8b"));
    QCOMPARE(feedback->text(),
        QStringLiteral("Saved. llama3.1:8b on http://127.0.0.1:11434/v1 plays the prospect from "
                       "your next call on this computer."));
    QDir().mkpath(QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots"));
    QTest::qWait(100); // the wrapped notes laid out
    desktop.find<QWidget>("aiProspectSection")
        ->grab()
        .save(QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots/8-settings-ai-prospect.png"));

    // Empty: the practice script again.
    url->clear();
    model->clear();
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(desktop.settings.aiUrl(), QString());
    QCOMPARE(feedback->text(),
        QStringLiteral("Saved. The practice script plays the prospect on this computer."));
}

void TestMainWindow::policyLocksThePlatformAddress()
{
    const QString policy = QStringLiteral(VT_TEST_DATA_DIR "/policy/locks-url.conf");
    Desktop desktop(settingsFile(), policy);
    desktop.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(desktop.window.get()));
    auto* edit = desktop.find<QLineEdit>("platformUrlEdit");
    QCOMPARE(edit->text(), QStringLiteral("https://training.summitlending.example"));
    QVERIFY(!edit->isEnabled());
    auto* lock = desktop.find<QWidget>("lock_platform_url");
    QVERIFY(lock->isVisible());
    QVERIFY(lock->toolTip().contains(policy));
    // The policy also locks the language (to Spanish): its picker is disabled and marked.
    QVERIFY(!desktop.find<QComboBox>("languageCombo")->isEnabled());
    QVERIFY(desktop.find<QWidget>("lock_ui_language")->isVisible());
    QCOMPARE(desktop.find<QLabel>("pageTitle")->text(), QStringLiteral("Ajustes"));
    // Unlocked settings stay editable and unmarked.
    QVERIFY(desktop.find<QComboBox>("themeCombo")->isEnabled());
    QVERIFY(!desktop.find<QWidget>("lock_ui_theme")->isVisible());
    // Every managed setting is listed with its value, and only those.
    QVERIFY(desktop.find<QWidget>("managedSection")->isVisible());
    QCOMPARE(desktop.find<QLabel>("managed_platform_url")->text(),
        QStringLiteral("https://training.summitlending.example"));
    QCOMPARE(desktop.find<QLabel>("managed_ui_language")->text(), QStringLiteral("es"));
    QCOMPARE(desktop.find<QWidget>("managedSection")
                 ->findChildren<QLabel*>(QRegularExpression(QStringLiteral("^managed_")))
                 .size(),
        2);
}

void TestMainWindow::policyCanForbidPracticeOnThisComputer()
{
    // A rep who practised on this computer before IT's policy arrived.
    {
        QSettings raw(settingsFile(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("state/platform_chosen"), true);
    }
    Desktop desktop(
        settingsFile(), QStringLiteral(VT_TEST_DATA_DIR "/policy/platform-only.conf"), false);
    QVERIFY(!desktop.settings.localPracticeAllowed());
    desktop.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(desktop.window.get()));
    desktop.workspace.start();
    // No embedded platform: the welcome screen offers only the sign-in, and says why.
    QVERIFY(desktop.workspace.connection() != app::PracticeWorkspace::Connection::Ready);
    QVERIFY(desktop.find<QWidget>("welcomePage")->isVisible());
    QVERIFY(!desktop.find<QWidget>("localCard")->isVisible());
    QVERIFY(!desktop.find<QWidget>("practiceLocallyButton")->isVisible());
    QVERIFY(desktop.find<QWidget>("signInButton")->isVisible());
    // It names the sign-in service the policy sets.
    QVERIFY(desktop.find<QLabel>("organisationText")
                ->text()
                .contains(QLatin1String("sign-in service (login.summitlending.example)")));
    QTRY_VERIFY(desktop.find<QLabel>("signInStatus")
                    ->text()
                    .contains(QLatin1String("practice.local_allowed is off")));
    desktop.workspace.practiceOnThisComputer();
    QVERIFY(desktop.workspace.connection() != app::PracticeWorkspace::Connection::Ready);
    // Settings: an empty platform address is refused, and the hint does not offer it.
    desktop.window->showPage(QStringLiteral("settings"));
    auto* edit = desktop.find<QLineEdit>("platformUrlEdit");
    QVERIFY(edit->isEnabled());
    // The managed setting without a control of its own is shown all the same.
    QCOMPARE(desktop.find<QLabel>("managed_practice_local_allowed")->text(), QStringLiteral("off"));
    QCOMPARE(desktop.find<QLabel>("managed_auth_sso_issuer")->text(),
        QStringLiteral("https://login.summitlending.example"));
    QVERIFY(!desktop.find<QLabel>("platformUrlHint")->text().contains(QLatin1String("empty")));
    edit->setText(QStringLiteral("https://training.summitlending.example"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(
        desktop.settings.platformUrl(), QStringLiteral("https://training.summitlending.example"));
    edit->clear();
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(
        desktop.settings.platformUrl(), QStringLiteral("https://training.summitlending.example"));
    QVERIFY(desktop.find<QLabel>("platformUrlFeedback")
                ->text()
                .contains(QLatin1String("practice.local_allowed is off")));
}

void TestMainWindow::restoresGeometryAndLastPage()
{
    QRect geometry;
    {
        Desktop desktop(settingsFile(), {}, false);
        desktop.window->showPage(QStringLiteral("settings"));
        desktop.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(desktop.window.get()));
        desktop.window->setGeometry(120, 90, 900, 640);
        QTRY_COMPARE(desktop.window->geometry().size(), QSize(900, 640));
        geometry = desktop.window->geometry();
        desktop.window->close();
    }
    QSettings raw(settingsFile(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("state/last_page")).toString(), QStringLiteral("settings"));
    Desktop again(settingsFile(), {}, false);
    again.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(again.window.get()));
    QTRY_COMPARE(again.window->geometry().size(), geometry.size());
    QCOMPARE(again.window->currentPage(), QStringLiteral("settings"));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
