// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hive.h"

#include "HiveFile.h"
#include "HiveLeaves.h"
#include "RegistryName.h"
#include "core/OwnedTemporary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopedPointer>

#include <hivex.h>

#include <cerrno>
#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <vector>

namespace wb {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::Hive)
};

/// Largest value data Windows keeps in one cell; bigger data needs a "db" (big data) record, which
/// libhivex 1.3 reads but does not write (regf specification, "Big data").
constexpr qsizetype MaxCellData = 16344;

/// A malloc()ed pointer from libhivex, freed (std::free) at scope end.
template<typename T>
using Malloced = QScopedPointer<T, QScopedPointerPodDeleter>;

QString errnoText(int err)
{
    return QStringLiteral("libhivex: errno %1: %2").arg(err).arg(QString::fromLocal8Bit(std::strerror(err)));
}

Error invalidName(const QString &name, const QString &why)
{
    return Error::make(QStringLiteral("registry.invalid-name"), Tr::tr("\"%1\" cannot be used as a registry name: %2.").arg(name, why));
}

Error dirtyHive(const QString &path, const HiveFile::Header &header)
{
    return Error::make(QStringLiteral("registry.dirty-hive"),
                       Tr::tr("The registry hive %1 was not closed cleanly: changes are still pending in its transaction logs "
                              "(%2.LOG1, %2.LOG2), which only Windows can apply. Start the image once in Windows (or "
                              "service it with DISM on Windows) so the hive is written completely, then try again.")
                           .arg(path, QFileInfo(path).fileName()),
                       QStringLiteral("sequence numbers %1 and %2").arg(header.primarySequence).arg(header.secondarySequence));
}

Status checkName(const QString &name, int maxLength)
{
    if (name.contains(QChar(0)))
        return invalidName(name, Tr::tr("it contains a NUL character"));
    if (name.size() > maxLength)
        return invalidName(name, Tr::tr("it is longer than %1 characters").arg(maxLength));
    return {};
}
} // namespace

struct Hive::Handle
{
    hive_h *h = nullptr;
    ~Handle()
    {
        if (h)
            hivex_close(h);
    }
};

Hive::Hive(Hive &&other) noexcept = default;
Hive &Hive::operator=(Hive &&other) noexcept = default;
Hive::~Hive()
{
    discardTemporary();
}

Error Hive::corrupt(const QString &what) const
{
    return HiveFile::corrupt(m_path, what, errnoText(errno));
}

Result<Hive> Hive::open(const QString &pathIn, Mode mode)
{
    const QString path = QFileInfo(pathIn).absoluteFilePath();
    const auto header = HiveFile::readHeader(path);
    if (!header)
        return header.error();
    if (mode == Mode::Write && header->isDirty())
        return dirtyHive(path, *header);
    Hive hive;
    hive.m_path = path;
    hive.m_header = *header;
    // Stamped before parsing: a file replaced meanwhile then differs from the stamp, so isCurrent()
    // errs towards parsing again, never towards a stale handle.
    hive.m_stamp = FileStamp::of(path);
    hive.m_handle = std::make_unique<Handle>();
    // Always read into memory (the WRITE flag), never mmap(): a file changed under a mapping would
    // crash the process. Read-only hives simply never commit.
    errno = 0;
    hive.m_handle->h = hivex_open(QFile::encodeName(path).constData(), HIVEX_OPEN_WRITE);
    if (!hive.m_handle->h)
        return hive.corrupt(Tr::tr("libhivex cannot read its structure"));
    if (mode == Mode::Write)
        WB_TRY(hive.enableWriting());
    return hive;
}

Status Hive::enableWriting()
{
    if (m_mode == Mode::Write)
        return {};
    if (m_header.isDirty())
        return dirtyHive(m_path, m_header);
    HiveFile::removeStaleTemporaries(m_path);
    m_mode = Mode::Write;
    return {};
}

bool Hive::isCurrent() const
{
    return !m_modified && fileUnchanged();
}

bool Hive::fileUnchanged() const
{
    return m_stamp.exists && FileStamp::of(m_path) == m_stamp;
}

RegistryKey Hive::root() const
{
    return RegistryKey{quint64(hivex_root(m_handle->h))};
}

Result<QString> Hive::keyName(RegistryKey key) const
{
    const Malloced<char> name(hivex_node_name(m_handle->h, hive_node_h(key.node)));
    if (!name.get())
        return corrupt(Tr::tr("the name of a key cannot be read"));
    return QString::fromUtf8(name.get());
}

