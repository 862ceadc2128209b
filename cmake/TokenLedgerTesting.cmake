# tokenledger_add_test(NAME SOURCES file... LABELS unit|integration|gui [LIBRARIES lib...])
# One Qt Test executable per class. GUI tests run on the offscreen platform unless the
# caller's environment (the test session script) says otherwise.
function(tokenledger_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LABELS;LIBRARIES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE tokenledger_options tokenledger_test_support Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "TOKENLEDGER_TEST=1"
        "TOKENLEDGER_BINARY=$<TARGET_FILE:tokenledger>")
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "${env}"
        TIMEOUT 300)
endfunction()
