// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultPoint.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace wb {

namespace {

struct FaultSpec
{
    bool enabled = false;
    std::string name;
    long hit = 1;
    bool stop = false;
    std::atomic<long> count{0};
};

FaultSpec &spec()
{
    // Read once, on first use (thread-safe static initialisation).
    static FaultSpec s;
    static const bool parsed = [] {
        FaultSpec &f = s;
        const char *env = std::getenv("WIMBENCH_FAULT");
        if (!env || !*env)
            return true;
        std::string value(env);
        // <name>[:<n>][:stop]
        if (value.size() > 5 && value.compare(value.size() - 5, 5, ":stop") == 0) {
            f.stop = true;
            value.resize(value.size() - 5);
        }
        const auto colon = value.rfind(':');
        if (colon != std::string::npos) {
            const long n = std::strtol(value.c_str() + colon + 1, nullptr, 10);
            f.hit = n > 0 ? n : 1;
            value.resize(colon);
        }
        f.name = value;
        f.enabled = !f.name.empty();
        return true;
    }();
    (void)parsed;
    return s;
}

void fire(const FaultSpec &f, long n)
{
    char line[512];
    const int len = std::snprintf(line, sizeof line, "WIMBENCH_FAULT %s %ld pid %ld\n", f.name.c_str(), n, long(::getpid()));
    if (len > 0) {
        const size_t size = std::min(size_t(len), sizeof line - 1);
        ssize_t ignored = ::write(2, line, size);
        if (const char *log = std::getenv("WIMBENCH_FAULT_LOG"); log && *log) {
            const int fd = ::open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
            if (fd >= 0) {
                ignored = ::write(fd, line, size);
                ::close(fd);
            }
        }
        (void)ignored;
    }
    if (f.stop) {
        ::raise(SIGSTOP);
        return;
    }
    ::kill(::getpid(), SIGKILL);
    ::pause();
}

void hit(FaultSpec &f)
{
    const long n = f.count.fetch_add(1) + 1;
    if (n == f.hit)
        fire(f, n);
}

} // namespace

bool faultInjectionEnabled()
{
    return spec().enabled;
}

void faultPoint(const char *name)
{
    FaultSpec &f = spec();
    if (!f.enabled || f.name != name)
        return;
    hit(f);
}

void faultPoint(const char *name, const char *kind)
{
    FaultSpec &f = spec();
    if (!f.enabled)
        return;
    const size_t len = std::strlen(name);
    if (f.name.compare(0, len, name) != 0)
        return;
    if (f.name.size() == len || (f.name[len] == '.' && kind && f.name.compare(len + 1, std::string::npos, kind) == 0))
        hit(f);
}

} // namespace wb
