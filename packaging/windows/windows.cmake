# Windows installer: the installed rentdesk.exe and rentdesk-cli.exe with the Qt and QtKeychain
# DLLs, Qt's plugins and the MSVC runtime beside them, packed by CPack into an NSIS installer.
# Included from packaging/CMakeLists.txt under if(WIN32), after app/ has installed the two
# executables and before include(CPack). Everything here belongs to the install component
# "desk", like the executables. How to build it: packaging/windows/README.md.

# windeployqt lives beside qmake in Qt's bin folder; some Qt versions also export it as
# Qt6::windeployqt. A cache entry, so another one can be given with -DRENTDESK_WINDEPLOYQT=...
include(${CMAKE_CURRENT_LIST_DIR}/../qttools.cmake)
rentdesk_qt_bin_hints(rentdesk_qt_bin_hints windeployqt)
find_program(RENTDESK_WINDEPLOYQT windeployqt HINTS ${rentdesk_qt_bin_hints}
             DOC "Qt's windeployqt, run on the installed executables")
if(NOT RENTDESK_WINDEPLOYQT)
    message(FATAL_ERROR "windeployqt not found (looked in: ${rentdesk_qt_bin_hints}); give it "
                        "with -DRENTDESK_WINDEPLOYQT=C:/Qt/6.5.3/msvc2019_64/bin/windeployqt.exe")
endif()
get_filename_component(rentdesk_qt_bin_dir "${RENTDESK_WINDEPLOYQT}" DIRECTORY)

# QtKeychain's DLL, when sync/ found QtKeychain. Its imported target is local to sync/, so it
# is looked up again here.
if(NOT TARGET qt6keychain)
    find_package(Qt6Keychain QUIET)
endif()
set(rentdesk_keychain_dll "")
set(rentdesk_keychain_type "")
if(TARGET qt6keychain)
    get_target_property(rentdesk_keychain_type qt6keychain TYPE)
endif()
if(rentdesk_keychain_type STREQUAL "SHARED_LIBRARY")
    install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desk)
    # windeployqt takes every DLL whose name starts with "qt6" for a part of Qt and reads it
    # from Qt's bin folder, failing when it is not there (frankosterfeld/qtkeychain#246).
    set(rentdesk_keychain_dll "$<TARGET_FILE_NAME:qt6keychain>")
    get_target_property(rentdesk_keychain_location qt6keychain LOCATION)
    get_filename_component(rentdesk_keychain_name "${rentdesk_keychain_location}" NAME)
    if(rentdesk_keychain_name MATCHES "^[Qq][Tt]6"
       AND NOT EXISTS "${rentdesk_qt_bin_dir}/${rentdesk_keychain_name}")
        message(WARNING "${rentdesk_keychain_name} is not in Qt's bin folder "
                        "${rentdesk_qt_bin_dir}: building and testing work, but the install "
                        "step (windeployqt) will stop. Copy it there first; see "
                        "packaging/windows/README.md.")
    endif()
endif()

# The MSVC runtime (msvcp140.dll, vcruntime140*.dll) beside the executables, so the installer
# needs no separate Visual C++ Redistributable; windeployqt is told not to add its own copy.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT desk)
include(InstallRequiredSystemLibraries)

# After the executables and the keychain DLL are in place (install rules run in the order they
# were declared, and app/ comes before packaging/): Qt's DLLs, plugins and Qt's own German texts.
install(CODE "
    set(RENTDESK_WINDEPLOYQT [==[${RENTDESK_WINDEPLOYQT}]==])
    set(RENTDESK_QT_BIN_DIR [==[${rentdesk_qt_bin_dir}]==])
    set(RENTDESK_BINDIR [==[${CMAKE_INSTALL_BINDIR}]==])
    set(RENTDESK_EXECUTABLES rentdesk.exe rentdesk-cli.exe)
    set(RENTDESK_KEYCHAIN_DLL [==[${rentdesk_keychain_dll}]==])
" COMPONENT desk)
install(SCRIPT "${CMAKE_CURRENT_LIST_DIR}/deploy-qt.cmake" COMPONENT desk)

# The NSIS installer, on top of packaging/CMakeLists.txt's settings for every system.
if(NOT DEFINED CPACK_GENERATOR)
    set(CPACK_GENERATOR NSIS)
endif()
# One registry key for every version, so a new installer finds and removes the previous one.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "RentDesk")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_DISPLAY_NAME "RentDesk")
set(CPACK_NSIS_PACKAGE_NAME "RentDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The installer's component page then shows "desk" ticked and greyed: nothing to choose.
set(CPACK_COMPONENT_DESK_REQUIRED ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# A Start-menu shortcut "RentDesk" to bin\rentdesk.exe; the CLI is for scripts and gets none.
set(CPACK_PACKAGE_EXECUTABLES "rentdesk;RentDesk")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "rentdesk.exe")
# Apps & features shows the icon of this file. Four backslashes reach NSIS as one (as two with
# CPACK_VERBATIM_VARIABLES, which Windows reads the same).
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\rentdesk.exe")

# The installer's icon exists once it has been made from resources/org.rentdesk.RentDesk.svg
# (packaging/windows/README.md); until then NSIS uses its own.
if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/rentdesk.ico")
    set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/rentdesk.ico")
    set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/rentdesk.ico")
endif()

# The licence page shows the project's licence file; without one there is no licence page
# (CPack would otherwise show a placeholder text of its own).
if(NOT DEFINED CPACK_RESOURCE_FILE_LICENSE)
    foreach(rentdesk_license IN ITEMS LICENSE LICENSE.txt LICENSE.md COPYING)
        if(EXISTS "${PROJECT_SOURCE_DIR}/${rentdesk_license}")
            set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/${rentdesk_license}")
            break()
        endif()
    endforeach()
endif()
if(NOT DEFINED CPACK_RESOURCE_FILE_LICENSE)
    set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
endif()
