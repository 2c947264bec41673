#pragma once

#include "Expected.h"

#include <QString>

namespace vt {

// What a fallible call in the Qt layers answers: its value, or a sentence fit to show saying
// why there is none ("The folder /x cannot be created."). Result<void>: success or that sentence.
template <typename T> using Result = Expected<T, QString>;

inline Unexpected<QString> failure(QString why)
{
    return Unexpected<QString>(std::move(why));
}

} // namespace vt
