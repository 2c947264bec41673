#include "Recordings.h"

#include "AudioFormat.h"
#include "CallRecorder.h"

#include <QFile>
#include <QTemporaryDir>

#include <array>
#include <cmath>

namespace vt::test {

QByteArray callRecording(int seconds)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("call.opus"));
    {
        vt::audio::CallRecorder recorder(path.toStdString());
        std::array<float, vt::audio::frameSamples> rep{};
        std::array<float, vt::audio::frameSamples> agent{};
        for (int frame = 0; frame < seconds * 100; ++frame) {
            for (std::size_t i = 0; i < rep.size(); ++i)
                rep[i] = 0.2f * float(std::sin(0.06 * double(frame * 480 + int(i))));
            recorder.write(rep, agent);
        }
        recorder.finish();
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace vt::test
