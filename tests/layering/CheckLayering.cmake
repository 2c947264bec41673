# Builds each probe; MUST_FAIL ones must fail because a header is not found, MUST_BUILD ones
# must compile. Also refuses relative includes ("../ui/x.h"), which would walk around it.
set(failures "")
foreach(target IN LISTS MUST_FAIL)
    execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target ${target}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(rc EQUAL 0)
        list(APPEND failures "${target} built, but it includes a header its layer must not see")
    elseif(NOT "${out}${err}" MATCHES "No such file or directory|file not found|Cannot open include file")
        list(APPEND failures "${target} failed for another reason than a missing header:\n${out}${err}")
    else()
        message(STATUS "${target}: refused as it should be")
    endif()
endforeach()
foreach(target IN LISTS MUST_BUILD)
    execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target ${target}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        list(APPEND failures "${target} (an allowed include) did not build:\n${out}${err}")
    else()
        message(STATUS "${target}: builds as it should")
    endif()
endforeach()

file(GLOB_RECURSE sources "${SOURCE_DIR}/scoring/*.[ch]*" "${SOURCE_DIR}/app/*.[ch]*" "${SOURCE_DIR}/core/*.[ch]*" "${SOURCE_DIR}/cli/*.[ch]*" "${SOURCE_DIR}/audio/*.[ch]*"
    "${SOURCE_DIR}/net/*.[ch]*" "${SOURCE_DIR}/ui/*.[ch]*")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" relative REGEX "^[ \t]*#[ \t]*include[ \t]*\"\\.\\.?/")
    if(relative)
        list(APPEND failures "${source} uses a relative include: ${relative}")
    endif()
endforeach()

if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "Layering violated:\n${text}")
endif()
