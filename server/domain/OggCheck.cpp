#include "OggCheck.h"

#include <ogg/ogg.h>

#include <cstring>

namespace vt::server {

OggCheck checkOggOpus(const QByteArray& bytes)
{
    OggCheck result;
    if (!bytes.startsWith("OggS")) {
        result.error = QStringLiteral("the recording is not an Ogg file");
        return result;
    }
    ogg_sync_state sync;
    ogg_sync_init(&sync);
    char* buffer = ogg_sync_buffer(&sync, static_cast<long>(bytes.size()));
    std::memcpy(buffer, bytes.constData(), static_cast<std::size_t>(bytes.size()));
    ogg_sync_wrote(&sync, static_cast<long>(bytes.size()));
    ogg_page page;
    int serial = 0;
    int pages = 0;
    int preSkip = 0;
    ogg_int64_t lastGranule = 0;
    bool sawTags = false;
    for (;;) {
        const long r = ogg_sync_pageseek(&sync, &page);
        if (r == 0)
            break; // no more complete pages
        if (r < 0) {
            result.error
                = QStringLiteral("the recording has damaged Ogg data (a bad page checksum)");
            break;
        }
        if (pages == 0) {
            serial = ogg_page_serialno(&page);
            if (!ogg_page_bos(&page) || page.body_len < 19
                || std::memcmp(page.body, "OpusHead", 8) != 0) {
                result.error = QStringLiteral("the recording is not Ogg Opus (no OpusHead)");
                break;
            }
            result.channels = page.body[9];
            preSkip = page.body[10] | (page.body[11] << 8);
            if (result.channels < 1 || result.channels > 2) {
                result.error = QStringLiteral("a call recording has 1 or 2 channels, not %1")
                                   .arg(result.channels);
                break;
            }
        } else if (ogg_page_serialno(&page) != serial || ogg_page_bos(&page)) {
            result.error = QStringLiteral("the recording has more than one Ogg stream");
            break;
        } else if (pages == 1) {
            sawTags = page.body_len >= 8 && std::memcmp(page.body, "OpusTags", 8) == 0;
        }
        if (ogg_page_granulepos(&page) > 0)
            lastGranule = ogg_page_granulepos(&page);
        ++pages;
    }
    ogg_sync_clear(&sync);
    if (result.error.isEmpty() && pages == 0)
        result.error = QStringLiteral("the recording is not Ogg Opus (no OpusHead)");
    if (result.error.isEmpty() && !sawTags)
        result.error = QStringLiteral("the recording is not Ogg Opus (no OpusTags)");
    if (result.error.isEmpty())
        result.durationMs = std::max<qint64>(0, (lastGranule - preSkip) / 48);
    return result;
}

} // namespace vt::server
