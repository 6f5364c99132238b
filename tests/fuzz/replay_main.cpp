// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// main() of the fuzz targets in a normal (non-libFuzzer) build: runs LLVMFuzzerTestOneInput once on
// every file named on the command line or found (recursively, in name order) in a folder named
// there. Used by the ctest tests fuzz/<target> to replay the seed corpus and the regressions.
// Fails when an argument does not exist or when no input was found at all, so a test that finds
// nothing to replay cannot pass.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace fs = std::filesystem;

namespace {
bool replay(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", file.c_str());
        return false;
    }
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::fprintf(stderr, "replaying %s (%zu bytes)\n", file.c_str(), bytes.size());
    // A copy in a buffer of exactly the input's size, as libFuzzer passes it (ASan sees overreads).
    std::vector<uint8_t> exact(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(exact.empty() ? nullptr : exact.data(), exact.size());
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg(argv[i]);
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            std::vector<fs::path> files;
            for (const auto &e : fs::recursive_directory_iterator(arg)) {
                if (e.is_regular_file() && e.path().filename().string().front() != '.')
                    files.push_back(e.path());
            }
            std::sort(files.begin(), files.end());
            for (const fs::path &f : files) {
                if (!replay(f))
                    return 1;
                ++replayed;
            }
        } else if (fs::is_regular_file(arg, ec)) {
            if (!replay(arg))
                return 1;
            ++replayed;
        } else {
            std::fprintf(stderr, "%s does not exist\n", argv[i]);
            return 1;
        }
    }
    std::fprintf(stderr, "%d inputs replayed, no invariant violated\n", replayed);
    return replayed > 0 ? 0 : 1;
}
