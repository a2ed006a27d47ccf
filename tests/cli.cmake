# Tests of the command-line tool: they run the real rentdesk-cli binary.
rentdesk_add_test(tst_cli SOURCES tst_cli.cpp LIBS rentdesk_cli)
add_dependencies(tst_cli rentdesk-cli)
