// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HiveLeaves.h"

#include "HiveFile.h"
#include "RegistryName.h"

#include <QFile>
#include <QList>
#include <QtEndian>

#include <algorithm>
#include <cerrno>

namespace wb::HiveLeaves {
namespace {

constexpr qsizetype BinsStart = 0x1000;

struct Entry
{
    quint32 offset; ///< relative to the first hbin, as stored
    quint32 hash;
    QString folded;
};

quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

/// The name of the nk cell at relative offset `rel`; null when it is not a well-formed nk cell.
QString nodeName(const QByteArray &b, quint32 rel)
{
    const qsizetype cell = BinsStart + qsizetype(rel);
    if (cell < BinsStart || cell + 4 + 0x4C > b.size() || b.mid(cell + 4, 2) != "nk")
        return {};
    const quint16 flags = qFromLittleEndian<quint16>(b.constData() + cell + 6);
    const quint16 length = qFromLittleEndian<quint16>(b.constData() + cell + 4 + 0x48);
    const qsizetype at = cell + 4 + 0x4C;
    if (at + length > b.size())
        return {};
    if (flags & 0x20)
        return QString::fromLatin1(b.constData() + at, length);
    QString name(length / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < name.size(); ++i)
        name[i] = QChar(qFromLittleEndian<quint16>(b.constData() + at + 2 * i));
    return name;
}

/// Fixes one lh cell at absolute offset `cell` of `size` bytes; true when it changed.
bool repairLeaf(QByteArray &b, qsizetype cell, qsizetype size, const QSet<quint64> &nodes)
{
    const quint16 count = qFromLittleEndian<quint16>(b.constData() + cell + 6);
    if (8 + 8 * qsizetype(count) > size)
        return false;
    QList<Entry> entries;
    bool ours = false;
    for (int i = 0; i < count; ++i) {
        const qsizetype at = cell + 8 + 8 * i;
        Entry e{u32(b, at), u32(b, at + 4), {}};
        const QString name = nodeName(b, e.offset);
        if (name.isNull())
            return false; // not ours to judge: leave a leaf we cannot read as it is
        e.folded = RegistryName::folded(name);
        if (nodes.contains(BinsStart + quint64(e.offset))) {
            ours = true;
            e.hash = hash(name);
        }
        entries << e;
    }
    if (!ours)
        return false;
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) { return x.folded < y.folded; });
    for (int i = 0; i < count; ++i) {
        qToLittleEndian(entries[i].offset, b.data() + cell + 8 + 8 * i);
        qToLittleEndian(entries[i].hash, b.data() + cell + 12 + 8 * i);
    }
    return true;
}

/// Walks every hbin and cell of the hive bytes; true when a leaf changed.
bool repairAll(QByteArray &b, const QSet<quint64> &nodes)
{
    bool changed = false;
    for (qsizetype bin = BinsStart; bin + 0x20 <= b.size();) {
        const qsizetype binSize = u32(b, bin + 8);
        if (b.mid(bin, 4) != "hbin" || binSize < 0x20 || bin + binSize > b.size())
            break;
        for (qsizetype cell = bin + 0x20; cell + 8 <= bin + binSize;) {
            const qint32 raw = qFromLittleEndian<qint32>(b.constData() + cell);
            const qsizetype size = raw < 0 ? -qsizetype(raw) : qsizetype(raw);
            if (size < 8 || cell + size > bin + binSize)
                break;
            if (raw < 0 && b.mid(cell + 4, 2) == "lh")
                changed |= repairLeaf(b, cell, size, nodes);
            cell += size;
        }
        bin += binSize;
    }
    return changed;
}

} // namespace

quint32 hash(const QString &name)
{
    quint32 h = 0;
    for (const QChar c : RegistryName::folded(name))
        h = 37 * h + c.unicode();
    return h;
}

Status repair(const QString &file, const QSet<quint64> &nodes)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite))
        return HiveFile::commitFailed(file, EIO);
    QByteArray bytes = f.readAll();
    if (!repairAll(bytes, nodes))
        return {};
    if (!f.seek(0) || f.write(bytes) != bytes.size() || !f.flush())
        return HiveFile::commitFailed(file, EIO);
    return {};
}

} // namespace wb::HiveLeaves
