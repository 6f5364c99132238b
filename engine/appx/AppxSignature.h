// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace wb {

/// One certificate carried by a package signature.
struct SignatureCertificate
{
    QString subject;    ///< in the form app manifests use for Publisher ("CN=..., O=..., S=..., C=...")
    QString issuer;     ///< same form
    QDateTime notBefore;
    QDateTime notAfter;
    QString thumbprint; ///< SHA-1 of the DER, upper-case hex: the name Windows' certificate stores use
    QByteArray der;
};

/// A DER certificate described as signatures describe theirs; nullopt when it does not parse.
std::optional<SignatureCertificate> certificateFromDer(const QByteArray &der);
/// "subject (issued by ...; valid ... to ...; thumbprint ...)", for people.
QString describeCertificate(const SignatureCertificate &certificate);

/// The parts of a package a signature's digests cover (the `AX..` records of the APPX blob).
enum class SignedPart { FileRecords, CentralDirectory, ContentTypes, BlockMap, CodeIntegrity };
constexpr int SignedPartCount = 5;
/// "ZIP file records", "ZIP central directory" (translated: the name goes into translated messages),
/// "[Content_Types].xml", "AppxBlockMap.xml", "AppxMetadata/CodeIntegrity.cat" (file names, as they are).
QString signedPartName(SignedPart part);
/// The error code of a part whose digest does not match, e.g. appx.signature-blockmap-mismatch.
QString signedPartMismatchCode(SignedPart part);

/// AppxSignature.p7x parsed and its PKCS#7 signature checked: the `PKCX` header, DER PKCS#7
/// SignedData whose content is an SpcIndirectDataContent (Authenticode, OID 1.3.6.1.4.1.311.2.1.4)
/// whose digest is the APPX blob (`APPX`, then `AXPC`, `AXCD`, `AXCT`, `AXBM` and optionally `AXCI`,
/// each a 4-byte tag and a SHA-256). The signature over that content is verified with the embedded
/// signer certificate; whether anyone trusts that certificate is not decided here (see
/// SignatureTrust). Sources: engine/appx/README.md, "Signatures". Value type, any thread.
class AppxSignature
{
public:
    static constexpr qsizetype MaxSize = 2 << 20; ///< the MSIX SDK's limit for AppxSignature.p7x

    /// `file` names the signature in messages ("App.msix/AppxSignature.p7x"). Errors:
    /// appx.signature-too-large, appx.signature-bad-header, appx.signature-malformed,
    /// appx.signature-digests-missing, appx.signature-invalid.
    static Result<AppxSignature> parse(const QByteArray &p7x, const QString &file);
    /// appx.signature-too-large when a signature of `size` bytes would be refused by parse().
    static Status checkSize(quint64 size, const QString &file);

    /// The signer's subject as app manifests write Publisher; compared with it byte for byte.
    QString publisher() const { return m_certificates.isEmpty() ? QString() : m_certificates.first().subject; }
    /// The signer first, then the other embedded certificates.
    const QList<SignatureCertificate> &certificates() const { return m_certificates; }
    /// 32 bytes, or empty when the signature has no digest of that part (only CodeIntegrity may lack one).
    QByteArray digest(SignedPart part) const { return m_digests.at(std::size_t(part)); }

private:
    Status readDigests(const QByteArray &blob, const QString &file);

    std::array<QByteArray, SignedPartCount> m_digests;
    QList<SignatureCertificate> m_certificates;
};

} // namespace wb
