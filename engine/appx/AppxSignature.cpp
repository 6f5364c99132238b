// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppxSignature.h"

#include <QCoreApplication>
#include <QDir>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

#include <memory>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::AppxSignature)
};

const QByteArray P7xHeader = QByteArrayLiteral("PKCX");
const char *const SpcIndirectDataOid = "1.3.6.1.4.1.311.2.1.4";
constexpr qsizetype DigestRecord = 4 + 32;

template<typename T, void (*F)(T *)>
struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using Pkcs7Ptr = std::unique_ptr<PKCS7, Deleter<PKCS7, PKCS7_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using AlgorPtr = std::unique_ptr<X509_ALGOR, Deleter<X509_ALGOR, X509_ALGOR_free>>;

QString opensslError()
{
    char text[256] = {};
    const unsigned long code = ERR_get_error();
    ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return code ? QString::fromLatin1(text) : QStringLiteral("no OpenSSL error");
}

Error failure(const QString &code, const QString &file, const QString &what, const QString &detail = {})
{
    return Error::make(code,
                       Tr::tr("The signature %1 %2. The package was damaged or altered after it was signed; get a new copy from its "
                              "publisher or sign it again.")
                           .arg(file, what),
                       detail);
}

/// One DER element: its contents and where the next element starts. Bounded by `end`.
struct Element
{
    const unsigned char *contents = nullptr;
    long length = 0;
    int tag = 0;
    const unsigned char *next = nullptr;
};

bool readElement(const unsigned char *at, const unsigned char *end, Element &e)
{
    if (at >= end)
        return false;
    const unsigned char *p = at;
    int xclass = 0;
    const int ret = ASN1_get_object(&p, &e.length, &e.tag, &xclass, long(end - at));
    if (ret & 0x80 || ret == 0x21 || e.length > end - p) // error, or indefinite length
        return false;
    e.contents = p;
    e.next = p + e.length;
    return true;
}

/// SpcIndirectDataContent ::= SEQUENCE { data SpcAttributeTypeAndOptionalValue,
///                                       messageDigest DigestInfo { AlgorithmIdentifier, OCTET STRING } }
/// Returns the OCTET STRING (the APPX blob); empty when the shape is not that, or not SHA-256.
QByteArray appxBlob(const unsigned char *contents, long length)
{
    const unsigned char *end = contents + length;
    Element data, digestInfo, algorithm, digest;
    if (!readElement(contents, end, data) || !readElement(data.next, end, digestInfo) || digestInfo.tag != V_ASN1_SEQUENCE)
        return {};
    const unsigned char *inner = digestInfo.contents;
    const unsigned char *innerEnd = digestInfo.contents + digestInfo.length;
    if (!readElement(inner, innerEnd, algorithm) || !readElement(algorithm.next, innerEnd, digest) || digest.tag != V_ASN1_OCTET_STRING)
        return {};
    const unsigned char *a = inner;
    AlgorPtr algor(d2i_X509_ALGOR(nullptr, &a, long(algorithm.next - inner)));
    if (!algor || OBJ_obj2nid(algor->algorithm) != NID_sha256)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest.contents), qsizetype(digest.length));
}

std::optional<SignedPart> partOfTag(QByteArrayView tag)
{
    static const char *const tags[SignedPartCount] = {"AXPC", "AXCD", "AXCT", "AXBM", "AXCI"};
    for (int i = 0; i < SignedPartCount; ++i) {
        if (tag == QByteArrayView(tags[i], 4))
            return SignedPart(i);
    }
    return std::nullopt;
}
} // namespace

QString signedPartName(SignedPart part)
{
    switch (part) {
    case SignedPart::FileRecords: return Tr::tr("ZIP file records");
    case SignedPart::CentralDirectory: return Tr::tr("ZIP central directory");
    case SignedPart::ContentTypes: return QStringLiteral("[Content_Types].xml");
    case SignedPart::BlockMap: return QStringLiteral("AppxBlockMap.xml");
    case SignedPart::CodeIntegrity: return QStringLiteral("AppxMetadata/CodeIntegrity.cat");
    }
    return {};
}

QString describeCertificate(const SignatureCertificate &c)
{
    return Tr::tr("%1 (issued by %2; valid %3 to %4; thumbprint %5)")
        .arg(c.subject, c.issuer, c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate), c.thumbprint);
}

QString signedPartMismatchCode(SignedPart part)
{
    switch (part) {
    case SignedPart::FileRecords: return QStringLiteral("appx.signature-file-records-mismatch");
    case SignedPart::CentralDirectory: return QStringLiteral("appx.signature-central-directory-mismatch");
    case SignedPart::ContentTypes: return QStringLiteral("appx.signature-content-types-mismatch");
    case SignedPart::BlockMap: return QStringLiteral("appx.signature-blockmap-mismatch");
    case SignedPart::CodeIntegrity: return QStringLiteral("appx.signature-code-integrity-mismatch");
    }
    return {};
}

namespace {
QString nameText(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    // As the MSIX SDK prints the publisher (PAL/Signature/OpenSSL/SignatureValidator.cpp,
    // GetPublisherName): most specific RDN first, ", " between them, and Windows' "S" for
    // stateOrProvinceName where OpenSSL writes "ST" (CertNameToStr, RFC 1779).
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_FN_SN | XN_FLAG_SEP_CPLUS_SPC | XN_FLAG_DN_REV | ASN1_STRFLGS_UTF8_CONVERT);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    QString text = QString::fromUtf8(data, qsizetype(n));
    text.replace(QLatin1String(", ST="), QLatin1String(", S="));
    if (text.startsWith(QLatin1String("ST=")))
        text.replace(0, 3, QStringLiteral("S="));
    return text;
}