Result<QList<RegistryKey>> Hive::subkeys(RegistryKey key) const
{
    const Malloced<hive_node_h> children(hivex_node_children(m_handle->h, hive_node_h(key.node)));
    if (!children.get())
        return corrupt(Tr::tr("the subkey list of a key cannot be read"));
    QList<RegistryKey> out;
    for (hive_node_h *c = children.get(); *c; ++c)
        out << RegistryKey{quint64(*c)};
    return out;
}

Result<QStringList> Hive::subkeyNames(RegistryKey key) const
{
    const auto keys = subkeys(key);
    if (!keys)
        return keys.error();
    QStringList out;
    for (const RegistryKey &k : *keys) {
        auto name = keyName(k);
        if (!name)
            return name.error();
        out << *name;
    }
    return out;
}

Result<std::optional<RegistryKey>> Hive::child(RegistryKey parent, const QString &name) const
{
    const auto keys = subkeys(parent);
    if (!keys)
        return keys.error();
    for (const RegistryKey &k : *keys) {
        const auto kn = keyName(k);
        if (!kn)
            return kn.error();
        if (RegistryName::equal(*kn, name))
            return std::optional<RegistryKey>(k);
    }
    return std::optional<RegistryKey>();
}

Result<std::optional<RegistryKey>> Hive::findKey(const QString &path) const
{
    return findKey(root(), path);
}

Result<std::optional<RegistryKey>> Hive::findKey(RegistryKey from, const QString &path) const
{
    RegistryKey current = from;
    for (const QString &part : RegistryName::split(path)) {
        const auto next = child(current, part);
        if (!next || !next->has_value())
            return next;
        current = **next;
    }
    return std::optional<RegistryKey>(current);
}

Result<RegistryValue> Hive::readValue(quint64 valueHandle) const
{
    const auto v = hive_value_h(valueHandle);
    const Malloced<char> key(hivex_value_key(m_handle->h, v));
    if (!key.get())
        return corrupt(Tr::tr("the name of a value cannot be read"));
    hive_type type = hive_t_none;
    size_t len = 0;
    const Malloced<char> data(hivex_value_value(m_handle->h, v, &type, &len));
    if (!data.get())
        return corrupt(Tr::tr("the data of the value \"%1\" cannot be read").arg(QString::fromUtf8(key.get())));
    return RegistryValue{QString::fromUtf8(key.get()), RegistryType(type), QByteArray(data.get(), qsizetype(len))};
}

Result<QList<RegistryValue>> Hive::values(RegistryKey key) const
{
    const Malloced<hive_value_h> list(hivex_node_values(m_handle->h, hive_node_h(key.node)));
    if (!list.get())
        return corrupt(Tr::tr("the value list of a key cannot be read"));
    QList<RegistryValue> out;
    for (hive_value_h *v = list.get(); *v; ++v) {
        auto value = readValue(quint64(*v));
        if (!value)
            return value.error();
        out << std::move(value).value();
    }
    return out;
}

Result<std::optional<RegistryValue>> Hive::value(RegistryKey key, const QString &name) const
{
    const auto all = values(key);
    if (!all)
        return all.error();
    for (const RegistryValue &v : *all) {
        if (RegistryName::equal(v.name, name))
            return std::optional<RegistryValue>(v);
    }
    return std::optional<RegistryValue>();
}

Result<std::optional<RegistryValue>> Hive::value(const QString &keyPath, const QString &name) const
{
    const auto key = findKey(keyPath);
    if (!key)
        return key.error();
    if (!key->has_value())
        return std::optional<RegistryValue>();
    return value(**key, name);
}

Status Hive::requireWritable() const
{
    if (m_mode == Mode::Write)
        return {};
    return Error::make(QStringLiteral("registry.read-only"),
                       Tr::tr("The registry hive %1 was opened read-only and cannot be changed.").arg(m_path));
}

Result<RegistryKey> Hive::createKey(const QString &path)
{
    WB_TRY(requireWritable());
    RegistryKey current = root();
    for (const QString &part : RegistryName::split(path)) {
        WB_TRY(checkName(part, RegistryName::MaxKeyNameLength));
        const auto existing = child(current, part);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            current = **existing;
            continue;
        }
        const hive_node_h added = hivex_node_add_child(m_handle->h, hive_node_h(current.node), part.toUtf8().constData());
        if (!added)
            return Error::make(QStringLiteral("registry.write-failed"),
                               Tr::tr("The key \"%1\" cannot be added to the registry hive %2.").arg(path, m_path), errnoText(errno));
        m_modified = true;
        current = RegistryKey{quint64(added)};
        if (std::any_of(part.begin(), part.end(), [](QChar c) { return c.unicode() > 0x7F; }))
            m_nonAsciiKeys.insert(current.node);
    }
    return current;
}

