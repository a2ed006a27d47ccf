# Sync tests: real PostgreSQL clusters and rentdesk-server processes started by the tests, the
# real keychain (gnome-keyring in a private D-Bus session, tests/with-keyring.sh).
if(NOT TARGET rentdesk-server OR NOT RENTDESK_HAVE_KEYCHAIN)
    message(STATUS "Sync tests: left out (they need rentdesk-server and QtKeychain).")
    return()
endif()
add_library(rentdesk_synctest STATIC syncharness_posix.cpp syncharness.h synctesthelpers.h
            faultproxy.cpp faultproxy.h)
target_link_libraries(rentdesk_synctest PUBLIC Qt6::Core Qt6::Network Qt6::Test rentdesk_sync)
target_compile_definitions(rentdesk_synctest PUBLIC
    RENTDESK_SERVER_PATH="$<TARGET_FILE:rentdesk-server>")
add_dependencies(rentdesk_synctest rentdesk-server)

function(rentdesk_add_sync_test name)
    rentdesk_add_test(${name} ${ARGN} WRAPPER ${CMAKE_CURRENT_SOURCE_DIR}/with-keyring.sh
                      TIMEOUT 600)
    set_tests_properties(${name} PROPERTIES RUN_SERIAL ON)
endfunction()

rentdesk_add_sync_test(tst_syncserver SOURCES tst_syncserver.cpp
                       LIBS rentdesk_synctest rentdesk_demodata rentdesk_ui)
# Three desks with random operations, a faulty network, killed pushes, two server processes,
# a restored server and long server errors.
rentdesk_add_sync_test(tst_syncsim SOURCES tst_syncsim.cpp LIBS rentdesk_synctest rentdesk_import)
add_dependencies(tst_syncsim rentdesk-cli)
# The set-up dialog and the status bar with the sync module in its thread.
rentdesk_add_sync_test(tst_syncui SOURCES tst_syncui.cpp LIBS rentdesk_synctest rentdesk_ui)
