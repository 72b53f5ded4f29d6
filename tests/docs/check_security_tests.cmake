# Fails when docs/SECURITY.md names a test that does not exist: every control in the threat
# model points at the test that shows it, and a renamed or removed test must not leave the
# document pointing at nothing.
#
#   cmake -DSOURCE_DIR=<repository> -P check_security_tests.cmake

file(READ "${SOURCE_DIR}/docs/SECURITY.md" document)
# `Suite.Test`, `Prefix/Suite.Test` (parameterised) and `Suite.*` (every test of a suite)
string(REGEX MATCHALL "`[A-Z][A-Za-z0-9]*(/[A-Za-z0-9]+)?\\.([A-Z][A-Za-z0-9_]*|\\*)`" named "${document}")
list(REMOVE_DUPLICATES named)
list(LENGTH named count)
if(count LESS 20)
    message(FATAL_ERROR "docs/SECURITY.md names only ${count} tests: is the pattern still right?")
endif()

file(GLOB_RECURSE sources "${SOURCE_DIR}/tests/*.cpp")
set(definitions "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^TEST(_F|_P)?\\(")
    string(APPEND definitions "${lines};")
endforeach()

set(missing "")
foreach(entry IN LISTS named)
    string(REGEX REPLACE "^`([A-Za-z0-9]+/)?([A-Za-z0-9]+)\\.([A-Za-z0-9_*]+)`$" "\\2" suite "${entry}")
    string(REGEX REPLACE "^`([A-Za-z0-9]+/)?([A-Za-z0-9]+)\\.([A-Za-z0-9_*]+)`$" "\\3" name "${entry}")
    if(name STREQUAL "*")
        set(pattern "TEST(_F|_P)?\\(${suite}, ")
    else()
        set(pattern "TEST(_F|_P)?\\(${suite}, ${name}\\)")
    endif()
    if(NOT definitions MATCHES "${pattern}")
        list(APPEND missing "${entry}")
    endif()
endforeach()

if(missing)
    list(JOIN missing ", " missing)
    message(FATAL_ERROR "docs/SECURITY.md names tests that do not exist: ${missing}")
endif()
message(STATUS "docs/SECURITY.md: all ${count} tests it names exist")
