#include "PortAudioSession.h"

#include "AudioLog.h"
#include "BackendChatter.h"

#include <portaudio.h>

#include <mutex>

namespace vt::audio {
namespace {

// PortAudio's global state (its initialisation count, the host APIs and their device lists)
// is not thread-safe, and the app does start sessions from two threads: the device catalog
// scans on a worker while a check or a call opens its devices. Every initialisation,
// termination and device enumeration is serialised here. Never taken by the audio callback.
std::mutex& globalStateMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace

PortAudioSession::PortAudioSession()
{
    const std::lock_guard lock(globalStateMutex());
    quietBackendChatter();
    m_initError = Pa_Initialize();
    if (m_initError != paNoError)
        qCWarning(lcAudio) << "PortAudio could not start:" << Pa_GetErrorText(m_initError);
}

PortAudioSession::~PortAudioSession()
{
    const std::lock_guard lock(globalStateMutex());
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
    const std::lock_guard lock(globalStateMutex());
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
