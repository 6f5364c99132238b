// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HiveFile.h"
#include "RegistryValue.h"
#include "core/FileStamp.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <QSet>

#include <memory>
#include <optional>

namespace wb {

/// A key of an open Hive. Valid while that hive is open and the key has not been deleted; cheap
/// to copy. A default-constructed key is invalid.
struct RegistryKey
{
    quint64 node = 0;
    bool isValid() const { return node != 0; }
    bool operator==(const RegistryKey &) const = default;
};

/// An offline registry hive file (regf: SOFTWARE, SYSTEM, DEFAULT, NTUSER.DAT, ...) through libhivex.
/// The whole file is read into memory at open(): the file may change or vanish afterwards without
/// harm. Keys are found by backslash paths relative to the hive's root and compared as Windows
/// compares them (RegistryName). Changes stay in memory until commit() writes a new file beside
/// the old one and renames it over it, so the file on disk is always either the old or the new
/// hive. Used by one thread at a time (an operation's worker thread); movable, owned by its user.
/// engine/registry/README.md has the details, the limits and the sources.
class Hive
{
public:
    enum class Mode { ReadOnly, Write };

    /// Opens `path`. Error codes: registry.open-failed (missing, unreadable), registry.corrupt (not a
    /// hive, truncated, bad checksum or structure; the message names the file and says what to do),
    /// registry.dirty-hive (Mode::Write on a hive whose header says changes are still pending in its
    /// .LOG1/.LOG2 transaction logs). Opening for writing also removes temporary files that a killed
    /// commit() of this hive left beside it.
    static Result<Hive> open(const QString &path, Mode mode = Mode::ReadOnly);

    Hive(Hive &&other) noexcept;
    Hive &operator=(Hive &&other) noexcept;
    ~Hive();

    QString path() const { return m_path; }
    bool isWritable() const { return m_mode == Mode::Write; }
    /// True after a change that commit() has not written yet.
    bool isModified() const { return m_modified; }
    /// True while the handle holds exactly what the file at path() holds: no uncommitted change,
    /// and the file is still the one parsed (or last committed): same FileStamp (size, mtime, ctime,
    /// inode, device). A rename over it or a rewrite in place makes it false. Costs one stat().
    bool isCurrent() const;
    /// The file at path() still has the stamp the handle was parsed or last committed with.
    bool fileUnchanged() const;
    /// Turns a handle opened read-only into one that may be changed and committed, with the checks
    /// open(path, Mode::Write) makes: registry.dirty-hive for a hive whose header says its
    /// transaction logs hold pending changes, and removal of the temporaries of killed commits.
    Status enableWriting();

    RegistryKey root() const;
    /// The key at `path` below the root ("" or "\" is the root); nullopt when a component is absent.
    Result<std::optional<RegistryKey>> findKey(const QString &path) const;
    /// The key at `path` below `from`.
    Result<std::optional<RegistryKey>> findKey(RegistryKey from, const QString &path) const;
    Result<QString> keyName(RegistryKey key) const;
    /// Subkeys in the hive's order (sorted as Windows sorts them in a well-formed hive).
    Result<QList<RegistryKey>> subkeys(RegistryKey key) const;
    Result<QStringList> subkeyNames(RegistryKey key) const;
    Result<QList<RegistryValue>> values(RegistryKey key) const;
    /// The value called `name` ("" for the default value); nullopt when absent.
    Result<std::optional<RegistryValue>> value(RegistryKey key, const QString &name) const;
    /// Same, for the key at `keyPath`: nullopt when the key or the value is absent.
    Result<std::optional<RegistryValue>> value(const QString &keyPath, const QString &name) const;

    // Changes (Mode::Write only, registry.read-only otherwise); written by commit().
    /// The key at `path`, created with every missing component (existing keys are kept as they are).
    Result<RegistryKey> createKey(const QString &path);
    /// Deletes the key at `path` with all its subkeys and values; false when it did not exist.
    Result<bool> deleteKey(const QString &path);
    /// Adds `value` to `key`, replacing a value of the same name (compared as Windows does).
    Status setValue(RegistryKey key, const RegistryValue &value);
    /// Deletes the value called `name`; false when `key` had none.
    Result<bool> deleteValue(RegistryKey key, const QString &name);

    /// Writes the hive into a temporary file beside it (`.<name>.wimbench-<pid>-<hex>.tmp`, same
    /// folder, the old file's permissions), fsyncs it, checks libhivex can open it, renames it over
    /// the hive and fsyncs the folder. Fault points hive.before-rename and hive.after-rename.
    /// Error registry.commit-failed (the hive file is then unchanged and the temporary file removed).
    /// The same as writeTemporary() followed by replaceByTemporary().
    Status commit();
    /// commit() in two halves, so that the slow one (writing, syncing and checking the whole hive)
    /// can run beside other work: writes, fsyncs and checks the temporary file and keeps it.
    /// The handle is not touched meanwhile by anyone else (one thread at a time).
    Status writeTemporary();
    /// The other half: renames the temporary file writeTemporary() kept over the hive and syncs the
    /// folder (fault points hive.before-rename, hive.after-rename). On failure the temporary file
    /// is removed and the hive left as it was.
    Status replaceByTemporary();
    /// Removes a temporary file writeTemporary() kept (also done by the destructor).
    void discardTemporary();

private:
    struct Handle;
    Hive() = default;
    Error corrupt(const QString &what) const;
    Status requireWritable() const;
    Result<std::optional<RegistryKey>> child(RegistryKey parent, const QString &name) const;
    Result<RegistryValue> readValue(quint64 valueHandle) const;
    Status writeValues(RegistryKey key, const QList<RegistryValue> &values);

    std::unique_ptr<Handle> m_handle;
    QString m_path;
    Mode m_mode = Mode::ReadOnly;
    bool m_modified = false;
    HiveFile::Header m_header;    ///< as read at open (a dirty hive is readable, not writable)
    QString m_temporary;          ///< written by writeTemporary(), not renamed yet
    FileStamp m_stamp;            ///< the file the handle mirrors: taken before parsing, renewed by commit()
    QSet<quint64> m_nonAsciiKeys; ///< keys created with non-ASCII names: HiveLeaves fixes their lists
};

} // namespace wb
