// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the files that implement Provisioner (add, remove, recovery). Internal
// to engine/provision; any thread.

#include "Applicability.h"

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wb {

class OperationContext;

namespace ProvisionSupport {

inline const QString kStagingPrefix = QStringLiteral(".wimbench-staging-");
inline const QString kJournalFile = QStringLiteral("journal.json");
inline const QString kRemovingPrefix = QStringLiteral(".wimbench-removing-");
/// In an add's staging folder: a hard link to (or copy of) the SOFTWARE hive as it was.
inline const QString kHiveBackup = QStringLiteral("SOFTWARE.old");

void logDecision(OperationContext *context, const ProvisionDecision &d);
void info(OperationContext *context, const QString &text);
bool cancelled(OperationContext *context);

/// Creates `path` and its missing parents, appending those it created to `created` (outermost first).
bool mkpathTracked(const QString &path, QStringList &created);
/// Removes the folders mkpathTracked() created, innermost first (only when empty).
void removeCreated(const QStringList &created);
/// The folders among `path` and its parents that do not exist yet, deepest first.
QStringList missingFolders(const QString &path);

/// rename(2); provision.write-failed naming both paths.
Status renameOrFail(const QString &from, const QString &to);
/// rename(2) that ignores failure (for undo and recovery).
void renameQuietly(const QString &from, const QString &to);
/// Writes `bytes` atomically; removes the file instead when `existed` is false (undo of a save).
void restoreFile(const QString &path, bool existed, const QByteArray &bytes);

/// A license or custom data file given by the user: provision.input-unreadable when it cannot be read.
Result<QByteArray> readSmallFile(const QString &path, const QString &what);

} // namespace ProvisionSupport
} // namespace wb
