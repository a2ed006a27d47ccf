# Tests of the demo data generator (demodata/). Qt6::Gui only to check that the stored picture
# is a real image.
rentdesk_add_test(tst_demodata SOURCES tst_demodata.cpp LIBS rentdesk_demodata Qt6::Gui)
