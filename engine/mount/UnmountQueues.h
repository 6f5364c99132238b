// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <chrono>

namespace wb {

/// The POSIX message queues of wimlib's unmount with commit (README.md, "Message queues of
/// interrupted unmounts"). The unmounting process creates `/wimfs-<26 random characters>` and
/// removes it at the end; a process killed meanwhile leaves it behind, and once the system's limit
/// (fs.mqueue.queues_max, 256 by default) is reached every later save fails with wim.mqueue.
namespace UnmountQueues {

/// Where the mqueue file system is mounted (usually /dev/mqueue), or empty when it is not: then
/// the queues cannot be listed.
QString listingDir();
/// The names of the wimlib unmount queues that exist now ("wimfs-..."), empty when they cannot
/// be listed.
QStringList names();
/// Removes the wimlib unmount queues last used more than `minAge` ago. The daemon opens the queue
/// as soon as the unmount request reaches it, so past a few seconds a queue is either held open
/// by both ends (removing its name changes nothing for them) or left by a killed unmount.
/// `listing` is listingDir() as the caller already has it. Returns the number removed.
int removeStale(std::chrono::seconds minAge, const QString &listing);

} // namespace UnmountQueues
} // namespace wb
