// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignatureCheck.h"

#include "ByteProgress.h"
#include "PackagePath.h"
#include "ZipArchive.h"

#include <QCoreApplication>
#include <QDir>

#include <zlib.h>

#include <atomic>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::SignatureCheck)
};

const QString CodeIntegrityName = QStringLiteral("AppxMetadata/CodeIntegrity.cat");
constexpr qint64 Chunk = 65536;
constexpr quint32 LocalSignature = 0x04034b50;
std::atomic<quint64> g_bytesReadFromFiles{0};

void putLe(QByteArray &data, qsizetype at, quint64 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        data[at + i] = char((value >> (8 * i)) & 0xff);
}
} // namespace

Error SignatureCheck::mismatch(SignedPart part, const QString &detail) const
{
    return Error::make(signedPartMismatchCode(part),
                       Tr::tr("%1 does not match its signature: the %2 differs from what was signed, so the package was damaged or "
                              "altered after it was signed. Get a new copy from its publisher; it was not used.")
                           .arg(m_display, signedPartName(part)),
                       detail);
}

Result<SignatureCheck> SignatureCheck::open(const ZipArchive &zip, const ZipEntry &signatureEntry)
{
    SignatureCheck check;
    check.m_path = zip.path();
    check.m_display = zip.displayName();
    check.m_base = zip.rangeOffset();
    check.m_signatureName = signatureEntry.rawName;
    const QString file = zip.displayName() + QLatin1Char('/') + signatureEntry.name;
    WB_TRY(AppxSignature::checkSize(signatureEntry.size, file));
    auto p7x = zip.readAll(signatureEntry, quint64(AppxSignature::MaxSize));
    if (!p7x)
        return p7x.error();
    auto signature = AppxSignature::parse(*p7x, file);
    if (!signature)
        return signature.error();
    check.m_signature = std::move(*signature);
    QFile container(zip.path());
    if (!container.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("appx.file-unreadable"),
                           Tr::tr("Could not read %1: %2.").arg(zip.path(), container.errorString()));
    auto layout = ZipLayout::read(container, zip.rangeOffset(), zip.rangeLength(), zip.displayName());
    if (!layout)
        return layout.error();
    check.m_layout = std::move(*layout);
    WB_TRY(check.checkLast(signatureEntry));
    return check;
}

Status SignatureCheck::checkCentralDirectory() const
{
    if (centralDirectoryDigest() != m_signature.digest(SignedPart::CentralDirectory))
        return mismatch(SignedPart::CentralDirectory);
    return {};
}

Status SignatureCheck::checkLast(const ZipEntry &signatureEntry)
{
    const QList<ZipRecord> &records = m_layout.records();
    const ZipRecord *own = m_layout.find(signatureEntry.rawName);
    bool last = own && &records.last() == own;
    for (const ZipRecord &r : records)
        last = last && r.localOffset <= own->localOffset;
    if (!last)
        return Error::make(QStringLiteral("appx.signature-not-last"),
                           Tr::tr("%1: AppxSignature.p7x is not the last part of the package, so parts were added after it was signed. "
                                  "Get a new copy from its publisher; it was not used.")
                               .arg(m_display));
    m_signatureOffset = own->localOffset;
    return {};
}

/// The central directory and end records as they were before AppxSignature.p7x was added:
/// without the signature's record, one entry fewer, the directory starting where the signature's
/// local record starts (measured on the signed fixtures, engine/appx/README.md).
QByteArray SignatureCheck::centralDirectoryDigest() const
{
    Digest digest;
    quint64 size = 0;
    for (const ZipRecord &r : m_layout.records()) {
        if (r.rawName == m_signatureName)
            continue;
        digest.addData(r.centralRecord);
        size += quint64(r.centralRecord.size());
    }
    const quint64 count = quint64(m_layout.records().size() - 1);
    QByteArray end = m_layout.endRecords();
    if (m_layout.isZip64() && m_layout.zip64EndAt() + 56 <= end.size() && m_layout.locatorAt() + 20 <= end.size()) {
        putLe(end, m_layout.zip64EndAt() + 24, count, 8);
        putLe(end, m_layout.zip64EndAt() + 32, count, 8);
        putLe(end, m_layout.zip64EndAt() + 40, size, 8);
        putLe(end, m_layout.zip64EndAt() + 48, m_signatureOffset, 8);
        putLe(end, m_layout.locatorAt() + 8, m_signatureOffset + size, 8);
    }
    const qsizetype e = m_layout.endAt();
    if (zipLe16(end, e + 8) != 0xFFFF) {
        putLe(end, e + 8, count, 2);
        putLe(end, e + 10, count, 2);
    }
    if (zipLe32(end, e + 12) != 0xFFFFFFFFu)
        putLe(end, e + 12, size, 4);
    if (zipLe32(end, e + 16) != 0xFFFFFFFFu)
        putLe(end, e + 16, m_signatureOffset, 4);
    digest.addData(end);
    return digest.result();
}

