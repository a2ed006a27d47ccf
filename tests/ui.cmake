# Models and windows over a demo store.
rentdesk_add_test(tst_models SOURCES tst_models.cpp uitesthelpers.h LIBS rentdesk_models rentdesk_demodata)
rentdesk_add_test(tst_masterdatamodel SOURCES tst_masterdatamodel.cpp uitesthelpers.h LIBS rentdesk_models rentdesk_demodata)
rentdesk_add_test(tst_cardwindow SOURCES tst_cardwindow.cpp uitesthelpers.h LIBS rentdesk_ui)
rentdesk_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp uitesthelpers.h LIBS rentdesk_ui)
rentdesk_add_test(tst_translations SOURCES tst_translations.cpp LIBS rentdesk_ui)
# lupdate over the sources into a copy of each .ts file: no tr() string can be missed.
target_compile_definitions(tst_translations PRIVATE
    RENTDESK_TS_DIR="${PROJECT_SOURCE_DIR}/translations"
    RENTDESK_CMAKE="${CMAKE_COMMAND}"
    RENTDESK_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    RENTDESK_LUPDATE_PROJECT="${CMAKE_BINARY_DIR}/ui/.lupdate/rentdesk_ui_project.cmake"
    RENTDESK_LUPDATE_SCRIPT="${Qt6LinguistTools_DIR}/GenerateLUpdateProject.cmake")
rentdesk_add_test(tst_importdialog SOURCES tst_importdialog.cpp LIBS rentdesk_ui)
# Sign-in, the first manager, the lock and the settings, through the real dialogs.
rentdesk_add_test(tst_signin SOURCES tst_signin.cpp widgettesthelpers.h LIBS rentdesk_ui)
# Blocking a customer from the card, the banner, the list's filter, the header kept in sight.
rentdesk_add_test(tst_blocking SOURCES tst_blocking.cpp widgettesthelpers.h LIBS rentdesk_ui)
# The accesses panel's actions through the real dialogs, signed in.
rentdesk_add_test(tst_accessespanel SOURCES tst_accessespanel.cpp widgettesthelpers.h LIBS rentdesk_ui)
# Signed in, a document through the real file dialog and by drop, a password set.
rentdesk_add_test(tst_documentspanel SOURCES tst_documentspanel.cpp widgettesthelpers.h LIBS rentdesk_ui)
# Rent out, return and pay through the real dialogs; the rented objects panel's row actions;
# a scanned barcode in the customer list opening the return.
rentdesk_add_test(tst_rentaldialogs SOURCES tst_rentaldialogs.cpp widgettesthelpers.h
                  LIBS rentdesk_ui)
# The rental contract and the return receipt in the customer's language, written as PDF.
rentdesk_add_test(tst_rentalpaper SOURCES tst_rentalpaper.cpp uitesthelpers.h LIBS rentdesk_ui)
# Vouchers sold or given, refused with reasons, redeemed partly; sold through the real dialog.
rentdesk_add_test(tst_vouchers SOURCES tst_vouchers.cpp widgettesthelpers.h LIBS rentdesk_ui)
# The catalogue in the settings: articles, prices, objects; through the real dialogs too.
rentdesk_add_test(tst_catalogue SOURCES tst_catalogue.cpp widgettesthelpers.h LIBS rentdesk_ui)
# Permissions from default, group and the customer's own setting; customer groups in the
# settings; documents of a transaction from its window.
rentdesk_add_test(tst_permissions SOURCES tst_permissions.cpp widgettesthelpers.h LIBS rentdesk_ui)
# Damages reported, charged, repaired, written off and closed; through the real dialog too.
rentdesk_add_test(tst_damages SOURCES tst_damages.cpp widgettesthelpers.h LIBS rentdesk_ui)
