# The import from CSV files and the export of the customer list (import/).
rentdesk_add_test(tst_csv SOURCES tst_csv.cpp LIBS rentdesk_import)
rentdesk_add_test(tst_customerimport SOURCES tst_customerimport.cpp storetesthelpers.h
                  LIBS rentdesk_import rentdesk_models)
