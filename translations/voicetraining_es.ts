<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>vt::app::AudioChecksCommand</name>
    <message>
        <location filename="../app/CliAudioChecks.cpp" line="+75"/>
        <location line="+98"/>
        <location line="+89"/>
        <source>voicetraining-cli: %1</source>
        <translation>voicetraining-cli: %1</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>The microphone “%1” is not connected; using “%2”.</source>
        <translation>El micrófono «%1» no está conectado; se usa «%2».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The speaker “%1” is not connected; using “%2”.</source>
        <translation>El altavoz «%1» no está conectado; se usa «%2».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No sound at all: the microphone is muted, blocked by the system&apos;s privacy settings, or not connected.</source>
        <translation>No llega ningún sonido: el micrófono está silenciado, bloqueado por los ajustes de privacidad del sistema o desconectado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too loud: the sound distorts. Lower the microphone&apos;s input gain or move it a little away from your mouth.</source>
        <translation>Demasiado alto: el sonido se distorsiona. Baje la ganancia de entrada del micrófono o aléjelo un poco de la boca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too quiet: speak during the check, move the microphone closer or raise its input gain.</source>
        <translation>Demasiado bajo: hable durante la prueba, acerque el micrófono o suba su ganancia de entrada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The background is loud: find a quieter place or use a headset with a close microphone.</source>
        <translation>El ruido de fondo es alto: busque un lugar más tranquilo o use auriculares con micrófono cercano.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The level is good.</source>
        <translation>El nivel es correcto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The microphone does not hear the speakers: speakers are fine.</source>
        <translation>El micrófono no oye los altavoces: puede usar los altavoces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The echo canceller removes what the microphone hears of the speakers: speakers are fine.</source>
        <translation>El cancelador de eco elimina lo que el micrófono oye de los altavoces: puede usar los altavoces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too much of the speakers&apos; sound reaches the microphone: use a headset.</source>
        <translation>Demasiado sonido de los altavoces llega al micrófono: use auriculares.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: voicetraining-cli audio meter [--seconds N] [--json]

Shows the chosen microphone&apos;s level while you speak (N seconds,
1 to 600, default 10), then tells whether the level is right.
</source>
        <translation>Uso: voicetraining-cli audio meter [--seconds N] [--json]

Muestra el nivel del micrófono elegido mientras habla (N segundos,
de 1 a 600, 10 por omisión) y después indica si el nivel es adecuado.
</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Listening to “%1” for %n second(s). Speak as you would on a call.</source>
        <translation>
            <numerusform>Escuchando «%1» durante %n segundo. Hable como lo haría en una llamada.</numerusform>
            <numerusform>Escuchando «%1» durante %n segundos. Hable como lo haría en una llamada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>voicetraining-cli: the microphone “%1” stopped delivering sound.</source>
        <translation>voicetraining-cli: el micrófono «%1» dejó de entregar sonido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>peak %1</source>
        <translation>pico %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loudest sample %1 dBFS, speaking level %2 dBFS, background %3 dBFS.</source>
        <translation>Muestra más alta %1 dBFS, nivel al hablar %2 dBFS, fondo %3 dBFS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: voicetraining-cli audio echo-test [--json]

Plays a test sound on the chosen speaker for about eight seconds and measures
how much of it the chosen microphone hears after echo cancellation (the echo
return loss enhancement, ERLE). Keep quiet while it runs.
Verdict: “speakers are fine” or “use a headset”.
</source>
        <translation>Uso: voicetraining-cli audio echo-test [--json]

Reproduce un sonido de prueba en el altavoz elegido durante unos ocho segundos y
mide cuánto de él oye el micrófono elegido tras la cancelación de eco (la mejora
de la pérdida de retorno de eco, ERLE). Guarde silencio mientras dura.
Veredicto: «puede usar los altavoces» o «use auriculares».
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Playing a test sound on “%1” and listening with “%2”. Keep quiet until it ends.</source>
        <translation>Reproduciendo un sonido de prueba en «%1» y escuchando con «%2». Guarde silencio hasta que termine.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>voicetraining-cli: the test sound could not be played and heard in time on “%1” and “%2”.</source>
        <translation>voicetraining-cli: el sonido de prueba no se pudo reproducir y oír a tiempo en «%1» y «%2».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Echo return loss enhancement: %1 dB.</source>
        <translation>Mejora de la pérdida de retorno de eco: %1 dB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The microphone heard %1 dBFS while the sound played, %2 dBFS before it; after echo cancellation %3 dBFS.</source>
        <translation>El micrófono oyó %1 dBFS mientras sonaba la prueba y %2 dBFS antes; tras la cancelación de eco, %3 dBFS.</translation>
    </message>
