<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>vt::app::AccountCommand</name>
    <message>
        <location filename="../cli/CliAccountCommand.cpp" line="+38"/>
        <source>Usage: voicetraining-cli login [--server URL] [--user EMAIL (--password-file FILE | --password-stdin)]

Signs in to your organisation&apos;s platform (default: the platform.url setting) and
keeps the sign-in in the system keychain, never in a file, so that sync,
practice and the app use it without asking again. Without --user, the sign-in
happens in your browser, on the platform&apos;s own page (single sign-on): the
address to open is printed. A password given here is not kept.

%1
Exit status: 0 when signed in and kept, 1 otherwise.
</source>
        <translation>Uso: voicetraining-cli login [--server URL] [--user EMAIL (--password-file ARCHIVO | --password-stdin)]

Inicia sesión en la plataforma de tu organización (por defecto: el ajuste
platform.url) y guarda la sesión en el llavero del sistema, nunca en un archivo,
para que sync, practice y la aplicación la usen sin volver a preguntar. Sin
--user, el inicio de sesión se hace en tu navegador, en la página de la propia
plataforma (inicio de sesión único): se imprime la dirección que hay que abrir.
Una contraseña dada aquí no se guarda.

%1
Código de salida: 0 con la sesión iniciada y guardada, 1 en otro caso.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Usage: voicetraining-cli logout [--server URL]

Signs out of the platform (default: the platform.url setting): the platform
revokes the sign-in, and it is removed from the keychain and from this
computer. Attempts waiting to upload stay, and go at the next sign-in.
</source>
        <translation>Uso: voicetraining-cli logout [--server URL]

