// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppxSignature.h"

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wb {

/// One certificate of a Windows image's machine certificate stores (SOFTWARE
/// Microsoft\SystemCertificates\<store>\Certificates\<thumbprint>\Blob).
struct StoredCertificate
{
    QString store;      ///< "ROOT", "AuthRoot", "CA", "TrustedPeople"
    QString thumbprint; ///< the key name
    QByteArray der;
};

/// The DER certificate in a Blob value: a serialized certificate store element, a sequence of
/// property records (id, encoding type, length: 32-bit little-endian each, then the value) in which
/// id 0x20 holds the encoded certificate ([MS-OSHARED] 2.3.2.5.1 SerializedCertificateEntry,
/// 2.3.2.5.3 SerializedPropertyEntry; [MS-GPEF] 2.2.1.1.1.1). appx.certificate-blob-invalid when
/// the records run past the end or hold no certificate.
Result<QByteArray> certificateFromStoreBlob(const QByteArray &blob, const QString &where);

/// What a target image would decide about a package's signer.
struct TrustDecision
{
    enum class Verdict { Trusted, Untrusted, Unsigned };
    Verdict verdict = Verdict::Unsigned;
    QString reason;         ///< for people: what trusts it, or what is missing and what to do
    QString missing;        ///< Untrusted: the subject of the certificate the image lacks
    QStringList chain;      ///< Trusted: subjects from the signer to the trusted certificate
};

/// Decides whether an image whose stores hold `stored` trusts `signature` (nullptr = unsigned):
/// trusted when the signer chains (through embedded and CA-store certificates) to a ROOT or
/// AuthRoot certificate, or when the signer itself is in TrustedPeople. Validity periods and
/// revocation are not judged (an offline image cannot check revocation, and Windows accepts a
/// time-stamped signature after its certificate expired). Any thread.
TrustDecision decideTrust(const AppxSignature *signature, const QList<StoredCertificate> &stored);

} // namespace wb