</context>
<context>
    <name>vt::app::AudioCommand</name>
    <message>
        <location filename="../app/CliAudioCommand.cpp" line="+28"/>
        <source>Usage: voicetraining-cli audio &lt;command&gt; [arguments]

  devices [--json]             List the microphones and speakers, mark the
                               system defaults with * and show the chosen ones
  meter [--seconds N] [--json] Show the chosen microphone&apos;s level and judge it
  echo-test [--json]           Measure the speakers&apos; echo: speakers or headset?
  encode IN.wav OUT.opus       Encode a file with the call&apos;s voice codec
  decode IN.opus OUT.wav       Decode an Ogg Opus file (a call recording)

“audio &lt;command&gt; --help” explains each.
</source>
        <translation>Uso: voicetraining-cli audio &lt;orden&gt; [argumentos]

  devices [--json]             Lista los micrófonos y altavoces, marca con * los
                               predeterminados del sistema e indica los elegidos
  meter [--seconds N] [--json] Muestra el nivel del micrófono elegido y lo evalúa
  echo-test [--json]           Mide el eco de los altavoces: ¿altavoces o auriculares?
  encode IN.wav OUT.opus       Codifica un archivo con el códec de voz de la llamada
  decode IN.opus OUT.wav       Descodifica un archivo Ogg Opus (una grabación)

«audio &lt;orden&gt; --help» explica cada una.
</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 [%2] %n channel(s), %3 Hz</source>
        <translation>
            <numerusform>%1 [%2] %n canal, %3 Hz</numerusform>
            <numerusform>%1 [%2] %n canales, %3 Hz</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>voicetraining-cli: the audio system could not be opened: %1</source>
        <translation>voicetraining-cli: no se pudo abrir el sistema de audio: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Microphones:</source>
        <translation>Micrófonos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers:</source>
        <translation>Altavoces:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system default</source>
        <translation>predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen microphone: %1</source>
        <translation>Micrófono elegido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen speaker: %1</source>
        <translation>Altavoz elegido: %1</translation>
    </message>
