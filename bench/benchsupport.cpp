#include "benchsupport.h"

#include "demodata.h"
#include "store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <cstring>

namespace rentdeskbench {

Setup parseSetup(int &argc, char **argv)
{
    Setup s;
    s.database = QDir::tempPath() + QStringLiteral("/rentdesk-bench-1m.sqlite");
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--database") == 0 && i + 1 < argc) {
            s.database = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strcmp(argv[i], "--customers") == 0 && i + 1 < argc) {
            s.customers = std::atoll(argv[++i]);
        } else {
            argv[out++] = argv[i];
        }
    }
    argc = out;
    return s;
}

bool ensureDemoStore(const Setup &setup)
{
    if (QFileInfo::exists(setup.database))
        return true;
    std::fprintf(stderr, "Making a demo store of %lld customers at %s …\n",
                 static_cast<long long>(setup.customers), qPrintable(setup.database));
    QElapsedTimer timer;
    timer.start();
    rentdesk::Store store;
    if (!store.open(setup.database)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return false;
    }
    store.ensureDeskStaff();
    rentdesk::DemoOptions options;
    options.customers = setup.customers;
    options.seed = 1;
    QString error;
    if (!rentdesk::DemoData::fill(store, options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    std::fprintf(stderr, "… made in %.1f s\n", timer.elapsed() / 1000.0);
    return true;
}

void RatioReporter::ReportRuns(const std::vector<Run> &runs)
{
    for (const Run &r : runs) {
        if (r.error_occurred)
            continue;
        const double perIteration = r.GetAdjustedRealTime(); // in the run's time unit
        double ms = perIteration;
        switch (r.time_unit) {
        case benchmark::kNanosecond: ms = perIteration / 1e6; break;
        case benchmark::kMicrosecond: ms = perIteration / 1e3; break;
        case benchmark::kMillisecond: break;
        case benchmark::kSecond: ms = perIteration * 1e3; break;
        }
        m_times[r.benchmark_name()] = ms;
    }
    ConsoleReporter::ReportRuns(runs);
}

double RatioReporter::timeOf(const std::string &name) const
{
    // Exact name first; else a run whose name extends it with options ("X/min_time:1.000"),
    // keeping an aggregate suffix such as "_median" at the end.
    const auto it = m_times.find(name);
    if (it != m_times.end())
        return it->second;
    std::string stem = name, suffix;
    for (const char *aggregate : {"_median", "_mean"}) {
        const std::string a(aggregate);
        if (stem.size() > a.size() && stem.compare(stem.size() - a.size(), a.size(), a) == 0) {
            stem.resize(stem.size() - a.size());
            suffix = a;
        }
    }
    for (const auto &[key, ms] : m_times) {
        if (key.rfind(stem + "/", 0) != 0)
            continue;
        const bool keyIsAggregate =
            key.find("_median") != std::string::npos || key.find("_mean") != std::string::npos ||
            key.find("_stddev") != std::string::npos || key.find("_cv") != std::string::npos;
        if (suffix.empty() ? !keyIsAggregate
                           : (key.size() >= suffix.size() &&
                              key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0))
            return ms;
    }
    return -1;
}

bool RatioReporter::printRatios() const
{
    bool ok = true;
    std::printf("\n");
    for (const Goal &g : m_goals) {
        const double measured = timeOf(g.measured), baseline = timeOf(g.baseline);
        if (measured <= 0 || baseline <= 0) {
            std::printf("ratio %s / %s: not measured in this run\n", g.measured.c_str(),
                        g.baseline.c_str());
            continue;
        }
        const double ratio = measured / baseline;
        if (g.maxRatio > 0) {
            const bool met = ratio <= g.maxRatio;
            ok = ok && met;
            std::printf("ratio %s / %s = %.2f (%.3f ms vs %.3f ms; goal <= %.2f: %s)\n",
                        g.measured.c_str(), g.baseline.c_str(), ratio, measured, baseline,
                        g.maxRatio, met ? "met" : "MISSED");
        }
        if (g.minSpeedup > 0) {
            const bool met = 1 / ratio >= g.minSpeedup;
            ok = ok && met;
            std::printf("speed-up %s vs %s = %.1fx (%.3f ms vs %.3f ms; goal >= %.0fx: %s)\n",
                        g.measured.c_str(), g.baseline.c_str(), 1 / ratio, measured, baseline,
                        g.minSpeedup, met ? "met" : "MISSED");
        }
    }
    return ok;
}

} // namespace rentdeskbench
