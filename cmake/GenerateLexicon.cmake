# Compiles scoring/lexicon/sentiment.txt into a sorted C++ table, so the scoring module does
# no I/O. Fails on a malformed line or a word listed twice.
# Usage: cmake -DIN=sentiment.txt -DOUT=SentimentLexicon.cpp -P GenerateLexicon.cmake
cmake_minimum_required(VERSION 3.25)
file(STRINGS "${IN}" lines ENCODING UTF-8)
set(entries "")
set(words "")
set(n 0)
foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    if(line STREQUAL "" OR line MATCHES "^#")
        continue()
    endif()
    math(EXPR n "${n} + 1")
    if(NOT line MATCHES "^([+-])([a-z']+)$")
        message(FATAL_ERROR "${IN}: line \"${line}\": expected '+word' or '-word' (lowercase)")
    endif()
    set(sign "${CMAKE_MATCH_1}")
    set(word "${CMAKE_MATCH_2}")
    if(word IN_LIST words)
        message(FATAL_ERROR "${IN}: \"${word}\" is listed twice")
    endif()
    list(APPEND words "${word}")
    if(sign STREQUAL "+")
        set("polarity_${word}" 1)
    else()
        set("polarity_${word}" -1)
    endif()
endforeach()
# Sorted by the word alone (byte order, as std::string_view compares), for binary search.
list(SORT words COMPARE STRING)
set(body "")
foreach(word IN LISTS words)
    string(APPEND body "    {\"${word}\", ${polarity_${word}}},\n")
endforeach()
list(LENGTH words count)
set(content "// Generated from scoring/lexicon/sentiment.txt by cmake/GenerateLexicon.cmake.
#include \"SentimentLexicon.h\"

#include <algorithm>
#include <array>

namespace vt::scoring {
namespace {

struct Entry {
    std::string_view word;
    int polarity;
};

constexpr std::array<Entry, ${count}> entries{{
${body}}};

} // namespace

int sentimentPolarity(std::string_view word)
{
    const auto it = std::lower_bound(entries.begin(), entries.end(), word,
                                     [](const Entry& e, std::string_view w) { return e.word < w; });
    return it != entries.end() && it->word == word ? it->polarity : 0;
}

std::size_t sentimentLexiconSize()
{
    return entries.size();
}

} // namespace vt::scoring
")
include("${CMAKE_CURRENT_LIST_DIR}/VtWriteIfChanged.cmake")
vt_write_if_changed("${OUT}" "${content}")
