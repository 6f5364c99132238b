// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <spdlog/sinks/base_sink.h>

#include <mutex>
#include <string>

namespace wb {

/// spdlog sink writing DISM-shaped lines (see Log) to a file opened O_APPEND, so several processes
/// can share it line by line. Rotation: before a write that finds the file larger than the limit,
/// the file is renamed to `<name>.bak` (replacing the old one) and reopened. If another process
/// rotated the file, the sink notices (the path no longer names its open file) and reopens.
class DismLogSink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    DismLogSink(std::string path, long long maxBytes);
    ~DismLogSink() override;

    bool isOpen() const { return m_fd >= 0; }
    std::string openError() const { return m_openError; }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override;
    void flush_() override;

private:
    bool open();
    void rotateIfNeeded();
    std::string m_path;
    long long m_maxBytes;
    int m_fd = -1;
    std::string m_openError;
};

} // namespace wb
