// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlockMap.h"

#include "ManifestXml.h"

#include "PackagePath.h"
#include "core/Digest.h"

#include <QCoreApplication>
#include <QDir>
#include <QXmlStreamReader>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::BlockMap)
};

Error invalid(const QString &file, const QString &what, const QString &detail = {})
{
    return Error::make(QStringLiteral("appx.blockmap-invalid"),
                       Tr::tr("The block map %1 is not valid: %2. The package is damaged.").arg(file, what), detail);
}
} // namespace

Result<BlockMap> BlockMap::parse(const QByteArray &xml, const QString &file)
{
    if (const QString reason = ManifestXml::tooManyAttributes(xml); !reason.isEmpty())
        return invalid(file, reason);
    BlockMap map;
    QXmlStreamReader reader(xml);
    bool sawRoot = false;
    BlockMapFile *current = nullptr;
    int hashLength = 32;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement()) {
            // A File with fewer Blocks than its size needs is not refused here: the first block
            // without a hash fails its check when the file is read (appx.block-hash-mismatch).
            if (reader.isEndElement() && reader.name() == QLatin1String("File"))
                current = nullptr;
            continue;
        }
        const auto name = reader.name();
        const auto attrs = reader.attributes();
        if (!sawRoot) {
            if (name != QLatin1String("BlockMap"))
                return invalid(file, Tr::tr("the root element is <%1>, not <BlockMap>").arg(name.toString()));
            sawRoot = true;
            const QString method = attrs.value(QLatin1String("HashMethod")).toString();
            if (method.isEmpty())
                return invalid(file, Tr::tr("the <BlockMap> element has no HashMethod attribute"));
            if (method.endsWith(QLatin1String("#sha256"))) {
                map.m_algorithm = QCryptographicHash::Sha256;
                hashLength = 32;
            } else if (method.endsWith(QLatin1String("#sha384"))) {
                map.m_algorithm = QCryptographicHash::Sha384;
                hashLength = 48;
            } else if (method.endsWith(QLatin1String("#sha512"))) {
                map.m_algorithm = QCryptographicHash::Sha512;
                hashLength = 64;
            } else {
                return Error::make(
                    QStringLiteral("appx.blockmap-unsupported-hash"),
                    Tr::tr("The block map %1 uses the hash method %2, which is not supported (SHA-256, SHA-384 and SHA-512 are).")
                        .arg(file, method));
            }
            continue;
        }
        if (name == QLatin1String("File")) {
            const QString fileName = attrs.value(QLatin1String("Name")).toString();
            const QString sizeText = attrs.value(QLatin1String("Size")).toString();
            if (fileName.isEmpty())
                return invalid(file, Tr::tr("a <File> element has no Name attribute"));
            bool ok = false;
            const quint64 size = sizeText.toULongLong(&ok);
            if (!ok)
                return invalid(file, Tr::tr("the <File> element of %1 has no valid Size attribute").arg(fileName));
            BlockMapFile f;
            f.name = QString(fileName).replace(QLatin1Char('\\'), QLatin1Char('/'));
            // MSIX SDK, src/msix/unpack/AppxBlockMapObject.cpp (AppxBlockMapObject constructor):
            // "[Content_Types].xml cannot be in the AppxBlockMap.xml file".
            if (PackagePath::sameName(f.name, QStringLiteral("[Content_Types].xml")))
                return Error::make(QStringLiteral("appx.blockmap-lists-content-types"),
                                   Tr::tr("The block map %1 lists [Content_Types].xml, which no block map may list (the package tools "
                                          "never write it there). The package was made by a faulty tool or altered; make it again.")
                                       .arg(file));
            f.size = size;
            const QString key = PackagePath::nameKey(f.name);
            if (map.m_index.contains(key))
                return invalid(file, Tr::tr("the file %1 is listed twice").arg(fileName));
            if (size / BlockSize > 1u << 26) // 4 PiB: no real package, and the hash list would not fit in memory
                return invalid(file, Tr::tr("the file %1 declares an impossible size of %2 bytes").arg(fileName).arg(size));
            map.m_index.insert(key, map.m_files.size());
            map.m_files.append(f);
            current = &map.m_files.last();
        } else if (name == QLatin1String("Block")) {
            if (!current)
                return invalid(file, Tr::tr("a <Block> element is outside a <File> element"));
            const QByteArray hash = QByteArray::fromBase64(attrs.value(QLatin1String("Hash")).toLatin1(),
                                                           QByteArray::AbortOnBase64DecodingErrors);
            if (hash.size() != hashLength)
                return invalid(file, Tr::tr("block %1 of %2 has no valid Hash attribute").arg(current->blocks.size()).arg(current->name));
            if (quint64(current->blocks.size()) >= (current->size + BlockSize - 1) / BlockSize)
                return invalid(file, Tr::tr("the file %1 has more blocks than its %2 bytes need").arg(current->name).arg(current->size));
            current->blocks.append(hash);
        }
        // Other elements (unknown extensions) are ignored.
    }
    if (reader.hasError())
        return invalid(file, Tr::tr("the XML is malformed (line %1: %2)").arg(reader.lineNumber()).arg(reader.errorString()));
    if (!sawRoot)
        return invalid(file, Tr::tr("it is empty"));
    return map;
}

const BlockMapFile *BlockMap::find(const QString &name) const
{
    const auto it = m_index.constFind(PackagePath::nameKey(name));
    return it == m_index.constEnd() ? nullptr : &m_files.at(*it);
}

quint64 BlockMap::totalSize() const
{
    quint64 total = 0;
    for (const BlockMapFile &f : m_files)
        total += f.size;
    return total;
}

Status BlockMap::checkInMemory(const BlockMapFile &file, const QByteArray &data, const QString &package) const
{
    if (quint64(data.size()) != file.size)
        return Error::make(QStringLiteral("appx.size-mismatch"),
                           Tr::tr("%1 in %2 has %3 bytes but the block map says %4. The package is damaged.")
                               .arg(file.name, package)
                               .arg(data.size())
                               .arg(file.size));
    const qsizetype needed = qsizetype((file.size + BlockSize - 1) / BlockSize);
    for (qsizetype i = 0; i < needed; ++i) {
        const qsizetype start = qsizetype(quint64(i) * BlockSize);
        const QByteArrayView block(data.constData() + start, std::min<qsizetype>(qsizetype(BlockSize), data.size() - start));
        if (i >= file.blocks.size() || Digest::hash(block, m_algorithm) != file.blocks.at(i))
            return Error::make(
                QStringLiteral("appx.block-hash-mismatch"),
                Tr::tr("Block %1 of %2 in %3 does not match its hash in the block map: the package is damaged or was altered. "
                       "Download or copy it again.")
                    .arg(i + 1)
                    .arg(file.name, package));
    }
    return {};
}

} // namespace wb
