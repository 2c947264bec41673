# Compiler launcher, warnings and sanitizers for project targets.
# Third-party headers (Qt, PortAudio, ...) come in as imported targets, hence as system
# includes, so the strict warnings apply to project code only.

find_program(VT_CCACHE ccache)
if(VT_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_C_COMPILER_LAUNCHER "${VT_CCACHE}")
    set(CMAKE_CXX_COMPILER_LAUNCHER "${VT_CCACHE}")
endif()
add_feature_info(ccache VT_CCACHE "compiler cache")

if(VT_SANITIZERS STREQUAL "address")
    if(MSVC)
        add_compile_options(/fsanitize=address)
    else()
        add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                            -fno-sanitize-recover=undefined)
        add_link_options(-fsanitize=address,undefined)
    endif()
elseif(VT_SANITIZERS STREQUAL "thread")
    add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
    add_link_options(-fsanitize=thread)
elseif(VT_SANITIZERS)
    message(FATAL_ERROR "VT_SANITIZERS must be OFF, address or thread, not ${VT_SANITIZERS}")
endif()

if(VT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "VT_FUZZ needs clang (libFuzzer); use the fuzz preset")
    endif()
    # Coverage for the fuzzer everywhere; the fuzz executables add -fsanitize=fuzzer.
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

# Hardened debug builds: libstdc++ bounds checks and Qt asserts even when optimised.
add_compile_definitions(
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>
    $<$<CONFIG:Debug>:QT_FORCE_ASSERTS>
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

function(vt_apply_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- $<$<BOOL:${VT_WERROR}>:/WX>)
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
            -Woverloaded-virtual -Wcast-align -Wformat=2 -Wimplicit-fallthrough
            -Wmissing-declarations
            $<$<BOOL:${VT_WERROR}>:-Werror>)
    endif()
endfunction()
