# vt_write_if_changed(<file> <content>): writes only when the content differs, so generated
# sources do not trigger rebuilds when nothing changed. For -P scripts.
function(vt_write_if_changed path content)
    set(old "")
    if(EXISTS "${path}")
        file(READ "${path}" old)
    endif()
    if(NOT old STREQUAL content)
        file(WRITE "${path}" "${content}")
    endif()
endfunction()
