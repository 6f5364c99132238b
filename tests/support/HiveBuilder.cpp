// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HiveBuilder.h"

#include "registry/RegistryName.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

namespace wb::test {
namespace {

constexpr quint32 NoCell = 0xFFFFFFFF;
constexpr quint64 FixedTime = 0x01D9000000000000ULL; // a FILETIME in 2022, the same on every run
constexpr qsizetype BinHeader = 0x20;

QByteArray sid(quint32 first, quint32 second = 0, bool two = false)
{
    QByteArray s(8, '\0');
    s[0] = 1;
    s[1] = char(two ? 2 : 1);
    s[7] = 5; // NT AUTHORITY
    QByteArray sub(4, '\0');
    qToLittleEndian(first, sub.data());
    s += sub;
    if (two) {
        qToLittleEndian(second, sub.data());
        s += sub;
    }
    return s;
}

QByteArray allowAce(quint32 mask, const QByteArray &who)
{
    QByteArray ace(8, '\0');
    ace[0] = 0;    // ACCESS_ALLOWED_ACE_TYPE
    ace[1] = 0x02; // CONTAINER_INHERIT_ACE
    qToLittleEndian<quint16>(quint16(8 + who.size()), ace.data() + 2);
    qToLittleEndian<quint32>(mask, ace.data() + 4);
    return ace + who;
}

/// Self-relative descriptor: owner Administrators, group SYSTEM, DACL Administrators and SYSTEM
/// KEY_ALL_ACCESS, Users KEY_READ.
QByteArray securityDescriptor()
{
    const QByteArray system = sid(18), admins = sid(32, 544, true), users = sid(32, 545, true);
    const QByteArray aces = allowAce(0xF003F, admins) + allowAce(0xF003F, system) + allowAce(0x20019, users);
    QByteArray acl(8, '\0');
    acl[0] = 2;
    qToLittleEndian<quint16>(quint16(8 + aces.size()), acl.data() + 2);
    qToLittleEndian<quint16>(3, acl.data() + 4);
    acl += aces;
    QByteArray sd(20, '\0');
    sd[0] = 1;
    qToLittleEndian<quint16>(0x8004, sd.data() + 2); // SE_SELF_RELATIVE | SE_DACL_PRESENT
    qToLittleEndian<quint32>(quint32(20 + acl.size()), sd.data() + 4);
    qToLittleEndian<quint32>(quint32(20 + acl.size() + admins.size()), sd.data() + 8);
    qToLittleEndian<quint32>(20, sd.data() + 16);
    return sd + acl + admins + system;
}

/// A name as stored: Latin-1 with the compressed flag when every character fits, else UTF-16LE.
QByteArray storedName(const QString &name, bool *compressed)
{
    *compressed = std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() <= 0xFF; });
    if (*compressed)
        return name.toLatin1();
    QByteArray out(name.size() * 2, '\0');
    for (qsizetype i = 0; i < name.size(); ++i)
        qToLittleEndian<quint16>(name.at(i).unicode(), out.data() + 2 * i);
    return out;
}

quint32 lhHash(const QString &name)
{
    quint32 h = 0;
    for (QChar c : RegistryName::folded(name))
        h = h * 37 + c.unicode();
    return h;
}

/// Hive bins with cells appended in order; offsets are relative to the first bin, as in the format.
class BinWriter
{
public:
    quint32 alloc(qsizetype size)
    {
        size = (size + 7) & ~qsizetype(7);
        if (m_end - m_used < size) {
            freeRest();
            const qsizetype binSize = (size + BinHeader + 0xFFF) & ~qsizetype(0xFFF);
            const qsizetype start = m_bins.size();
            m_bins.append(QByteArray(binSize, '\0'));
            memcpy(m_bins.data() + start, "hbin", 4);
            put32(start + 4, quint32(start));
            put32(start + 8, quint32(binSize));
            put64(start + 0x14, FixedTime);
            m_used = start + BinHeader;
            m_end = start + binSize;
        }
        const qsizetype offset = m_used;
        put32(offset, quint32(-qint32(size)));
        m_used += size;
        return quint32(offset);
    }
    void put16(qsizetype at, quint16 v) { qToLittleEndian(v, m_bins.data() + at); }
    void put32(qsizetype at, quint32 v) { qToLittleEndian(v, m_bins.data() + at); }
    void put64(qsizetype at, quint64 v) { qToLittleEndian(v, m_bins.data() + at); }
    void putBytes(qsizetype at, const QByteArray &b) { memcpy(m_bins.data() + at, b.constData(), size_t(b.size())); }
    QByteArray finish()
    {
        freeRest();
        return m_bins;
    }

private:
    void freeRest()
    {
        if (m_end > m_used)
            put32(m_used, quint32(m_end - m_used)); // a free cell: positive size
        m_used = m_end;
    }
    QByteArray m_bins;
    qsizetype m_used = 0;
    qsizetype m_end = 0;
};