Result<bool> Hive::deleteKey(const QString &path)
{
    WB_TRY(requireWritable());
    const auto key = findKey(path);
    if (!key)
        return key.error();
    if (!key->has_value())
        return false;
    if (**key == root())
        return invalidName(path, Tr::tr("the root key of a hive cannot be deleted"));
    if (hivex_node_delete_child(m_handle->h, hive_node_h((*key)->node)) != 0)
        return Error::make(QStringLiteral("registry.write-failed"),
                           Tr::tr("The key \"%1\" cannot be deleted from the registry hive %2.").arg(path, m_path), errnoText(errno));
    m_modified = true;
    return true;
}

Status Hive::writeValues(RegistryKey key, const QList<RegistryValue> &values)
{
    std::vector<QByteArray> names;
    std::vector<hive_set_value> set;
    names.reserve(size_t(values.size()));
    for (const RegistryValue &v : values) {
        if (v.data.size() > MaxCellData)
            return Error::make(QStringLiteral("registry.value-too-large"),
                               Tr::tr("The value \"%1\" holds %2 bytes; values over %3 bytes cannot be written into a hive yet, so "
                                      "the key holding it is left unchanged in %4.")
                                   .arg(v.name)
                                   .arg(v.data.size())
                                   .arg(MaxCellData)
                                   .arg(m_path));
        names.push_back(v.name.toUtf8());
        set.push_back(hive_set_value{names.back().data(), hive_type(v.type), size_t(v.data.size()), const_cast<char *>(v.data.constData())});
    }
    if (hivex_node_set_values(m_handle->h, hive_node_h(key.node), set.size(), set.data(), 0) != 0)
        return Error::make(QStringLiteral("registry.write-failed"),
                           Tr::tr("The values of a key cannot be written into the registry hive %1.").arg(m_path), errnoText(errno));
    m_modified = true;
    return {};
}

Status Hive::setValue(RegistryKey key, const RegistryValue &value)
{
    WB_TRY(requireWritable());
    WB_TRY(checkName(value.name, RegistryName::MaxValueNameLength));
    auto all = values(key);
    if (!all)
        return all.error();
    bool replaced = false;
    for (RegistryValue &v : *all) {
        if (RegistryName::equal(v.name, value.name)) {
            v = value;
            replaced = true;
        }
    }
    if (!replaced)
        all->append(value);
    return writeValues(key, *all);
}

Result<bool> Hive::deleteValue(RegistryKey key, const QString &name)
{
    WB_TRY(requireWritable());
    auto all = values(key);
    if (!all)
        return all.error();
    const qsizetype removed = all->removeIf([&](const RegistryValue &v) { return RegistryName::equal(v.name, name); });
    if (removed == 0)
        return false;
    WB_TRY(writeValues(key, *all));
    return true;
}

Status Hive::writeTemporary()
{
    WB_TRY(requireWritable());
    discardTemporary();
    const QString temporary = QFileInfo(m_path).absoluteDir().filePath(OwnedTemporary::name(HiveFile::temporaryPrefix(m_path), QStringLiteral(".tmp")));
    Status written;
    if (hivex_commit(m_handle->h, QFile::encodeName(temporary).constData(), 0) != 0)
        written = HiveFile::commitFailed(m_path, errno);
    if (written && !m_nonAsciiKeys.isEmpty())
        written = HiveLeaves::repair(temporary, m_nonAsciiKeys);
    if (written)
        written = HiveFile::finishTemporary(temporary, m_path);
    if (written) {
        // What was written must parse again before it replaces the hive. Mapped, not copied: the
        // file is ours and complete, and a second copy in memory would double the peak.
        hive_h *check = hivex_open(QFile::encodeName(temporary).constData(), 0);
        if (check)
            hivex_close(check);
        else
            written = HiveFile::corrupt(temporary, Tr::tr("libhivex cannot read the hive it has just written"), errnoText(errno));
    }
    if (!written) {
        QFile::remove(temporary);
        return written;
    }
    m_temporary = temporary;
    return {};
}

Status Hive::replaceByTemporary()
{
    if (m_temporary.isEmpty())
        return HiveFile::commitFailed(m_path, ENOENT);
    const Status replaced = HiveFile::replace(m_temporary, m_path);
    if (!replaced) {
        discardTemporary();
        return replaced;
    }
    m_temporary.clear();
    m_modified = false;
    m_stamp = FileStamp::of(m_path);
    return {};
}

void Hive::discardTemporary()
{
    if (!m_temporary.isEmpty())
        QFile::remove(m_temporary);
    m_temporary.clear();
}

Status Hive::commit()
{
    WB_TRY(writeTemporary());
    return replaceByTemporary();
}

} // namespace wb