Status SignatureCheck::checkInMemory(SignedPart part, const QByteArray &data) const
{
    if (Digest::hash(data) != m_signature.digest(part))
        return mismatch(part);
    return {};
}

quint64 SignatureCheck::localOffset(const QByteArray &rawName) const
{
    const ZipRecord *r = m_layout.find(rawName);
    return r ? r->localOffset : std::numeric_limits<quint64>::max();
}

Result<SignatureCheck::Pass> SignatureCheck::begin(Pass *within) const
{
    Pass pass(this, m_path);
    const bool nested = within && within->m_check->m_base == 0 && within->m_check->m_path == m_path && within->m_position <= m_base
        && m_base + m_signatureOffset <= within->m_check->m_signatureOffset;
    if (!nested) {
        WB_TRY(pass.open());
        return pass;
    }
    WB_TRY(within->hashTo(m_base)); // the bundle's records before this package (other packages, headers)
    pass.m_outer = within;
    return pass;
}

// ---- one pass -------------------------------------------------------------------------------

SignatureCheck::Pass::Pass(const SignatureCheck *check, QString path) : m_check(check), m_file(std::make_unique<QFile>(std::move(path))) {}

Status SignatureCheck::Pass::open()
{
    if (!m_file->open(QIODevice::ReadOnly) || !m_file->seek(qint64(m_check->m_base)))
        return Error::make(QStringLiteral("appx.file-unreadable"),
                           Tr::tr("Could not read %1: %2.").arg(m_file->fileName(), m_file->errorString()));
    return {};
}

quint64 SignatureCheck::Pass::bytesReadFromFiles()
{
    return g_bytesReadFromFiles.load(std::memory_order_relaxed);
}

Result<qint64> SignatureCheck::Pass::readRaw(char *data, qint64 size)
{
    qint64 n = 0;
    if (m_outer) {
        auto outer = m_outer->readRaw(data, size); // read once, hashed into the bundle's records too
        if (!outer)
            return outer;
        n = *outer;
    } else {
        n = m_file->read(data, size);
        if (n != size)
            return Error::make(QStringLiteral("appx.zip-corrupted"),
                               Tr::tr("%1: the file ends inside its ZIP records. The package is damaged.").arg(m_check->m_display),
                               m_file->errorString());
        g_bytesReadFromFiles.fetch_add(quint64(n), std::memory_order_relaxed);
    }
    m_records.addData(QByteArrayView(data, n));
    m_position += quint64(n);
    return n;
}

/// Hashes the bytes from where the pass stands up to `offset` (headers, data descriptors, parts
/// that are not streamed such as [Content_Types].xml).
Status SignatureCheck::Pass::hashTo(quint64 offset)
{
    if (offset < m_position || offset > m_check->m_signatureOffset)
        return m_check->mismatch(SignedPart::FileRecords, QStringLiteral("ZIP records overlap or are out of order at byte %1").arg(offset));
    QByteArray buffer(qsizetype(std::min<quint64>(Chunk, offset - m_position)), Qt::Uninitialized);
    while (m_position < offset) {
        if (m_progress && m_progress->isCancelled())
            return Error::cancelled();
        auto n = readRaw(buffer.data(), qint64(std::min<quint64>(quint64(buffer.size()), offset - m_position)));
        if (!n)
            return n.error();
        if (m_progress)
            m_progress->add(quint64(*n));
    }
    return {};
}

Status SignatureCheck::Pass::finish()
{
    WB_TRY(hashTo(m_check->m_signatureOffset));
    if (m_records.result() != m_check->m_signature.digest(SignedPart::FileRecords))
        return m_check->mismatch(SignedPart::FileRecords);
    const QByteArray signedCatalog = m_check->m_signature.digest(SignedPart::CodeIntegrity);
    if (signedCatalog.isEmpty() != !m_sawCodeIntegrity)
        return m_check->mismatch(SignedPart::CodeIntegrity, m_sawCodeIntegrity ? QStringLiteral("the signature has no digest of the catalog")
                                                                               : QStringLiteral("the package has no catalog"));
    if (m_sawCodeIntegrity && m_codeIntegrity.result() != signedCatalog)
        return m_check->mismatch(SignedPart::CodeIntegrity);
    return {};
}

struct SignatureCheck::Pass::Reader::State
{
    Pass *pass = nullptr;
    ZipRecord record;
    QString name;
    bool codeIntegrity = false;
    bool checkCrc = true;
    quint64 remaining = 0; // compressed bytes not read yet
    quint64 produced = 0;
    quint32 crc = 0;
    bool ended = false;
    z_stream zs{};
    bool inflating = false;
    QByteArray input;

    ~State()
    {
        if (inflating)
            inflateEnd(&zs);
    }
    Error damaged(const QString &why) const
    {
        return Error::make(QStringLiteral("appx.zip-corrupted"),
                           Tr::tr("%1 in %2 cannot be read: %3. The package is damaged.").arg(name, pass->m_check->m_display, why));
    }
    Result<qint64> readStored(char *data, qint64 max);
    Result<qint64> readDeflated(char *data, qint64 max);
    Status end();
};

