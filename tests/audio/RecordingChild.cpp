// Helper for TestCallRecorder: records a tone in real time into argv[1] and reports how much
// it fed ("fed <ms>") until it is killed.
#include "CallRecorder.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <thread>

int main(int argc, char* argv[])
{
    if (argc != 2)
        return 2;
    vt::audio::CallRecorder recorder(argv[1]);
    if (!recorder)
        return 1;
    std::array<float, vt::audio::frameSamples> left{};
    std::array<float, vt::audio::frameSamples> right{};
    std::size_t n = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int frame = 0;; ++frame) {
        for (std::size_t i = 0; i < left.size(); ++i, ++n) {
            left[i] = 0.3f
                * static_cast<float>(std::sin(2 * std::numbers::pi * 440.0 * double(n) / 48000));
            right[i] = 0.3f
                * static_cast<float>(std::sin(2 * std::numbers::pi * 660.0 * double(n) / 48000));
        }
        recorder.write(left, right);
        if (frame % 10 == 9) {
            std::printf("fed %lld\n", static_cast<long long>(recorder.writtenMs()));
            std::fflush(stdout);
        }
        std::this_thread::sleep_until(start + std::chrono::milliseconds(10 * (frame + 1)));
    }
}