class HiveWriter
{
public:
    QByteArray write(const HiveBuilder::Key &root)
    {
        const QByteArray sd = securityDescriptor();
        m_sk = m_bins.alloc(4 + 0x14 + sd.size());
        m_bins.putBytes(m_sk + 4, "sk");
        m_bins.put32(m_sk + 8, m_sk);
        m_bins.put32(m_sk + 12, m_sk);
        m_bins.put32(m_sk + 20, quint32(sd.size()));
        m_bins.putBytes(m_sk + 24, sd);
        const quint32 rootCell = emitKey(root, 0, true);
        m_bins.put32(m_sk + 16, m_keys);
        return baseBlock(rootCell, m_bins.finish());
    }

private:
    quint32 emitValue(const RegistryValue &v)
    {
        bool compressed = false;
        const QByteArray name = storedName(v.name, &compressed);
        const quint32 vk = m_bins.alloc(4 + 0x14 + name.size());
        m_bins.putBytes(vk + 4, "vk");
        m_bins.put16(vk + 6, quint16(name.size()));
        m_bins.put32(vk + 16, quint32(v.type));
        m_bins.put16(vk + 20, (compressed && !name.isEmpty()) ? 1 : 0);
        m_bins.putBytes(vk + 24, name);
        if (v.data.size() <= 4) {
            m_bins.put32(vk + 8, 0x80000000u | quint32(v.data.size()));
            m_bins.putBytes(vk + 12, v.data);
        } else {
            Q_ASSERT(v.data.size() <= 16344);
            const quint32 data = m_bins.alloc(4 + v.data.size());
            m_bins.putBytes(data + 4, v.data);
            m_bins.put32(vk + 8, quint32(v.data.size()));
            m_bins.put32(vk + 12, data);
        }
        return vk;
    }

    void emitValues(quint32 nk, const QList<RegistryValue> &values)
    {
        if (values.isEmpty())
            return;
        quint32 maxName = 0, maxData = 0;
        QList<quint32> cells;
        for (const RegistryValue &v : values) {
            cells << emitValue(v);
            maxName = std::max(maxName, quint32(v.name.size() * 2));
            maxData = std::max(maxData, quint32(v.data.size()));
        }
        const quint32 list = m_bins.alloc(4 + 4 * cells.size());
        for (qsizetype i = 0; i < cells.size(); ++i)
            m_bins.put32(list + 4 + 4 * i, cells[i]);
        m_bins.put32(nk + 4 + 0x24, quint32(cells.size()));
        m_bins.put32(nk + 4 + 0x28, list);
        m_bins.put32(nk + 4 + 0x3C, maxName);
        m_bins.put32(nk + 4 + 0x40, maxData);
    }

    void emitSubkeys(quint32 nk, const QList<HiveBuilder::Key> &subkeys)
    {
        if (subkeys.isEmpty())
            return;
        QList<HiveBuilder::Key> sorted = subkeys;
        std::sort(sorted.begin(), sorted.end(), [](const HiveBuilder::Key &a, const HiveBuilder::Key &b) {
            return RegistryName::folded(a.name) < RegistryName::folded(b.name);
        });
        QList<quint32> cells;
        quint32 maxName = 0;
        for (const HiveBuilder::Key &k : sorted) {
            cells << emitKey(k, nk, false);
            maxName = std::max(maxName, quint32(k.name.size() * 2));
        }
        const quint32 lh = m_bins.alloc(4 + 4 + 8 * cells.size());
        m_bins.putBytes(lh + 4, "lh");
        m_bins.put16(lh + 6, quint16(cells.size()));
        for (qsizetype i = 0; i < cells.size(); ++i) {
            m_bins.put32(lh + 8 + 8 * i, cells[i]);
            m_bins.put32(lh + 12 + 8 * i, lhHash(sorted[i].name));
        }
        m_bins.put32(nk + 4 + 0x14, quint32(cells.size()));
        m_bins.put32(nk + 4 + 0x1C, lh);
        m_bins.put32(nk + 4 + 0x34, maxName);
    }

