// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HiveCache.h"

#include <QFileInfo>

namespace wb {

HiveCache::~HiveCache()
{
    m_pending.clear(); // each future of std::async waits for its thread
    if (m_releasing.valid())
        m_releasing.wait();
}

QString HiveCache::key(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

void HiveCache::prefetch(const QString &pathIn)
{
    const QString path = key(pathIn);
    if (m_hives.count(path) || m_pending.count(path))
        return;
    m_pending[path] = std::async(std::launch::async, [path] { return Hive::open(path, Hive::Mode::ReadOnly); });
}

bool HiveCache::isPrefetching(const QString &path) const
{
    const auto pending = m_pending.find(key(path));
    return pending != m_pending.end() && pending->second.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
}

void HiveCache::adoptPrefetched(const QString &path)
{
    const auto pending = m_pending.find(path);
    if (pending == m_pending.end())
        return;
    Result<Hive> parsed = pending->second.get();
    m_pending.erase(pending);
    if (!parsed)
        return; // open() parses again: the error it reports is the one the file has now
    ++m_parses;
    m_hives[path] = std::make_unique<Hive>(std::move(*parsed));
}

Result<Hive *> HiveCache::open(const QString &pathIn, Hive::Mode mode)
{
    const QString path = key(pathIn);
    adoptPrefetched(path);
    std::unique_ptr<Hive> &slot = m_hives[path];
    if (!slot || !slot->isCurrent()) {
        slot.reset();
        auto hive = Hive::open(path, mode);
        if (!hive)
            return hive.error();
        ++m_parses;
        slot = std::make_unique<Hive>(std::move(*hive));
    }
    if (mode == Hive::Mode::Write)
        WB_TRY(slot->enableWriting());
    return slot.get();
}

void HiveCache::release(const QString &pathIn)
{
    const QString path = key(pathIn);
    adoptPrefetched(path);
    const auto found = m_hives.find(path);
    if (found == m_hives.end())
        return;
    std::shared_ptr<Hive> hive = std::move(found->second);
    m_hives.erase(found);
    if (m_releasing.valid())
        m_releasing.wait();
    m_releasing = std::async(std::launch::async, [hive = std::move(hive)]() mutable { hive.reset(); });
}

} // namespace wb
