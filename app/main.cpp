#include "desktopapp.h"

int main(int argc, char *argv[])
{
    return rentdesk::runDesktopApp(argc, argv);
}
