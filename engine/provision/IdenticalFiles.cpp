// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdenticalFiles.h"

#include "core/FaultPoint.h"
#include "core/Operation.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <memory>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::IdenticalFiles)
};

constexpr qsizetype Chunk = 64 * 1024;
// Sets larger than this are split by digest first, so that no more files are open at once.
constexpr std::size_t MaxOpen = 128;

// One inode and every name it has under the folders.
struct Inode
{
    QStringList names;
    int fd = -1;
    QByteArray chunk; // the bytes read at the current offset
    bool failed = false;

    ~Inode() { close(); }
    bool open()
    {
        if (fd < 0)
            fd = ::open(QFile::encodeName(names.first()).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        failed = fd < 0;
        return !failed;
    }
    void close()
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
    // Reads exactly `length` bytes at `offset` into `chunk`; false when the file cannot be read
    // (or changed size), and then it takes no further part.
    bool readAt(quint64 offset, qsizetype length)
    {
        chunk.resize(length);
        qsizetype got = 0;
        while (got < length) {
            const ssize_t n = ::pread(fd, chunk.data() + got, std::size_t(length - got), off_t(offset) + got);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                failed = true;
                return false;
            }
            got += n;
        }
        return true;
    }
};

using Set = std::vector<Inode *>;

// Splits one set by the bytes each member holds in `chunk`.
void splitByChunk(const Set &set, std::vector<Set> &out)
{
    QHash<QByteArrayView, std::size_t> index;
    std::vector<Set> parts;
    for (Inode *i : set) {
        if (i->failed)
            continue;
        const auto it = index.constFind(QByteArrayView(i->chunk));
        if (it == index.cend()) {
            index.insert(QByteArrayView(i->chunk), parts.size());
            parts.push_back({i});
        } else {
            parts[*it].push_back(i);
        }
    }
    for (Set &p : parts) {
        if (p.size() >= 2)
            out.push_back(std::move(p));
    }
}

// Splits a set of same-size files into sets of identical content, reading them side by side.
Result<std::vector<Set>> splitInLockstep(Set set, quint64 size, OperationContext *context)
{
    std::vector<Set> work;
    for (Inode *i : set)
        i->open();
    work.push_back(std::move(set));
    for (quint64 offset = 0; offset < size && !work.empty(); offset += quint64(Chunk)) {
        if (context && context->isCancelled())
            return Error::cancelled();
        const qsizetype length = qsizetype(std::min<quint64>(quint64(Chunk), size - offset));
        std::vector<Set> next;
        for (const Set &s : work) {
            for (Inode *i : s) {
                if (!i->failed)
                    i->readAt(offset, length);
            }
            splitByChunk(s, next);
        }
        work = std::move(next);
    }
    for (const Set &s : work) {
        for (Inode *i : s)
            i->chunk = QByteArray();
    }
    return work;
}

// A 128-bit digest of a whole file (two seeded qHashBits chains), for splitting sets too large to
// compare side by side. Equal digests are only candidates: the lockstep comparison decides.
QByteArray digestOf(Inode &inode, quint64 size)
{
    if (!inode.open())
        return {};
    size_t a = 0x9e3779b97f4a7c15ULL, b = 0x2545f4914f6cdd1dULL;
    for (quint64 offset = 0; offset < size; offset += quint64(Chunk) * 16) {
        const qsizetype length = qsizetype(std::min<quint64>(quint64(Chunk) * 16, size - offset));
        if (!inode.readAt(offset, length))
            return {};
        a = qHashBits(inode.chunk.constData(), std::size_t(length), a);
        b = qHashBits(inode.chunk.constData(), std::size_t(length), b ^ a);
    }
    inode.close();
    inode.chunk = QByteArray();
    QByteArray key(sizeof a + sizeof b, Qt::Uninitialized);
    std::memcpy(key.data(), &a, sizeof a);
    std::memcpy(key.data() + sizeof a, &b, sizeof b);
    return key;
}