QDateTime timeOf(const ASN1_TIME *time)
{
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

SignatureCertificate describe(X509 *cert)
{
    SignatureCertificate c;
    c.subject = nameText(X509_get_subject_name(cert));
    c.issuer = nameText(X509_get_issuer_name(cert));
    c.notBefore = timeOf(X509_get0_notBefore(cert));
    c.notAfter = timeOf(X509_get0_notAfter(cert));
    unsigned char sha1[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    X509_digest(cert, EVP_sha1(), sha1, &n);
    c.thumbprint = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(sha1), int(n)).toHex().toUpper());
    unsigned char *der = nullptr;
    const int len = i2d_X509(cert, &der);
    if (len > 0)
        c.der = QByteArray(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return c;
}
} // namespace

std::optional<SignatureCertificate> certificateFromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *cert = d2i_X509(nullptr, &p, long(der.size()));
    if (!cert)
        return std::nullopt;
    SignatureCertificate c = describe(cert);
    X509_free(cert);
    return c;
}

Result<AppxSignature> AppxSignature::parse(const QByteArray &p7x, const QString &file)
{
    ERR_clear_error();
    WB_TRY(checkSize(quint64(p7x.size()), file));
    if (p7x.size() <= P7xHeader.size() || !p7x.startsWith(P7xHeader))
        return failure(QStringLiteral("appx.signature-bad-header"), file, Tr::tr("does not start with the PKCX header of package signatures"));
    const auto *der = reinterpret_cast<const unsigned char *>(p7x.constData() + P7xHeader.size());
    const unsigned char *p = der;
    Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, long(p7x.size() - P7xHeader.size())));
    if (!p7 || !PKCS7_type_is_signed(p7.get()) || !p7->d.sign || !p7->d.sign->contents)
        return failure(QStringLiteral("appx.signature-malformed"), file, Tr::tr("is not a PKCS#7 SignedData structure"), opensslError());
    PKCS7 *content = p7->d.sign->contents;
    char oid[64] = {};
    OBJ_obj2txt(oid, sizeof oid, content->type, 1);
    if (qstrcmp(oid, SpcIndirectDataOid) != 0 || !content->d.other || content->d.other->type != V_ASN1_SEQUENCE)
        return failure(QStringLiteral("appx.signature-malformed"), file, Tr::tr("does not sign package digests (its content type is %1)").arg(QLatin1String(oid)));
    const ASN1_STRING *sequence = content->d.other->value.sequence;
    Element outer;
    if (!readElement(sequence->data, sequence->data + sequence->length, outer))
        return failure(QStringLiteral("appx.signature-malformed"), file, Tr::tr("holds a damaged SpcIndirectDataContent"));

    AppxSignature s;
    WB_TRY(s.readDigests(appxBlob(outer.contents, outer.length), file));
    // Authenticode signs the contents of the SpcIndirectDataContent SEQUENCE, without its tag and length.
    BioPtr signedBytes(BIO_new_mem_buf(outer.contents, int(outer.length)));
    if (PKCS7_verify(p7.get(), nullptr, nullptr, signedBytes.get(), nullptr, PKCS7_NOVERIFY | PKCS7_NOCRL) != 1)
        return failure(QStringLiteral("appx.signature-invalid"), file, Tr::tr("does not match its own signed content (the signed digests were changed)"),
                       opensslError());
    STACK_OF(X509) *signers = PKCS7_get0_signers(p7.get(), nullptr, 0);
    X509 *signer = sk_X509_num(signers) > 0 ? sk_X509_value(signers, 0) : nullptr;
    if (signer)
        s.m_certificates << describe(signer);
    sk_X509_free(signers);
    for (int i = 0; i < sk_X509_num(p7->d.sign->cert); ++i) {
        X509 *cert = sk_X509_value(p7->d.sign->cert, i);
        if (cert != signer)
            s.m_certificates << describe(cert);
    }
    ERR_clear_error();
    return s;
}

Status AppxSignature::checkSize(quint64 size, const QString &file)
{
    if (size > quint64(MaxSize))
        return failure(QStringLiteral("appx.signature-too-large"), file,
                       Tr::tr("is %1 bytes long, more than the %2 bytes a package signature may have").arg(size).arg(MaxSize));
    return {};
}

Status AppxSignature::readDigests(const QByteArray &blob, const QString &file)
{
    if (!blob.startsWith("APPX") || (blob.size() - 4) % DigestRecord != 0)
        return failure(QStringLiteral("appx.signature-digests-missing"), file, Tr::tr("holds no APPX digest list (or not one made with SHA-256)"));
    for (qsizetype at = 4; at < blob.size(); at += DigestRecord) {
        const auto part = partOfTag(QByteArrayView(blob.constData() + at, 4));
        if (!part || !m_digests.at(std::size_t(*part)).isEmpty())
            return failure(QStringLiteral("appx.signature-digests-missing"), file,
                           Tr::tr("has an unknown or repeated digest record %1").arg(QString::fromLatin1(blob.mid(at, 4).toHex())));
        m_digests[std::size_t(*part)] = blob.mid(at + 4, 32);
    }
    for (SignedPart part : {SignedPart::FileRecords, SignedPart::CentralDirectory, SignedPart::ContentTypes, SignedPart::BlockMap}) {
        if (digest(part).isEmpty())
            return failure(QStringLiteral("appx.signature-digests-missing"), file, Tr::tr("has no digest of the %1").arg(signedPartName(part)));
    }
    return {};
}

} // namespace wb
