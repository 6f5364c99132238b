// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MountTable.h"

#include <cerrno>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace wb::MountTable {

namespace {

std::string readAll(const char *path)
{
    std::string data;
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return data;
    char buf[8192];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        data.append(buf, size_t(n));
    }
    ::close(fd);
    return data;
}

bool isOctal(char c)
{
    return c >= '0' && c <= '7';
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == separator) {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

} // namespace

std::string unescape(std::string_view field)
{
    std::string out;
    out.reserve(field.size());
    for (size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size() && isOctal(field[i + 1]) && isOctal(field[i + 2]) && isOctal(field[i + 3])) {
            out += char((field[i + 1] - '0') * 64 + (field[i + 2] - '0') * 8 + (field[i + 3] - '0'));
            i += 3;
            continue;
        }
        out += field[i];
    }
    return out;
}

std::vector<Entry> entries()
{
    const std::string info = readAll("/proc/self/mountinfo");
    std::vector<Entry> all;
    for (std::string_view line : split(info, '\n')) {
        const std::vector<std::string_view> fields = split(line, ' ');
        for (size_t i = 6; i + 1 < fields.size(); ++i) {
            if (fields[i] == "-") {
                all.push_back({unescape(fields[4]), std::string(fields[i + 1])});
                break;
            }
        }
    }
    return all;
}

std::optional<std::string> typeAt(std::string_view dir)
{
    std::optional<std::string> type;
    for (const Entry &e : entries()) {
        if (e.dir == dir)
            type = e.type; // the last mount on top wins
    }
    return type;
}

} // namespace wb::MountTable
