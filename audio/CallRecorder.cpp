#include "CallRecorder.h"

#include <opus/opusenc.h>

namespace vt::audio {

CallRecorder::CallRecorder(const std::string& path)
    : m_file(std::fopen(path.c_str(), "wb"))
{
    if (!m_file) {
        m_error = "cannot be created";
        return;
    }
    OggOpusComments* comments = ope_comments_create();
    ope_comments_add(comments, "ENCODER", "Voice AI Training");
    ope_comments_add(comments, "TITLE", "Practice call");
    const OpusEncCallbacks callbacks{&CallRecorder::writePage, &CallRecorder::closeFile};
    int error = OPE_OK;
    m_encoder = ope_encoder_create_callbacks(&callbacks, this, comments, sampleRate, 2, 0, &error);
    ope_comments_destroy(comments);
    if (!m_encoder) {
        m_error = ope_strerror(error);
        std::fclose(m_file);
        m_file = nullptr;
        return;
    }
    ope_encoder_ctl(m_encoder, OPE_SET_DECISION_DELAY(0));
    ope_encoder_ctl(m_encoder, OPE_SET_MUXING_DELAY(maxPageDelayMs * samplesPerMs));
    ope_encoder_ctl(m_encoder, OPUS_SET_BITRATE(bitrate));
    // The transform coder (CELT): full band for listening back, channels kept apart at this
    // bitrate, and a third of the CPU of the speech coder's stereo modes (docs/performance.md).
    ope_encoder_ctl(m_encoder, OPUS_SET_APPLICATION(OPUS_APPLICATION_AUDIO));
    ope_encoder_ctl(m_encoder, OPUS_SET_SIGNAL(OPUS_SIGNAL_MUSIC));
    ope_encoder_ctl(m_encoder, OPUS_SET_COMPLEXITY(complexity));
    // The header goes out now, so even a call killed in its first second leaves a valid file.
    if (ope_encoder_flush_header(m_encoder) != OPE_OK)
        m_error = "the header could not be written";
}

CallRecorder::~CallRecorder()
{
    finish();
}

int CallRecorder::writePage(void* user, const unsigned char* data, int length)
{
    auto* self = static_cast<CallRecorder*>(user);
    if (!self->m_file)
        return 1;
    const auto size = static_cast<std::size_t>(length);
    if (std::fwrite(data, 1, size, self->m_file) != size || std::fflush(self->m_file) != 0) {
        self->m_error = "the disk refused a write";
        return 1;
    }
    return 0;
}

int CallRecorder::closeFile(void* user)
{
    auto* self = static_cast<CallRecorder*>(user);
    const int result = self->m_file ? std::fclose(self->m_file) : 0;
    self->m_file = nullptr;
    return result;
}

bool CallRecorder::write(
    std::span<const float, frameSamples> rep, std::span<const float, frameSamples> agent)
{
    if (!m_encoder)
        return false;
    for (std::size_t i = 0; i < frameSamples; ++i) {
        m_interleaved[2 * i] = rep[i];
        m_interleaved[2 * i + 1] = agent[i];
    }
    if (ope_encoder_write_float(m_encoder, m_interleaved, frameSamples) != OPE_OK) {
        m_error = "the encoder refused audio";
        return false;
    }
    m_samples += frameSamples;
    return m_error.empty();
}

bool CallRecorder::finish()
{
    if (!m_encoder)
        return m_error.empty();
    const bool drained = ope_encoder_drain(m_encoder) == OPE_OK; // end of stream; closes the file
    ope_encoder_destroy(m_encoder);
    m_encoder = nullptr;
    if (m_file) {
        std::fclose(m_file);
        m_file = nullptr;
    }
    if (!drained && m_error.empty())
        m_error = "the end of the stream could not be written";
    return m_error.empty();
}

} // namespace vt::audio
