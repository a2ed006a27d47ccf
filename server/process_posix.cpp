#include "process.h"

#include <csignal>
#include <cstdlib>
#include <pthread.h>
#include <thread>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace rentdesk::server {

namespace {

sigset_t stopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}

} // namespace

void prepareProcess([[maybe_unused]] char *argv[])
{
#ifdef __GLIBC__
    // A push is read, merged and written in memory: up to a few hundred megabytes for a large
    // one. Keep freed memory for the next request instead of handing it back and having every
    // page of it faulted in again.
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
#endif
#if defined(__GLIBC__) && defined(__linux__)
    // Memory in 2 MB pages where the kernel offers them (transparent huge pages "madvise"):
    // faulting in a large push's memory 4 KB at a time took a tenth of its time. glibc reads
    // this setting only when a program starts, so the server starts itself once more with it,
    // unless GLIBC_TUNABLES is set already (by the administrator, or by this step).
    if (!std::getenv("GLIBC_TUNABLES")) {
        setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1);
        execv("/proc/self/exe", argv);
        unsetenv("GLIBC_TUNABLES"); // no /proc here: go on with small pages
    }
#endif
}

void holdStopSignals()
{
    const sigset_t set = stopSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

bool serveUntilStopped(const std::function<bool()> &serve, const std::function<void()> &stop)
{
    std::thread watcher([stop] {
        const sigset_t set = stopSignals();
        int received = 0;
        sigwait(&set, &received);
        stop();
    });
    const bool ok = serve();
    pthread_kill(watcher.native_handle(), SIGTERM); // ends the watcher if stop came otherwise
    watcher.join();
    return ok;
}

} // namespace rentdesk::server