    quint32 emitKey(const HiveBuilder::Key &key, quint32 parent, bool isRoot)
    {
        bool compressed = false;
        const QByteArray name = storedName(key.name, &compressed);
        const quint32 nk = m_bins.alloc(4 + 0x4C + name.size());
        const qsizetype r = nk + 4;
        m_bins.putBytes(r, "nk");
        m_bins.put16(r + 2, quint16((compressed ? 0x20 : 0) | (isRoot ? 0x0C : 0))); // COMP_NAME, HIVE_ENTRY|NO_DELETE
        m_bins.put64(r + 4, FixedTime);
        m_bins.put32(r + 0x10, parent);
        for (const int at : {0x1C, 0x20, 0x28, 0x30})
            m_bins.put32(r + at, NoCell);
        m_bins.put32(r + 0x2C, m_sk);
        m_bins.put16(r + 0x48, quint16(name.size()));
        m_bins.putBytes(r + 0x4C, name);
        ++m_keys;
        emitValues(nk, key.values);
        emitSubkeys(nk, key.subkeys);
        return nk;
    }

    static QByteArray baseBlock(quint32 rootCell, const QByteArray &bins)
    {
        QByteArray base(0x1000, '\0');
        memcpy(base.data(), "regf", 4);
        auto put32 = [&](int at, quint32 v) { qToLittleEndian(v, base.data() + at); };
        put32(0x04, 1);
        put32(0x08, 1); // equal sequence numbers: a clean hive
        qToLittleEndian<quint64>(FixedTime, base.data() + 0x0C);
        put32(0x14, 1);
        put32(0x18, 5);
        put32(0x1C, 0); // primary file
        put32(0x20, 1); // direct memory load
        put32(0x24, rootCell);
        put32(0x28, quint32(bins.size()));
        put32(0x2C, 1);
        quint32 sum = 0;
        for (int i = 0; i < 0x1FC; i += 4)
            sum ^= qFromLittleEndian<quint32>(base.constData() + i);
        put32(0x1FC, sum);
        return base + bins;
    }

    BinWriter m_bins;
    quint32 m_sk = 0;
    quint32 m_keys = 0;
};

} // namespace

HiveBuilder::HiveBuilder(const QString &rootName)
{
    m_root.name = rootName;
}

HiveBuilder::HiveBuilder(const Key &root)
    : m_root(root)
{
}

HiveBuilder::Key &HiveBuilder::key(const QString &path)
{
    Key *current = &m_root;
    for (const QString &part : RegistryName::split(path)) {
        auto it = std::find_if(current->subkeys.begin(), current->subkeys.end(),
                               [&](const Key &k) { return RegistryName::equal(k.name, part); });
        if (it == current->subkeys.end()) {
            current->subkeys.append(Key{part, {}, {}});
            current = &current->subkeys.last();
        } else {
            current = &*it;
        }
    }
    return *current;
}

HiveBuilder &HiveBuilder::addKey(const QString &path)
{
    key(path);
    return *this;
}

HiveBuilder &HiveBuilder::setValue(const QString &path, const RegistryValue &value)
{
    Key &k = key(path);
    k.values.removeIf([&](const RegistryValue &v) { return RegistryName::equal(v.name, value.name); });
    k.values.append(value);
    return *this;
}

QByteArray HiveBuilder::build() const
{
    return HiveWriter().write(m_root);
}

bool HiveBuilder::writeTo(const QString &file) const
{
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return false;
    QFile f(file);
    const QByteArray bytes = build();
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace wb::test