Result<std::vector<Set>> identicalSets(Set set, quint64 size, OperationContext *context)
{
    if (set.size() <= MaxOpen)
        return splitInLockstep(std::move(set), size, context);
    QHash<QByteArray, Set> byDigest;
    for (Inode *i : set) {
        if (context && context->isCancelled())
            return Error::cancelled();
        const QByteArray d = digestOf(*i, size);
        if (!d.isEmpty())
            byDigest[d].push_back(i);
    }
    std::vector<Set> out;
    for (const Set &candidates : std::as_const(byDigest)) {
        // Each candidate is compared with the first one, in batches that fit the open-file limit.
        Inode *first = candidates.front();
        Set same{first};
        for (std::size_t at = 1; at < candidates.size(); at += MaxOpen - 1) {
            Set batch{first};
            batch.insert(batch.end(), candidates.begin() + qsizetype(at), candidates.begin() + qsizetype(std::min(candidates.size(), at + MaxOpen - 1)));
            auto sets = splitInLockstep(batch, size, context);
            for (Inode *i : batch)
                i->close();
            if (!sets)
                return sets.error();
            for (const Set &s : *sets) {
                if (s.front() == first)
                    same.insert(same.end(), s.begin() + 1, s.end());
            }
        }
        if (same.size() >= 2)
            out.push_back(std::move(same));
    }
    return out;
}

Status linkOver(const QString &keep, const QString &duplicate)
{
    const QString tmp = duplicate + QStringLiteral(".wimbench-link");
    if (::link(QFile::encodeName(keep).constData(), QFile::encodeName(tmp).constData()) != 0)
        return Error::fromErrno(QStringLiteral("provision.link-failed"),
                                Tr::tr("A hard link to %1 could not be created; files linked so far stay linked.").arg(keep), errno);
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(duplicate).constData()) != 0) {
        const int err = errno;
        ::unlink(QFile::encodeName(tmp).constData());
        return Error::fromErrno(QStringLiteral("provision.link-failed"), Tr::tr("%1 could not be replaced by a hard link.").arg(duplicate),
                                err);
    }
    return {};
}

} // namespace

Result<IdenticalFilesResult> linkIdenticalFiles(const QStringList &folders, OperationContext *context)
{
    IdenticalFilesResult result;
    struct Key
    {
        dev_t dev;
        quint64 size;
        bool operator<(const Key &o) const { return dev != o.dev ? dev < o.dev : size < o.size; }
    };
    std::map<Key, std::map<ino_t, std::unique_ptr<Inode>>> groups;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            struct stat st;
            if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0)
                continue;
            auto &inode = groups[Key{st.st_dev, quint64(st.st_size)}][st.st_ino];
            if (!inode)
                inode = std::make_unique<Inode>();
            else
                ++result.alreadyLinked;
            inode->names << path;
            ++result.filesExamined;
        }
        if (context && context->isCancelled())
            return Error::cancelled();
    }

    quint64 groupsDone = 0;
    const quint64 groupCount = quint64(groups.size());
    for (auto &[key, inodes] : groups) {
        if (context)
            context->progress(Tr::tr("Comparing files"), groupsDone++, groupCount);
        if (context && context->isCancelled())
            return Error::cancelled();
        if (inodes.size() < 2)
            continue;
        Set set;
        for (auto &entry : inodes)
            set.push_back(entry.second.get());
        auto sets = identicalSets(std::move(set), key.size, context);
        for (auto &entry : inodes)
            entry.second->close();
        if (!sets)
            return sets.error();
        for (Set &same : *sets) {
            // The inode with the most names stays: fewest names to replace.
            std::stable_sort(same.begin(), same.end(), [](const Inode *x, const Inode *y) { return x->names.size() > y->names.size(); });
            const QString &keep = same.front()->names.first();
            for (std::size_t k = 1; k < same.size(); ++k) {
                for (const QString &name : same[k]->names) {
                    struct stat st;
                    if (::lstat(QFile::encodeName(name).constData(), &st) != 0)
                        continue;
                    WB_TRY(linkOver(keep, name));
                    ++result.filesLinked;
                    faultPoint("optimize.between-links");
                    // The duplicate's data is freed only when no other name pointed at it.
                    if (st.st_nlink == 1)
                        result.bytesSaved += key.size;
                    if (context)
                        context->debug(QStringLiteral("Linked %1 to %2 (%3 bytes)").arg(name, keep).arg(key.size));
                }
            }
        }
    }
    if (context)
        context->progress(Tr::tr("Comparing files"), groupCount, groupCount);
    return result;
}

} // namespace wb
