// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryCache.h"

#include "core/Digest.h"
#include "core/FileStamp.h"
#include "core/FileWriteGuard.h"
#include "core/Operation.h"
#include "core/ScratchDirectory.h"
#include "wim/SplitSet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::InventoryCache)
};

constexpr int kFormat = 1;
const QString kManifest = QStringLiteral("entry.json");
const QString kImage = QStringLiteral("image");
const QString kIncoming = QStringLiteral("incoming");
const QString kCacheLock = QStringLiteral("cache.lock");

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

/// One extracted file as the manifest records it: any later change of its content, size or
/// times (a write, truncate, touch or rename changes the change time) makes its stamp differ.
struct ExtractedFile
{
    QString path; ///< image path, "/Windows/INF/oem0.inf"
    FileStamp stamp;
    /// Compared by content and times only: the manifest keeps no inode or device number.
    bool operator==(const ExtractedFile &o) const { return path == o.path && stamp.sameContent(o.stamp); }
};

std::optional<ExtractedFile> stampOf(const QString &imageDir, const QString &path)
{
    const FileStamp stamp = FileStamp::ofEntry(imageDir + path);
    if (!stamp.regular)
        return std::nullopt;
    return ExtractedFile{path, stamp};
}

struct Manifest
{
    QString key;
    unsigned topics = 0;
    WimImageFacts facts;
    QList<ExtractedFile> files;
    QStringList folders;
};

/// What identifies one file's content without reading it: a rewrite, append or replace changes
/// its size, modification time, change time or inode. Empty when it cannot be read.
QString fileKey(const QString &path)
{
    const FileStamp s = path.isEmpty() ? FileStamp() : FileStamp::of(path);
    if (!s.exists)
        return {};
    return QStringLiteral("%1\n%2:%3\n%4\n%5\n%6").arg(path).arg(s.device).arg(s.inode).arg(qint64(s.size)).arg(s.mtimeNs).arg(s.ctimeNs);
}

/// The key of the WIM file and, for a split set, of every part the open references (a changed,
/// added or removed part changes it), plus the index or name. Empty when a file cannot be read
/// (the extraction then reports the WIM's own error).
QString keyOf(const InventorySource &source)
{
    const QString path = QFileInfo(source.wimFile).canonicalFilePath();
    QString key = fileKey(path);
    if (key.isEmpty())
        return {};
    for (const QString &part : splitSetFiles(path, source.splitPattern)) {
        const QString canonical = QFileInfo(part).canonicalFilePath();
        if (canonical == path)
            continue;
        const QString partKey = fileKey(canonical);
        if (partKey.isEmpty())
            return {};
        key += QStringLiteral("\npart ") + partKey;
    }
    const QString image = source.index ? QStringLiteral("index:%1").arg(*source.index) : QStringLiteral("name:") + source.name;
    return QStringLiteral("WimBench inventory cache %1\n%2\n%3").arg(kFormat).arg(key, image);
}

QString entryName(const QString &key)
{
    return QString::fromLatin1(Digest::hash(key.toUtf8()).toHex().left(32));
}

/// Creates the cache folder (mode 0700) and checks it is ours alone: a folder another user can
/// write to (in /dev/shm anyone can create the name first) could hand us planted files.
QString privateFolderProblem(const QString &folder)
{
    const QByteArray path = encoded(folder);
    if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST)
        return QString::fromLocal8Bit(strerror(errno));
    struct stat st;
    if (::lstat(path.constData(), &st) != 0)
        return QString::fromLocal8Bit(strerror(errno));
    if (!S_ISDIR(st.st_mode))
        return QStringLiteral("it is not a folder");
    if (st.st_uid != ::geteuid())
        return QStringLiteral("it belongs to another user");
    if ((st.st_mode & 077) != 0)
        return QStringLiteral("other users have access to it");
    return {};
}

