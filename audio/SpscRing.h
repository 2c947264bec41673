#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <vector>

namespace vt::audio {

// A lock-free ring for exactly one producer thread and one consumer thread: the only thing
// the real-time audio callbacks touch. write() and read() never block, allocate or make a
// system call; they move what fits and return how much that was.
//
// Invariants: the indices only grow (unsigned wrap-around is harmless with a power-of-two
// capacity); the producer alone stores m_write, the consumer alone stores m_read; a store
// with release order publishes the samples written before it to the other side's acquire.
template <typename T> class SpscRing final { // NOLINT(clang-analyzer-optin.performance.Padding)
public:
    explicit SpscRing(std::size_t minimumCapacity)
        : m_buffer(roundUp(minimumCapacity))
        , m_mask(m_buffer.size() - 1)
    {
    }
    SpscRing(const SpscRing&) = delete;
    SpscRing& operator=(const SpscRing&) = delete;

    std::size_t capacity() const noexcept { return m_buffer.size(); }

    // Producer side.
    std::size_t writeAvailable() const noexcept
    {
        return capacity()
            - (m_write.load(std::memory_order_relaxed) - m_read.load(std::memory_order_acquire));
    }
    std::size_t write(const T* data, std::size_t count) noexcept
    {
        const std::size_t w = m_write.load(std::memory_order_relaxed);
        const std::size_t r = m_read.load(std::memory_order_acquire);
        const std::size_t n = std::min(count, capacity() - (w - r));
        for (std::size_t i = 0; i < n; ++i)
            m_buffer[(w + i) & m_mask] = data[i];
        m_write.store(w + n, std::memory_order_release);
        return n;
    }

    // Consumer side.
    std::size_t readAvailable() const noexcept
    {
        return m_write.load(std::memory_order_acquire) - m_read.load(std::memory_order_relaxed);
    }
    std::size_t read(T* out, std::size_t count) noexcept
    {
        const std::size_t r = m_read.load(std::memory_order_relaxed);
        const std::size_t w = m_write.load(std::memory_order_acquire);
        const std::size_t n = std::min(count, w - r);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = m_buffer[(r + i) & m_mask];
        m_read.store(r + n, std::memory_order_release);
        return n;
    }
    // Drops up to `count` items without reading them.
    std::size_t discard(std::size_t count) noexcept
    {
        const std::size_t r = m_read.load(std::memory_order_relaxed);
        const std::size_t w = m_write.load(std::memory_order_acquire);
        const std::size_t n = std::min(count, w - r);
        m_read.store(r + n, std::memory_order_release);
        return n;
    }

private:
    static std::size_t roundUp(std::size_t n)
    {
        std::size_t capacity = 1;
        while (capacity < n)
            capacity <<= 1;
        return capacity;
    }

    static_assert(std::atomic<std::size_t>::is_always_lock_free);
    std::vector<T> m_buffer;
    std::size_t m_mask;
    // Each index on its own cache line, so producer and consumer do not share one (the padding
    // clang-tidy's optin.performance.Padding reports is this, on purpose).
    alignas(64) std::atomic<std::size_t> m_write{0};
    alignas(64) std::atomic<std::size_t> m_read{0};
};

} // namespace vt::audio
