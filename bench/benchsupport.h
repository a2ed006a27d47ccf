#pragma once

// Shared by the benchmarks: the demo store they measure (made once, kept between runs), and a
// reporter that prints each measured figure's ratio to its baseline from the same run.

#include <benchmark/benchmark.h>

#include <QString>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace rentdeskbench {

// Options taken from the command line before Google Benchmark sees it:
//   --database PATH   the store to measure (made with demo data when missing)
//   --customers N     how many demo customers a new store gets (default 1,000,000)
struct Setup
{
    QString database;
    qint64 customers = 1000000;
};
Setup parseSetup(int &argc, char **argv);

// Makes the demo store at `setup.database` unless it is there; prints how long that took.
bool ensureDemoStore(const Setup &setup);

// Collects every run's time; after the run prints "ratio NAME / BASELINE = x (goal ...)" lines.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    struct Goal
    {
        std::string measured, baseline; // run names (aggregate names such as "X_median" allowed)
        double maxRatio = 0;            // the measured/baseline goal, 0 for none
        double minSpeedup = 0;          // baseline/measured goal, 0 for none
    };
    explicit RatioReporter(std::vector<Goal> goals)
        : m_goals(std::move(goals))
    {}
    void ReportRuns(const std::vector<Run> &runs) override;
    // Prints the ratios; returns false when a goal was missed.
    bool printRatios() const;
    double timeOf(const std::string &name) const;

private:
    std::vector<Goal> m_goals;
    std::map<std::string, double> m_times; // real time per iteration, in ms
};

} // namespace rentdeskbench
