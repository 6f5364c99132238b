// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Hive.h"

#include <QString>

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
/// the Provisioner it makes), so the memory goes when the command ends.
class HiveCache
{
public:
    /// The hive at `path`. Mode::Write makes the handle writable (Hive::enableWriting: refuses a
    /// dirty hive, removes the temporaries of killed commits); a writable handle also serves
    /// read-only callers. Errors as Hive::open. The pointer stays valid until the next open() of
    /// the same path parses it again, or the cache is destroyed.
    Result<Hive *> open(const QString &path, Hive::Mode mode = Hive::Mode::ReadOnly);
    /// How many times open() parsed a file (a hint for tests and benchmarks).
    int parses() const { return m_parses; }

private:
    std::map<QString, std::unique_ptr<Hive>> m_hives; ///< by absolute path
    int m_parses = 0;
};

} // namespace wb
