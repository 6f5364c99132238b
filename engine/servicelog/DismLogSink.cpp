// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DismLogSink.h"
#include "LogLine.h"

#include "core/FileLock.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace wb {

namespace {
const char *levelWord(spdlog::level::level_enum level)
{
    switch (level) {
    case spdlog::level::critical:
    case spdlog::level::err: return "Error";
    case spdlog::level::warn: return "Warning";
    case spdlog::level::info: return "Info";
    default: return "Debug";
    }
}
} // namespace

DismLogSink::DismLogSink(std::string path, long long maxBytes)
    : m_path(std::move(path)), m_maxBytes(maxBytes)
{
    open();
}

DismLogSink::~DismLogSink()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool DismLogSink::open()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = ::open(m_path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        m_openError = std::strerror(errno);
    return m_fd >= 0;
}

void DismLogSink::rotateIfNeeded()
{
    struct stat onDisk {};
    struct stat mine {};
    if (m_fd < 0 || ::fstat(m_fd, &mine) != 0) {
        open();
        return;
    }
    if (::stat(m_path.c_str(), &onDisk) != 0 || onDisk.st_ino != mine.st_ino || onDisk.st_dev != mine.st_dev) {
        open(); // rotated or removed by someone else
        if (m_fd < 0 || ::fstat(m_fd, &mine) != 0)
            return;
    }
    if (m_maxBytes <= 0 || mine.st_size < m_maxBytes)
        return;
    // Serialise rotation between processes: lock the current file, check it is still the one at
    // the path, then rename it to .bak.
    if (const auto held = FileLock::acquireOn(m_fd, FileLock::Options{})) {
        if (::stat(m_path.c_str(), &onDisk) == 0 && onDisk.st_ino == mine.st_ino && onDisk.st_dev == mine.st_dev) {
            const std::string bak = [&] {
                const auto slash = m_path.find_last_of('/');
                const auto dot = m_path.find_last_of('.');
                if (dot != std::string::npos && (slash == std::string::npos || dot > slash))
                    return m_path.substr(0, dot) + ".bak";
                return m_path + ".bak";
            }();
            ::rename(m_path.c_str(), bak.c_str());
        }
    }
    open();
}

void DismLogSink::sink_it_(const spdlog::details::log_msg &msg)
{
    rotateIfNeeded();
    if (m_fd < 0)
        return;
    const std::string line = LogLine::format(std::chrono::system_clock::to_time_t(msg.time), levelWord(msg.level),
                                             std::string_view(msg.logger_name.data(), msg.logger_name.size()),
                                             std::string_view(msg.payload.data(), msg.payload.size()));
    (void)LogLine::append(m_fd, line);
}

void DismLogSink::flush_()
{
    if (m_fd >= 0)
        ::fdatasync(m_fd);
}

} // namespace wb
