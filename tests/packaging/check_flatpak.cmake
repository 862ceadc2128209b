# Checks the Flatpak manifest MANIFEST: flatpak-builder parses it without a warning (an unknown key
# is only a warning there), it has the app id APP_ID of the desktop file and metainfo, the KDE
# runtime with Qt 6, QtKeychain and TokenLedger built with cmake-ninja, and exactly the sandbox
# permissions README's "Packages" section lists: no home or host folder, no session bus.
execute_process(COMMAND flatpak-builder --show-manifest ${MANIFEST}
                RESULT_VARIABLE rc OUTPUT_VARIABLE json ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "flatpak-builder --show-manifest failed (${rc}):\n${err}")
endif()
string(JSON id GET "${json}" id)
string(JSON runtime GET "${json}" runtime)
string(JSON runtime_version GET "${json}" runtime-version)
string(JSON sdk GET "${json}" sdk)
string(JSON command GET "${json}" command)
if(NOT id STREQUAL APP_ID OR NOT runtime STREQUAL "org.kde.Platform" OR NOT sdk STREQUAL "org.kde.Sdk"
   OR NOT runtime_version MATCHES "^6\\.[0-9]+$" OR NOT command STREQUAL "tokenledger")
    message(FATAL_ERROR "manifest header: id ${id} (want ${APP_ID}), ${runtime}//${runtime_version}, sdk ${sdk}, command ${command}")
endif()

set(modules "")
string(JSON count LENGTH "${json}" modules)
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON name GET "${json}" modules ${i} name)
    string(JSON buildsystem GET "${json}" modules ${i} buildsystem)
    list(APPEND modules "${name}:${buildsystem}")
endforeach()
if(NOT modules STREQUAL "qtkeychain:cmake-ninja;tokenledger:cmake-ninja")
    message(FATAL_ERROR "modules: ${modules} (want qtkeychain, then tokenledger, both cmake-ninja)")
endif()

set(args "")
string(JSON count LENGTH "${json}" finish-args)
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON arg GET "${json}" finish-args ${i})
    list(APPEND args "${arg}")
endforeach()
list(SORT args)
set(expected
    --filesystem=xdg-config/claude:ro --filesystem=~/.claude:ro --filesystem=~/.codex:ro
    --filesystem=~/.gemini:ro --share=ipc --share=network --socket=fallback-x11 --socket=wayland
    --talk-name=org.freedesktop.Notifications --talk-name=org.freedesktop.secrets
    --talk-name=org.kde.StatusNotifierWatcher)
list(SORT expected)
if(NOT args STREQUAL expected)
    message(FATAL_ERROR "finish-args:\n  ${args}\nwant:\n  ${expected}")
endif()
message(STATUS "${id} on ${runtime}//${runtime_version}: ${modules}; finish-args as expected")
