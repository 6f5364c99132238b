// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppxSignature.h"
#include "ZipLayout.h"

#include "core/Digest.h"
#include "core/Result.h"

#include <QFile>

#include <memory>

namespace wb {

class ByteProgress;
class ZipArchive;
struct ZipEntry;

/// The result of one signed part's check, for reports.
struct SignedPartResult
{
    SignedPart part;
    bool present = false; ///< the signature has a digest of this part
    bool checked = false; ///< the part was hashed and compared
};

/// Checks a ZIP package or bundle against its AppxSignature.p7x. Opening reads the signature
/// (AppxSignature::parse) and requires it to be the last record of the ZIP (local records and
/// central directory). checkInMemory() compares [Content_Types].xml (AXCT), AppxBlockMap.xml (AXBM)
/// and the code-integrity catalog (AXCI); checkCentralDirectory() the central directory (AXCD). A Pass compares, while the package's
/// files are streamed once in local-record order, the raw ZIP records (AXPC: every byte before the
/// signature's local record) and AppxMetadata/CodeIntegrity.cat (AXCI): the payload is read from
/// the file once, hashed raw, and inflated here. Sources: engine/appx/README.md, "Signatures".
/// Move-only value; a Pass is used by one thread.
class SignatureCheck
{
public:
    static Result<SignatureCheck> open(const ZipArchive &zip, const ZipEntry &signatureEntry);

    const AppxSignature &signature() const { return m_signature; }
    /// `part` (ContentTypes, BlockMap or CodeIntegrity) must hash to the signed digest. Callers
    /// check these first: a changed part also changes the central directory (its CRC), and the
    /// message should name the part itself.
    Status checkInMemory(SignedPart part, const QByteArray &data) const;
    /// The central directory and end records (AXCD), as they were before the signature was added.
    Status checkCentralDirectory() const;
    /// Local header offset of a record by raw name (orders streaming); UINT64_MAX when unknown.
    quint64 localOffset(const QByteArray &rawName) const;
    /// The bytes a Pass reads and hashes: every record before the signature's local record,
    /// counted from the package's first byte (what its pass reports to a ByteProgress).
    quint64 recordBytes() const { return m_signatureOffset; }

    /// One streaming pass over the package's records.
    class Pass
    {
    public:
        /// Reads the entry's local record raw from the file: hashes it (and every byte before it not
        /// yet hashed) into AXPC, returns its uncompressed bytes, checks CRC-32 and size at the end.
        class Reader
        {
        public:
            Result<qint64> read(char *data, qint64 max);
            ~Reader();
            Reader(Reader &&) noexcept;

        private:
            friend class Pass;
            struct State;
            explicit Reader(std::unique_ptr<State> state);
            std::unique_ptr<State> m_state;
        };

        /// `checkCrc` false: the CRC-32 is not computed (the caller checks every block of the entry
        /// against the block map's SHA-256, which covers the same bytes; sizes are still checked).
        Result<Reader> openEntry(const ZipEntry &entry, bool checkCrc = true);
        /// Bytes hashed between entries (or all of them, for a bundle) count here and honour cancel.
        void setProgress(ByteProgress *progress) { m_progress = progress; }
        /// Hashes what remains before the signature and compares AXPC and AXCI.
        Status finish();
        /// Bytes every pass of this process read from files itself (reads made through another
        /// pass count once, there): how tests and the bench see that a bundle is read once.
        static quint64 bytesReadFromFiles();

    private:
        friend class SignatureCheck;
        friend class Reader;
        Pass(const SignatureCheck *check, QString path);
        Status open();
        Status hashTo(quint64 offset);
        Result<qint64> readRaw(char *data, qint64 size);

        const SignatureCheck *m_check;
        std::unique_ptr<QFile> m_file;
        Pass *m_outer = nullptr; ///< the bundle's pass this one reads through (see begin())
        Digest m_records;
        Digest m_codeIntegrity;
        bool m_sawCodeIntegrity = false;
        ByteProgress *m_progress = nullptr;
        quint64 m_position = 0;
    };
    /// A pass over this package. `within`: the pass of the bundle this package is stored in. When
    /// that pass has not read past this package's first byte yet, this pass reads through it: each
    /// byte is read from the file once and hashed into both file-records digests (the bundle's
    /// AXPC covers its inner packages), so a bundle and the inner packages read in the order of
    /// their offsets cost one read. Otherwise this pass reads the file itself.
    Result<Pass> begin(Pass *within = nullptr) const;

private:
    Error mismatch(SignedPart part, const QString &detail = {}) const;
    Status checkLast(const ZipEntry &signatureEntry);
    QByteArray centralDirectoryDigest() const;

    AppxSignature m_signature;
    ZipLayout m_layout;
    QString m_path;
    QString m_display;
    QByteArray m_signatureName;
    quint64 m_base = 0;
    quint64 m_signatureOffset = 0;
};

} // namespace wb
