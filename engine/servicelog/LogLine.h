// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ctime>
#include <string>
#include <string_view>

namespace wb::LogLine {

/// One line of the servicing log in DISM's shape, newline included:
/// "yyyy-mm-dd hh:mm:ss, <level word, 22 wide><component, 6 wide> <payload>". Qt-free and
/// spdlog-free: DismLogSink writes every line with it, and so does wimbench-mount-prewarm, which
/// loads neither (engine/mount/README.md, "The launcher").
std::string format(std::time_t when, std::string_view levelWord, std::string_view component, std::string_view payload);

/// "PID=<process> TID=<thread> ", what every payload starts with.
std::string processPrefix();

/// Writes `line` with one write() (retried on EINTR): with O_APPEND, the lines of several processes
/// never interleave. False when it could not be written whole.
bool append(int fd, std::string_view line);

} // namespace wb::LogLine
