#include "Speaker.h"

namespace vt::app {

QString speakerName(Speaker speaker)
{
    return speaker == Speaker::Rep ? QStringLiteral("rep") : QStringLiteral("prospect");
}

std::optional<Speaker> speakerFromName(QStringView name)
{
    if (name == u"rep")
        return Speaker::Rep;
    if (name == u"prospect")
        return Speaker::Prospect;
    return std::nullopt;
}

} // namespace vt::app
