#include "peakmemory.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>

namespace rentdeskbench {

double runForPeakMegabytes(const std::vector<std::string> &args)
{
    std::vector<std::string> copy = args;
    std::vector<char *> argv;
    for (auto &a : copy)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) < 0 || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0)
        return -1;
#ifdef __APPLE__
    return usage.ru_maxrss / (1024.0 * 1024.0); // bytes on macOS
#else
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux and the BSDs
#endif
}

} // namespace rentdeskbench