Cierra la sesión en la plataforma (por defecto: el ajuste platform.url): la
plataforma revoca la sesión, y esta se borra del llavero y de este equipo. Los
intentos pendientes de subir se quedan y se envían en el próximo inicio de sesión.
</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>voicetraining-cli: login needs a platform: --server URL, or the platform.url setting. The practice platform on this computer needs no sign-in.</source>
        <translation>voicetraining-cli: login necesita una plataforma: --server URL o el ajuste platform.url. La plataforma de práctica de este equipo no necesita inicio de sesión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>voicetraining-cli: the sign-in could not be kept in the system keychain, so nothing could use it; it was undone. On Linux a Secret Service (GNOME Keyring or KWallet) must be running; `voicetraining-cli doctor` checks it.</source>
        <translation>voicetraining-cli: la sesión no se pudo guardar en el llavero del sistema, así que nada podría usarla; se ha deshecho. En Linux debe estar en marcha un Secret Service (GNOME Keyring o KWallet); `voicetraining-cli doctor` lo comprueba.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in to %1 as %2 &lt;%3&gt; (%4, %5).</source>
        <translation>Sesión iniciada en %1 como %2 &lt;%3&gt; (%4, %5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in is kept in the system keychain.</source>
        <translation>La sesión se guarda en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>vt::app::AssignmentListModel</name>
    <message>
        <location filename="../app/PracticeListModels.cpp" line="+60"/>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue since %1</source>
        <translation>Vencida desde las %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Vencida hace %n día</numerusform>
            <numerusform>Vencida hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Due tomorrow</source>
        <translation>Vence mañana</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Vence en %n día</numerusform>
            <numerusform>Vence en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Track: %1 of %2 scenarios passed · next: %3</source>
        <translation>Itinerario: %1 de %2 escenarios superados · siguiente: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all passed</source>
        <translation>todos superados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario: %1</source>
        <translation>Escenario: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pass mark %1</source>
        <translation>nota mínima %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your best %1</source>
        <translation>tu mejor %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not tried yet</source>
        <translation>aún sin intentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assessment: no coaching during the call</source>
        <translation>evaluación: sin ayudas durante la llamada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passed</source>
        <translation>Superada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assignment %1, %2, %3</source>
        <translation>Asignación %1, %2, %3</translation>
    </message>
</context>
<context>
    <name>vt::app::AttemptComparison</name>
    <message>
        <location filename="../app/AttemptComparison.cpp" line="+74"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>now reached</source>
        <translation>ahora logrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer reached</source>
        <translation>ya no logrado</translation>
    </message>
</context>
<context>
    <name>vt::app::AttemptRecovery</name>
    <message>
        <location filename="../core/AttemptRecovery.cpp" line="+88"/>
        <source>The interrupted call %1 cannot be scored: its scenario was not kept (%2).</source>
        <translation>La llamada interrumpida %1 no se puede puntuar: no se guardó su escenario (%2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The interrupted call %1 could not be saved: %2</source>
        <translation>La llamada interrumpida %1 no se pudo guardar: %2</translation>
    </message>
</context>
<context>
    <name>vt::app::AttemptResult</name>
    <message>
        <location filename="../app/AttemptResult.cpp" line="+22"/>
        <source>Raised: %1</source>
        <translation>Planteada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled: %1</source>
        <translation>Respondida: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fillers: %1</source>
        <translation>Muletillas: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You ended the call.</source>
        <translation>Terminaste la llamada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prospect ended the call.</source>
        <translation>El cliente terminó la llamada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call ended with the goal reached.</source>
        <translation>La llamada terminó con el objetivo logrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call reached its time limit.</source>
        <translation>La llamada llegó a su tiempo máximo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call was cut short.</source>
        <translation>La llamada se cortó antes de tiempo.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1: %2 of %3 points. %4; target %5.</source>
        <translation>%1: %2 de %3 puntos. %4; objetivo %5.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>At %1: “%2”. %3</source>
        <translation>En %1: «%2». %3</translation>
    </message>
</context>
<context>
    <name>vt::app::AttemptReview</name>
    <message>
        <location filename="../app/AttemptReview.cpp" line="+85"/>
        <location line="+212"/>
        <source>Not signed in.</source>
        <translation>No has iniciado sesión.</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>This attempt was not finished.</source>
        <translation>Este intento no se terminó.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write the comment first.</source>
        <translation>Escribe primero el comentario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A comment holds at most 4,000 characters.</source>
        <translation>Un comentario admite como máximo 4.000 caracteres.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The comment cannot be saved: %1</source>
        <translation>No se puede guardar el comentario: %1</translation>
    </message>
</context>
<context>
    <name>vt::app::AudioChecksCommand</name>
    <message>
        <location filename="../cli/CliAudioChecks.cpp" line="+51"/>
        <location line="+99"/>
        <location line="+95"/>
        <source>voicetraining-cli: %1</source>
        <translation>voicetraining-cli: %1</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>The microphone “%1” is not connected; using “%2”.</source>
        <translation>El micrófono «%1» no está conectado; se usa «%2».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The speaker “%1” is not connected; using “%2”.</source>
        <translation>El altavoz «%1» no está conectado; se usa «%2».</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+41"/>
        <source>Playing a test sound on “%1” and listening with “%2”. Keep quiet until it ends.</source>
        <translation>Reproduciendo un sonido de prueba en «%1» y escuchando con «%2». Guarde silencio hasta que termine.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The audio devices stopped delivering sound: trying again.</source>
        <translation>Los dispositivos de audio dejaron de dar sonido: se intenta de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>voicetraining-cli: “%1” and “%2” stopped delivering sound during the test.</source>
        <translation>voicetraining-cli: “%1” y “%2” dejaron de dar sonido durante la prueba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voicetraining-cli: the test sound could not be played and heard in time on “%1” and “%2”.</source>
        <translation>voicetraining-cli: el sonido de prueba no se pudo reproducir y oír a tiempo en «%1» y «%2».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sound stuttered while it played, which spoils the measurement: playing it again.</source>
        <translation>El sonido se entrecortó mientras sonaba y eso invalida la medición: se reproduce de nuevo.</translation>
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
        <location filename="../cli/CliAudioCommand.cpp" line="+28"/>
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
        <location filename="../cli/CliAudioFiles.cpp" line="+28"/>
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
        <location line="+26"/>
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
    <name>vt::app::CallController</name>
    <message>
        <location filename="../app/CallController.cpp" line="+78"/>
        <location line="+19"/>
        <source>Not signed in.</source>
        <translation>No has iniciado sesión.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your audio is back (%1).</source>
        <translation>Tu audio ha vuelto (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This call is being saved on this computer again.</source>
        <translation>Esta llamada vuelve a guardarse en este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This call cannot be saved on this computer right now (%1). It is kept in memory and saved as soon as the disk allows.</source>
        <translation>Esta llamada no se puede guardar en este equipo ahora mismo (%1). Se conserva en memoria y se guardará en cuanto el disco lo permita.</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Saved on this computer.</source>
        <translation>Guardado en este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to your organisation&apos;s platform.</source>
        <translation>Guardado en la plataforma de tu organización.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved on this computer; it uploads as soon as the platform can be reached.</source>
        <translation>Guardado en este equipo; se subirá en cuanto se pueda llegar a la plataforma.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This call could not be saved.</source>
        <translation>No se pudo guardar esta llamada.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The platform refused this attempt: %1</source>
        <translation>La plataforma rechazó este intento: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Saved on this computer; the upload will be tried again. %1</source>
        <translation>Guardado en este equipo; se volverá a intentar subirlo. %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Uploading…</source>
        <translation>Subiendo…</translation>
    </message>
</context>
<context>
    <name>vt::app::CallRecord</name>
    <message>
        <location filename="../core/CallRecord.cpp" line="+136"/>
        <source>The recording is saved on this computer and will upload when the platform can be reached: %1</source>
        <translation>La grabación está guardada en este equipo y se subirá cuando se pueda llegar a la plataforma: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform refused the recording; it is kept on this computer: %1</source>
        <translation>La plataforma rechazó la grabación; se conserva en este equipo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on this computer; it will upload when the platform can be reached: %1</source>
        <translation>Guardado en este equipo; se subirá cuando se pueda llegar a la plataforma: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved on this computer, but the platform refused it: %1</source>
        <translation>Guardado en este equipo, pero la plataforma lo rechazó: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved on this computer; it will upload after the attempts queued before it.</source>
        <translation>Guardado en este equipo; se subirá después de los intentos que esperan antes que él.</translation>
    </message>
</context>
<context>
    <name>vt::app::CallSession</name>
    <message>
        <location filename="../core/CallSession.cpp" line="+116"/>
        <source>The scenario cannot be scored: %1</source>
        <translation>El escenario no se puede puntuar: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The call could not be started: %1</source>
        <translation>No se pudo iniciar la llamada: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The call cannot be saved on this computer: %1</source>
        <translation>La llamada no se puede guardar en este equipo: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The audio devices could not be opened: %1</source>
        <translation>No se pudieron abrir los dispositivos de audio: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The audio devices could not be started: %1</source>
        <translation>No se pudieron iniciar los dispositivos de audio: %1</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>The attempt could not be saved on this computer: %1</source>
        <translation>El intento no se pudo guardar en este equipo: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>system default</source>
        <translation>predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>We can&apos;t hear you. Your microphone (%1) has picked up nothing for %n second(s). If you are speaking, check that it is not muted on your headset or in the system, and that it is the microphone you speak into (Settings → Audio).</source>
        <translation>
            <numerusform>No te oímos. Tu micrófono (%1) no ha captado nada en %n segundo. Si estás hablando, comprueba que no esté silenciado en los auriculares ni en el sistema, y que sea el micrófono por el que hablas (Ajustes → Audio).</numerusform>
            <numerusform>No te oímos. Tu micrófono (%1) no ha captado nada en %n segundos. Si estás hablando, comprueba que no esté silenciado en los auriculares ni en el sistema, y que sea el micrófono por el que hablas (Ajustes → Audio).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::CallState</name>
    <message>
        <location filename="../core/CallState.cpp" line="+17"/>
        <source>Getting ready</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ending</source>
        <translation>Terminando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call failed</source>
        <translation>La llamada falló</translation>
    </message>
</context>
<context>
    <name>vt::app::CatalogCommand</name>
    <message>
        <location filename="../cli/CliCatalogCommand.cpp" line="+45"/>
        <source>Lists the scenarios you can practise: id, difficulty, minutes and title.
</source>
        <translation>Lista los escenarios que puedes practicar: id, dificultad, minutos y título.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists your assignments by due date: what, when it is due (and whether it is
overdue), the score to pass, your progress and best score so far.
</source>
        <translation>Lista tus asignaciones por fecha límite: qué, cuándo vence (y si está
vencida), la puntuación para aprobar, tu progreso y tu mejor puntuación.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: voicetraining-cli %1 [--local | --server URL]

%2When the platform cannot be reached, shows this computer&apos;s copy from the last
sync, and says when that was.

%3</source>
        <translation>Uso: voicetraining-cli %1 [--local | --server URL]

%2Cuando no se puede llegar a la plataforma, muestra la copia de este equipo de
la última sincronización y dice cuándo fue.

%3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>voicetraining-cli: %1 could not be listed: %2</source>
        <translation>voicetraining-cli: no se pudieron listar %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: as of %1, the last sync (%2)</source>
        <translation>Sin conexión: datos de %1, la última sincronización (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the scenarios</source>
        <translation>los escenarios</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the assignments</source>
        <translation>las asignaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No assignments: practise any scenario (voicetraining-cli scenarios).</source>
        <translation>No tienes asignaciones: practica cualquier escenario (voicetraining-cli scenarios).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(OVERDUE)</source>
        <translation>(VENCIDA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>track</source>
        <translation>itinerario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass at %1</source>
        <translation>se aprueba con %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best %1</source>
        <translation>mejor %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no score yet</source>
        <translation>aún sin puntuación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assessment (no live hints)</source>
        <translation>evaluación (sin consejos en directo)</translation>
    </message>
</context>
<context>
    <name>vt::app::Cli</name>
    <message>
        <location filename="../cli/Cli.cpp" line="+20"/>
        <source>Have a practice call with the AI prospect and score it</source>
        <translation>Hacer una llamada de práctica con el cliente de IA y puntuarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the scenarios you can practise</source>
        <translation>Listar los escenarios que puede practicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List your assignments, due dates and progress</source>
        <translation>Lista tus asignaciones, fechas límite y progreso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the attempts waiting to upload and the last sync</source>
        <translation>Muestra los intentos pendientes de subir y la última sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload the attempts saved on this computer now</source>
        <translation>Sube ahora los intentos guardados en este equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to your organisation&apos;s platform and keep it</source>
        <translation>Inicia sesión en la plataforma de tu organización y la guarda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out of the platform</source>
        <translation>Cierra la sesión en la plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the platform, sign-in, voice, audio and keychain</source>
        <translation>Comprueba la plataforma, la sesión, la voz, el audio y el llavero</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>vt::app::CliPlatform</name>
    <message>
        <location filename="../cli/CliPlatform.cpp" line="+83"/>
        <source>voicetraining-cli: %1</source>
        <translation>voicetraining-cli: %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>  --local             the practice platform on this computer (the default when
                      the platform.url setting is empty)
  --server URL        a platform (default: the platform.url setting), signed in
                      with `voicetraining-cli login` or with these two:
  --user EMAIL        sign in afresh as this user
  --password-file FILE  the password, on the file&apos;s first line
  --password-stdin    the password, on the first line of standard input
  --data-dir DIR      with --local: where the local platform keeps its data
</source>
        <translation>  --local             la plataforma de práctica de este equipo (por defecto si el
                      ajuste platform.url está vacío)
  --server URL        una plataforma (por defecto: el ajuste platform.url), con la
                      sesión de `voicetraining-cli login` o con estas dos:
  --user EMAIL        inicia una sesión nueva como este usuario
  --password-file ARCHIVO  la contraseña, en la primera línea del archivo
  --password-stdin    la contraseña, en la primera línea de la entrada estándar
  --data-dir DIR      con --local: dónde guarda sus datos la plataforma local
</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Sign in with: voicetraining-cli login --server %1 --user EMAIL</source>
        <translation>Inicia sesión con: voicetraining-cli login --server %1 --user EMAIL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working offline: %1</source>
        <translation>Trabajando sin conexión: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sign in in your browser: open this address, sign in, and come back here.</source>
        <translation>Inicia sesión en tu navegador: abre esta dirección, inicia sesión y vuelve aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the browser (5 minutes at most)...</source>
        <translation>Esperando al navegador (5 minutos como mucho)...</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>%1 Use --server URL, or set platform.url.</source>
        <translation>%1 Usa --server URL, o pon platform.url.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--user goes with one of --password-file and --password-stdin</source>
        <translation>--user va con --password-file o con --password-stdin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the password from standard input: %1</source>
        <translation>no se puede leer la contraseña de la entrada estándar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the password file %1: %2</source>
        <translation>no se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>signing in as %1 failed: %2</source>
        <translation>no se pudo iniciar sesión como %1: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>signing in failed: %1</source>
        <translation>no se pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The practice platform on this computer needs no sign-in; nothing to sign out of.</source>
        <translation>La plataforma de práctica de este equipo no necesita inicio de sesión; no hay sesión que cerrar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed out of %1.</source>
        <translation>Sesión cerrada en %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You were not signed in to %1.</source>
        <translation>No tenías la sesión iniciada en %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Recovered the call %1, cut off when the app stopped: %n line(s) scored; saved as interrupted for upload.</source>
        <translation>
            <numerusform>Se recuperó la llamada %1, cortada al detenerse la aplicación: %n línea puntuada; guardada como interrumpida para subirla.</numerusform>
            <numerusform>Se recuperó la llamada %1, cortada al detenerse la aplicación: %n líneas puntuadas; guardada como interrumpida para subirla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::CommandIndex</name>
    <message>
        <location filename="../app/CommandIndex.cpp" line="+14"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignment · %1</source>
        <translation>Asignación · %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario · %1 · %2</source>
        <translation>Escenario · %1 · %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>vt::app::ConfigCommand</name>
    <message>
        <location filename="../cli/CliConfigCommand.cpp" line="+45"/>
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
    <name>vt::app::DoctorCommand</name>
    <message>
        <location filename="../cli/CliDoctorCommand.cpp" line="+99"/>
        <source>[pass]</source>
        <translation>[ok]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[FAIL]</source>
        <translation>[FALLO]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Platform address</source>
        <translation>Dirección de la plataforma</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the address is not valid</source>
        <translation>la dirección no es válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a valid https:// address: voicetraining-cli config set platform.url URL</source>
        <translation>indica una dirección https:// válida: voicetraining-cli config set platform.url URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the practice platform on this computer</source>
        <translation>la plataforma de práctica de este equipo</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 is an address</source>
        <translation>%1 es una dirección</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not resolve (%2)</source>
        <translation>%1 no se resuelve (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the address for typos, your network connection, and whether the platform needs the company VPN</source>
        <translation>revisa si la dirección tiene erratas, tu conexión de red y si la plataforma necesita la VPN de la empresa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2</source>
        <translation>%1 es %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>none (a direct connection)</source>
        <translation>ninguno (conexión directa)</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Usage: voicetraining-cli doctor [--local | --server URL] [--json]

Checks whether this computer can practise with the platform (default: the
platform.url setting, else the practice platform on this computer): the
address, DNS, the proxy, reaching the platform over TLS, its readiness, the
voice gateway, your organisation&apos;s sign-in service (auth.sso_issuer), your
sign-in, a newer version (update.channel), the audio devices and the system
keychain. Each check passes or fails with what to do about it.

  --json              the checks as JSON

Exit status: 0 when every check passes, 1 otherwise.
</source>
        <translation>Uso: voicetraining-cli doctor [--local | --server URL] [--json]

Comprueba si este equipo puede practicar con la plataforma (por defecto: el
ajuste platform.url, si no la plataforma de práctica de este equipo): la
dirección, el DNS, el proxy, el acceso a la plataforma por TLS, que esté lista,
la pasarela de voz, el servicio de inicio de sesión de tu organización
(auth.sso_issuer), tu sesión, una versión más nueva (update.channel), los
dispositivos de audio y el llavero del sistema. Cada comprobación pasa o falla,
con qué hacer al respecto.

  --json              las comprobaciones en JSON

Código de salida: 0 si pasan todas las comprobaciones, 1 en otro caso.
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>none set, and practising on this computer is off (practice.local_allowed)</source>
        <translation>ninguna, y practicar en este equipo está desactivado (practice.local_allowed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the address: voicetraining-cli config set platform.url URL</source>
        <translation>pon la dirección: voicetraining-cli config set platform.url URL</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>none (network.proxy is none)</source>
        <translation>ninguno (network.proxy es none)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, from network.proxy</source>
        <translation>%1, de network.proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:%2, from the system configuration</source>
        <translation>%1:%2, de la configuración del sistema</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Reaching the platform (TLS)</source>
        <translation>Acceso a la plataforma (TLS)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Reaching the platform</source>
        <translation>Acceso a la plataforma</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>if the certificate is not trusted, your company may inspect TLS: ask IT for its CA certificate; otherwise check the firewall and proxy</source>
        <translation>si el certificado no es de confianza, tu empresa puede estar inspeccionando TLS: pide a TI su certificado de CA; si no, revisa el cortafuegos y el proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check that the platform runs and that a firewall or proxy lets it through</source>
        <translation>comprueba que la plataforma está en marcha y que el cortafuegos o el proxy la dejan pasar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered in %1 ms</source>
        <translation>respondió en %1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Platform ready</source>
        <translation>Plataforma lista</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the platform is up but not ready (its database); tell its operators</source>
        <translation>la plataforma responde pero no está lista (su base de datos); avisa a quien la opera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema version %1</source>
        <translation>versión del esquema %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Extra certificate authorities</source>
        <translation>Autoridades de certificación adicionales</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>check the file IT gave you, or clear the setting: voicetraining-cli config unset network.ca_bundle</source>
        <translation>revisa el archivo que te dio TI, o quita el ajuste: voicetraining-cli config unset network.ca_bundle</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n certificate(s) from %1</source>
        <translation>
            <numerusform>%n certificado de %1</numerusform>
            <numerusform>%n certificados de %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+7"/>
        <source>Sign-in service</source>
        <translation>Servicio de inicio de sesión</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>auth.sso_issuer must be the service&apos;s issuer exactly as its metadata names it; tell IT</source>
        <translation>auth.sso_issuer debe ser el emisor del servicio tal como lo nombran sus metadatos; avisa a IT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check that the service runs and that a firewall or proxy lets it through</source>
        <translation>comprueba que el servicio funciona y que ningún cortafuegos o proxy lo bloquea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, sign-in at %2</source>
        <translation>%1, inicio de sesión en %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+5"/>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>not asked (update.channel is off: IT installs them)</source>
        <translation>no se pregunta (update.channel está desactivado: IT las instala)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the platform&apos;s list of releases is wrong; tell its operators</source>
        <translation>la lista de versiones de la plataforma es incorrecta; avisa a sus operadores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is available on the %2 channel (you have %3): %4</source>
        <translation>%1 está disponible en el canal %2 (tienes la %3): %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the newest on the %2 channel</source>
        <translation>%1 es la más reciente del canal %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+108"/>
        <source>Sign-in</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>not signed in</source>
        <translation>sin sesión iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source>voicetraining-cli login --server %1 --user EMAIL</source>
        <translation>voicetraining-cli login --server %1 --user EMAIL</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>%1 &lt;%2&gt;, %3, %4%5</source>
        <translation>%1 &lt;%2&gt;, %3, %4%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (offline)</source>
        <translation> (sin conexión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (renewed from the keychain)</source>
        <translation> (renovada desde el llavero)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Voice gateway</source>
        <translation>Pasarela de voz</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the platform does not say where its voice gateway is</source>
        <translation>la plataforma no indica dónde está su pasarela de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform may be older than this app; tell its operators</source>
        <translation>puede que la plataforma sea más antigua que esta aplicación; avisa a quien la opera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WebSocket connections to %1 must be allowed through the firewall and proxy</source>
        <translation>el cortafuegos y el proxy deben permitir conexiones WebSocket a %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Audio devices</source>
        <translation>Dispositivos de audio</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>check that a sound system runs (PulseAudio or PipeWire on Linux)</source>
        <translation>comprueba que hay un sistema de sonido en marcha (PulseAudio o PipeWire en Linux)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 microphone(s), %2 speaker(s)</source>
        <translation>micrófonos: %1, altavoces: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default microphone “%1”</source>
        <translation>micrófono predeterminado «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default speaker “%1”</source>
        <translation>altavoz predeterminado «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect a headset; voicetraining-cli audio devices lists what is there</source>
        <translation>conecta unos auriculares con micrófono; voicetraining-cli audio devices lista lo que hay</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available: sign-ins are kept there</source>
        <translation>disponible: las sesiones se guardan allí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on Linux, run a Secret Service (GNOME Keyring or KWallet) in your session</source>
        <translation>en Linux, pon en marcha un Secret Service (GNOME Keyring o KWallet) en tu sesión</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>signing in failed (said above)</source>
        <translation>no se pudo iniciar sesión (ver arriba)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everything needed to practise works.</source>
        <translation>Todo lo necesario para practicar funciona.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>Falló %n comprobación.</numerusform>
            <numerusform>Fallaron %n comprobaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::DueReminder</name>
    <message numerus="yes">
        <location filename="../app/DueReminder.cpp" line="+24"/>
        <source>%n assignment(s) overdue</source>
        <translation>
            <numerusform>%n asignación vencida</numerusform>
            <numerusform>%n asignaciones vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n assignment(s) due today</source>
        <translation>
            <numerusform>%n asignación vence hoy</numerusform>
            <numerusform>%n asignaciones vencen hoy</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue: %1</source>
        <translation>Vencida: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today: %1</source>
        <translation>Vence hoy: %1</translation>
    </message>
</context>
<context>
    <name>vt::app::GuiCommandLine</name>
    <message>
        <location filename="../app/GuiCommandLine.cpp" line="+43"/>
        <source>Usage: voicetraining [--verbose] [--report-startup]

Voice AI Training: practise sales calls with an AI prospect.

Options:
  -h, --help     Show this help
  -v, --version  Show the versions of the app and the libraries it runs with
  --verbose      Write debug messages to stderr and to the log file
  --report-startup  Print “ready” once the window is usable (the practice
                 home loaded, or the first-run choice), then quit: for
                 measuring start-up

voicetraining-cli offers settings and diagnostics on the command line.
</source>
        <translation>Uso: voicetraining [--verbose] [--report-startup]

Voice AI Training: practica llamadas de venta con un cliente potencial simulado por IA.

Opciones:
  -h, --help     Muestra esta ayuda
  -v, --version  Muestra las versiones de la aplicación y de sus bibliotecas
  --verbose      Escribe mensajes de depuración en stderr y en el registro
  --report-startup  Escribe «ready» cuando la ventana ya se puede usar (el
                 inicio de la práctica cargado, o la elección inicial) y
                 sale: para medir el arranque

voicetraining-cli ofrece ajustes y diagnóstico en la línea de órdenes.
</translation>
    </message>
</context>
<context>
    <name>vt::app::HistoryModel</name>
    <message>
        <location filename="../app/HistoryModel.cpp" line="+78"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the platform</source>
        <translation>Rechazado por la plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to upload</source>
        <translation>Pendiente de subir</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>Superado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed</source>
        <translation>No superado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>vt::app::LeaderboardFeed</name>
    <message>
        <location filename="../app/LeaderboardFeed.cpp" line="+39"/>
        <source>Not signed in.</source>
        <translation>No has iniciado sesión.</translation>
    </message>
</context>
<context>
    <name>vt::app::LeaderboardModel</name>
    <message>
        <location filename="../app/LeaderboardModel.cpp" line="+72"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend, oldest first: %1</source>
        <translation>Tendencia, de más antigua a más reciente: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass rate</source>
        <translation>Aprobados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
</context>
<context>
    <name>vt::app::LocalPlatform</name>
    <message>
        <location filename="../core/LocalPlatform.cpp" line="+45"/>
        <source>The practice platform on this computer could not start: %1</source>
        <translation>La plataforma de práctica de este equipo no pudo iniciarse: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The practice platform on this computer has no local account (%1 is missing); delete %2 to start afresh.</source>
        <translation>La plataforma de práctica de este equipo no tiene cuenta local (falta %1); borre %2 para empezar de cero.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The practice platform on this computer has no trainee account; delete %1 to start afresh.</source>
        <translation>La plataforma de práctica de este equipo no tiene cuenta de alumno; borre %1 para empezar de cero.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+5"/>
        <source>The scenario cannot be practised on this computer: %1</source>
        <translation>El escenario no se puede practicar en este equipo: %1</translation>
    </message>
</context>
<context>
    <name>vt::app::NudgeAdvisor</name>
    <message>
        <location filename="../app/NudgeAdvisor.cpp" line="+62"/>
        <source>Let them talk: ask, then listen.</source>
        <translation>Déjale hablar: pregunta y escucha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slow down a little.</source>
        <translation>Habla un poco más despacio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try an open question: what, how or why.</source>
        <translation>Prueba una pregunta abierta: qué, cómo o por qué.</translation>
    </message>
</context>
<context>
    <name>vt::app::OfflinePractice</name>
    <message>
        <location filename="../core/OfflinePractice.cpp" line="+40"/>
        <source>The practice platform on this computer did not sign you in: %1</source>
        <translation>La plataforma de práctica de este equipo no te dejó iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>vt::app::PlatformSession</name>
    <message>
        <location filename="../core/PlatformSession.cpp" line="+220"/>
        <source>network.ca_bundle: %1</source>
        <translation>network.ca_bundle: %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 answered, but it is not a Voice AI Training platform: check the address.</source>
        <translation>%1 respondió, pero no es una plataforma de Voice AI Training: revisa la dirección.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The platform cannot be reached, and your organisation does not allow practising without it (practice.local_allowed is off).</source>
        <translation>No se puede llegar a la plataforma, y tu organización no permite practicar sin ella (practice.local_allowed está desactivado).</translation>
    </message>
</context>
<context>
    <name>vt::app::Policy</name>
    <message>
        <location filename="../core/Policy.cpp" line="+53"/>
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
    <name>vt::app::PracticeCommand</name>
    <message>
        <location filename="../cli/CliPracticeCommand.cpp" line="+70"/>
        <source>Usage: voicetraining-cli practice [--local | --server URL [--user EMAIL --password-file FILE]]
                               --scenario ID [--assignment ID]
                               [--mic-file FILE | --mic DEVICE] [--speaker DEVICE]
                               [--speaker-file OUT.wav] [--json OUT.json]

Has a practice call with the AI prospect and scores it. The live transcript is
printed as the call goes, then the KPIs, the score and its breakdown.

%1  --scenario ID       the scenario (see “voicetraining-cli scenarios”)
  --mic-file FILE     a WAV or Ogg Opus recording plays the rep&apos;s part, in real
                      time; the rep hangs up once it is over and the prospect is
                      quiet
  --mic, --speaker    audio devices (default: the configured ones)
  --speaker-file OUT  with --mic-file: the prospect&apos;s audio, as WAV
  --json OUT          the attempt (transcript, report, latencies) as JSON

Exit status: 0 when the call completed and was scored, 1 when it failed.
</source>
        <translation>Uso: voicetraining-cli practice [--local | --server URL [--user EMAIL --password-file ARCHIVO]]
                               --scenario ID [--assignment ID]
                               [--mic-file ARCHIVO | --mic DISPOSITIVO] [--speaker DISPOSITIVO]
                               [--speaker-file SALIDA.wav] [--json SALIDA.json]

Hace una llamada de práctica con el cliente simulado por IA y la puntúa. La
transcripción en directo se imprime durante la llamada; después, los KPI, la
puntuación y su desglose.

%1  --scenario ID       el escenario (ver «voicetraining-cli scenarios»)
  --mic-file ARCHIVO  una grabación WAV u Ogg Opus hace el papel del comercial, en
                      tiempo real; el comercial cuelga cuando termina y el cliente
                      calla
  --mic, --speaker    dispositivos de audio (por defecto: los configurados)
  --speaker-file SAL  con --mic-file: el audio del cliente, en WAV
  --json SALIDA       el intento (transcripción, informe, latencias) en JSON

Código de salida: 0 si la llamada terminó y se puntuó, 1 si falló.
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prospect</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(cut off)</source>
        <translation>(cortado)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call ended: %1 (%2), %3 long</source>
        <translation>Llamada terminada: %1 (%2), duración %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not scored: %1 %2</source>
        <translation>Sin puntuación: %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score: %1 / 100 (pass mark %2): %3</source>
        <translation>Puntuación: %1 / 100 (aprobado con %2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PASSED</source>
        <translation>APROBADO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT PASSED</source>
        <translation>NO APROBADO</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>missing: %1</source>
        <translation>falta: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Turn latency: p50 %1 ms, p95 %2 ms over %n turn(s)</source>
        <translation>
            <numerusform>Latencia por turno: p50 %1 ms, p95 %2 ms en %n turno</numerusform>
            <numerusform>Latencia por turno: p50 %1 ms, p95 %2 ms en %n turnos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to the platform as attempt %1%2</source>
        <translation>Guardado en la plataforma como intento %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (platform score %1)</source>
        <translation> (puntuación de la plataforma %1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>voicetraining-cli: cannot write %1: %2</source>
        <translation>voicetraining-cli: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>voicetraining-cli: practice needs --scenario ID (see “voicetraining-cli scenarios”)</source>
        <translation>voicetraining-cli: practice necesita --scenario ID (vea «voicetraining-cli scenarios»)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>voicetraining-cli: %1: %2</source>
        <translation>voicetraining-cli: %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>voicetraining-cli: the scenario %1 could not be loaded: %2</source>
        <translation>voicetraining-cli: no se pudo cargar el escenario %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be reached: practising with the practice agent on this computer (the scenario as of %2). The attempt uploads when %1 can be reached.</source>
        <translation>No se puede llegar a %1: practicas con el agente de práctica de este equipo (el escenario tal como estaba el %2). El intento se subirá cuando se pueda llegar a %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Practice call: %1 with %2</source>
        <translation>Llamada de práctica: %1 con %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[call] %1: %2</source>
        <translation>[llamada] %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is played by an AI model: the answers are its own.</source>
        <translation>A %1 lo interpreta un modelo de IA: sus respuestas son propias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 follows the scenario&apos;s practice script.</source>
        <translation>%1 sigue el guion de práctica del escenario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[audio] back on %1</source>
        <translation>[audio] de nuevo en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[audio] %1 stopped; reconnecting</source>
        <translation>[audio] %1 se detuvo; reconectando</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[journal] the call&apos;s records are written again</source>
        <translation>[diario] los registros de la llamada vuelven a escribirse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[journal] the call&apos;s records cannot be written to this computer now (%1); they are kept and retried</source>
        <translation>[diario] los registros de la llamada no se pueden escribir en este equipo ahora (%1); se conservan y se reintenta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>[audio] %1</source>
        <translation>[audio] %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[audio] we hear you again on %1</source>
        <translation>[audio] volvemos a oírte por %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>voicetraining-cli: the call failed: %1</source>
        <translation>voicetraining-cli: la llamada falló: %1</translation>
    </message>
</context>
<context>
    <name>vt::app::PracticeWorkspace</name>
    <message>
        <location filename="../app/PracticeWorkspace.cpp" line="+190"/>
        <source>Enter your organisation&apos;s address, for example https://training.example.com.</source>
        <translation>Escribe la dirección de tu organización, por ejemplo https://training.example.com.</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>Not signed in.</source>
        <translation>No has iniciado sesión.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The platform cannot be reached, and your organisation does not allow practising without it (practice.local_allowed is off). Try again once you are back online.</source>
        <translation>No se puede llegar a la plataforma, y tu organización no permite practicar sin ella (practice.local_allowed está desactivado). Vuelve a intentarlo cuando tengas conexión.</translation>
    </message>
</context>
<context>
    <name>vt::app::PreCallCheck</name>
    <message>
        <location filename="../app/PreCallCheck.cpp" line="+164"/>
        <source>The audio device stopped delivering sound.</source>
        <translation>El dispositivo de audio dejó de entregar sonido.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The test sound could not be played and heard in time.</source>
        <translation>El sonido de prueba no se pudo reproducir y escuchar a tiempo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Start the microphone check, then say a few words as you would on a call.</source>
        <translation>Empieza la prueba del micrófono y di unas palabras como en una llamada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening… say a few words as you would on a call.</source>
        <translation>Escuchando… di unas palabras como en una llamada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound at all: the microphone is muted, blocked by the system&apos;s privacy settings, or not connected.</source>
        <translation>No llega ningún sonido: el micrófono está silenciado, bloqueado por la privacidad del sistema o desconectado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too loud: the sound distorts. Lower the microphone&apos;s input gain or move it a little away from your mouth.</source>
        <translation>Demasiado alto: el sonido se distorsiona. Baja la ganancia del micrófono o apártalo un poco de la boca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too quiet: keep talking, move the microphone closer or raise its input gain.</source>
        <translation>Demasiado bajo: sigue hablando, acerca el micrófono o sube su ganancia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your voice comes through, but the background is loud: a quieter place or a headset will score more fairly.</source>
        <translation>Tu voz se oye, pero hay mucho ruido de fondo: un lugar más tranquilo o unos auriculares con micrófono darán una puntuación más justa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your microphone sounds good.</source>
        <translation>Tu micrófono suena bien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone could not be opened: %1</source>
        <translation>No se pudo abrir el micrófono: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Play a test sound: you should hear it, and the app checks that the prospect will not hear itself. Keep quiet while it plays (about 8 s).</source>
        <translation>Reproduce un sonido de prueba: deberías oírlo, y la aplicación comprueba que el cliente no se oirá a sí mismo. Guarda silencio mientras suena (unos 8 s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playing the test sound… keep quiet.</source>
        <translation>Reproduciendo el sonido de prueba… guarda silencio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers are fine: the prospect will not hear itself.</source>
        <translation>Los altavoces están bien: el cliente no se oirá a sí mismo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a headset: your microphone picks up the speakers, so the prospect would hear itself.</source>
        <translation>Usa auriculares: tu micrófono capta los altavoces, así que el cliente se oiría a sí mismo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The speaker test failed: %1</source>
        <translation>La prueba de altavoces falló: %1</translation>
    </message>
</context>
<context>
    <name>vt::app::ReviewMarkers</name>
    <message>
        <location filename="../app/ReviewMarkers.cpp" line="+43"/>
        <source>The transcript cannot be read: %1</source>
        <translation>No se puede leer la transcripción: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scenario&apos;s scoring cannot be read: %1</source>
        <translation>No se puede leer la puntuación del escenario: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Open question</source>
        <translation>Pregunta abierta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed question</source>
        <translation>Pregunta cerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filler words</source>
        <translation>Muletillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You interrupted</source>
        <translation>Interrumpiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prospect interrupted</source>
        <translation>El cliente interrumpió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objection raised</source>
        <translation>Objeción planteada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objection handled</source>
        <translation>Objeción resuelta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required phrase</source>
        <translation>Frase obligatoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal reached</source>
        <translation>Objetivo logrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vt::app::RubricText</name>
    <message>
        <location filename="../core/RubricText.cpp" line="+49"/>
        <source>Your share of the talking</source>
        <translation>Tu parte de la conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filler words</source>
        <translation>Muletillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filler words a minute</source>
        <translation>Muletillas por minuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times you cut in</source>
        <translation>Veces que interrumpiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times you were cut off</source>
        <translation>Veces que te interrumpieron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest monologue</source>
        <translation>Monólogo más largo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive language</source>
        <translation>Lenguaje positivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required phrases</source>
        <translation>Frases obligatorias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objections handled</source>
        <translation>Objeciones respondidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 said</source>
        <translation>%1 de %2 dichas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none raised</source>
        <translation>ninguna planteada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 handled</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reached</source>
        <translation>logrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reached</source>
        <translation>no logrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 words a minute</source>
        <translation>%1 palabras por minuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 a minute</source>
        <translation>%1 por minuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>between %1 and %2</source>
        <translation>entre %1 y %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1</source>
        <translation>como mucho %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reach it</source>
        <translation>lograrlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answer every objection raised</source>
        <translation>responder a cada objeción planteada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say all of them</source>
        <translation>decirlas todas</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Say every required phrase; missing: %1. Put them in your opening so none is forgotten.</source>
        <translation>Di todas las frases obligatorias; faltó: %1. Inclúyelas en tu presentación para no olvidar ninguna.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Answer each objection right after it is raised; unanswered: %1.</source>
        <translation>Responde a cada objeción en cuanto se plantee; sin respuesta: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try talking about %1.</source>
        <translation>Prueba a hablar de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask for the commitment: the goal (%1) was not reached. Close with a clear next step.</source>
        <translation>Pide el compromiso: no se logró el objetivo (%1). Cierra con un siguiente paso claro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let the prospect talk more: you took %1 of the talking; aim for %2.</source>
        <translation>Deja hablar más al cliente: hablaste el %1 del tiempo; apunta a %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead the conversation a little more: you took %1 of the talking; aim for %2.</source>
        <translation>Lleva un poco más la conversación: hablaste el %1 del tiempo; apunta a %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask more open questions (what, how, why): you asked %1; aim for %2.</source>
        <translation>Haz más preguntas abiertas (qué, cómo, por qué): hiciste %1; apunta a %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slow down: you spoke at %1; aim for %2.</source>
        <translation>Más despacio: hablaste a %1; apunta a %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the energy up: you spoke at %1; aim for %2.</source>
        <translation>Mantén la energía: hablaste a %1; apunta a %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace filler words with a short pause: %1; aim for %2.</source>
        <translation>Cambia las muletillas por una pausa breve: %1; apunta a %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Let the prospect finish before you answer: you cut in %n time(s).</source>
        <translation>
            <numerusform>Deja terminar al cliente antes de responder: interrumpiste %n vez.</numerusform>
            <numerusform>Deja terminar al cliente antes de responder: interrumpiste %n veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Check in more often so the prospect does not have to cut in: it happened %n time(s).</source>
        <translation>
            <numerusform>Comprueba más a menudo si te siguen para que el cliente no tenga que interrumpir: pasó %n vez.</numerusform>
            <numerusform>Comprueba más a menudo si te siguen para que el cliente no tenga que interrumpir: pasó %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep your turns short and hand over with a question: your longest stretch was %1; aim for %2.</source>
        <translation>Haz turnos cortos y cede la palabra con una pregunta: tu tramo más largo fue de %1; apunta a %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use more positive, confident words and fewer negatives: %1; aim for %2.</source>
        <translation>Usa palabras más positivas y seguras y menos negativas: %1; apunta a %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2; aim for %3.</source>
        <translation>%1: %2; apunta a %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A call is scored once you have said at least %n words over %1 seconds.</source>
        <translation>
            <numerusform>Una llamada se puntúa cuando has dicho al menos %n palabra a lo largo de %1 segundos.</numerusform>
            <numerusform>Una llamada se puntúa cuando has dicho al menos %n palabras a lo largo de %1 segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You did not say enough to score this call.</source>
        <translation>No dijiste lo suficiente para puntuar esta llamada.</translation>
    </message>
</context>
<context>
    <name>vt::app::ScenarioListModel</name>
    <message>
        <location filename="../app/PracticeListModels.cpp" line="+25"/>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Unos %n minuto</numerusform>
            <numerusform>Unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scenario %1, %2, with %3. %4</source>
        <translation>Escenario %1, %2, con %3. %4</translation>
    </message>
</context>
<context>
    <name>vt::app::ScoreCommand</name>
    <message>
        <location filename="../cli/CliScoreCommand.cpp" line="+29"/>
        <source>Usage: voicetraining-cli score --transcript FILE --scenario FILE [--pretty]
                             [--scoring-version VERSION]

Scores a call transcript against a scenario&apos;s rubric and prints the KPIs, the
score and the breakdown with its evidence as JSON (docs/scoring.md), with the
current scoring rules (%1) or an earlier version&apos;s (%2).
Invalid input is reported on one line naming the file and the JSON path at
fault, with exit status 2.
</source>
        <translation>Uso: voicetraining-cli score --transcript ARCHIVO --scenario ARCHIVO [--pretty]
                             [--scoring-version VERSIÓN]

Puntúa la transcripción de una llamada con la rúbrica de un escenario e imprime los
KPI, la puntuación y el desglose con sus pruebas en JSON (docs/scoring.md), con las
reglas de puntuación actuales (%1) o las de una versión anterior (%2).
La entrada no válida se indica en una línea que nombra el archivo y la ruta JSON
del error, con estado de salida 2.
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is larger than %2 MiB</source>
        <translation>%1: ocupa más de %2 MiB</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--scoring-version: %1 is not a scoring version this program knows</source>
        <translation>--scoring-version: %1 no es una versión de puntuación que este programa conozca</translation>
    </message>
</context>
<context>
    <name>vt::app::Settings</name>
    <message>
        <location filename="../core/Settings.cpp" line="+83"/>
        <source>There is no setting “%1”.</source>
        <translation>No existe el ajuste «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is set by your organisation&apos;s policy (%2) and cannot be changed.</source>
        <translation>%1 lo fija la directiva de tu organización (%2) y no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Your organisation does not allow practising on this computer without its training platform (practice.local_allowed is off).</source>
        <translation>Tu organización no permite practicar en este equipo sin su plataforma de formación (practice.local_allowed está desactivado).</translation>
    </message>
</context>
<context>
    <name>vt::app::SettingsRegistry</name>
    <message>
        <location filename="../core/SettingsRegistry.cpp" line="+23"/>
        <source>Address of your organisation&apos;s training platform; empty to practise on this computer</source>
        <translation>Dirección de la plataforma de formación de tu organización; vacía para practicar en este equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practising on this computer, without the organisation&apos;s platform: the embedded platform and offline practice (on or off)</source>
        <translation>Practicar en este equipo, sin la plataforma de la organización: la plataforma integrada y la práctica sin conexión (on u off)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When practising on this computer: an OpenAI-compatible server whose model plays the prospect (such as http://127.0.0.1:11434/v1 for Ollama); empty for the practice script</source>
        <translation>Al practicar en este equipo: un servidor compatible con OpenAI cuyo modelo interpreta al cliente (como http://127.0.0.1:11434/v1 para Ollama); vacío para el guion de práctica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model the AI prospect server runs (such as llama3.1:8b)</source>
        <translation>El modelo que usa el servidor del cliente con IA (como llama3.1:8b)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation&apos;s sign-in service (its OAuth issuer, https://...): reps sign in only through it, in the browser; empty for the platform&apos;s own sign-in</source>
        <translation>El servicio de inicio de sesión de la organización (su emisor OAuth, https://...): los comerciales inician sesión solo a través de él, en el navegador; vacío para el inicio de sesión propio de la plataforma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PEM file of certificate authorities to trust besides the system&apos;s, for a company proxy that inspects TLS; empty for none</source>
        <translation>Un archivo PEM de autoridades de certificación en las que confiar además de las del sistema, para un proxy de empresa que inspecciona TLS; vacío para ninguna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to reach the network: system (the system&apos;s proxy configuration), none (direct) or one proxy, http://host:port or socks5://host:port</source>
        <translation>Cómo llegar a la red: system (la configuración de proxy del sistema), none (directo) o un proxy, http://host:puerto o socks5://host:puerto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which new versions the organisation&apos;s platform may offer: stable, beta (stable and beta) or off (never asked; IT installs the updates)</source>
        <translation>Qué versiones nuevas puede ofrecer la plataforma de la organización: stable, beta (estables y beta) u off (nunca se pregunta; IT instala las actualizaciones)</translation>
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
        <source>Push to talk during calls: the microphone is live only while Space is held (on or off)</source>
        <translation>Pulsar para hablar en las llamadas: el micrófono solo está activo mientras se mantiene pulsado Espacio (on u off)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+30"/>
        <source>%1 must be an http(s) address such as http://127.0.0.1:11434/v1, without a user name or password.</source>
        <translation>%1 debe ser una dirección http(s) como http://127.0.0.1:11434/v1, sin usuario ni contraseña.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1 debe ser uno de: %2.</translation>
    </message>
</context>
<context>
    <name>vt::app::SyncCommand</name>
    <message>
        <location filename="../cli/CliSyncCommand.cpp" line="+66"/>
        <source>Usage: voicetraining-cli status [--json]

Shows, for each platform this computer has practised with, the attempts saved
here by state (waiting to upload, failed and retrying, needing attention,
synced, in progress), the last successful sync and the last error. Reads the
local store only; works offline.

  --json              the same as JSON
</source>
        <translation>Uso: voicetraining-cli status [--json]

Muestra, para cada plataforma con la que se ha practicado en este equipo, los
intentos guardados aquí por estado (pendientes de subir, fallidos que se
reintentarán, que requieren atención, sincronizados, en curso), la última
sincronización correcta y el último error. Solo lee el almacén local; funciona
sin conexión.

  --json              lo mismo en JSON
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: voicetraining-cli sync [--watch] [--local | --server URL [--user EMAIL --password-file FILE]]

Sends every attempt waiting on this computer to the platform now, each once
(a retry is recognised by the platform), and says what is left. Then refreshes
what you can read offline: your profile, the scenarios, the tracks, your
assignments and the leaderboard.

  --watch             keep running: send what is saved later (by the app) as
                      soon as the platform can be reached; Ctrl+C stops
%1
Exit status: 0 when nothing is left to send, 1 otherwise.
</source>
        <translation>Uso: voicetraining-cli sync [--watch] [--local | --server URL [--user EMAIL --password-file ARCHIVO]]

Envía ahora a la plataforma cada intento pendiente en este equipo, una sola vez
(la plataforma reconoce un reintento), y dice qué queda. Después actualiza lo
que puedes consultar sin conexión: tu perfil, los escenarios, los itinerarios,
tus asignaciones y la clasificación.

  --watch             sigue en marcha: envía lo que se guarde después (la
                      aplicación) en cuanto se pueda llegar a la plataforma;
                      Ctrl+C lo detiene
%1
Código de salida: 0 si no queda nada por enviar, 1 en otro caso.
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the practice platform on this computer</source>
        <translation>la plataforma de práctica de este equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet assigned (saved before platforms were recorded)</source>
        <translation>aún sin asignar (guardado antes de que se registraran las plataformas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>completed attempt</source>
        <translation>el intento completado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording</source>
        <translation>la grabación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comment</source>
        <translation>el comentario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to upload</source>
        <translation>pendiente de subir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uploading</source>
        <translation>subiendo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synced</source>
        <translation>sincronizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed, will retry</source>
        <translation>falló, se reintentará</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Platform: %1</source>
        <translation>Plataforma: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Account: %1 &lt;%2&gt;, %3, %4</source>
        <translation>  Cuenta: %1 &lt;%2&gt;, %3, %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Account: not signed in (voicetraining-cli login --server %1 --user EMAIL)</source>
        <translation>  Cuenta: sin sesión iniciada (voicetraining-cli login --server %1 --user EMAIL)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Waiting to upload: %1 (of which failed and retrying: %2)</source>
        <translation>  Pendientes de subir: %1 (de ellos, fallidos que se reintentarán: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Needing attention: %1</source>
        <translation>  Requieren atención: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Synced: %1</source>
        <translation>  Sincronizados: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  In progress or interrupted: %1</source>
        <translation>  En curso o interrumpidos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Last sync: %1</source>
        <translation>  Última sincronización: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Last error (%1): %2</source>
        <translation>  Último error (%1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trainee</source>
        <translation>en formación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR</source>
        <translation>RR. HH.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No attempts on this computer yet.</source>
        <translation>Todavía no hay intentos en este equipo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  %1 (started %2): %3</source>
        <translation>  %1 (iniciado %2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Ready for offline use: %n scenario(s); your assignments: %1.</source>
        <translation>
            <numerusform>Listo para usar sin conexión: %n escenario; tus asignaciones: %1.</numerusform>
            <numerusform>Listo para usar sin conexión: %n escenarios; tus asignaciones: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not refreshed for offline use: %1</source>
        <translation>No actualizado para usar sin conexión: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Watching: attempts saved on this computer are sent as soon as the platform can be reached. Ctrl+C stops.</source>
        <translation>Vigilando: los intentos guardados en este equipo se envían en cuanto se puede llegar a la plataforma. Ctrl+C detiene.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sent: the %1 %2.</source>
        <translation>Enviado: %1 %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent: the %1 %2: %3</source>
        <translation>No enviado: %1 %2: %3</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>(next try %1)</source>
        <translation>(próximo intento %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>Everything is on the platform (%n request(s) sent).</source>
        <translation>
            <numerusform>Todo está en la plataforma (%n petición enviada).</numerusform>
            <numerusform>Todo está en la plataforma (%n peticiones enviadas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Still on this computer: %n attempt(s).</source>
        <translation>
            <numerusform>Sigue en este equipo: %n intento.</numerusform>
            <numerusform>Siguen en este equipo: %n intentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::app::TeamModel</name>
    <message>
        <location filename="../app/TeamModel.cpp" line="+61"/>
        <source>%1 (manager)</source>
        <translation>%1 (responsable)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Weekly average, oldest first: %1</source>
        <translation>Media semanal, de la más antigua a la más reciente: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignments done</source>
        <translation>Asignaciones hechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last practised</source>
        <translation>Última práctica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend (6 weeks)</source>
        <translation>Tendencia (6 semanas)</translation>
    </message>
</context>
<context>
    <name>vt::app::TranscriptModel</name>
    <message>
        <location filename="../app/TranscriptModel.cpp" line="+83"/>
        <source>%1 at %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prospect</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>vt::app::UpdateCheck</name>
    <message>
        <location filename="../core/UpdateCheck.cpp" line="+32"/>
        <source>The platform&apos;s answer about updates is not a release: %1</source>
        <translation>La respuesta de la plataforma sobre actualizaciones no es una versión: %1</translation>
    </message>
</context>
<context>
    <name>vt::app::VersionReport</name>
    <message>
        <location filename="../core/VersionReport.cpp" line="+14"/>
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
    <name>vt::net::AuthSession</name>
    <message>
        <location filename="../net/AuthSession.cpp" line="+119"/>
        <source>You are not signed in.</source>
        <translation>No has iniciado sesión.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You are not signed in to %1 on this computer; sign in again.</source>
        <translation>No has iniciado sesión en %1 en este equipo; vuelve a iniciarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain cannot be read (%1).</source>
        <translation>No se puede leer el llavero del sistema (%1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Another Voice AI Training process is renewing the sign-in and did not finish; try again.</source>
        <translation>Otro proceso de Voice AI Training está renovando la sesión y no ha terminado; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your sign-in to %1 has ended (%2); sign in again.</source>
        <translation>Tu sesión en %1 ha terminado (%2); vuelve a iniciarla.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The system keychain did not keep your sign-in (%1), so you will have to sign in again next time.</source>
        <translation>El llavero del sistema no guardó tu sesión (%1), así que tendrás que volver a iniciarla la próxima vez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your organisation signs you in through its sign-in service (%1), in the browser, not with a password here.</source>
        <translation>Tu organización te identifica con su servicio de inicio de sesión (%1), en el navegador, no con una contraseña aquí.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your profile could not be read (%1).</source>
        <translation>No se pudo leer tu perfil (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in could not be recorded on this computer (%1).</source>
        <translation>No se pudo registrar la sesión en este equipo (%1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You are not signed in to %1 on this computer; sign in first.</source>
        <translation>No has iniciado sesión en %1 en este equipo; inicia sesión primero.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The sign-in could not be removed from this computer (%1).</source>
        <translation>No se pudo borrar la sesión de este equipo (%1).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The platform could not be told (%1); the sign-in lapses on its own within 30 days.</source>
        <translation>No se pudo avisar a la plataforma (%1); la sesión caduca sola en 30 días como mucho.</translation>
    </message>
</context>
<context>
    <name>vt::net::BrowserSignIn</name>
    <message numerus="yes">
        <location filename="../net/BrowserSignIn.cpp" line="+37"/>
        <source>The sign-in in the browser was not finished within %n minute(s).</source>
        <translation>
            <numerusform>El inicio de sesión en el navegador no terminó en %n minuto.</numerusform>
            <numerusform>El inicio de sesión en el navegador no terminó en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The app cannot listen for the browser&apos;s return: %1</source>
        <translation>La aplicación no puede esperar la vuelta del navegador: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The browser could not be opened. Open this address yourself: %1</source>
        <translation>No se pudo abrir el navegador. Abre tú esta dirección: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+17"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>This sign-in is over. You can close this window.</source>
        <translation>Este inicio de sesión ya terminó. Puedes cerrar esta ventana.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is not a page of Voice AI Training.</source>
        <translation>Esta no es una página de Voice AI Training.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Sign-in not recognised</source>
        <translation>Inicio de sesión no reconocido</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>This sign-in was not started by this app. Start it again from Voice AI Training.</source>
        <translation>Este inicio de sesión no lo empezó esta aplicación. Vuelve a empezarlo desde Voice AI Training.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This sign-in did not come from your organisation&apos;s sign-in service. Start it again from Voice AI Training.</source>
        <translation>Este inicio de sesión no viene del servicio de inicio de sesión de tu organización. Empiézalo de nuevo desde Voice AI Training.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in came back from %1, not from your organisation&apos;s sign-in service %2, so it was refused. Try again; if it happens again, tell your IT department.</source>
        <translation>El inicio de sesión volvió de %1, no del servicio de inicio de sesión de tu organización %2, así que se rechazó. Inténtalo de nuevo; si vuelve a pasar, avisa a tu departamento de IT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in came back without naming the sign-in service (%1 always does), so it was refused. Try again; if it happens again, tell your IT department.</source>
        <translation>El inicio de sesión volvió sin nombrar el servicio de inicio de sesión (%1 siempre lo hace), así que se rechazó. Inténtalo de nuevo; si vuelve a pasar, avisa a tu departamento de IT.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in cancelled</source>
        <translation>Inicio de sesión cancelado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can close this window.</source>
        <translation>Puedes cerrar esta ventana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform did not sign you in (%1).</source>
        <translation>La plataforma no inició tu sesión (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in incomplete</source>
        <translation>Inicio de sesión incompleto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The platform sent no code. Try again.</source>
        <translation>La plataforma no envió ningún código. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in. You can close this window and go back to Voice AI Training.</source>
        <translation>Has iniciado sesión. Puedes cerrar esta ventana y volver a Voice AI Training.</translation>
    </message>
</context>
<context>
    <name>vt::net::CatalogSync</name>
    <message>
        <location filename="../net/CatalogSync.cpp" line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>your profile</source>
        <translation>tu perfil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scenarios</source>
        <translation>los escenarios</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the scenario %1</source>
        <translation>el escenario %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the tracks</source>
        <translation>los itinerarios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your assignments</source>
        <translation>tus asignaciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the leaderboard</source>
        <translation>la clasificación</translation>
    </message>
</context>
<context>
    <name>vt::net::PlatformApi</name>
    <message>
        <location filename="../net/PlatformApi.cpp" line="+175"/>
        <source>The platform&apos;s answer to %1 is not what the API describes: $.items: must be an array</source>
        <translation>La respuesta de la plataforma a %1 no es la que describe la API: $.items: debe ser una lista</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The platform&apos;s answer to %1 is not what the API describes: %2</source>
        <translation>La respuesta de la plataforma a %1 no es la que describe la API: %2</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>The platform&apos;s answer to %1 has no download link.</source>
        <translation>La respuesta de la plataforma a %1 no trae enlace de descarga.</translation>
    </message>
</context>
<context>
    <name>vt::net::PlatformClient</name>
    <message>
        <location filename="../net/PlatformClient.cpp" line="+37"/>
        <source>The platform is unreachable (%1).</source>
        <translation>No se puede contactar con la plataforma (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The platform answered with HTTP status %1.</source>
        <translation>La plataforma respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+19"/>
        <location line="+23"/>
        <source>The file %1 cannot be written: %2</source>
        <translation>No se puede escribir el archivo %1: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The download is larger than %1 MB.</source>
        <translation>La descarga supera los %1 MB.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The network proxy %1 did not let the request through (%2). Check the network.proxy setting, or ask IT.</source>
        <translation>El proxy de red %1 no dejó pasar la petición (%2). Revisa el ajuste network.proxy, o pregunta a IT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A secure connection to the platform could not be made (%1). If your company&apos;s network inspects TLS, ask IT for its certificate authority and set network.ca_bundle.</source>
        <translation>No se pudo establecer una conexión segura con la plataforma (%1). Si la red de tu empresa inspecciona TLS, pide a TI su autoridad de certificación y configura network.ca_bundle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The platform&apos;s answer to %1 is not valid JSON: %2</source>
        <translation>La respuesta de la plataforma a %1 no es JSON válido: %2</translation>
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
    <name>vt::net::ProxySetting</name>
    <message>
        <location filename="../net/ProxyRouting.cpp" line="+25"/>
        <source>“%1” is not a proxy address. Use system, none, or the form http://proxy.example.com:3128.</source>
        <translation>«%1» no es la dirección de un proxy. Usa system, none o la forma http://proxy.example.com:3128.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy must be an http:// or socks5:// address, not %1://.</source>
        <translation>El proxy debe ser una dirección http:// o socks5://, no %1://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy address must not contain a user name or password.</source>
        <translation>La dirección del proxy no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy address needs a port, as in http://%1:3128.</source>
        <translation>La dirección del proxy necesita un puerto, como en http://%1:3128.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy address must not have a path (%1).</source>
        <translation>La dirección del proxy no debe tener una ruta (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy address must not have a query or fragment.</source>
        <translation>La dirección del proxy no debe tener consulta ni fragmento.</translation>
    </message>
</context>
<context>
    <name>vt::net::SignInService</name>
    <message>
        <location filename="../net/SignInService.cpp" line="+38"/>
        <source>it names itself %1</source>
        <translation>se presenta como %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not offer the authorization code flow</source>
        <translation>no ofrece el flujo de código de autorización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not offer PKCE with S256</source>
        <translation>no ofrece PKCE con S256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its endpoints are not all https addresses</source>
        <translation>no todas sus direcciones son https</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sign-in service &quot;%1&quot; is not an address.</source>
        <translation>El servicio de inicio de sesión «%1» no es una dirección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in service &quot;%1&quot; may not have a query, a fragment or a user name (RFC 8414).</source>
        <translation>El servicio de inicio de sesión «%1» no puede llevar consulta, fragmento ni nombre de usuario (RFC 8414).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in service &quot;%1&quot; must use https (plain http only on this computer).</source>
        <translation>El servicio de inicio de sesión «%1» debe usar https (http simple solo en este equipo).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your organisation&apos;s sign-in service %1 did not describe itself: %2</source>
        <translation>El servicio de inicio de sesión de tu organización %1 no se describió: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your organisation&apos;s sign-in service %1 cannot be used: %2.</source>
        <translation>El servicio de inicio de sesión de tu organización %1 no se puede usar: %2.</translation>
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
    <name>vt::net::TlsTrust</name>
    <message>
        <location filename="../net/TlsTrust.cpp" line="+12"/>
        <source>The certificate bundle %1 cannot be read: %2</source>
        <translation>No se puede leer el paquete de certificados %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate bundle %1 holds no PEM certificate.</source>
        <translation>El paquete de certificados %1 no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>vt::net::VoiceProbe</name>
    <message>
        <location filename="../net/VoiceProbe.cpp" line="+28"/>
        <source>The voice gateway did not answer the hello within %1 s.</source>
        <translation>La pasarela de voz no respondió al saludo en %1 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voice gateway could not be reached within %1 s.</source>
        <translation>No se pudo llegar a la pasarela de voz en %1 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice gateway does not speak %1: this app and the platform need updating to the same version.</source>
        <translation>La pasarela de voz no habla %1: hay que actualizar esta aplicación y la plataforma a la misma versión.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The voice gateway answers, speaks %1 and refuses a call it does not know, as it should.</source>
        <translation>La pasarela de voz responde, habla %1 y rechaza una llamada que no conoce, como debe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice gateway closed the connection unexpectedly (code %1: %2).</source>
        <translation>La pasarela de voz cerró la conexión de forma inesperada (código %1: %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice gateway could not be reached: %1.</source>
        <translation>No se pudo llegar a la pasarela de voz: %1.</translation>
    </message>
</context>
<context>
    <name>vt::net::VoiceTransport</name>
    <message>
        <location filename="../net/VoiceTransport.cpp" line="+41"/>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live</source>
        <translation>en directo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnecting</source>
        <translation>reconectando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The platform gave a voice address that is not encrypted (%1); the call was not started.</source>
        <translation>La plataforma dio una dirección de voz sin cifrar (%1); la llamada no se inició.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+43"/>
        <source>This version of the app cannot talk to the platform&apos;s voice service; update the app.</source>
        <translation>Esta versión de la aplicación no puede hablar con el servicio de voz de la plataforma; actualice la aplicación.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The voice service closed the call: a message was too large.</source>
        <translation>El servicio de voz cerró la llamada: un mensaje era demasiado grande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The voice service did not accept this call&apos;s credentials.</source>
        <translation>El servicio de voz no aceptó las credenciales de esta llamada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call could not be resumed: the voice service no longer has it.</source>
        <translation>No se pudo reanudar la llamada: el servicio de voz ya no la tiene.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The voice service ended the call after a protocol error (%1).</source>
        <translation>El servicio de voz terminó la llamada tras un error de protocolo (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The platform&apos;s voice service could not be reached: %1</source>
        <translation>No se pudo contactar con el servicio de voz de la plataforma: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The voice service sent a message the app cannot read: %1</source>
        <translation>El servicio de voz envió un mensaje que la aplicación no puede leer: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The voice service ended the call: %1</source>
        <translation>El servicio de voz terminó la llamada: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The voice service sent a message before it was ready.</source>
        <translation>El servicio de voz envió un mensaje antes de estar listo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The voice service sent a message that only the app sends.</source>
        <translation>El servicio de voz envió un mensaje que solo envía la aplicación.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The voice service asked for an audio format this app does not speak.</source>
        <translation>El servicio de voz pidió un formato de audio que esta aplicación no usa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice service answered with another call&apos;s session.</source>
        <translation>El servicio de voz respondió con la sesión de otra llamada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The voice service sent audio the app cannot read: %1</source>
        <translation>El servicio de voz envió audio que la aplicación no puede leer: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The voice service sent audio of the wrong kind (type %1).</source>
        <translation>El servicio de voz envió audio de un tipo incorrecto (tipo %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>The platform&apos;s voice service did not answer within %n second(s).</source>
        <translation>
            <numerusform>El servicio de voz de la plataforma no respondió en %n segundo.</numerusform>
            <numerusform>El servicio de voz de la plataforma no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to the voice service was lost and could not be resumed.</source>
        <translation>Se perdió la conexión con el servicio de voz y no se pudo reanudar.</translation>
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
    <name>vt::ui::AiProspectSection</name>
    <message>
        <location filename="../ui/AiProspectSection.cpp" line="+80"/>
        <source>AI prospect</source>
        <translation>Cliente con IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI &amp;server</source>
        <translation>&amp;Servidor de IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://127.0.0.1:11434/v1</source>
        <translation>http://127.0.0.1:11434/v1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI prospect server address</source>
        <translation>Dirección del servidor del cliente con IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>llama3.1:8b</source>
        <translation>llama3.1:8b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI prospect model</source>
        <translation>Modelo del cliente con IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key</source>
        <translation>&amp;Clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the server asks for one</source>
        <translation>Solo si el servidor la pide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI prospect server key</source>
        <translation>Clave del servidor del cliente con IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the key</source>
        <translation>Olvidar la clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key from the system keychain</source>
        <translation>Quitar la clave del llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you practise on this computer, an AI model on an OpenAI-compatible server (such as Ollama, vLLM or llama.cpp) plays the prospect. Leave the address empty for the scenario&apos;s practice script. The key is kept in your system keychain. Your organisation&apos;s platform chooses its own.</source>
        <translation>Cuando practicas en este equipo, un modelo de IA en un servidor compatible con OpenAI (como Ollama, vLLM o llama.cpp) interpreta al cliente. Deja la dirección vacía para usar el guion de práctica del escenario. La clave se guarda en el llavero del sistema. La plataforma de tu organización elige el suyo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the model the server should run, such as llama3.1:8b.</source>
        <translation>Indica el modelo que debe usar el servidor, por ejemplo llama3.1:8b.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved. The practice script plays the prospect on this computer.</source>
        <translation>Guardado. El guion de práctica interpreta al cliente en este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. %1 on %2 plays the prospect from your next call on this computer.</source>
        <translation>Guardado. %1 en %2 interpreta al cliente desde tu próxima llamada en este equipo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key is in your system keychain.</source>
        <translation>La clave está en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key could not be kept in the system keychain: %1</source>
        <translation>No se pudo guardar la clave en el llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key was removed from your system keychain.</source>
        <translation>Se quitó la clave del llavero del sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key could not be removed: %1</source>
        <translation>No se pudo quitar la clave: %1</translation>
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
    <name>vt::ui::AttemptPdf</name>
    <message>
        <location filename="../ui/AttemptPdf.cpp" line="+97"/>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 long</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score %1 of 100</source>
        <translation>Puntuación %1 de 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark %1</source>
        <translation>Nota para aprobar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score breakdown</source>
        <translation>Desglose de la puntuación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reply latency: &lt;b&gt;%1 s&lt;/b&gt; median</source>
        <translation>Latencia de respuesta: &lt;b&gt;%1 s&lt;/b&gt; de mediana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numbers</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to improve</source>
        <translation>Cómo mejorar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The attempt is not loaded yet.</source>
        <translation>El intento aún no se ha cargado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Attempt report: %1</source>
        <translation>Informe del intento: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 could not be written: the PDF could not be started.</source>
        <translation>No se pudo escribir %1: no se pudo empezar el PDF.</translation>
    </message>
</context>
<context>
    <name>vt::ui::AudioDevicesSection</name>
    <message>
        <location filename="../ui/AudioDevicesSection.cpp" line="+92"/>
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
    <name>vt::ui::BriefingPage</name>
    <message>
        <location filename="../ui/BriefingPage.cpp" line="+130"/>
        <source>This scenario could not be opened</source>
        <translation>No se pudo abrir este escenario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the briefing…</source>
        <translation>Cargando la presentación…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>Unos %n minuto.</numerusform>
            <numerusform>Unos %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark: %1.</source>
        <translation>Nota mínima: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an assessment: no coaching hints during the call.</source>
        <translation>Es una evaluación: no hay ayudas durante la llamada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: the briefing as last synced; the practice agent on this computer plays the prospect.</source>
        <translation>Sin conexión: la presentación de la última sincronización; el agente de práctica de este equipo hace de cliente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Your goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Tu objetivo:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Say:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Di:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 % of the score&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 % de la puntuación&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your first try at this scenario.</source>
        <translation>Tu primer intento en este escenario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (passed)</source>
        <translation> (superado)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to practice home</source>
        <translation>Volver al inicio de la práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who you are calling</source>
        <translation>A quién llamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The situation</source>
        <translation>La situación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is scored</source>
        <translation>Qué se puntúa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expect</source>
        <translation>Lo que te espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your previous attempts</source>
        <translation>Tus intentos anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start call</source>
        <translation>Empezar la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your headset</source>
        <translation>Prueba tus auriculares</translation>
    </message>
</context>
<context>
    <name>vt::ui::CallPage</name>
    <message>
        <location filename="../ui/CallPage.cpp" line="+273"/>
        <source>End the call?</source>
        <translation>¿Terminar la llamada?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the call with %1 now? It is scored as it stands.</source>
        <translation>¿Terminar ahora la llamada con %1? Se puntúa tal como está.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+139"/>
        <source>End call</source>
        <translation>Terminar llamada</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Keep talking</source>
        <translation>Seguir hablando</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Call state: %1</source>
        <translation>Estado de la llamada: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Call time %1</source>
        <translation>Tiempo de llamada %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Running score %1 of 100</source>
        <translation>Puntuación actual %1 de 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored yet: keep talking</source>
        <translation>Aún sin puntuación: sigue hablando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No score yet</source>
        <translation>Aún sin puntuación</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>handled</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>raised: answer it</source>
        <translation>planteada: respóndela</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not raised yet</source>
        <translation>aún no planteada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goal: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talk share &lt;b&gt;%1&lt;/b&gt; · Pace &lt;b&gt;%2&lt;/b&gt; · Fillers &lt;b&gt;%3&lt;/b&gt; · Open questions &lt;b&gt;%4&lt;/b&gt; · Longest monologue &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Tu parte &lt;b&gt;%1&lt;/b&gt; · Ritmo &lt;b&gt;%2&lt;/b&gt; · Muletillas &lt;b&gt;%3&lt;/b&gt; · Preguntas abiertas &lt;b&gt;%4&lt;/b&gt; · Monólogo más largo &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>Prospect</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unmute</source>
        <translation>Activar micrófono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking (Space held)</source>
        <translation>Hablando (Espacio pulsado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push to talk (hold Space)</source>
        <translation>Pulsar para hablar (mantén Espacio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When on, your microphone is live only while you hold Space.</source>
        <translation>Si está activado, tu micrófono solo está activo mientras mantienes pulsado Espacio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute the microphone (Ctrl+M)</source>
        <translation>Silenciar el micrófono (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your microphone or speakers stopped working. The call goes on while the app reconnects them; check the cable or headset.</source>
        <translation>Tu micrófono o tus altavoces dejaron de funcionar. La llamada sigue mientras la aplicación los vuelve a conectar; revisa el cable o los auriculares.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End the call (Ctrl+E)</source>
        <translation>Terminar la llamada (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your microphone level</source>
        <translation>Nivel de tu micrófono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospect&apos;s level</source>
        <translation>Nivel del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live transcript</source>
        <translation>Transcripción en directo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live score</source>
        <translation>Puntuación en directo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you are doing</source>
        <translation>Cómo lo llevas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking</source>
        <translation>Hablando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The prospect is speaking</source>
        <translation>El cliente está hablando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The prospect is listening</source>
        <translation>El cliente está escuchando</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AI prospect</source>
        <translation>Cliente con IA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practice script</source>
        <translation>Guion de práctica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An AI model plays %1: the answers are its own, so no two calls are alike.</source>
        <translation>Un modelo de IA interpreta a %1: sus respuestas son propias, así que no hay dos llamadas iguales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 follows the scenario&apos;s practice script: the same words get the same answers.</source>
        <translation>%1 sigue el guion de práctica del escenario: las mismas palabras reciben las mismas respuestas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply in %1 s</source>
        <translation>Responde en %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the prospect took to answer your last turn</source>
        <translation>Lo que tardó el cliente en responder a tu último turno</translation>
    </message>
</context>
<context>
    <name>vt::ui::CallTimeline</name>
    <message>
        <location filename="../ui/CallTimeline.cpp" line="+184"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prospect</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Call timeline</source>
        <translation>Línea de tiempo de la llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No moments marked.</source>
        <translation>No hay momentos marcados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moment %1 of %2 at %3: %4. Left and right arrows move between moments; Enter plays from it.</source>
        <translation>Momento %1 de %2 en %3: %4. Las flechas izquierda y derecha pasan de un momento a otro; Intro reproduce desde ahí.</translation>
    </message>
</context>
<context>
    <name>vt::ui::CommandPalette</name>
    <message>
        <location filename="../ui/CommandPalette.cpp" line="+20"/>
        <source>Jump to a page, an assignment or a scenario…</source>
        <translation>Ir a una página, una asignación o un escenario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command palette</source>
        <translation>Paleta de órdenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
</context>
<context>
    <name>vt::ui::ComparePage</name>
    <message>
        <location filename="../ui/ComparePage.cpp" line="+84"/>
        <source>These attempts cannot be compared</source>
        <translation>Estos intentos no se pueden comparar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading both attempts…</source>
        <translation>Cargando los dos intentos…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare: %1</source>
        <translation>Comparar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier: %1</source>
        <translation>Anterior: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later: %1</source>
        <translation>Posterior: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, better</source>
        <translation>%1, mejor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, worse</source>
        <translation>%1, peor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Criteria (points)</source>
        <translation>Criterios (puntos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your numbers</source>
        <translation>Tus cifras</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 better, %2 worse than the earlier attempt.</source>
        <translation>Mejora en %1 y empeora en %2 respecto al intento anterior.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two attempts compared</source>
        <translation>Los dos intentos comparados</translation>
    </message>
</context>
<context>
    <name>vt::ui::CsvSave</name>
    <message>
        <location filename="../ui/CsvSave.cpp" line="+26"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>vt::ui::DesktopTray</name>
    <message>
        <location filename="../ui/DesktopTray.cpp" line="+69"/>
        <source>Open Voice AI Training</source>
        <translation>Abrir Voice AI Training</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice AI Training</source>
        <translation>Voice AI Training</translation>
    </message>
</context>
<context>
    <name>vt::ui::HistoryPage</name>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="+124"/>
        <source>Export your attempts</source>
        <translation>Exportar tus intentos</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Show the two selected attempts side by side</source>
        <translation>Muestra los dos intentos seleccionados uno al lado del otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select two attempts of the same scenario (Ctrl+click) to compare them</source>
        <translation>Selecciona dos intentos del mismo escenario (Ctrl+clic) para compararlos</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prospect</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 — %4: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 — %4: %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, %2, at %3, %4 said: %5</source>
        <translation>%1, %2, en %3, %4 dijo: %5</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Searching your calls… (%n still to read)</source>
        <translation>
            <numerusform>Buscando en tus llamadas… (queda %n por leer)</numerusform>
            <numerusform>Buscando en tus llamadas… (quedan %n por leer)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No call of yours mentions “%1”.</source>
        <translation>Ninguna de tus llamadas menciona «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) of your calls mention “%1”</source>
        <translation>
            <numerusform>%n frase de tus llamadas menciona «%1»</numerusform>
            <numerusform>%n frases de tus llamadas mencionan «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All scenarios</source>
        <translation>Todos los escenarios</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No attempts yet. Your calls appear here once you have practised.</source>
        <translation>Aún no hay intentos. Tus llamadas aparecerán aquí cuando practiques.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attempt(s).</source>
        <translation>
            <numerusform>%n intento.</numerusform>
            <numerusform>%n intentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n attempt(s) shown.</source>
        <translation>
            <numerusform>Se muestran %1 de %n intento.</numerusform>
            <numerusform>Se muestran %1 de %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass mark</source>
        <translation>Nota mínima</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Score trend</source>
        <translation>Evolución de la puntuación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score trend: %1</source>
        <translation>Evolución de la puntuación: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No scores to chart yet</source>
        <translation>Aún no hay puntuaciones que mostrar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Score trend of %1: %n scored attempt(s), latest %2</source>
        <translation>
            <numerusform>Evolución de %1: %n intento puntuado, el último %2</numerusform>
            <numerusform>Evolución de %1: %n intentos puntuados, el último %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search scenarios and what was said…</source>
        <translation>Busca escenarios y lo que se dijo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search your attempts</source>
        <translation>Buscar en tus intentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected attempt: its timeline, recording and breakdown</source>
        <translation>Abre el intento seleccionado: su línea de tiempo, grabación y desglose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines found in your calls</source>
        <translation>Frases encontradas en tus llamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the attempts shown as a spreadsheet file (CSV)</source>
        <translation>Guarda los intentos mostrados como archivo de hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your attempts</source>
        <translation>Tus intentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any result</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>Superado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not passed</source>
        <translation>No superado</translation>
    </message>
</context>
<context>
    <name>vt::ui::HomePage</name>
    <message>
        <location filename="../ui/HomePage.cpp" line="+137"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practising on this computer: nothing leaves it.</source>
        <translation>Practicas en este equipo: nada sale de él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attempt(s) uploading.</source>
        <translation>
            <numerusform>Subiendo %n intento.</numerusform>
            <numerusform>Subiendo %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is saved to your organisation.</source>
        <translation>Todo está guardado en tu organización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attempt(s) waiting to upload.</source>
        <translation>
            <numerusform>%n intento pendiente de subir.</numerusform>
            <numerusform>%n intentos pendientes de subir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n attempt(s) refused by the platform: see the log.</source>
        <translation>
            <numerusform>%n intento rechazado por la plataforma: mira el registro.</numerusform>
            <numerusform>%n intentos rechazados por la plataforma: mira el registro.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an organisation…</source>
        <translation>Usar una organización…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign out…</source>
        <translation>Cerrar sesión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to your organisation&apos;s platform instead of practising on this computer</source>
        <translation>Inicia sesión en la plataforma de tu organización en lugar de practicar en este equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out of %1 and choose the platform again</source>
        <translation>Cierra la sesión en %1 y vuelve a elegir la plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync status: %1</source>
        <translation>Estado de sincronización: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Voice AI Training %1 is available, approved by your organisation. &lt;a href=&quot;%2&quot;&gt;Download it&lt;/a&gt;, then install it over this version; your attempts and settings stay.</source>
        <translation>Voice AI Training %1 está disponible, aprobada por tu organización. &lt;a href=&quot;%2&quot;&gt;Descárgala&lt;/a&gt; e instálala sobre esta versión; tus intentos y ajustes se conservan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offline since %1: your assignments and scenarios are as of then.</source>
        <translation>Sin conexión desde %1: tus asignaciones y escenarios son los de entonces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline: the platform cannot be reached.</source>
        <translation>Sin conexión: no se puede llegar a la plataforma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can still practise; your attempts upload when you are back online.</source>
        <translation>Puedes seguir practicando; tus intentos se subirán cuando vuelvas a tener conexión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading your assignments…</source>
        <translation>Cargando tus asignaciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your assignments could not be loaded: %1</source>
        <translation>No se pudieron cargar tus asignaciones: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No assignments right now. Pick any scenario below to practise.</source>
        <translation>Ahora no tienes asignaciones. Elige abajo cualquier escenario para practicar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the scenario library…</source>
        <translation>Cargando la biblioteca de escenarios…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library is empty.</source>
        <translation>La biblioteca está vacía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library could not be loaded: %1</source>
        <translation>No se pudo cargar la biblioteca: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No scenario matches “%1”.</source>
        <translation>Ningún escenario coincide con «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Your assignments</source>
        <translation>Tus asignaciones</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Scenario library</source>
        <translation>Biblioteca de escenarios</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Search scenarios, personas…</source>
        <translation>Buscar escenarios, personajes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the scenario library</source>
        <translation>Buscar en la biblioteca de escenarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh from the platform</source>
        <translation>Actualizar desde la plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any difficulty</source>
        <translation>Cualquier dificultad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
</context>
<context>
    <name>vt::ui::LeaderboardPage</name>
    <message>
        <location filename="../ui/LeaderboardPage.cpp" line="+113"/>
        <source>Export the leaderboard</source>
        <translation>Exportar la clasificación</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>All scenarios</source>
        <translation>Todos los escenarios</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading the leaderboard…</source>
        <translation>Cargando la clasificación…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody has a completed attempt in this period yet.</source>
        <translation>Nadie tiene aún un intento terminado en este periodo.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n people ranked in your team.</source>
        <translation>
            <numerusform>%n persona clasificada en tu equipo.</numerusform>
            <numerusform>%n personas clasificadas en tu equipo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people ranked in the organisation.</source>
        <translation>
            <numerusform>%n persona clasificada en la organización.</numerusform>
            <numerusform>%n personas clasificadas en la organización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n people shown.</source>
        <translation>
            <numerusform>Se muestran %1 de %n persona.</numerusform>
            <numerusform>Se muestran %1 de %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline: as of %1.</source>
        <translation>Sin conexión: datos del %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You have no completed attempt in this period yet: practise to get on the board.</source>
        <translation>Aún no tienes ningún intento terminado en este periodo: practica para entrar en la clasificación.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;You: #%1&lt;/b&gt; of %2 · best %3 · average %4 · %n attempt(s) · %5 passed</source>
        <translation>
            <numerusform>&lt;b&gt;Tú: n.º %1&lt;/b&gt; de %2 · mejor %3 · media %4 · %n intento · %5 aprobados</numerusform>
            <numerusform>&lt;b&gt;Tú: n.º %1&lt;/b&gt; de %2 · mejor %3 · media %4 · %n intentos · %5 aprobados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Find a person…</source>
        <translation>Buscar una persona…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person on the leaderboard</source>
        <translation>Buscar una persona en la clasificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the leaderboard as shown as a spreadsheet file (CSV)</source>
        <translation>Guarda la clasificación tal como se muestra como archivo de hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is ranked</source>
        <translation>Quién se clasifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show me</source>
        <translation>Mostrarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show my row in the leaderboard</source>
        <translation>Mostrar mi fila en la clasificación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Desde siempre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My team</source>
        <translation>Mi equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
</context>
<context>
    <name>vt::ui::LevelMeter</name>
    <message>
        <location filename="../ui/PracticeWidgets.cpp" line="+133"/>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
</context>
<context>
    <name>vt::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+152"/>
        <location line="+29"/>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Practice home</source>
        <translation>Inicio de la práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+12"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+30"/>
        <location line="+11"/>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+26"/>
        <location line="+15"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your assignments, the scenario library and practice calls</source>
        <translation>Tus asignaciones, la biblioteca de escenarios y las llamadas de práctica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your attempts, their scores and how they trend</source>
        <translation>Tus intentos, sus puntuaciones y su evolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your people: assignments, overdue work, scores and their calls</source>
        <translation>Tu gente: asignaciones, tareas vencidas, puntuaciones y sus llamadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How your team and organisation rank this week, this month and all time</source>
        <translation>Cómo se clasifican tu equipo y tu organización esta semana, este mes y desde siempre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audio devices, platform, language and theme (%1)</source>
        <translation>Dispositivos de audio, plataforma, idioma y tema (%1)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>End the call?</source>
        <translation>¿Terminar la llamada?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A practice call is running. Quit and end it? What was said so far is scored and kept.</source>
        <translation>Hay una llamada de práctica en curso. ¿Salir y terminarla? Lo dicho hasta ahora se puntúa y se guarda.</translation>
    </message>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="+36"/>
        <location filename="../ui/MainWindow.cpp" line="-35"/>
        <source>Voice AI Training</source>
        <translation>Voice AI Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your practice data could not be opened: %1</source>
        <translation>No se pudieron abrir tus datos de práctica: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+0"/>
        <source>%1 — Voice AI Training</source>
        <translation>%1 — Voice AI Training</translation>
    </message>
</context>
<context>
    <name>vt::ui::ManagedSection</name>
    <message>
        <location filename="../ui/ManagedSection.cpp" line="+46"/>
        <source>Managed by your organisation</source>
        <translation>Gestionado por tu organización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your IT department set these, and they cannot be changed on this computer. From: %1</source>
        <translation>Los ha fijado tu departamento de IT y no se pueden cambiar en este equipo. Origen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vt::ui::PlatformSection</name>
    <message>
        <location filename="../ui/PlatformSection.cpp" line="+54"/>
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
        <location line="+2"/>
        <source>Your organisation&apos;s training platform. Leave it empty to practise on this computer, without an account.</source>
        <translation>La plataforma de formación de tu organización. Déjala vacía para practicar en este equipo, sin cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your organisation&apos;s training platform.</source>
        <translation>La plataforma de formación de tu organización.</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <translation>Gestionado por tu organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This setting is fixed by your IT department&apos;s policy (%1).</source>
        <translation>Este ajuste lo fija la directiva de su departamento de informática (%1).</translation>
    </message>
</context>
<context>
    <name>vt::ui::PreCallPage</name>
    <message>
        <location filename="../ui/PreCallPage.cpp" line="+142"/>
        <source>Listening…</source>
        <translation>Escuchando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check the microphone</source>
        <translation>Probar el micrófono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play the test sound</source>
        <translation>Reproducir el sonido de prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play it again</source>
        <translation>Reproducirlo otra vez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the briefing</source>
        <translation>Volver a la presentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your headset</source>
        <translation>Prueba tus auriculares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thirty seconds now saves a call that nobody can hear. Pick your microphone and speakers, say a few words, then play the test sound.</source>
        <translation>Treinta segundos ahora evitan una llamada que nadie oye. Elige micrófono y altavoces, di unas palabras y reproduce el sonido de prueba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers and echo</source>
        <translation>Altavoces y eco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip: it passed today</source>
        <translation>Omitir: hoy ya se superó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue to the call</source>
        <translation>Continuar a la llamada</translation>
    </message>
</context>
<context>
    <name>vt::ui::RecordingPlayer</name>
    <message>
        <location filename="../ui/RecordingPlayer.cpp" line="+139"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play recording</source>
        <translation>Reproducir grabación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recording position</source>
        <translation>Posición de la grabación</translation>
    </message>
</context>
<context>
    <name>vt::ui::ResultsPage</name>
    <message>
        <location filename="../ui/ResultsPage.cpp" line="+152"/>
        <source>Your results</source>
        <translation>Tus resultados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score %1 of 100</source>
        <translation>Puntuación %1 de 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>Superada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed yet</source>
        <translation>Aún no superada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass mark %1.</source>
        <translation>Nota mínima %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 long.</source>
        <translation>Duración %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prospect answered in %1 s on average.</source>
        <translation>El cliente respondió en %1 s de media.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 %2: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: &lt;b&gt;%3&lt;/b&gt; (target: %4)</source>
        <translation>%1 %2: &lt;b&gt;%3&lt;/b&gt; (objetivo: %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say hello, introduce yourself, give your disclosures and ask what matters to the prospect: the call is scored once there is enough to judge. If the call page said it could not hear you, check your microphone first (Settings → Audio).</source>
        <translation>Saluda, preséntate, di tus avisos obligatorios y pregunta qué le importa al cliente: la llamada se puntúa cuando hay suficiente para juzgarla. Si la pantalla de la llamada dijo que no te oía, revisa primero tu micrófono (Ajustes → Audio).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+10"/>
        <source>How to improve</source>
        <translation>Cómo mejorar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full marks on every criterion. Try a harder scenario.</source>
        <translation>Puntuación máxima en todos los criterios. Prueba un escenario más difícil.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Score breakdown — select a criterion to see the moments behind it</source>
        <translation>Desglose de la puntuación: elige un criterio para ver los momentos que lo justifican</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score breakdown</source>
        <translation>Desglose de la puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your numbers</source>
        <translation>Tus cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript of the call</source>
        <translation>Transcripción de la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to assignments</source>
        <translation>Volver a las asignaciones</translation>
    </message>
</context>
<context>
    <name>vt::ui::ReviewPage</name>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="+138"/>
        <location line="+8"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Loading the attempt…</source>
        <translation>Cargando el intento…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This attempt cannot be shown</source>
        <translation>No se puede mostrar este intento</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 long.</source>
        <translation>Duración: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ended the call.</source>
        <translation>%1 terminó la llamada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass mark %1.</source>
        <translation>Nota para aprobar: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved on this computer; not on the platform yet, so this is your app&apos;s own score.</source>
        <translation>Guardado en este equipo; aún no está en la plataforma, así que la puntuación es la de tu app.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline: as the platform had it on %1.</source>
        <translation>Sin conexión: tal como lo tenía la plataforma el %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Score %1 of 100</source>
        <translation>Puntuación %1 de 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 %2: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: &lt;b&gt;%3&lt;/b&gt; (target: %4)</source>
        <translation>%1 %2: &lt;b&gt;%3&lt;/b&gt; (objetivo: %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>· Reply latency: &lt;b&gt;%1 s&lt;/b&gt; median, %2 s at worst (95th percentile); each turn: %3 s</source>
        <translation>· Latencia de respuesta: &lt;b&gt;%1 s&lt;/b&gt; de mediana, %2 s en el peor caso (percentil 95); cada turno: %3 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Feedback:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Valoración:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;How to improve:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cómo mejorar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No moments marked in this call.</source>
        <translation>No hay momentos marcados en esta llamada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moments cannot be marked: %1</source>
        <translation>No se pueden marcar los momentos: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(waiting to be sent)</source>
        <translation>(pendiente de envío)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the whole call — %1</source>
        <translation>Sobre toda la llamada — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No comments yet.</source>
        <translation>Aún no hay comentarios.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Downloading the recording…</source>
        <translation>Descargando la grabación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recording of this call.</source>
        <translation>No hay grabación de esta llamada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording cannot be played: %1</source>
        <translation>No se puede reproducir la grabación: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No attempt is open.</source>
        <translation>No hay ningún intento abierto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your comment goes on the line at %1: “%2”</source>
        <translation>Tu comentario irá en la frase de %1: «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your comment goes on the whole call. Select a line of the transcript to comment on it.</source>
        <translation>Tu comentario irá sobre toda la llamada. Selecciona una frase de la transcripción para comentarla.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report (PDF)…</source>
        <translation>Guardar informe (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A one-page report of this attempt: score, breakdown, quotes and numbers</source>
        <translation>Un informe de una página de este intento: puntuación, desglose, citas y cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the attempt</source>
        <translation>Detalles del intento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moments</source>
        <translation>Momentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Score breakdown</source>
        <translation>Desglose de la puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moments of the call</source>
        <translation>Momentos de la llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a comment for the rep…</source>
        <translation>Escribe un comentario para el asesor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add comment</source>
        <translation>Añadir comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript of the call</source>
        <translation>Transcripción de la llamada</translation>
    </message>
</context>
<context>
    <name>vt::ui::SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="+57"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>vt::ui::TeamPage</name>
    <message>
        <location filename="../ui/TeamPage.cpp" line="+103"/>
        <source>Export the team</source>
        <translation>Exportar el equipo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading your team…</source>
        <translation>Cargando tu equipo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody to show yet.</source>
        <translation>Aún no hay nadie que mostrar.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n people in the organisation</source>
        <translation>
            <numerusform>%n persona en la organización</numerusform>
            <numerusform>%n personas en la organización</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people in your team</source>
        <translation>
            <numerusform>%n persona en tu equipo</numerusform>
            <numerusform>%n personas en tu equipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with overdue work.</source>
        <translation>
            <numerusform>%n con tareas vencidas.</numerusform>
            <numerusform>%n con tareas vencidas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shown.</source>
        <translation>Se muestran %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline: as of %1.</source>
        <translation>Sin conexión: datos del %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a person to see their attempts</source>
        <translation>Selecciona a una persona para ver sus intentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s attempts cannot be loaded: %2</source>
        <translation>No se pueden cargar los intentos de %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s attempts (%2)</source>
        <translation>Intentos de %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempts of the selected person</source>
        <translation>Intentos de la persona seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s attempts</source>
        <translation>Intentos de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person or team…</source>
        <translation>Buscar una persona o equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person in the team</source>
        <translation>Buscar una persona en el equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only people with overdue work</source>
        <translation>Solo quien tiene tareas vencidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the team as shown as a spreadsheet file (CSV)</source>
        <translation>Guarda el equipo tal como se muestra como archivo de hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected attempt: its timeline, recording and breakdown</source>
        <translation>Abre el intento seleccionado: su línea de tiempo, grabación y desglose</translation>
    </message>
</context>
<context>
    <name>vt::ui::TranscriptDelegate</name>
    <message>
        <location filename="../ui/TranscriptView.cpp" line="+62"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prospect</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>vt::ui::TranscriptView</name>
    <message>
        <location line="+50"/>
        <location line="+91"/>
        <source>Jump to latest ↓</source>
        <translation>Ir a lo último ↓</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+91"/>
        <source>Jump to the latest line</source>
        <translation>Ir a la última línea</translation>
    </message>
</context>
<context>
    <name>vt::ui::WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="+122"/>
        <source>Set by your IT department.</source>
        <translation>Lo fija tu departamento de TI.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Finish signing in in your browser; this window continues by itself.</source>
        <translation>Termina de iniciar sesión en el navegador; esta ventana continuará sola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to see your assignments.</source>
        <translation>Inicia sesión para ver tus asignaciones.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome to Voice AI Training</source>
        <translation>Te damos la bienvenida a Voice AI Training</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Practise sales calls with an AI prospect, out loud, and see exactly what to improve. Choose where your practice is kept.</source>
        <translation>Practica llamadas de venta en voz alta con un cliente de IA y descubre exactamente qué mejorar. Elige dónde se guarda tu práctica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practise sales calls with an AI prospect, out loud, and see exactly what to improve. Sign in to your organisation to begin.</source>
        <translation>Practica llamadas de venta en voz alta con un cliente de IA y descubre exactamente qué mejorar. Inicia sesión en tu organización para empezar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign in to your organisation</source>
        <translation>Inicia sesión en tu organización</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Your assignments, scores and leaderboards, shared with your manager. You sign in in your web browser.</source>
        <translation>Tus asignaciones, puntuaciones y clasificaciones, compartidas con tu responsable. Inicias sesión en el navegador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your assignments, scores and leaderboards, shared with your manager. You sign in in your web browser, through your organisation&apos;s sign-in service (%1).</source>
        <translation>Tus asignaciones, puntuaciones y clasificaciones, compartidas con tu responsable. Inicias sesión en tu navegador, con el servicio de inicio de sesión de tu organización (%1).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Organisation &amp;address</source>
        <translation>&amp;Dirección de la organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://training.example.com</source>
        <translation>https://training.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation address</source>
        <translation>Dirección de la organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your browser</source>
        <translation>Iniciar sesión con el navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Practice on this computer</source>
        <translation>Practicar en este equipo</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Works without a network or an account. The practice scenarios and your attempts stay on this computer.</source>
        <translation>Funciona sin red y sin cuenta. Los escenarios de práctica y tus intentos se quedan en este equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start practising</source>
        <translation>Empezar a practicar</translation>
    </message>
</context>
</TS>
