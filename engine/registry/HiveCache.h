// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Hive.h"

#include <QString>

#include <future>
#include <map>
#include <memory>

namespace wb {

/// The hives one command reads and changes, each parsed once. libhivex reads a whole hive into
/// memory to parse it (60 MiB for a large SOFTWARE hive, about 50 ms); a provisioning reads the
/// image's SOFTWARE hive for the image facts, the certificate stores and the registry plan, then
/// changes and commits it: through one HiveCache all of that is one parse
/// (engine/registry/README.md, "What is parsed when").
/// open() hands back the handle parsed earlier while it is current (Hive::isCurrent: no
/// uncommitted change and the file still has the stamp it was parsed or committed with); a file
/// replaced or rewritten by something else, or a handle left with changes by a failed commit, is
/// parsed again. Owned by the command (an operation's run(), on its worker thread, shared with
/// the Provisioner it makes), so the memory goes when the command ends. prefetch() starts a
/// parse on a thread of its own that the next open() of that path joins; release() hands a handle
/// the command no longer needs to a thread that frees it.
class HiveCache
{
public:
    /// Waits for a prefetch() or release() still running.
    ~HiveCache();
    /// Starts parsing the hive at `path` (read-only, as open() would) on a thread of its own, so
    /// that the command can do other work meanwhile; the next open() of `path` waits for it and
    /// then applies its usual checks: a file changed since the parse began is parsed again, and a
    /// parse that failed is made again by open() itself, so its error is the one the file has
    /// then. Nothing happens when `path` is already parsed or being parsed. Costs no more than
    /// the parse open() would make (engine/registry/README.md, "What is parsed when").
    void prefetch(const QString &path);
    /// Forgets the hive at `path` and frees its memory (libhivex's copy of the file: tens of MiB
    /// for a SOFTWARE hive, ~10-25 ms of munmap) on a thread of its own, joined by the next
    /// release() or the destructor. Pointers open() returned for `path` become invalid.
    void release(const QString &path);
    /// The hive at `path`. Mode::Write makes the handle writable (Hive::enableWriting: refuses a
    /// dirty hive, removes the temporaries of killed commits); a writable handle also serves
    /// read-only callers. Errors as Hive::open. The pointer stays valid until the next open() of
    /// the same path parses it again, or the cache is destroyed.
    Result<Hive *> open(const QString &path, Hive::Mode mode = Hive::Mode::ReadOnly);
    /// How many times open() parsed a file, prefetched parses included (a hint for tests and
    /// benchmarks).
    int parses() const { return m_parses; }
    /// True while a prefetch() of `path` has not finished (a hint for tests).
    bool isPrefetching(const QString &path) const;

private:
    static QString key(const QString &path);
    /// Joins the prefetch of `path`, if any, into m_hives.
    void adoptPrefetched(const QString &path);

    std::map<QString, std::unique_ptr<Hive>> m_hives;       ///< by absolute path
    std::map<QString, std::future<Result<Hive>>> m_pending; ///< prefetch() parses still running, by absolute path
    std::future<void> m_releasing;                          ///< release()'s free
    int m_parses = 0;
};

} // namespace wb
