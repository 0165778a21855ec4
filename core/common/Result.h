// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <type_traits>
#include <utility>
#include <variant>

// Either a value of type T or an error of type E: the outcome of an operation that can fail without throwing.
// Construct it implicitly from a T (success) or an E (failure); T and E must be different types.
template<typename T, typename E>
class Result
{
    static_assert(!std::is_same_v<T, E>, "Result<T, E> needs distinct value and error types");

public:
    Result(const T& value)
        : m_data(std::in_place_index<0>, value)
    { }
    Result(T&& value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(const E& error)
        : m_data(std::in_place_index<1>, error)
    { }
    Result(E&& error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool isOk() const { return m_data.index() == 0; }
    bool isError() const { return !isOk(); }

    // Precondition: isOk().
    const T& value() const&
    {
        Q_ASSERT(isOk());
        return std::get<0>(m_data);
    }
    T&& value() &&
    {
        Q_ASSERT(isOk());
        return std::get<0>(std::move(m_data));
    }
    T valueOr(T fallback) const { return isOk() ? std::get<0>(m_data) : std::move(fallback); }

    // Precondition: isError().
    const E& error() const
    {
        Q_ASSERT(isError());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, E> m_data;
};
