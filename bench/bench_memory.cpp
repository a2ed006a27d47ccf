// Peak memory of the desk program with the big store and the long-history card open, against the
// same program with an empty store, both measured in this run (goal: <= 200 MB).
// The program is started as a child process (offscreen); its peak resident set comes from the
// system (peakmemory_*.cpp).

#include "benchsupport.h"
#include "demodata.h"
#include "peakmemory.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <string>
#include <vector>

namespace {

std::string g_database;
std::string g_emptyDatabase;
std::string g_shot;

// Runs `rentdesk --database DB [--open NUMBER] --screenshot FILE`; returns peak RSS in MB.
double peakMegabytes(const std::string &database, bool openCard)
{
    std::vector<std::string> args = {RENTDESK_APP_PATH, "--database", database, "--lang", "en",
                                     "--screenshot",    g_shot};
    if (openCard) {
        args.push_back("--open");
        args.push_back(rentdesk::DemoData::longHistoryCustomerNumber().toStdString());
    }
    return rentdeskbench::runForPeakMegabytes(args);
}

void BM_PeakMemoryCardOpen(benchmark::State &state)
{
    double mb = 0;
    for (auto _ : state)
        mb = peakMegabytes(g_database, true);
    if (mb < 0)
        state.SkipWithError("rentdesk failed");
    state.counters["peak_MB"] = mb;
}

void BM_PeakMemoryEmptyStore(benchmark::State &state)
{
    double mb = 0;
    for (auto _ : state)
        mb = peakMegabytes(g_emptyDatabase, false);
    if (mb < 0)
        state.SkipWithError("rentdesk failed");
    state.counters["peak_MB"] = mb;
}

} // namespace

BENCHMARK(BM_PeakMemoryEmptyStore)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeakMemoryCardOpen)->Iterations(1)->Unit(benchmark::kMillisecond);

// Prints the peak figures and their ratio (counters are not times, so read them from the runs).
class MemoryReporter : public benchmark::ConsoleReporter
{
public:
    double cardOpen = -1, empty = -1;
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &r : runs) {
            const auto it = r.counters.find("peak_MB");
            if (it == r.counters.end())
                continue;
            if (r.benchmark_name().find("CardOpen") != std::string::npos)
                cardOpen = it->second;
            else
                empty = it->second;
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

int main(int argc, char **argv)
{
    const rentdeskbench::Setup setup = rentdeskbench::parseSetup(argc, argv);
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (!rentdeskbench::ensureDemoStore(setup))
        return 1;
    QTemporaryDir dir;
    g_database = setup.database.toStdString();
    g_emptyDatabase = dir.filePath(QStringLiteral("empty.sqlite")).toStdString();
    g_shot = dir.filePath(QStringLiteral("shot.png")).toStdString();
    MemoryReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    if (reporter.cardOpen > 0 && reporter.empty > 0)
        std::printf("\npeak memory with the card open = %.1f MB, empty store = %.1f MB, ratio "
                    "%.2f (goal <= 200 MB: %s)\n",
                    reporter.cardOpen, reporter.empty, reporter.cardOpen / reporter.empty,
                    reporter.cardOpen <= 200 ? "met" : "MISSED");
    benchmark::Shutdown();
    return 0;
}
