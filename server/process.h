#pragma once

#include <functional>

namespace rentdesk::server {

// What the server process needs from its operating system (process_posix.cpp; the server runs
// on Linux and other POSIX systems, docs/server.md).

// Memory settings for large pushes. On Linux with glibc the program may start itself once more
// with them (glibc reads some only at start). Call first thing in main().
void prepareProcess(char *argv[]);

// Keeps SIGTERM and SIGINT for serveUntilStopped(); call before any thread starts.
void holdStopSignals();

// Runs `serve` (which returns when the server stops) and calls `stop` from another thread when
// SIGTERM or SIGINT arrives, so serving ends cleanly. Returns what `serve` returned.
bool serveUntilStopped(const std::function<bool()> &serve, const std::function<void()> &stop);

} // namespace rentdesk::server
