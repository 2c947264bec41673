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

# Release binaries (what the packages ship) are hardened as Debian's own packages are
# (lintian's hardening checks): stack protector and clash protection, control-flow
# protection, glibc's fortified functions, full RELRO with immediate binding. Debug builds
# have their own checks above (and glibc's fortification needs optimisation). MSVC: /GS and
# ASLR/DEP are its defaults; control-flow guard is added.
set(vt_release "$<NOT:$<CONFIG:Debug>>")
if(MSVC)
    add_compile_options($<${vt_release}:/guard:cf>)
    add_link_options($<${vt_release}:/guard:cf>)
elseif(NOT VT_FUZZ AND NOT VT_SANITIZERS)
    add_compile_options($<${vt_release}:-fstack-protector-strong>
        $<${vt_release}:-fstack-clash-protection> $<${vt_release}:-U_FORTIFY_SOURCE>
        $<${vt_release}:-D_FORTIFY_SOURCE=2>)
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
        add_compile_options($<${vt_release}:-fcf-protection>)
    endif()
    if(NOT APPLE)
        add_link_options($<${vt_release}:LINKER:-z,relro> $<${vt_release}:LINKER:-z,now>)
    endif()
endif()
