# The layer table: which project libraries each library may link. The include directories of
# a library reach only the libraries that link it, so this table also decides which headers a
# layer can see (tests/layering proves it). vt_check_layers() fails the configure step when a
# CMakeLists.txt links across the table.

# vt_base (base/: Expected) is below them all, and every layer links it.
set(VT_LAYERS vt_scoring vt_audio vt_protocol vt_net vt_server vt_core vt_app vt_cli vt_ui)
set(VT_LAYER_DEPS_vt_scoring "")
set(VT_LAYER_DEPS_vt_audio "")
set(VT_LAYER_DEPS_vt_protocol "")
set(VT_LAYER_DEPS_vt_net vt_protocol)
set(VT_LAYER_DEPS_vt_server vt_scoring vt_protocol vt_audio)
set(VT_LAYER_DEPS_vt_core vt_scoring vt_audio vt_net vt_server)
# The two front ends: the GUI's view models (vt_app, under vt_ui) and the CLI (vt_cli). Neither
# links the other.
set(VT_LAYER_DEPS_vt_app vt_core vt_scoring vt_audio vt_net)
set(VT_LAYER_DEPS_vt_cli vt_core vt_scoring vt_audio vt_net)
set(VT_LAYER_DEPS_vt_ui vt_app)
# The executables and the project libraries each may link.
set(VT_EXECUTABLES voicetraining voicetraining-cli voicetraining-server)
set(VT_EXECUTABLE_DEPS_voicetraining vt_ui vt_app)
set(VT_EXECUTABLE_DEPS_voicetraining-cli vt_cli)
set(VT_EXECUTABLE_DEPS_voicetraining-server vt_server vt_protocol vt_scoring vt_audio)
# Layers that must not link Qt at all (the scoring module is shared with the platform).
set(VT_QT_FREE_LAYERS vt_scoring)

# vt_add_layer(<folder> SOURCES ...): the static library vt_<folder>, its headers visible
# (without a folder prefix) to whoever links it.
function(vt_add_layer folder)
    cmake_parse_arguments(arg "" "" "SOURCES" ${ARGN})
    set(target vt_${folder})
    add_library(${target} STATIC ${arg_SOURCES})
    target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
    target_link_libraries(${target} PUBLIC vt_base)
    vt_apply_warnings(${target})
    # translations/ scans every layer's sources for tr() strings.
    list(TRANSFORM arg_SOURCES PREPEND "${CMAKE_CURRENT_SOURCE_DIR}/")
    set_property(GLOBAL APPEND PROPERTY VT_TRANSLATABLE_SOURCES ${arg_SOURCES})
    set_property(GLOBAL APPEND PROPERTY VT_TRANSLATABLE_INCLUDES "${CMAKE_CURRENT_SOURCE_DIR}")
endfunction()

function(vt_check_layers)
    foreach(exe IN LISTS VT_EXECUTABLES)
        if(NOT TARGET ${exe})
            continue()
        endif()
        get_target_property(links ${exe} LINK_LIBRARIES)
        foreach(dep IN LISTS links)
            if(dep MATCHES "^vt_" AND NOT dep IN_LIST VT_EXECUTABLE_DEPS_${exe})
                message(FATAL_ERROR "Layering: the executable ${exe} links ${dep}, which "
                    "cmake/VtLayers.cmake does not allow (allowed: ${VT_EXECUTABLE_DEPS_${exe}}).")
            endif()
        endforeach()
    endforeach()
    foreach(layer IN LISTS VT_LAYERS)
        if(NOT TARGET ${layer})
            continue()
        endif()
        get_target_property(links ${layer} LINK_LIBRARIES)
        if(NOT links)
            continue()
        endif()
        foreach(dep IN LISTS links)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
            if(dep MATCHES "^vt_" AND NOT dep STREQUAL "vt_base"
                AND NOT dep IN_LIST VT_LAYER_DEPS_${layer})
                message(FATAL_ERROR "Layering: ${layer} links ${dep}, which cmake/VtLayers.cmake "
                    "does not allow (allowed: ${VT_LAYER_DEPS_${layer}}).")
            endif()
            if(dep MATCHES "^Qt6?::" AND layer IN_LIST VT_QT_FREE_LAYERS)
                message(FATAL_ERROR "Layering: ${layer} must not link Qt, but links ${dep}.")
            endif()
        endforeach()
    endforeach()
endfunction()
