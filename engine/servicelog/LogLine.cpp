// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogLine.h"

#include <cerrno>
#include <cstdio>

#include <sys/syscall.h>
#include <unistd.h>

namespace wb::LogLine {

std::string format(std::time_t when, std::string_view levelWord, std::string_view component, std::string_view payload)
{
    std::tm tm{};
    ::localtime_r(&when, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &tm);
    std::string line = stamp;
    line += ", ";
    line += levelWord;
    line.append(levelWord.size() < 22 ? 22 - levelWord.size() : 0, ' ');
    line += component;
    line.append(component.size() < 6 ? 6 - component.size() : 0, ' ');
    line += ' ';
    line += payload;
    line += '\n';
    return line;
}

std::string processPrefix()
{
    char prefix[64];
    std::snprintf(prefix, sizeof prefix, "PID=%ld TID=%ld ", long(::getpid()), long(::syscall(SYS_gettid)));
    return prefix;
}

bool append(int fd, std::string_view line)
{
    const char *p = line.data();
    size_t left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        left -= size_t(n);
    }
    return true;
}

} // namespace wb::LogLine
