# Tests of the local store library (store/): one executable per class under test.
set(store_test_helpers storetesthelpers.h)

rentdesk_add_test(tst_schema SOURCES tst_schema.cpp ${store_test_helpers} LIBS rentdesk_store)
rentdesk_add_test(tst_writepath SOURCES tst_writepath.cpp ${store_test_helpers} LIBS rentdesk_store)
rentdesk_add_test(tst_search SOURCES tst_search.cpp ${store_test_helpers} LIBS rentdesk_store)
rentdesk_add_test(tst_customernumbers SOURCES tst_customernumbers.cpp ${store_test_helpers}
                  LIBS rentdesk_store)
rentdesk_add_test(tst_customervalidator SOURCES tst_customervalidator.cpp ${store_test_helpers}
                  LIBS rentdesk_store)
# Re-runs itself as a child process that is killed after a write, then runs rentdesk-cli check.
rentdesk_add_test(tst_crashsafety SOURCES tst_crashsafety.cpp ${store_test_helpers}
                  LIBS rentdesk_store)
add_dependencies(tst_crashsafety rentdesk-cli)
# Sync readiness: one replayable mutation per operation, the apply path, concurrent writers.
rentdesk_add_test(tst_syncstore SOURCES tst_syncstore.cpp ${store_test_helpers} LIBS rentdesk_store)
# Every spelling of a name, number and phone finds the same customers, ranked by activity.
rentdesk_add_test(tst_searchspellings SOURCES tst_searchspellings.cpp ${store_test_helpers}
                  LIBS rentdesk_store)
# Staff profiles, PIN hashes (libsodium), the sign-in lock, the manager role, blocked customers.
rentdesk_add_test(tst_staff SOURCES tst_staff.cpp ${store_test_helpers} LIBS rentdesk_store)
# Online accesses: invitations, password hashes, delete and invite again, password rules.
rentdesk_add_test(tst_accesses SOURCES tst_accesses.cpp ${store_test_helpers} LIBS rentdesk_store)
# Documents: stored once by hash, refused with reasons, renamed, bytes released when unreferenced.
rentdesk_add_test(tst_documents SOURCES tst_documents.cpp ${store_test_helpers} LIBS rentdesk_store)
# Prices and late fees as pure functions: a table of cases, no database.
rentdesk_add_test(tst_pricing SOURCES tst_pricing.cpp LIBS rentdesk_store)
# Renting out, returning and paying through the write path; money is conserved.
rentdesk_add_test(tst_rentals SOURCES tst_rentals.cpp ${store_test_helpers} LIBS rentdesk_store)
