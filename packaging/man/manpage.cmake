# Writes the tokenledger(1) man page from the program's own help, gzipped as Debian wants it:
# help2man turns `tokenledger --help` into the page, and each command's `--help` (the commands are
# read from the "Commands:" list of that help) becomes a subsection of COMMANDS.
#   cmake -DEXE=... -DVERSION=... -DSTATIC=tokenledger.h2m -DWORK=dir -DOUT=tokenledger.1.gz -P manpage.cmake
find_program(HELP2MAN help2man REQUIRED)
find_program(GZIP gzip REQUIRED)
file(MAKE_DIRECTORY ${WORK}/home)
# The help never needs a profile, but whatever the program touches stays in the build folder.
set(ENV{HOME} ${WORK}/home)
set(ENV{XDG_CONFIG_HOME} ${WORK}/home/.config)
set(ENV{XDG_DATA_HOME} ${WORK}/home/.local/share)
set(ENV{LC_ALL} C.UTF-8)
set(ENV{ASAN_OPTIONS} detect_leaks=0)

execute_process(COMMAND ${EXE} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${EXE} --help failed (${rc})")
endif()
string(REGEX REPLACE ".*\nCommands:\n" "" list "${help}")
string(REGEX REPLACE "\n\n.*" "" list "${list}")
string(REGEX MATCHALL "(^|\n)  [a-z]+ " names "${list}")

set(detail "[COMMANDS]\nEach command has its own options, shown by \\fBtokenledger\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR:\n")
foreach(name IN LISTS names)
    string(STRIP "${name}" name)
    execute_process(COMMAND ${EXE} ${name} --help OUTPUT_VARIABLE text RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${EXE} ${name} --help failed (${rc})")
    endif()
    # Shown as typed (no filling); roff escapes: backslash, minus signs (so options copy as
    # ASCII), and lines that would start with a request character.
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" text "\n${text}")
    string(APPEND detail ".SS ${name}\n.nf${text}.fi\n")
endforeach()
file(WRITE ${WORK}/commands.h2m "${detail}")

execute_process(COMMAND ${HELP2MAN} --no-info --section=1 --name=see\ what\ you\ spend\ on\ LLM\ APIs
                        "--version-string=tokenledger ${VERSION}" --include=${STATIC}
                        --include=${WORK}/commands.h2m --output=${WORK}/tokenledger.1 ${EXE}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man failed (${rc})")
endif()
execute_process(COMMAND ${GZIP} -9 -n -c ${WORK}/tokenledger.1 OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip failed (${rc})")
endif()
