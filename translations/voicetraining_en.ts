<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>vt::app::AssignmentListModel</name>
    <message numerus="yes">
        <location filename="../app/PracticeListModels.cpp" line="+66"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::AudioChecksCommand</name>
    <message numerus="yes">
        <location filename="../cli/CliAudioChecks.cpp" line="+154"/>
        <source>Listening to “%1” for %n second(s). Speak as you would on a call.</source>
        <translation>
            <numerusform>Listening to “%1” for %n second. Speak as you would on a call.</numerusform>
            <numerusform>Listening to “%1” for %n seconds. Speak as you would on a call.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::AudioCommand</name>
    <message numerus="yes">
        <location filename="../cli/CliAudioCommand.cpp" line="+51"/>
        <source>%1 [%2] %n channel(s), %3 Hz</source>
        <translation>
            <numerusform>%1 [%2] %n channel, %3 Hz</numerusform>
            <numerusform>%1 [%2] %n channels, %3 Hz</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::AudioFilesCommand</name>
    <message numerus="yes">
        <location filename="../cli/CliAudioFiles.cpp" line="+58"/>
        <source>%1 → %2: %3 s of audio (%4 Hz, %n channel(s)), %5 packets, %6 kB, %7 kbit/s</source>
        <translation>
            <numerusform>%1 → %2: %3 s of audio (%4 Hz, %n channel), %5 packets, %6 kB, %7 kbit/s</numerusform>
            <numerusform>%1 → %2: %3 s of audio (%4 Hz, %n channels), %5 packets, %6 kB, %7 kbit/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 → %2: %3 s of audio, %n channel(s) at %4 Hz, %5 kB</source>
        <translation>
            <numerusform>%1 → %2: %3 s of audio, %n channel at %4 Hz, %5 kB</numerusform>
            <numerusform>%1 → %2: %3 s of audio, %n channels at %4 Hz, %5 kB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::CallSession</name>
    <message numerus="yes">
        <location filename="../core/CallSession.cpp" line="+501"/>
        <source>We can&apos;t hear you. Your microphone (%1) has picked up nothing for %n second(s). If you are speaking, check that it is not muted on your headset or in the system, and that it is the microphone you speak into (Settings → Audio).</source>
        <translation>
            <numerusform>We can&apos;t hear you. Your microphone (%1) has picked up nothing for %n second. If you are speaking, check that it is not muted on your headset or in the system, and that it is the microphone you speak into (Settings → Audio).</numerusform>
            <numerusform>We can&apos;t hear you. Your microphone (%1) has picked up nothing for %n seconds. If you are speaking, check that it is not muted on your headset or in the system, and that it is the microphone you speak into (Settings → Audio).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::CatalogCommand</name>
    <message numerus="yes">
        <location filename="../cli/CliCatalogCommand.cpp" line="+113"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::CliPlatform</name>
    <message numerus="yes">
        <location filename="../cli/CliPlatform.cpp" line="+264"/>
        <source>Recovered the call %1, cut off when the app stopped: %n line(s) scored; saved as interrupted for upload.</source>
        <translation>
            <numerusform>Recovered the call %1, cut off when the app stopped: %n line scored; saved as interrupted for upload.</numerusform>
            <numerusform>Recovered the call %1, cut off when the app stopped: %n lines scored; saved as interrupted for upload.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::DoctorCommand</name>
    <message numerus="yes">
        <location filename="../cli/CliDoctorCommand.cpp" line="+217"/>
        <source>%n certificate(s) from %1</source>
        <translation>
            <numerusform>%n certificate from %1</numerusform>
            <numerusform>%n certificates from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+181"/>
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n check failed.</numerusform>
            <numerusform>%n checks failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::DueReminder</name>
    <message numerus="yes">
        <location filename="../app/DueReminder.cpp" line="+24"/>
        <source>%n assignment(s) overdue</source>
        <translation>
            <numerusform>%n assignment overdue</numerusform>
            <numerusform>%n assignments overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n assignment(s) due today</source>
        <translation>
            <numerusform>%n assignment due today</numerusform>
            <numerusform>%n assignments due today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::PracticeCommand</name>
    <message numerus="yes">
        <location filename="../cli/CliPracticeCommand.cpp" line="+169"/>
        <source>Turn latency: p50 %1 ms, p95 %2 ms over %n turn(s)</source>
        <translation>
            <numerusform>Turn latency: p50 %1 ms, p95 %2 ms over %n turn</numerusform>
            <numerusform>Turn latency: p50 %1 ms, p95 %2 ms over %n turns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::RubricText</name>
    <message numerus="yes">
        <location filename="../core/RubricText.cpp" line="+274"/>
        <source>Let the prospect finish before you answer: you cut in %n time(s).</source>
        <translation>
            <numerusform>Let the prospect finish before you answer: you cut in %n time.</numerusform>
            <numerusform>Let the prospect finish before you answer: you cut in %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Check in more often so the prospect does not have to cut in: it happened %n time(s).</source>
        <translation>
            <numerusform>Check in more often so the prospect does not have to cut in: it happened %n time.</numerusform>
            <numerusform>Check in more often so the prospect does not have to cut in: it happened %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>A call is scored once you have said at least %n words over %1 seconds.</source>
        <translation>
            <numerusform>A call is scored once you have said at least %n word over %1 seconds.</numerusform>
            <numerusform>A call is scored once you have said at least %n words over %1 seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::ScenarioListModel</name>
    <message numerus="yes">
        <location filename="../app/PracticeListModels.cpp" line="+103"/>
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::SyncCommand</name>
    <message numerus="yes">
        <location filename="../cli/CliSyncCommand.cpp" line="+263"/>
        <source>Ready for offline use: %n scenario(s); your assignments: %1.</source>
        <translation>
            <numerusform>Ready for offline use: %n scenario; your assignments: %1.</numerusform>
            <numerusform>Ready for offline use: %n scenarios; your assignments: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>Everything is on the platform (%n request(s) sent).</source>
        <translation>
            <numerusform>Everything is on the platform (%n request sent).</numerusform>
            <numerusform>Everything is on the platform (%n requests sent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Still on this computer: %n attempt(s).</source>
        <translation>
            <numerusform>Still on this computer: %n attempt.</numerusform>
            <numerusform>Still on this computer: %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::net::BrowserSignIn</name>
    <message numerus="yes">
        <location filename="../net/BrowserSignIn.cpp" line="+37"/>
        <source>The sign-in in the browser was not finished within %n minute(s).</source>
        <translation>
            <numerusform>The sign-in in the browser was not finished within %n minute.</numerusform>
            <numerusform>The sign-in in the browser was not finished within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::net::VoiceTransport</name>
    <message numerus="yes">
        <location filename="../net/VoiceTransport.cpp" line="+393"/>
        <source>The platform&apos;s voice service did not answer within %n second(s).</source>
        <translation>
            <numerusform>The platform&apos;s voice service did not answer within %n second.</numerusform>
            <numerusform>The platform&apos;s voice service did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::ui::AudioDevicesSection</name>
    <message numerus="yes">
        <location filename="../ui/AudioDevicesSection.cpp" line="+116"/>
        <source>%n microphone(s)</source>
        <translation>
            <numerusform>%n microphone</numerusform>
            <numerusform>%n microphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform>
            <numerusform>%n speakers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::ui::BriefingPage</name>
    <message numerus="yes">
        <location filename="../ui/BriefingPage.cpp" line="+145"/>
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>About %n minute.</numerusform>
            <numerusform>About %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::ui::HistoryPage</name>
    <message numerus="yes">
        <location filename="../ui/HistoryPage.cpp" line="+213"/>
        <source>Searching your calls… (%n still to read)</source>
        <translation>
            <numerusform>Searching your calls… (%n still to read)</numerusform>
            <numerusform>Searching your calls… (%n still to read)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) of your calls mention “%1”</source>
        <translation>
            <numerusform>%n line of your calls mentions “%1”</numerusform>
            <numerusform>%n lines of your calls mention “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n attempt(s).</source>
        <translation>
            <numerusform>%n attempt.</numerusform>
            <numerusform>%n attempts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n attempt(s) shown.</source>
        <translation>
            <numerusform>%1 of %n attempt shown.</numerusform>
            <numerusform>%1 of %n attempts shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>Score trend of %1: %n scored attempt(s), latest %2</source>
        <translation>
            <numerusform>Score trend of %1: %n scored attempt, latest %2</numerusform>
            <numerusform>Score trend of %1: %n scored attempts, latest %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::ui::HomePage</name>
    <message numerus="yes">
        <location filename="../ui/HomePage.cpp" line="+148"/>
        <source>%n attempt(s) uploading.</source>
        <translation>
            <numerusform>%n attempt uploading.</numerusform>
            <numerusform>%n attempts uploading.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n attempt(s) waiting to upload.</source>
        <translation>
            <numerusform>%n attempt waiting to upload.</numerusform>
            <numerusform>%n attempts waiting to upload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n attempt(s) refused by the platform: see the log.</source>
        <translation>
            <numerusform>%n attempt refused by the platform: see the log.</numerusform>
            <numerusform>%n attempts refused by the platform: see the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::ui::LeaderboardPage</name>
    <message numerus="yes">
        <location filename="../ui/LeaderboardPage.cpp" line="+184"/>
        <source>%n people ranked in your team.</source>
        <translation>
            <numerusform>%n person ranked in your team.</numerusform>
            <numerusform>%n people ranked in your team.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people ranked in the organisation.</source>
        <translation>
            <numerusform>%n person ranked in the organisation.</numerusform>
            <numerusform>%n people ranked in the organisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n people shown.</source>
        <translation>
            <numerusform>%1 of %n person shown.</numerusform>
            <numerusform>%1 of %n people shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>&lt;b&gt;You: #%1&lt;/b&gt; of %2 · best %3 · average %4 · %n attempt(s) · %5 passed</source>
        <translation>
            <numerusform>&lt;b&gt;You: #%1&lt;/b&gt; of %2 · best %3 · average %4 · %n attempt · %5 passed</numerusform>
            <numerusform>&lt;b&gt;You: #%1&lt;/b&gt; of %2 · best %3 · average %4 · %n attempts · %5 passed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::ui::TeamPage</name>
    <message numerus="yes">
        <location filename="../ui/TeamPage.cpp" line="+145"/>
        <source>%n people in the organisation</source>
        <translation>
            <numerusform>%n person in the organisation</numerusform>
            <numerusform>%n people in the organisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people in your team</source>
        <translation>
            <numerusform>%n person in your team</numerusform>
            <numerusform>%n people in your team</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with overdue work.</source>
        <translation>
            <numerusform>%n with overdue work.</numerusform>
            <numerusform>%n with overdue work.</numerusform>
        </translation>
    </message>
</context>
</TS>
