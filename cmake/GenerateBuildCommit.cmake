# Writes OUT (a header defining VT_GIT_COMMIT) from `git describe`, touching it only when the
# commit changes, so an incremental build recompiles one file at most.
# Usage: cmake -DSOURCE_DIR=... -DOUT=... -P GenerateBuildCommit.cmake
set(commit "unknown")
find_package(Git QUIET)
if(GIT_FOUND)
    execute_process(COMMAND "${GIT_EXECUTABLE}" describe --always --dirty --abbrev=12
        WORKING_DIRECTORY "${SOURCE_DIR}" OUTPUT_VARIABLE described
        RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(rc EQUAL 0 AND described)
        set(commit "${described}")
    endif()
endif()
include("${CMAKE_CURRENT_LIST_DIR}/VtWriteIfChanged.cmake")
vt_write_if_changed("${OUT}" "#pragma once\n#define VT_GIT_COMMIT \"${commit}\"\n")
