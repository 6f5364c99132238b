// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeferredRemoval.h"

#include <QFile>

#include <mutex>
#include <string>
#include <vector>

#include <unistd.h>

namespace wb::DeferredRemoval {

namespace {
std::mutex g_mutex;
bool g_enabled = false;
std::vector<std::string> g_paths;
} // namespace

void enable()
{
    const std::lock_guard lock(g_mutex);
    g_enabled = true;
}

bool isEnabled()
{
    const std::lock_guard lock(g_mutex);
    return g_enabled;
}

void add(const QString &path)
{
    const std::lock_guard lock(g_mutex);
    g_paths.push_back(QFile::encodeName(path).toStdString());
}

void run()
{
    const std::lock_guard lock(g_mutex);
    for (const std::string &path : g_paths)
        (void)::unlink(path.c_str());
    g_paths.clear();
}

} // namespace wb::DeferredRemoval