Result<SignatureCheck::Pass::Reader> SignatureCheck::Pass::openEntry(const ZipEntry &entry, bool checkCrc)
{
    const ZipRecord *record = m_check->m_layout.find(entry.rawName);
    if (!record)
        return m_check->mismatch(SignedPart::CentralDirectory, QStringLiteral("no record for %1").arg(entry.name));
    WB_TRY(hashTo(record->localOffset));
    QByteArray header(30, Qt::Uninitialized);
    auto n = readRaw(header.data(), header.size());
    if (!n)
        return n.error();
    if (zipLe32(header, 0) != LocalSignature)
        return m_check->mismatch(SignedPart::FileRecords, QStringLiteral("no local header for %1").arg(entry.name));
    WB_TRY(hashTo(m_position + zipLe16(header, 26) + zipLe16(header, 28)));
    if (m_position + record->compressedSize > m_check->m_signatureOffset)
        return m_check->mismatch(SignedPart::FileRecords, QStringLiteral("%1 runs into the signature").arg(entry.name));
    auto state = std::make_unique<Reader::State>();
    state->pass = this;
    state->record = *record;
    state->name = entry.name;
    state->codeIntegrity = PackagePath::sameName(entry.name, CodeIntegrityName);
    state->checkCrc = checkCrc;
    state->remaining = record->compressedSize;
    m_sawCodeIntegrity = m_sawCodeIntegrity || state->codeIntegrity;
    if (record->method == 8) {
        if (inflateInit2(&state->zs, -MAX_WBITS) != Z_OK)
            return state->damaged(QStringLiteral("zlib could not start"));
        state->inflating = true;
        state->input.resize(Chunk);
    } else if (record->method != 0) {
        return state->damaged(Tr::tr("ZIP compression method %1 is not allowed in app packages").arg(record->method));
    }
    return Reader(std::move(state));
}

SignatureCheck::Pass::Reader::Reader(std::unique_ptr<State> state) : m_state(std::move(state)) {}
SignatureCheck::Pass::Reader::Reader(Reader &&) noexcept = default;
SignatureCheck::Pass::Reader::~Reader() = default;

Result<qint64> SignatureCheck::Pass::Reader::read(char *data, qint64 max)
{
    State &s = *m_state;
    if (s.ended)
        return qint64(0);
    auto n = s.inflating ? s.readDeflated(data, max) : s.readStored(data, max);
    if (!n)
        return n;
    if (*n == 0) {
        WB_TRY(s.end());
        return qint64(0);
    }
    if (s.checkCrc)
        s.crc = quint32(crc32(s.crc, reinterpret_cast<const Bytef *>(data), uInt(*n)));
    s.produced += quint64(*n);
    if (s.codeIntegrity)
        s.pass->m_codeIntegrity.addData(QByteArrayView(data, *n));
    return n;
}

Result<qint64> SignatureCheck::Pass::Reader::State::readStored(char *data, qint64 max)
{
    const qint64 want = qint64(std::min<quint64>(quint64(max), remaining));
    if (want == 0)
        return qint64(0);
    auto n = pass->readRaw(data, want);
    if (n)
        remaining -= quint64(*n);
    return n;
}

Result<qint64> SignatureCheck::Pass::Reader::State::readDeflated(char *data, qint64 max)
{
    zs.next_out = reinterpret_cast<Bytef *>(data);
    zs.avail_out = uInt(std::min<qint64>(max, Chunk));
    while (zs.avail_out == uInt(std::min<qint64>(max, Chunk))) {
        if (zs.avail_in == 0 && remaining > 0) {
            auto n = pass->readRaw(input.data(), qint64(std::min<quint64>(quint64(Chunk), remaining)));
            if (!n)
                return n.error();
            remaining -= quint64(*n);
            zs.next_in = reinterpret_cast<Bytef *>(input.data());
            zs.avail_in = uInt(*n);
        }
        const int ret = inflate(&zs, Z_NO_FLUSH);
        if (ret == Z_STREAM_END)
            break;
        if (ret != Z_OK && !(ret == Z_BUF_ERROR && zs.avail_in == 0 && remaining > 0))
            return damaged(remaining == 0 && zs.avail_in == 0 ? QStringLiteral("the compressed data ends early")
                                                               : QStringLiteral("zlib error %1").arg(ret));
    }
    return qint64(std::min<qint64>(max, Chunk) - qint64(zs.avail_out));
}

Status SignatureCheck::Pass::Reader::State::end()
{
    ended = true;
    if (remaining != 0 || (inflating && zs.avail_in != 0))
        return damaged(QStringLiteral("compressed data left over"));
    if (produced != record.size)
        return damaged(QStringLiteral("%1 bytes instead of %2").arg(produced).arg(record.size));
    if (checkCrc && crc != record.crc32)
        return Error::make(QStringLiteral("appx.zip-crc"),
                           Tr::tr("%1 in %2 does not match its ZIP checksum, so the package is damaged. Get a new copy.")
                               .arg(name, pass->m_check->m_display));
    return {};
}

} // namespace wb
