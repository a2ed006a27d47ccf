#include "peakmemory.h"

#include <psapi.h>
#include <windows.h>

#include <cstdlib>

namespace rentdeskbench {

namespace {

// One argument quoted for CreateProcess's command line (backslashes before quotes doubled).
std::string quoted(const std::string &arg)
{
    std::string out = "\"";
    std::size_t backslashes = 0;
    for (const char c : arg) {
        if (c == '\\') {
            ++backslashes;
            continue;
        }
        out.append(c == '"' ? backslashes * 2 + 1 : backslashes, '\\');
        backslashes = 0;
        out += c;
    }
    out.append(backslashes * 2, '\\');
    return out + '"';
}

} // namespace

double runForPeakMegabytes(const std::vector<std::string> &args)
{
    std::string commandLine;
    for (const std::string &a : args)
        commandLine += (commandLine.empty() ? "" : " ") + quoted(a);
    _putenv_s("QT_QPA_PLATFORM", "offscreen");
    STARTUPINFOA startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process{};
    if (!CreateProcessA(nullptr, commandLine.data(), nullptr, nullptr, FALSE, 0, nullptr, nullptr,
                        &startup, &process))
        return -1;
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD exitCode = 1;
    PROCESS_MEMORY_COUNTERS counters{};
    const bool ok = GetExitCodeProcess(process.hProcess, &exitCode) && exitCode == 0 &&
                    GetProcessMemoryInfo(process.hProcess, &counters, sizeof counters);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    return ok ? double(counters.PeakWorkingSetSize) / (1024.0 * 1024.0) : -1;
}

} // namespace rentdeskbench
