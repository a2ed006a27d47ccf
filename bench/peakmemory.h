#pragma once

#include <string>
#include <vector>

namespace rentdeskbench {

// Runs a program to its end (with the offscreen platform) and returns its peak resident memory
// in MB, or -1 when it could not be run or failed. One file per system: peakmemory_posix.cpp
// (wait4's rusage), peakmemory_windows.cpp (the process's peak working set).
double runForPeakMegabytes(const std::vector<std::string> &args);

} // namespace rentdeskbench
