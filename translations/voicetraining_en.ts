<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>vt::app::AudioCommand</name>
    <message numerus="yes">
        <location filename="../app/CliAudioCommand.cpp" line="+44"/>
        <source>%1 [%2] %n channel(s), %3 Hz</source>
        <translation>
            <numerusform>%1 [%2] %n channel, %3 Hz</numerusform>
            <numerusform>%1 [%2] %n channels, %3 Hz</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::ui::AudioDevicesSection</name>
    <message numerus="yes">
        <location filename="../ui/AudioDevicesSection.cpp" line="+117"/>
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
</TS>
