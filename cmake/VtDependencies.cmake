# Third-party dependencies. Debian 12 packages on Linux (scripts/bootstrap); vcpkg on Windows
# and Homebrew on macOS (docs/building.md). Everything is found, nothing is downloaded.

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Sql Concurrent LinguistTools)
if(VT_BUILD_TESTS)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
endif()
set_package_properties(Qt6 PROPERTIES TYPE REQUIRED PURPOSE "application framework")

find_package(nlohmann_json 3.10 REQUIRED)
set_package_properties(nlohmann_json PROPERTIES TYPE REQUIRED PURPOSE "JSON in the scoring module")

find_package(PkgConfig REQUIRED)
pkg_check_modules(PortAudio REQUIRED IMPORTED_TARGET portaudio-2.0)
pkg_check_modules(Opus REQUIRED IMPORTED_TARGET opus)
pkg_check_modules(OpusEnc REQUIRED IMPORTED_TARGET libopusenc)
pkg_check_modules(OpusFile REQUIRED IMPORTED_TARGET opusfile)
pkg_check_modules(Ogg REQUIRED IMPORTED_TARGET ogg)
pkg_check_modules(SpeexDsp REQUIRED IMPORTED_TARGET speexdsp)
pkg_check_modules(Sodium REQUIRED IMPORTED_TARGET libsodium)
add_feature_info(PortAudio PortAudio_FOUND "audio device I/O (${PortAudio_VERSION})")
add_feature_info(Opus Opus_FOUND "voice codec (${Opus_VERSION})")
add_feature_info(libopusenc OpusEnc_FOUND "Ogg Opus call recordings (${OpusEnc_VERSION})")
add_feature_info(opusfile OpusFile_FOUND "Ogg Opus reading (${OpusFile_VERSION})")
add_feature_info(libogg Ogg_FOUND "Ogg Opus writing of the call codec's packets (${Ogg_VERSION})")
add_feature_info(libsodium Sodium_FOUND "Argon2id password hashing in the server (${Sodium_VERSION})")
add_feature_info(speexdsp SpeexDsp_FOUND "resampling, echo cancellation, noise suppression (${SpeexDsp_VERSION})")

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    # PortAudio's ALSA and JACK back ends print probe chatter to stderr; audio/ routes it away.
    pkg_check_modules(ALSA REQUIRED IMPORTED_TARGET alsa)
    pkg_check_modules(JACK REQUIRED IMPORTED_TARGET jack)
endif()