</context>
<context>
    <name>vt::app::AudioDeviceListModel</name>
    <message>
        <location filename="../app/AudioDeviceListModel.cpp" line="+69"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (not connected)</source>
        <translation>%1 (no conectado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audio system: %1</source>
        <translation>Sistema de audio: %1</translation>
    </message>
</context>
<context>
    <name>vt::app::AudioFilesCommand</name>
    <message>
        <location filename="../app/CliAudioFiles.cpp" line="+28"/>
        <source>Usage: voicetraining-cli audio encode IN.wav OUT.opus

Encodes a WAV (or Ogg Opus) file exactly as a call sends the rep&apos;s voice: mono,
48 kHz, 20 ms Opus packets at 24 kbit/s, and writes them as Ogg Opus.
</source>
        <translation>Uso: voicetraining-cli audio encode IN.wav OUT.opus

Codifica un archivo WAV (u Ogg Opus) exactamente como una llamada envía la voz del
agente comercial: mono, 48 kHz, paquetes Opus de 20 ms a 24 kbit/s, y los escribe
como Ogg Opus.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: voicetraining-cli audio decode IN.opus OUT.wav

Decodes an Ogg Opus file (a call recording, or the output of “audio encode”)
to a 16-bit WAV file at 48 kHz with the file&apos;s channels.
</source>
        <translation>Uso: voicetraining-cli audio decode IN.opus OUT.wav

Descodifica un archivo Ogg Opus (una grabación de llamada o la salida de
«audio encode») a un archivo WAV de 16 bits a 48 kHz con los canales del archivo.
</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 → %2: %3 s of audio (%4 Hz, %n channel(s)), %5 packets, %6 kB, %7 kbit/s</source>
        <translation>
            <numerusform>%1 → %2: %3 s de audio (%4 Hz, %n canal), %5 paquetes, %6 kB, %7 kbit/s</numerusform>
            <numerusform>%1 → %2: %3 s de audio (%4 Hz, %n canales), %5 paquetes, %6 kB, %7 kbit/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 → %2: %3 s of audio, %n channel(s) at %4 Hz, %5 kB</source>
        <translation>
            <numerusform>%1 → %2: %3 s de audio, %n canal a %4 Hz, %5 kB</numerusform>
            <numerusform>%1 → %2: %3 s de audio, %n canales a %4 Hz, %5 kB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::Cli</name>
    <message>
        <location filename="../app/Cli.cpp" line="+20"/>
        <source>Show and change settings (list, get, set, unset)</source>
        <translation>Ver y cambiar los ajustes (list, get, set, unset)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audio devices, level and echo checks, the call codec</source>
        <translation>Dispositivos de audio, pruebas de nivel y de eco, el códec de la llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score a transcript against a scenario</source>
        <translation>Puntuar una transcripción según un escenario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: voicetraining-cli [--verbose] &lt;command&gt; [arguments]

Voice AI Training on the command line: settings and diagnostics.

Commands:
</source>
        <translation>Uso: voicetraining-cli [--verbose] &lt;orden&gt; [argumentos]

Voice AI Training en la línea de órdenes: ajustes y diagnóstico.

Órdenes:
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
Options:
  -h, --help     Show this help; “&lt;command&gt; --help” shows a command&apos;s own
  -v, --version  Show the versions of the app and the libraries it runs with
  --verbose      Write debug messages to stderr and to the log file

Exit status: 0 success, 1 failure, 2 invalid usage or value, 3 setting locked by policy.
</source>
        <translation>
Opciones:
  -h, --help     Muestra esta ayuda; «&lt;orden&gt; --help» muestra la de cada orden
  -v, --version  Muestra las versiones de la aplicación y de sus bibliotecas
  --verbose      Escribe mensajes de depuración en stderr y en el registro

Estado de salida: 0 éxito, 1 fallo, 2 uso o valor no válido, 3 ajuste bloqueado por directiva.
</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>voicetraining-cli: unknown option “%1”. Try --help.</source>
        <translation>voicetraining-cli: opción desconocida «%1». Pruebe --help.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>voicetraining-cli: unknown command “%1”. Try --help.</source>
        <translation>voicetraining-cli: orden desconocida «%1». Pruebe --help.</translation>
    </message>
</context>
<context>
    <name>vt::app::ConfigCommand</name>
    <message>
        <location filename="../app/CliConfigCommand.cpp" line="+45"/>
        <source>Usage: voicetraining-cli config list
       voicetraining-cli config get &lt;key&gt; [--json]
       voicetraining-cli config set &lt;key&gt; &lt;value&gt;
       voicetraining-cli config unset &lt;key&gt;

Keys are listed by “config list”. Settings named by your organisation&apos;s policy
are locked and cannot be changed here.
</source>
        <translation>Uso: voicetraining-cli config list
     voicetraining-cli config get &lt;clave&gt; [--json]
     voicetraining-cli config set &lt;clave&gt; &lt;valor&gt;
     voicetraining-cli config unset &lt;clave&gt;

«config list» muestra las claves. Los ajustes que fija la directiva de su
organización están bloqueados y no se pueden cambiar aquí.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user settings %1</source>
        <translation>ajustes del usuario %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>policy %1 (locked)</source>
        <translation>directiva %1 (bloqueado)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+25"/>
        <source>source: %1</source>
        <translation>origen: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>voicetraining-cli: there is no setting “%1”; see “config list”.</source>
        <translation>voicetraining-cli: no existe el ajuste «%1»; consulte «config list».</translation>
    </message>
</context>
<context>
    <name>vt::app::GuiCommandLine</name>
    <message>
        <location filename="../app/GuiCommandLine.cpp" line="+43"/>
        <source>Usage: voicetraining [--verbose]

Voice AI Training: practise sales calls with an AI prospect.

Options:
  -h, --help     Show this help
  -v, --version  Show the versions of the app and the libraries it runs with
  --verbose      Write debug messages to stderr and to the log file

voicetraining-cli offers settings and diagnostics on the command line.
</source>
        <translation>Uso: voicetraining [--verbose]

Voice AI Training: practique llamadas de venta con un cliente potencial simulado por IA.

Opciones:
  -h, --help     Muestra esta ayuda
  -v, --version  Muestra las versiones de la aplicación y de sus bibliotecas
  --verbose      Escribe mensajes de depuración en stderr y en el registro

voicetraining-cli ofrece ajustes y diagnóstico en la línea de órdenes.
</translation>
    </message>
</context>
<context>
    <name>vt::app::Policy</name>
    <message>
        <location filename="../app/Policy.cpp" line="+49"/>
        <source>Policy %1 could not be read; it is ignored.</source>
        <translation>No se pudo leer la directiva %1; se ignora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy %1 names an unknown setting “%2”; it is ignored.</source>
        <translation>La directiva %1 nombra un ajuste desconocido «%2»; se ignora.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policy %1 sets %2 to a value that is not allowed (%3); it is ignored.</source>
        <translation>La directiva %1 asigna a %2 un valor no permitido (%3); se ignora.</translation>
    </message>
</context>
<context>
    <name>vt::app::ScoreCommand</name>
    <message>
        <location filename="../app/CliScoreCommand.cpp" line="+28"/>
        <source>Usage: voicetraining-cli score --transcript FILE --scenario FILE [--pretty]

Scores a call transcript against a scenario&apos;s rubric and prints the KPIs, the
score and the breakdown with its evidence as JSON (docs/scoring.md).
Invalid input is reported on one line naming the file and the JSON path at
fault, with exit status 2.
</source>
        <translation>Uso: voicetraining-cli score --transcript ARCHIVO --scenario ARCHIVO [--pretty]

Puntúa la transcripción de una llamada según la rúbrica de un escenario e imprime
los KPI, la puntuación y el desglose con sus evidencias en JSON (docs/scoring.md).
Una entrada no válida se indica en una línea con el archivo y la ruta JSON del
error, con estado de salida 2.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is larger than %2 MiB</source>
        <translation>%1: ocupa más de %2 MiB</translation>
    </message>
</context>
<context>
    <name>vt::app::Settings</name>
    <message>
        <location filename="../app/Settings.cpp" line="+80"/>
        <source>There is no setting “%1”.</source>
        <translation>No existe el ajuste «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is set by your organisation&apos;s policy (%2) and cannot be changed.</source>
        <translation>%1 lo fija la directiva de su organización (%2) y no se puede cambiar.</translation>
    </message>
</context>
<context>
    <name>vt::app::SettingsRegistry</name>
    <message>
        <location filename="../app/SettingsRegistry.cpp" line="+17"/>
        <source>Address of your organisation&apos;s training platform; empty to practise on this computer</source>
        <translation>Dirección de la plataforma de formación de su organización; vacía para practicar en este equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microphone, by device name; empty for the system default</source>
        <translation>Micrófono, por nombre de dispositivo; vacío para el predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaker or headset, by device name; empty for the system default</source>
        <translation>Altavoz o auriculares, por nombre de dispositivo; vacío para el predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language: system, en or es</source>
        <translation>Idioma de la interfaz: system, en o es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour theme: system, light or dark</source>
        <translation>Tema de color: system, light o dark</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contains control characters.</source>
        <translation>%1 contiene caracteres de control.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1 debe ser uno de: %2.</translation>
    </message>
</context>
<context>
    <name>vt::app::VersionReport</name>
    <message>
        <location filename="../app/VersionReport.cpp" line="+14"/>
        <source>Voice AI Training %1 (commit %2)</source>
        <translation>Voice AI Training %1 (commit %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilado con %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PortAudio %1</source>
        <translation>PortAudio %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opus %1</source>
        <translation>Opus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
</context>
<context>
    <name>vt::net::PlatformUrl</name>
    <message>
        <location filename="../net/PlatformUrl.cpp" line="+12"/>
        <source>The platform address is empty.</source>
        <translation>La dirección de la plataforma está vacía.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a web address. Use the form https://training.example.com.</source>
        <translation>«%1» no es una dirección web. Use la forma https://training.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform address must start with https://.</source>
        <translation>La dirección de la plataforma debe empezar por https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform address has no host name.</source>
        <translation>La dirección de la plataforma no tiene nombre de servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform address must not contain a user name or password.</source>
        <translation>La dirección de la plataforma no debe contener un usuario ni una contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform address must not contain “?” or “#” parts.</source>
        <translation>La dirección de la plataforma no debe contener partes con «?» ni «#».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform address must use https://. Plain http:// is allowed only for this computer (localhost).</source>
        <translation>La dirección de la plataforma debe usar https://. Solo se permite http:// para este equipo (localhost).</translation>
    </message>
</context>
<context>
    <name>vt::net::SqliteRuntime</name>
    <message>
        <location filename="../net/SqliteRuntime.cpp" line="+31"/>
        <source>unavailable (Qt’s SQLite driver is missing)</source>
        <translation>no disponible (falta el controlador SQLite de Qt)</translation>
    </message>
</context>
<context>
    <name>vt::ui::AboutSection</name>
    <message>
        <location filename="../ui/AboutSection.cpp" line="+56"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version information</source>
        <translation>Información de la versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copiar la información de la versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log files</source>
        <translation>Archivos de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open log folder</source>
        <translation>&amp;Abrir la carpeta de registros</translation>
    </message>
</context>
<context>
    <name>vt::ui::AppearanceSection</name>
    <message>
        <location filename="../ui/AppearanceSection.cpp" line="+61"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the system language</source>
        <translation>Usar el idioma del sistema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>vt::ui::AudioDevicesSection</name>
    <message>
        <location filename="../ui/AudioDevicesSection.cpp" line="+93"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Microphone</source>
        <translation>&amp;Micrófono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speaker or headset</source>
        <translation>A&amp;ltavoz o auriculares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker or headset</source>
        <translation>Altavoz o auriculares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rescan devices</source>
        <translation>&amp;Volver a buscar dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look again for microphones and speakers, after plugging in a headset</source>
        <translation>Vuelve a buscar micrófonos y altavoces, por ejemplo tras conectar unos auriculares</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Looking for audio devices…</source>
        <translation>Buscando dispositivos de audio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audio system could not be opened: %1</source>
        <translation>No se pudo abrir el sistema de audio: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found %1 and %2.</source>
        <translation>Se encontraron %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n microphone(s)</source>
        <translation>
            <numerusform>%n micrófono</numerusform>
            <numerusform>%n micrófonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n altavoz</numerusform>
            <numerusform>%n altavoces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+87"/>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Audio devices, platform, language and theme (%1)</source>
        <translation>Dispositivos de audio, plataforma, idioma y tema (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voice AI Training</source>
        <translation>Voice AI Training</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — Voice AI Training</source>
        <translation>%1 — Voice AI Training</translation>
    </message>
</context>
<context>
    <name>vt::ui::PlatformSection</name>
    <message>
        <location filename="../ui/PlatformSection.cpp" line="+56"/>
        <source>Training platform</source>
        <translation>Plataforma de formación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform &amp;address</source>
        <translation>&amp;Dirección de la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://training.example.com</source>
        <translation>https://formacion.ejemplo.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform address</source>
        <translation>Dirección de la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organisation&apos;s training platform. Leave it empty to practise on this computer, without an account.</source>
        <translation>La plataforma de formación de su organización. Déjela vacía para practicar en este equipo, sin cuenta.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved. You will practise on this computer.</source>
        <translation>Guardado. Practicará en este equipo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>vt::ui::PolicyLockNote</name>
    <message>
        <location filename="../ui/PolicyLockNote.cpp" line="+40"/>
        <source>Managed by your organisation</source>
        <translation>Gestionado por su organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This setting is fixed by your IT department&apos;s policy (%1).</source>
        <translation>Este ajuste lo fija la directiva de su departamento de informática (%1).</translation>
    </message>
</context>
<context>
    <name>vt::ui::SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="+56"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
</TS>
