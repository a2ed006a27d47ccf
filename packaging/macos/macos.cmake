# macOS: rentdesk as an application bundle, rentdesk.app, with the Qt frameworks, Qt's plugins,
# QtKeychain and rentdesk-cli inside it, packed by CPack into a disk image (DMG) to drag into
# Applications. Included from packaging/CMakeLists.txt under if(APPLE), after app/ has created
# the targets rentdesk and rentdesk-cli and before include(CPack). The install steps here belong
# to the install component "desk", like the programs. Steps, icon, signing and notarisation:
# packaging/macos/README.md.

# The bundle. Its Info.plist is made from Info.plist.in with these values.
set_target_properties(rentdesk PROPERTIES
    MACOSX_BUNDLE TRUE
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "org.rentdesk.RentDesk"
    MACOSX_BUNDLE_BUNDLE_NAME "RentDesk"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "rentdesk.icns")

# The installed binaries keep their rpaths to Qt's and QtKeychain's lib folders: macdeployqt
# follows them to find what to copy into the bundle, then replaces them by the bundle's own
# Frameworks folder.
set_target_properties(rentdesk rentdesk-cli PROPERTIES INSTALL_RPATH_USE_LINK_PATH TRUE)

# The icon exists once it has been made from resources/org.rentdesk.RentDesk.svg (README); until
# then Finder shows the generic application icon.
set(rentdesk_icns "${CMAKE_CURRENT_LIST_DIR}/rentdesk.icns")
if(EXISTS "${rentdesk_icns}")
    target_sources(rentdesk PRIVATE "${rentdesk_icns}")
    set_source_files_properties("${rentdesk_icns}" TARGET_DIRECTORY rentdesk
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set(CPACK_PACKAGE_ICON "${rentdesk_icns}")
endif()

# macdeployqt lives beside qmake in Qt's bin folder. A cache entry, so another one can be given
# with -DRENTDESK_MACDEPLOYQT=...
include(${CMAKE_CURRENT_LIST_DIR}/../qttools.cmake)
rentdesk_qt_bin_hints(rentdesk_qt_bin_hints macdeployqt)
find_program(RENTDESK_MACDEPLOYQT macdeployqt HINTS ${rentdesk_qt_bin_hints}
             DOC "Qt's macdeployqt, run on the installed bundle")
if(NOT RENTDESK_MACDEPLOYQT)
    message(FATAL_ERROR "macdeployqt not found (looked in: ${rentdesk_qt_bin_hints}); give it "
                        "with -DRENTDESK_MACDEPLOYQT=$HOME/Qt/6.5.3/macos/bin/macdeployqt")
endif()

# QtKeychain, when sync/ found it. Its imported target is local to sync/, so it is looked up
# again here.
if(NOT TARGET qt6keychain)
    find_package(Qt6Keychain QUIET)
endif()
set(rentdesk_library_dirs "")
if(TARGET qt6keychain)
    set(rentdesk_library_dirs "$<TARGET_FILE_DIR:qt6keychain>")
endif()

# Signing: empty signs ad hoc, which Apple silicon needs to run the bundle on the machine that
# made it; a "Developer ID Application: ..." identity from the keychain signs for other machines
# (with the hardened runtime, as notarisation requires).
set(RENTDESK_MACOS_SIGN_IDENTITY "" CACHE STRING
    "codesign identity for rentdesk.app; empty signs ad hoc")
find_program(RENTDESK_CODESIGN codesign DOC "Apple's codesign")

# After app/ has installed the bundle and rentdesk-cli: the bundle made self-contained.
install(CODE "
    set(RENTDESK_MACDEPLOYQT [==[${RENTDESK_MACDEPLOYQT}]==])
    set(RENTDESK_CODESIGN [==[${RENTDESK_CODESIGN}]==])
    set(RENTDESK_SIGN_IDENTITY [==[${RENTDESK_MACOS_SIGN_IDENTITY}]==])
    set(RENTDESK_BINDIR [==[${CMAKE_INSTALL_BINDIR}]==])
    set(RENTDESK_BUNDLE [==[$<TARGET_BUNDLE_DIR_NAME:rentdesk>]==])
    set(RENTDESK_CLI [==[$<TARGET_FILE_NAME:rentdesk-cli>]==])
    set(RENTDESK_LIBRARY_DIRS [==[${rentdesk_library_dirs}]==])
" COMPONENT desk)
install(SCRIPT "${CMAKE_CURRENT_LIST_DIR}/deploy-bundle.cmake" COMPONENT desk)

# The disk image: rentdesk.app beside a link to /Applications. One image for all components
# (only "desk" is built on macOS), named without a component suffix.
if(NOT DEFINED CPACK_GENERATOR)
    set(CPACK_GENERATOR DragNDrop)
endif()
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_DMG_VOLUME_NAME "RentDesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
