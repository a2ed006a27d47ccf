# Install-time step of windows.cmake: runs windeployqt on the installed executables, which copies
# the Qt DLLs they load, Qt's plugins (platforms/qwindows.dll, sqldrivers/qsqlite.dll, styles,
# tls, imageformats ...) and Qt's own translations into the bin folder beside them.
# windows.cmake sets RENTDESK_WINDEPLOYQT, RENTDESK_QT_BIN_DIR, RENTDESK_BINDIR,
# RENTDESK_EXECUTABLES and RENTDESK_KEYCHAIN_DLL before including this script.

set(bin_dir "${CMAKE_INSTALL_PREFIX}/${RENTDESK_BINDIR}")

set(executables)
foreach(name IN LISTS RENTDESK_EXECUTABLES)
    if(NOT EXISTS "${bin_dir}/${name}")
        message(FATAL_ERROR "${bin_dir}/${name} is not installed; app/ installs it first")
    endif()
    list(APPEND executables "${bin_dir}/${name}")
endforeach()

# windeployqt takes qt6keychain.dll for a Qt module and reads it from Qt's bin folder; stop here
# with the remedy rather than with its "Unable to find dependent libraries".
if(RENTDESK_KEYCHAIN_DLL MATCHES "^[Qq][Tt]6"
   AND NOT EXISTS "${RENTDESK_QT_BIN_DIR}/${RENTDESK_KEYCHAIN_DLL}")
    message(FATAL_ERROR "windeployqt needs ${RENTDESK_KEYCHAIN_DLL} in Qt's bin folder "
                        "${RENTDESK_QT_BIN_DIR}: copy it there from QtKeychain's install "
                        "folder (packaging/windows/README.md).")
endif()

# --sql: Qt Sql is found from the executables anyway; said here because the SQLite driver
#   (sqldrivers/qsqlite.dll) is what the desk cannot start without.
# --no-compiler-runtime: InstallRequiredSystemLibraries installs the MSVC runtime DLLs instead of
#   windeployqt's vc_redist.x64.exe, which the installer would have to run.
# --no-system-d3d-compiler, --no-opengl-sw: a Widgets app drawing with the raster engine needs
#   neither the D3D shader compiler nor the 20 MB software OpenGL.
# --translations de,en: Qt's own texts (standard dialogs and buttons) in the two app languages.
message(STATUS "windeployqt: ${executables}")
execute_process(
    COMMAND "${RENTDESK_WINDEPLOYQT}"
            --sql
            --no-compiler-runtime
            --no-system-d3d-compiler
            --no-opengl-sw
            --translations de,en
            ${executables}
    COMMAND_ERROR_IS_FATAL ANY)
