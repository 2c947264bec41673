#pragma once

#include <QEventLoop>

#include <optional>
#include <utility>

namespace vt::app {

// Runs an asynchronous call to its answer in a nested event loop, for the CLI's commands:
// `start` is given the callback to call once with the result.
template <typename Result, typename Start> Result waitFor(Start&& start)
{
    std::optional<Result> result;
    QEventLoop loop;
    std::forward<Start>(start)([&](const Result& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace vt::app
