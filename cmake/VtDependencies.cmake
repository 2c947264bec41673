# Third-party dependencies. Debian 12 packages on Linux (scripts/bootstrap); vcpkg on Windows
# and Homebrew on macOS (docs/building.md). Everything is found, nothing is downloaded.

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Sql Concurrent WebSockets Multimedia Charts
    LinguistTools)
if(VT_BUILD_TESTS)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
endif()
set_package_properties(Qt6 PROPERTIES TYPE REQUIRED PURPOSE "application framework")

find_package(nlohmann_json 3.10 REQUIRED)
set_package_properties(nlohmann_json PROPERTIES TYPE REQUIRED PURPOSE "JSON in the scoring module")

find_package(Qt6Keychain REQUIRED)
set_package_properties(Qt6Keychain PROPERTIES TYPE REQUIRED PURPOSE "refresh tokens in the OS keychain")

find_package(PkgConfig REQUIRED)
pkg_check_modules(PortAudio REQUIRED IMPORTED_TARGET portaudio-2.0)
pkg_check_modules(Opus REQUIRED IMPORTED_TARGET opus)
pkg_check_modules(OpusEnc REQUIRED IMPORTED_TARGET libopusenc)
pkg_check_modules(OpusFile REQUIRED IMPORTED_TARGET opusfile)
pkg_check_modules(Ogg REQUIRED IMPORTED_TARGET ogg)
pkg_check_modules(SpeexDsp REQUIRED IMPORTED_TARGET speexdsp)
pkg_check_modules(Sodium REQUIRED IMPORTED_TARGET libsodium)
# Debian's pocketsphinx.pc names an include folder that does not exist; keep the ones that do.
pkg_check_modules(PocketSphinx REQUIRED pocketsphinx)
pkg_get_variable(VT_POCKETSPHINX_MODEL_DIR pocketsphinx modeldir)
set(pocketsphinx_includes)
foreach(dir IN LISTS PocketSphinx_INCLUDE_DIRS)
    if(EXISTS "${dir}")
        list(APPEND pocketsphinx_includes "${dir}")
    endif()
endforeach()
add_library(vt::pocketsphinx INTERFACE IMPORTED)
target_include_directories(vt::pocketsphinx INTERFACE ${pocketsphinx_includes})
target_link_directories(vt::pocketsphinx INTERFACE ${PocketSphinx_LIBRARY_DIRS})
target_link_libraries(vt::pocketsphinx INTERFACE ${PocketSphinx_LIBRARIES})
add_feature_info(PocketSphinx PocketSphinx_FOUND
    "the practice agent's speech recognition (${PocketSphinx_VERSION}, models in ${VT_POCKETSPHINX_MODEL_DIR})")

# flite has no pkg-config file: its voices are separate libraries.
find_path(Flite_INCLUDE_DIR flite/flite.h REQUIRED)
set(Flite_LIBRARIES)
foreach(lib flite_cmu_us_kal flite_cmu_us_awb flite_cmu_us_rms flite_cmu_us_slt flite_usenglish
        flite_cmulex flite)
    find_library(Flite_${lib} ${lib} REQUIRED)
    list(APPEND Flite_LIBRARIES ${Flite_${lib}})
endforeach()
add_library(vt::flite INTERFACE IMPORTED)
target_include_directories(vt::flite INTERFACE "${Flite_INCLUDE_DIR}")
target_link_libraries(vt::flite INTERFACE ${Flite_LIBRARIES})
add_feature_info(flite Flite_flite "the practice agent's voices (kal, awb, rms, slt)")

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
