# Builds the .deb with CPack in BUILD_DIR and checks it: its Depends field lists the libraries
# TokenLedger loads at run time (dpkg-shlibdeps cannot see them), it holds the program, its man
# page, desktop file, metainfo, icon, copyright and changelog, and lintian finds no error or
# warning (the expected tags are overridden in packaging/debian/lintian-overrides*, each with
# its reason). Needs APP_ID (the desktop/AppStream id).
execute_process(COMMAND ${CMAKE_CPACK_COMMAND} -G DEB -B ${BUILD_DIR}/package-test
                WORKING_DIRECTORY ${BUILD_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${out}\n${err}")
endif()
file(GLOB debs ${BUILD_DIR}/package-test/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends RESULT_VARIABLE rc)
message(STATUS "Depends: ${depends}")
# libqt6network6 and libqt6keychain1: only the network module links them (dpkg-shlibdeps finds them there).
foreach(required libqt6sql6-sqlite libsecret-1-0 libssl3 libqt6widgets6 libqt6charts6 libqt6network6 libqt6keychain1)
    string(FIND "${depends}" "${required}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the .deb does not depend on ${required}: ${depends}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents)
foreach(file ./usr/bin/tokenledger ./usr/share/man/man1/tokenledger.1.gz
        ./usr/share/applications/${APP_ID}.desktop ./usr/share/metainfo/${APP_ID}.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
        ./usr/share/doc/tokenledger/copyright ./usr/share/doc/tokenledger/changelog.Debian.gz)
    string(FIND "${contents}" " ${file}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the .deb does not contain ${file}:\n${contents}")
    endif()
endforeach()
foreach(invented tokenledger.org example.com)
    execute_process(COMMAND dpkg-deb -I ${debs} OUTPUT_VARIABLE control)
    string(FIND "${control}" "${invented}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "the package's metadata names ${invented}:\n${control}")
    endif()
endforeach()
# Errors and warnings fail; infos are shown, and overridden tags are listed with O: and their
# reasons (lintian's own --fail-on would count those too once they are shown).
execute_process(COMMAND lintian --fail-on none --display-info --show-overrides ${debs}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "lintian:\n${out}${err}")
if(NOT rc EQUAL 0 OR out MATCHES "(^|\n)[EW]: ")
    message(FATAL_ERROR "lintian found errors or warnings (${rc})")
endif()
# The network module, in the program's private library folder (net/netbackend.h).
if(NOT contents MATCHES " \\./usr/lib/([a-z0-9_-]+/)?tokenledger/modules/libtokenledger-net\\.so\n")
    message(FATAL_ERROR "the .deb does not contain the network module:\n${contents}")
endif()
# ... and the program unpacked from the .deb finds it there (doctor reaches the keychain through it).
set(root ${BUILD_DIR}/package-test/root)
execute_process(COMMAND dpkg-deb -x ${debs} ${root} RESULT_VARIABLE rc)
file(MAKE_DIRECTORY ${root}/home)
execute_process(COMMAND ${CMAKE_COMMAND} -E env HOME=${root}/home XDG_DATA_HOME=${root}/home/data
                        XDG_CONFIG_HOME=${root}/home/config ${root}/usr/bin/tokenledger doctor --offline
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "doctor of the unpacked program:\n${out}${err}")
if(NOT out MATCHES "keychain: " OR out MATCHES "network module")
    message(FATAL_ERROR "the unpacked program did not load its network module")
endif()
file(REMOVE_RECURSE ${BUILD_DIR}/package-test)
