# Install-time step of macos.cmake: makes the installed rentdesk.app self-contained and signs it.
# macos.cmake sets RENTDESK_MACDEPLOYQT, RENTDESK_CODESIGN, RENTDESK_SIGN_IDENTITY,
# RENTDESK_BINDIR, RENTDESK_BUNDLE, RENTDESK_CLI and RENTDESK_LIBRARY_DIRS before including this
# script.

set(root "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(bundle "${root}/${RENTDESK_BUNDLE}")
set(bin_dir "${root}/${RENTDESK_BINDIR}")

# A disk image wants rentdesk.app at its top and nothing else. app/ installs the bundle there
# when its install(TARGETS) has "BUNDLE DESTINATION ."; with only a RUNTIME destination the
# bundle lands in bin/ and is moved up here.
if(NOT IS_DIRECTORY "${bundle}" AND IS_DIRECTORY "${bin_dir}/${RENTDESK_BUNDLE}")
    file(RENAME "${bin_dir}/${RENTDESK_BUNDLE}" "${bundle}")
endif()
if(NOT IS_DIRECTORY "${bundle}")
    message(FATAL_ERROR "${bundle} is not installed; app/ installs it first")
endif()

# rentdesk-cli goes inside the bundle, beside rentdesk, so it uses the same copy of Qt.
set(cli "${bundle}/Contents/MacOS/${RENTDESK_CLI}")
if(EXISTS "${bin_dir}/${RENTDESK_CLI}")
    file(REMOVE "${cli}")
    file(RENAME "${bin_dir}/${RENTDESK_CLI}" "${cli}")
endif()
if(NOT EXISTS "${cli}")
    message(FATAL_ERROR "${RENTDESK_CLI} is installed neither in ${bin_dir} nor in the bundle")
endif()
if(IS_DIRECTORY "${bin_dir}")
    file(GLOB left_in_bin "${bin_dir}/*")
    if(NOT left_in_bin)
        file(REMOVE_RECURSE "${bin_dir}")
    endif()
endif()

# -executable: rentdesk-cli is fixed up to use the bundle's frameworks too.
# -libpath: where QtKeychain's library is, should an install name not lead to it.
# -appstore-compliant: leaves out the ODBC and PostgreSQL SQL drivers; the desk uses only
#   QSQLITE, and the PostgreSQL driver would need a libpq that is not there.
# -always-overwrite: a second install into the same folder gets fresh copies.
set(libpaths)
foreach(dir IN LISTS RENTDESK_LIBRARY_DIRS)
    list(APPEND libpaths "-libpath=${dir}")
endforeach()
message(STATUS "macdeployqt: ${bundle}")
execute_process(
    COMMAND "${RENTDESK_MACDEPLOYQT}" "${bundle}"
            "-executable=${cli}"
            ${libpaths}
            -appstore-compliant
            -always-overwrite
            -verbose=1
    COMMAND_ERROR_IS_FATAL ANY)

# macdeployqt rewrote install names, which breaks the signatures the linker made; Apple silicon
# runs no unsigned code. --deep signs the frameworks, plugins and rentdesk-cli inside as well.
if(NOT RENTDESK_CODESIGN)
    message(WARNING "codesign not found: ${bundle} is left unsigned")
    return()
endif()
if(RENTDESK_SIGN_IDENTITY)
    set(sign --sign "${RENTDESK_SIGN_IDENTITY}" --options runtime --timestamp)
else()
    set(sign --sign -)
endif()
list(JOIN sign " " sign_text)
message(STATUS "codesign ${sign_text}: ${bundle}")
execute_process(
    COMMAND "${RENTDESK_CODESIGN}" --force --deep ${sign} "${bundle}"
    COMMAND_ERROR_IS_FATAL ANY)
execute_process(
    COMMAND "${RENTDESK_CODESIGN}" --verify --deep --strict "${bundle}"
    COMMAND_ERROR_IS_FATAL ANY)