/// Opens (creating) a lock file and locks it, making sure the lock is on the file that is still
/// under that name (a remover unlinks it).
Result<FileLock> lockFile(const QString &path, FileLock::Mode mode, FileLock::Wait wait)
{
    FileLock::Options options;
    options.mode = mode;
    options.wait = wait;
    options.openFlags = O_RDWR | O_CREAT | O_NOFOLLOW;
    options.createMode = 0600;
    for (int attempt = 0; attempt < 8; ++attempt) {
        auto lock = FileLock::acquire(path, options);
        if (!lock)
            return lock;
        struct stat held;
        struct stat named;
        if (::fstat(lock->fd(), &held) == 0 && ::stat(encoded(path).constData(), &named) == 0 && held.st_ino == named.st_ino
            && held.st_dev == named.st_dev)
            return lock;
    }
    return Error::make(QStringLiteral("inventory.cache-failed"),
                       Tr::tr("The lock file %1 of the inventory cache keeps being replaced.").arg(path));
}

/// The cache-wide write lock: one process at a time fills, extends or removes entries. Waits
/// for another writer (its extraction) and honours cancel meanwhile.
Result<InventoryCacheLease> lockForWriting(const QString &folder, OperationContext &context)
{
    for (;;) {
        auto lock = lockFile(folder + u'/' + kCacheLock, FileLock::Mode::Exclusive, FileLock::Wait::DontWait);
        if (lock)
            return lock;
        if (!FileLock::isBusy(lock.error()))
            return Error::make(QStringLiteral("inventory.cache-failed"), Tr::tr("Could not lock the inventory cache %1.").arg(folder),
                               lock.error().detail);
        if (context.isCancelled())
            return Error::cancelled();
        QThread::msleep(20);
    }
}

/// Removes one entry when no process uses it; false when one does.
bool removeEntry(const QString &folder, const QString &name)
{
    const QString lock = folder + u'/' + name + QStringLiteral(".lock");
    const auto held = lockFile(lock, FileLock::Mode::Exclusive, FileLock::Wait::DontWait);
    if (!held)
        return false;
    QDir(folder + u'/' + name).removeRecursively();
    ::unlink(encoded(lock).constData());
    return true;
}

} // namespace

namespace {

QJsonObject toJson(const Manifest &m)
{
    QJsonArray files;
    for (const ExtractedFile &f : m.files)
        files.append(QJsonObject{{QStringLiteral("path"), f.path},
                                 {QStringLiteral("size"), qint64(f.stamp.size)},
                                 {QStringLiteral("mtimeNs"), QString::number(f.stamp.mtimeNs)},
                                 {QStringLiteral("ctimeNs"), QString::number(f.stamp.ctimeNs)}});
    QJsonObject facts{{QStringLiteral("source"), m.facts.source}, {QStringLiteral("languages"), QJsonArray::fromStringList(m.facts.languages)}};
    if (m.facts.architecture)
        facts.insert(QStringLiteral("architecture"), *m.facts.architecture);
    if (m.facts.build)
        facts.insert(QStringLiteral("build"), qint64(*m.facts.build));
    return QJsonObject{{QStringLiteral("format"), kFormat},      {QStringLiteral("key"), m.key},
                       {QStringLiteral("topics"), int(m.topics)}, {QStringLiteral("facts"), facts},
                       {QStringLiteral("files"), files},          {QStringLiteral("folders"), QJsonArray::fromStringList(m.folders)}};
}

/// An image path the manifest may name: absolute, without empty, "." or ".." components.
bool safeImagePath(const QString &path)
{
    if (!path.startsWith(u'/') || path.contains(u'\\') || path.contains(QChar(0)))
        return false;
    const QStringList parts = path.mid(1).split(u'/');
    return std::none_of(parts.begin(), parts.end(), [](const QString &p) { return p.isEmpty() || p == u"." || p == u".."; });
}

/// A file's stamp as the manifest recorded it; one with a missing or negative size matches no file.
FileStamp recordedStamp(const QJsonObject &f)
{
    FileStamp s;
    const qint64 size = f.value(QStringLiteral("size")).toInteger(-1);
    s.exists = size >= 0;
    s.regular = s.exists;
    s.size = quint64(std::max<qint64>(size, 0));
    s.mtimeNs = f.value(QStringLiteral("mtimeNs")).toString().toLongLong();
    s.ctimeNs = f.value(QStringLiteral("ctimeNs")).toString().toLongLong();
    return s;
}

std::optional<Manifest> fromJson(const QJsonObject &o)
{
    Manifest m;
    if (o.value(QStringLiteral("format")).toInt() != kFormat)
        return std::nullopt;
    m.key = o.value(QStringLiteral("key")).toString();
    m.topics = unsigned(o.value(QStringLiteral("topics")).toInt());
    const QJsonObject facts = o.value(QStringLiteral("facts")).toObject();
    m.facts.source = facts.value(QStringLiteral("source")).toString();
    if (facts.contains(QStringLiteral("architecture")))
        m.facts.architecture = facts.value(QStringLiteral("architecture")).toInt();
    if (facts.contains(QStringLiteral("build")))
        m.facts.build = quint32(facts.value(QStringLiteral("build")).toInteger());
    for (const QJsonValue &l : facts.value(QStringLiteral("languages")).toArray())
        m.facts.languages << l.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        ExtractedFile s{f.value(QStringLiteral("path")).toString(), recordedStamp(f)};
        if (!safeImagePath(s.path))
            return std::nullopt;
        m.files << s;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("folders")).toArray()) {
        if (!safeImagePath(v.toString()))
            return std::nullopt;
        m.folders << v.toString();
    }
    return m;
}

