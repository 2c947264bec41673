#include "OggOpusWriter.h"

#include <ogg/ogg.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <random>
#include <system_error>
#include <vector>

namespace vt::audio {
namespace {

void putLe16(std::vector<unsigned char>& out, std::uint16_t value)
{
    out.push_back(static_cast<unsigned char>(value & 0xFFU));
    out.push_back(static_cast<unsigned char>(value >> 8U));
}

void putLe32(std::vector<unsigned char>& out, std::uint32_t value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.push_back(static_cast<unsigned char>((value >> shift) & 0xFFU));
}

void putText(std::vector<unsigned char>& out, const std::string& text)
{
    putLe32(out, static_cast<std::uint32_t>(text.size()));
    out.insert(out.end(), text.begin(), text.end());
}

// RFC 7845 section 5.1: the identification header, channel mapping family 0.
std::vector<unsigned char> identificationHeader(const OggOpusWriter::Header& header)
{
    std::vector<unsigned char> out{'O', 'p', 'u', 's', 'H', 'e', 'a', 'd', 1};
    out.push_back(static_cast<unsigned char>(header.channels));
    putLe16(out, static_cast<std::uint16_t>(header.preSkip));
    putLe32(out, static_cast<std::uint32_t>(header.inputRate));
    putLe16(out, 0);  // output gain
    out.push_back(0); // mapping family
    return out;
}

// RFC 7845 section 5.2: the comment header.
std::vector<unsigned char> commentHeader(const OggOpusWriter::Header& header)
{
    std::vector<unsigned char> out{'O', 'p', 'u', 's', 'T', 'a', 'g', 's'};
    putText(out, header.vendor);
    putLe32(out, 1);
    putText(out, "ENCODER=Voice AI Training (call codec)");
    return out;
}

} // namespace

struct OggOpusWriter::Stream {
    ogg_stream_state state{};
};

OggOpusWriter::OggOpusWriter(const std::string& path, const Header& header)
    : m_stream(std::make_unique<Stream>())
    , m_preSkip(header.preSkip)
    , m_path(path)
{
    if (header.channels < 1 || header.channels > 2 || header.preSkip < 0) {
        m_error = "unsupported Opus stream layout";
        return;
    }
    std::random_device random;
    if (ogg_stream_init(&m_stream->state, static_cast<int>(random() & 0x7FFFFFFFU)) != 0) {
        m_error = "out of memory";
        return;
    }
    m_file = std::fopen(path.c_str(), "wb");
    if (!m_file) {
        m_error = "cannot be written: " + std::generic_category().message(errno);
        return;
    }
    std::vector<unsigned char> head = identificationHeader(header);
    ogg_packet packet{};
    packet.packet = head.data();
    packet.bytes = static_cast<long>(head.size());
    packet.b_o_s = 1;
    ogg_stream_packetin(&m_stream->state, &packet);
    if (!writePages(true)) // the identification header is alone on the first page
        return;
    std::vector<unsigned char> tags = commentHeader(header);
    packet = {};
    packet.packet = tags.data();
    packet.bytes = static_cast<long>(tags.size());
    packet.packetno = 1;
    ogg_stream_packetin(&m_stream->state, &packet);
    writePages(true); // audio starts on a fresh page
}

OggOpusWriter::~OggOpusWriter()
{
    if (m_file)
        std::fclose(m_file);
    ogg_stream_clear(&m_stream->state);
}

bool OggOpusWriter::write(std::span<const std::uint8_t> payload, int samples)
{
    if (!m_error.empty() || m_finished)
        return false;
    // Each packet waits for the next: the last one must carry the end-of-stream flag and the
    // end-trimming granule position, which are known only at finish().
    const bool ok = !m_hasPending || submitPending(false, m_granule);
    m_pending.assign(payload.begin(), payload.end());
    m_pendingSamples = samples;
    m_hasPending = true;
    m_granule += samples;
    return ok;
}

bool OggOpusWriter::finish(std::int64_t inputSamples)
{
    if (!m_error.empty() || m_finished)
        return false;
    m_finished = true;
    if (!m_hasPending) {
        m_error = "there is no audio to write";
        return false;
    }
    // Where the audio ends: within the last packet (RFC 7845 section 4.4).
    const std::int64_t lastStart = m_granule - m_pendingSamples;
    const std::int64_t end
        = std::clamp<std::int64_t>(m_preSkip + inputSamples, lastStart + 1, m_granule);
    if (!submitPending(true, end) || !writePages(true))
        return false;
    if (std::fflush(m_file) != 0) {
        m_error = "cannot be written: " + std::generic_category().message(errno);
        return false;
    }
    return true;
}

bool OggOpusWriter::submitPending(bool last, std::int64_t granule)
{
    ogg_packet packet{};
    packet.packet = m_pending.data();
    packet.bytes = static_cast<long>(m_pending.size());
    packet.granulepos = last ? granule : m_granule;
    packet.packetno = 2 + m_packets++;
    packet.e_o_s = last ? 1 : 0;
    ogg_stream_packetin(&m_stream->state, &packet);
    m_hasPending = false;
    // A page at least every second of audio (50 packets), so a reader sees progress.
    return writePages(m_packets % 50 == 0);
}

bool OggOpusWriter::writePages(bool flush)
{
    ogg_page page{};
    while (flush ? ogg_stream_flush(&m_stream->state, &page)
                 : ogg_stream_pageout(&m_stream->state, &page)) {
        if (std::fwrite(page.header, 1, static_cast<std::size_t>(page.header_len), m_file)
                != static_cast<std::size_t>(page.header_len)
            || std::fwrite(page.body, 1, static_cast<std::size_t>(page.body_len), m_file)
                != static_cast<std::size_t>(page.body_len)) {
            m_error = "cannot be written: " + std::generic_category().message(errno);
            return false;
        }
    }
    return true;
}

} // namespace vt::audio
