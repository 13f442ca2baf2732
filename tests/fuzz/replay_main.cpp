// Runs every input in the given directories through a fuzz target's LLVMFuzzerTestOneInput, without
// libFuzzer: ctest replays the seed corpus and the regression inputs of each target on every build, with the
// project's compiler and warnings (tests/fuzz/README.md).
//
// Usage: fuzz_replay_<target> [--allow-empty] DIRECTORY...
// Fails when a directory is missing or holds no input (hidden files such as .gitkeep do not count; with
// --allow-empty an empty directory passes), or when a file cannot be read. A failing input aborts the
// process; the last "replay:" line printed names it.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
// Optional in a target, as with libFuzzer.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

namespace fs = std::filesystem;

bool readFile(const fs::path &path, std::vector<std::uint8_t> *bytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

} // namespace

int main(int argc, char **argv)
{
    bool allowEmpty = false;
    std::vector<fs::path> directories;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--allow-empty")
            allowEmpty = true;
        else
            directories.emplace_back(arg);
    }
    if (directories.empty()) {
        std::fprintf(stderr, "usage: %s [--allow-empty] DIRECTORY...\n", argv[0]);
        return 2;
    }

    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);

    int total = 0;
    for (const fs::path &directory : directories) {
        std::error_code error;
        if (!fs::is_directory(directory, error)) {
            std::fprintf(stderr, "replay: %s is not a directory\n", directory.c_str());
            return 1;
        }
        std::vector<fs::path> inputs;
        for (const fs::directory_entry &entry : fs::directory_iterator(directory, error)) {
            if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
                inputs.push_back(entry.path());
        }
        if (error) {
            std::fprintf(stderr, "replay: cannot list %s: %s\n", directory.c_str(), error.message().c_str());
            return 1;
        }
        if (inputs.empty() && !allowEmpty) {
            std::fprintf(stderr, "replay: %s holds no input\n", directory.c_str());
            return 1;
        }
        std::sort(inputs.begin(), inputs.end());
        for (const fs::path &input : inputs) {
            std::vector<std::uint8_t> bytes;
            if (!readFile(input, &bytes)) {
                std::fprintf(stderr, "replay: cannot read %s\n", input.c_str());
                return 1;
            }
            std::printf("replay: %s (%zu bytes)\n", input.c_str(), bytes.size());
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
            ++total;
        }
        std::printf("replay: %zu inputs of %s passed\n", inputs.size(), directory.c_str());
    }
    std::printf("replay: %d inputs passed\n", total);
    return 0;
}
