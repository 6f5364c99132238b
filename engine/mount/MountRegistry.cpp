// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MountRegistry.h"
#include "MountSystem.h"
#include "core/FaultPoint.h"
#include "core/FileLock.h"
#include "core/FileWriteGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::MountRegistry)
};

/// A blocking flock on the registry's lock file (shared to read, exclusive to change it).
Result<FileLock> lockRegistry(const QString &directory, bool exclusive)
{
    if (!QDir().mkpath(directory))
        return Error::make(QStringLiteral("mount.registry-unwritable"),
                           Tr::tr("Could not create the mount registry folder %1. Check that you may write there.").arg(directory));
    const QString path = directory + QStringLiteral("/mounts.lock");
    FileLock::Options options;
    options.mode = exclusive ? FileLock::Mode::Exclusive : FileLock::Mode::Shared;
    auto lock = FileLock::acquire(path, options);
    if (lock)
        return lock;
    if (lock.error().code == QLatin1StringView(FileLock::OpenFailedCode))
        return Error::make(QStringLiteral("mount.registry-unwritable"), Tr::tr("Could not open the mount registry lock %1.").arg(path),
                           lock.error().detail);
    return Error::make(QStringLiteral("mount.registry-locked"), Tr::tr("Could not lock the mount registry %1.").arg(path),
                       lock.error().detail);
}
} // namespace

MountRegistry::MountRegistry(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{
}

QString MountRegistry::defaultDirectory()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty())
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QStringLiteral("/wimbench");
}

QString MountRegistry::filePath() const
{
    return m_directory + QStringLiteral("/mounts.json");
}

Result<QList<MountRecord>> MountRegistry::readUnlocked() const
{
    QFile f(filePath());
    if (!f.exists())
        return QList<MountRecord>{};
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("mount.registry-unreadable"),
                           Tr::tr("Could not read the mount registry %1. Check its permissions.").arg(filePath()), f.errorString());
    const QByteArray bytes = f.readAll();
    if (bytes.isEmpty())
        return QList<MountRecord>{}; // what a system crash can leave of a first write (not synced, README.md "Registry")
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Error::make(QStringLiteral("mount.registry-corrupt"), Tr::tr("The mount registry %1 is damaged.").arg(filePath()),
                           parseError.errorString())
            .withRemedy(Remedy::Kind::ReplaceMountRegistry, {filePath()});
    QList<MountRecord> records;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("mounts")).toArray())
        records.append(MountRecord::fromJson(v.toObject()));
    return records;
}

Status MountRegistry::writeUnlocked(const QList<MountRecord> &records) const
{
    QJsonArray array;
    for (const MountRecord &r : records)
        array.append(r.toJson());
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("mounts"), array);
    faultPoint("registry.before-write");
    if (const Status written = writeFileAtomically(filePath(), QJsonDocument(root).toJson(), ExistingFile::Replace, Durability::NotSynced,
                                                   OldVersion::RemoveAfterReport);
        !written)
        return Error::make(QStringLiteral("mount.registry-unwritable"),
                           Tr::tr("Could not write the mount registry %1. Check free space and permissions.").arg(filePath()),
                           written.error().detail);
    return {};
}

Result<QList<MountRecord>> MountRegistry::records() const
{
    const auto lock = lockRegistry(m_directory, false);
    if (!lock)
        return lock.error();
    return readUnlocked();
}

Result<std::optional<MountRecord>> MountRegistry::find(const QString &mountDir) const
{
    auto all = records();
    if (!all)
        return all.error();
    for (const MountRecord &r : *all) {
        if (r.mountDir == mountDir)
            return std::optional<MountRecord>(r);
    }
    return std::optional<MountRecord>();
}

Result<QList<MountRecord>> MountRegistry::recordsOfImage(const QString &imageFile) const
{
    auto all = records();
    if (!all)
        return all.error();
    const QString canonical = QFileInfo(imageFile).canonicalFilePath();
    QList<MountRecord> mine;
    for (const MountRecord &r : std::as_const(*all)) {
        if (!canonical.isEmpty() && QFileInfo(r.imageFile).canonicalFilePath() == canonical)
            mine << r;
    }
    return mine;
}

Status MountRegistry::update(const std::function<Status(QList<MountRecord> &)> &change) const
{
    const auto lock = lockRegistry(m_directory, true);
    if (!lock)
        return lock.error();
    auto current = readUnlocked();
    if (!current)
        return current.error();
    QList<MountRecord> records = *current;
    WB_TRY(change(records));
    return writeUnlocked(records);
}

Status MountRegistry::put(const MountRecord &record) const
{
    return update([&](QList<MountRecord> &records) -> Status {
        records.removeIf([&](const MountRecord &r) { return r.mountDir == record.mountDir; });
        records.append(record);
        return {};
    });
}

Status MountRegistry::remove(const QString &mountDir) const
{
    return update([&](QList<MountRecord> &records) -> Status {
        records.removeIf([&](const MountRecord &r) { return r.mountDir == mountDir; });
        return {};
    });
}

MountStatus MountRegistry::statusOf(const MountRecord &record, QString *reason)
{
    auto say = [reason](const QString &text) {
        if (reason)
            *reason = text;
    };
    const FileStamp now = FileStamp::of(record.imageFile);
    if (!now.exists) {
        say(QStringLiteral("the image file %1 no longer exists").arg(record.imageFile));
        return MountStatus::Invalid;
    }
    if (now.size != record.imageStamp.size || now.mtimeNs != record.imageStamp.mtimeNs || now.inode != record.imageStamp.inode
        || now.device != record.imageStamp.device) {
        say(QStringLiteral("the image file %1 was changed since it was mounted (size %2 -> %3, inode %4 -> %5)")
                .arg(record.imageFile)
                .arg(record.imageStamp.size)
                .arg(now.size)
                .arg(record.imageStamp.inode)
                .arg(now.inode));
        return MountStatus::Invalid;
    }
    if (!MountSystem::isHelperProcess(record.helperPid)) {
        say(QStringLiteral("the mount helper (pid %1) is not running").arg(record.helperPid));
        return MountStatus::NeedsRemount;
    }
    if (MountSystem::isProcessStopped(record.helperPid)) {
        say(QStringLiteral("the mount helper (pid %1) is stopped").arg(record.helperPid));
        return MountStatus::NeedsRemount;
    }
    if (!MountSystem::isWimlibMount(record.mountDir)) {
        say(QStringLiteral("%1 is not a wimlib FUSE mount").arg(record.mountDir));
        return MountStatus::NeedsRemount;
    }
    if (MountSystem::isStaleEndpoint(record.mountDir)) {
        say(QStringLiteral("the FUSE endpoint at %1 is not connected").arg(record.mountDir));
        return MountStatus::NeedsRemount;
    }
    say(QStringLiteral("served by helper pid %1").arg(record.helperPid));
    return MountStatus::Ok;
}

} // namespace wb