/// Why the entry at `entryDir` cannot be trusted for `key`; empty when every file it lists is
/// there unchanged. `missing` is set when there is no manifest at all (a new entry).
QString problemOf(const QString &entryDir, const QString &key, std::optional<Manifest> &manifest, bool &missing)
{
    QFile file(entryDir + u'/' + kManifest);
    missing = !file.exists();
    if (missing)
        return QStringLiteral("no entry");
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("manifest unreadable: %1").arg(file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    manifest = doc.isObject() ? fromJson(doc.object()) : std::nullopt;
    if (!manifest)
        return QStringLiteral("manifest damaged (%1)").arg(error.error == QJsonParseError::NoError ? QStringLiteral("unexpected content") : error.errorString());
    if (manifest->key != key)
        return QStringLiteral("manifest is for another WIM file or index");
    const QString imageDir = entryDir + u'/' + kImage;
    for (const ExtractedFile &f : std::as_const(manifest->files))
        if (stampOf(imageDir, f.path) != f)
            return QStringLiteral("%1 was changed or removed after extraction").arg(f.path);
    for (const QString &d : std::as_const(manifest->folders)) {
        struct stat st;
        if (::lstat(encoded(imageDir + d).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
            return QStringLiteral("folder %1 is missing").arg(d);
    }
    return {};
}

Status writeManifest(const QString &entryDir, const Manifest &m)
{
    const QString path = entryDir + u'/' + kManifest;
    if (const Status written = writeFileAtomically(path, QJsonDocument(toJson(m)).toJson(QJsonDocument::Compact)); !written)
        return Error::make(QStringLiteral("inventory.cache-failed"), Tr::tr("Could not write the inventory cache entry %1.").arg(path),
                           written.error().detail);
    return {};
}

/// Removes the entries other than `keep` that were not used for kIdleSeconds or are beyond the
/// kMaxEntries most recently used (the lock file's modification time is the last use).
void evict(const QString &folder, const QString &keep, OperationContext &context)
{
    QFileInfoList locks = QDir(folder).entryInfoList({QStringLiteral("*.lock")}, QDir::Files | QDir::Hidden, QDir::Time);
    int kept = 1;
    for (const QFileInfo &lock : std::as_const(locks)) {
        const QString name = lock.completeBaseName();
        if (name == keep || lock.fileName() == kCacheLock)
            continue;
        const bool idle = lock.lastModified().secsTo(QDateTime::currentDateTime()) > InventoryCache::kIdleSeconds;
        if (!idle && kept < InventoryCache::kMaxEntries) {
            ++kept;
            continue;
        }
        if (removeEntry(folder, name))
            context.decision(QStringLiteral("Removed the inventory cache entry %1 (%2)").arg(name, idle ? QStringLiteral("unused for 15 minutes")
                                                                                                      : QStringLiteral("least recently used")));
        else
            ++kept;
    }
}

/// Moves what one extraction put into `incoming` into the entry's image folder.
Status mergeIncoming(const QString &incoming, const QString &imageDir, const InventoryExtraction &x)
{
    if (!QFileInfo::exists(imageDir))
        return ::rename(encoded(incoming).constData(), encoded(imageDir).constData()) == 0
            ? Status{}
            : Error::fromErrno(QStringLiteral("inventory.cache-failed"),
                               Tr::tr("Could not fill the inventory cache entry %1.").arg(imageDir), errno);
    QSet<QString> made;
    for (const QString &d : x.folders)
        QDir().mkpath(imageDir + d);
    for (const QString &f : x.files) {
        const QString parent = f.left(f.lastIndexOf(u'/'));
        if (!made.contains(parent) && QDir().mkpath(imageDir + parent))
            made.insert(parent);
        if (::rename(encoded(incoming + f).constData(), encoded(imageDir + f).constData()) != 0)
            return Error::fromErrno(QStringLiteral("inventory.cache-failed"),
                                    Tr::tr("Could not fill the inventory cache entry %1.").arg(imageDir), errno);
    }
    QDir(incoming).removeRecursively();
    return {};
}

/// Extracts the topics `manifest` lacks into the entry and records them. Runs under the
/// cache's write lock.
Status extend(const QString &entryDir, Manifest &manifest, const InventorySource &source, unsigned topics, int &extracted,
              OperationContext &context)
{
    const QString incoming = entryDir + u'/' + kIncoming;
    QDir(incoming).removeRecursively(); // left by a process that was killed while extracting
    QSet<QString> present;
    for (const ExtractedFile &f : std::as_const(manifest.files))
        present.insert(f.path);
    const unsigned missing = topics & ~manifest.topics;
    auto x = InventoryRoot::extract(source, missing, incoming, present, context);
    if (!x) {
        QDir(incoming).removeRecursively();
        return x.error();
    }
    const QString imageDir = entryDir + u'/' + kImage;
    WB_TRY(mergeIncoming(incoming, imageDir, *x));
    for (const QString &f : std::as_const(x->files)) {
        const auto stamp = stampOf(imageDir, f);
        if (!stamp)
            return Error::make(QStringLiteral("inventory.cache-failed"),
                               Tr::tr("The extracted file %1 is missing from the inventory cache entry %2.").arg(f, entryDir));
        manifest.files << *stamp;
    }
    for (const QString &d : std::as_const(x->folders))
        if (!manifest.folders.contains(d))
            manifest.folders << d;
    manifest.topics |= missing;
    manifest.facts = x->facts;
    extracted = int(x->files.size());
    return writeManifest(entryDir, manifest);
}

/// A miss extracts the files of every topic, not only of those asked for: opening the WIM and
/// loading the index's metadata cost more than the few extra files (README, "Cache"), and the
/// next commands on the index, whatever they ask, then need no WIM at all. Should a file of
/// another topic fail (a damaged blob), only the topics asked for are extracted, so this command
/// does not fail for what it does not read.
Status extendOnMiss(const QString &entryDir, Manifest &manifest, const InventorySource &source, unsigned topics, int &extracted,
                    OperationContext &context)
{
    Status all = extend(entryDir, manifest, source, AllTopics, extracted, context);
    if (all.ok() || topics == AllTopics || context.isCancelled())
        return all;
    context.decision(
        QStringLiteral("Extracting the files of every topic failed (%1); extracting only those asked for").arg(all.error().oneLine()));
    return extend(entryDir, manifest, source, topics, extracted, context);
}

} // namespace

QString InventoryCache::folder(const QString &scratchRoot)
{
    const QString root = scratchRoot.isEmpty() ? ScratchDirectory::defaultRoot() : scratchRoot;
    return QDir(root).absoluteFilePath(QStringLiteral("wimbench-inventory-%1").arg(::geteuid()));
}

namespace {

/// The miss path: under the write lock, checks the entry again (another process may have just
/// filled it), replaces an untrusted one when nobody uses it, and extracts what is missing.
Result<std::optional<InventoryCache::Entry>> fill(const QString &folder, const QString &key, InventoryCacheLease lease,
                                                  const InventorySource &source, unsigned topics, OperationContext &context)
{
    auto writing = lockForWriting(folder, context);
    if (!writing)
        return writing.error();
    const QString name = entryName(key);
    const QString entryDir = folder + u'/' + name;
    std::optional<Manifest> manifest;
    bool missing = false;
    const QString problem = problemOf(entryDir, key, manifest, missing);
    if (!problem.isEmpty() && !missing) {
        context.decision(QStringLiteral("Not trusting the inventory cache entry %1: %2").arg(entryDir, problem));
        if (!lease.relock(FileLock::Mode::Exclusive, FileLock::Wait::DontWait)) {
            context.decision(QStringLiteral("The entry is in use by another process: extracting without the cache"));
            return std::optional<InventoryCache::Entry>();
        }
        QDir(entryDir).removeRecursively();
        (void)lease.relock(FileLock::Mode::Shared, FileLock::Wait::Block);
    }
    if (!problem.isEmpty())
        manifest = Manifest{key, 0, {}, {}, {}};
    evict(folder, name, context);
    if (!QDir().mkpath(entryDir))
        return Error::fromErrno(QStringLiteral("inventory.cache-failed"),
                                Tr::tr("Could not create the inventory cache entry %1.").arg(entryDir), errno);
    int extracted = 0;
    if ((topics & ~manifest->topics) != 0)
        WB_TRY(extendOnMiss(entryDir, *manifest, source, topics, extracted, context));
    ::futimens(lease.fd(), nullptr);
    return std::optional<InventoryCache::Entry>(InventoryCache::Entry{entryDir + u'/' + kImage, manifest->facts, extracted, std::move(lease)});
}

} // namespace

Result<std::optional<InventoryCache::Entry>> InventoryCache::open(const QString &scratchRoot, const InventorySource &source,
                                                                  unsigned topics, OperationContext &context)
{
    const QString key = keyOf(source);
    if (key.isEmpty())
        return std::optional<Entry>();
    const QString cache = folder(scratchRoot);
    if (const QString problem = privateFolderProblem(cache); !problem.isEmpty()) {
        context.warning(
            QStringLiteral("The inventory cache %1 is not used: %2. The files are extracted for this command only.").arg(cache, problem));
        return std::optional<Entry>();
    }
    const QString name = entryName(key);
    auto locked = lockFile(cache + u'/' + name + QStringLiteral(".lock"), FileLock::Mode::Shared, FileLock::Wait::Block);
    if (!locked)
        return std::optional<Entry>();
    InventoryCacheLease lease = std::move(*locked);
    std::optional<Manifest> manifest;
    bool missing = false;
    const QString problem = problemOf(cache + u'/' + name, key, manifest, missing);
    if (problem.isEmpty() && (topics & ~manifest->topics) == 0) {
        ::futimens(lease.fd(), nullptr);
        context.info(QStringLiteral("Inventory of %1: reusing %2 file(s) extracted earlier into %3")
                         .arg(source.describe())
                         .arg(manifest->files.size())
                         .arg(cache + u'/' + name));
        return std::optional<Entry>(Entry{cache + u'/' + name + u'/' + kImage, manifest->facts, 0, std::move(lease)});
    }
    return fill(cache, key, std::move(lease), source, topics, context);
}

int InventoryCache::removeUnused(const QString &scratchRoot, OperationContext &context)
{
    const QString cache = folder(scratchRoot);
    if (!QFileInfo(cache).isDir() || !privateFolderProblem(cache).isEmpty())
        return 0;
    auto writing = lockForWriting(cache, context);
    if (!writing)
        return 0;
    int removed = 0;
    const QFileInfoList entries = QDir(cache).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System);
    for (const QFileInfo &e : entries) {
        if (!e.isDir() || e.isSymLink())
            continue;
        if (removeEntry(cache, e.fileName())) {
            context.decision(QStringLiteral("Removed the inventory cache entry %1").arg(e.absoluteFilePath()));
            ++removed;
        }
    }
    return removed;
}

} // namespace wb
