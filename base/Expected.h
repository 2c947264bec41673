#pragma once

#include <type_traits>
#include <utility>
#include <variant>

namespace vt {

// The error side of an Expected, as in `return Unexpected(tr("The folder cannot be made."));`.
template <typename E> struct Unexpected {
    E error;
    explicit Unexpected(E e)
        : error(std::move(e))
    {
    }
};

// A value, or the error saying why there is none: the project's one way for a fallible call to
// answer (a small std::expected, which this toolchain's standard library does not have yet).
// [[nodiscard]]: dropping an answer that may be an error is a compile warning.
template <typename T, typename E> class [[nodiscard]] Expected {
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    template <typename G, typename = std::enable_if_t<std::is_convertible_v<G, E>>>
    Expected(Unexpected<G> error)
        : m_state(std::in_place_index<1>, E(std::move(error.error)))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    template <typename U> T value_or(U&& fallback) const&
    {
        return ok() ? value() : T(std::forward<U>(fallback));
    }

    // The error; an empty one when there is a value (so a message can be built either way).
    const E& error() const
    {
        static const E none{};
        return ok() ? none : std::get<1>(m_state);
    }

private:
    std::variant<T, E> m_state;
};

// Success with nothing to give, or the error.
template <typename E> class [[nodiscard]] Expected<void, E> {
public:
    Expected() = default;
    template <typename G, typename = std::enable_if_t<std::is_convertible_v<G, E>>>
    Expected(Unexpected<G> error)
        : m_failed(true)
        , m_error(std::move(error.error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E& error() const { return m_error; }

private:
    bool m_failed = false;
    E m_error{};
};

} // namespace vt
