#include "PortAudioSession.h"

#include "AudioLog.h"
#include "BackendChatter.h"

#include <portaudio.h>

namespace vt::audio {

PortAudioSession::PortAudioSession()
{
    quietBackendChatter();
    m_initError = Pa_Initialize();
    if (m_initError != paNoError)
        qCWarning(lcAudio) << "PortAudio could not start:" << Pa_GetErrorText(m_initError);
}

PortAudioSession::~PortAudioSession()
{
    if (m_initError == paNoError)
        Pa_Terminate();
}

std::string PortAudioSession::errorText() const
{
    if (m_initError == paNoError)
        return {};
    return Pa_GetErrorText(m_initError);
}

std::vector<AudioDevice> PortAudioSession::devices() const
{
    std::vector<AudioDevice> result;
    if (m_initError != paNoError)
        return result;
    const PaDeviceIndex count = Pa_GetDeviceCount();
    if (count <= 0)
        return result;
    const PaDeviceIndex defaultIn = Pa_GetDefaultInputDevice();
    const PaDeviceIndex defaultOut = Pa_GetDefaultOutputDevice();
    result.reserve(static_cast<std::size_t>(count));
    for (PaDeviceIndex i = 0; i < count; ++i) {
        const PaDeviceInfo* info = Pa_GetDeviceInfo(i);
        if (!info)
            continue;
        const PaHostApiInfo* api = Pa_GetHostApiInfo(info->hostApi);
        AudioDevice device;
        device.name = info->name ? info->name : "";
        device.hostApi = api && api->name ? api->name : "";
        device.maxInputChannels = info->maxInputChannels;
        device.maxOutputChannels = info->maxOutputChannels;
        device.defaultSampleRate = info->defaultSampleRate;
        device.isDefaultInput = i == defaultIn;
        device.isDefaultOutput = i == defaultOut;
        qCDebug(lcAudio).nospace()
            << "device \"" << info->name << "\" (" << device.hostApi.c_str() << ") in "
            << device.maxInputChannels << " out " << device.maxOutputChannels << " at "
            << device.defaultSampleRate << " Hz";
        result.push_back(std::move(device));
    }
    return result;
}

} // namespace vt::audio
