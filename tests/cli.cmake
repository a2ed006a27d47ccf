# Tests of the command-line tool: they run the real rentdesk-cli binary.
rentdesk_add_test(tst_cli SOURCES tst_cli.cpp clitesthelpers.h LIBS rentdesk_cli)
add_dependencies(tst_cli rentdesk-cli)
# rentdesk-cli import and export-customers, run as the real program.
rentdesk_add_test(tst_cliimport SOURCES tst_cliimport.cpp clitesthelpers.h LIBS rentdesk_store)
add_dependencies(tst_cliimport rentdesk-cli)
