// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSigner.h"
#include "HiveBuilder.h"

#include "appx/ZipArchive.h"
#include "appx/ZipLayout.h"
#include "core/Digest.h"

#include <QCryptographicHash>
#include <QFile>
#include <QList>
#include <QStringList>

#include <openssl/evp.h>
#include <zip.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <map>
#include <mutex>

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {
struct Authority
{
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
};

X509 *makeCertificate(X509_NAME *subject, const Authority *issuer, EVP_PKEY *key, bool ca)
{
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    static long serial = 1000;
    ASN1_INTEGER_set(X509_get_serialNumber(cert), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(cert), -86400);
    X509_gmtime_adj(X509_getm_notAfter(cert), 86400L * 3650);
    X509_set_subject_name(cert, subject);
    X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer->cert) : subject);
    X509_set_pubkey(cert, key);
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer->cert : cert, cert, nullptr, nullptr, 0);
    const char *constraints = ca ? "critical,CA:TRUE" : "CA:FALSE";
    X509_EXTENSION *bc = X509V3_EXT_conf_nid(nullptr, &ctx, NID_basic_constraints, constraints);
    X509_add_ext(cert, bc, -1);
    X509_EXTENSION_free(bc);
    if (!ca) {
        X509_EXTENSION *eku = X509V3_EXT_conf_nid(nullptr, &ctx, NID_ext_key_usage, "codeSigning");
        X509_add_ext(cert, eku, -1);
        X509_EXTENSION_free(eku);
    }
    X509_sign(cert, issuer ? issuer->key : key, EVP_sha256());
    return cert;
}

/// "CN=a, O=b, S=c, C=d" (most specific first, as manifests write it) as an X509_NAME.
X509_NAME *nameOf(const QString &publisher)
{
    X509_NAME *name = X509_NAME_new();
    QStringList parts = publisher.split(u", "_s);
    std::reverse(parts.begin(), parts.end());
    for (const QString &part : std::as_const(parts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        QByteArray field = part.left(eq).toLatin1();
        if (field == "S")
            field = "ST";
        X509_NAME_add_entry_by_txt(name, field.constData(), MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(part.mid(eq + 1).toUtf8().constData()),
                                   -1, -1, 0);
    }
    return name;
}

const Authority &root(bool foreign)
{
    static std::mutex lock;
    static Authority roots[2];
    std::lock_guard guard(lock);
    Authority &r = roots[foreign ? 1 : 0];
    if (!r.cert) {
        r.key = EVP_RSA_gen(2048);
        X509_NAME *name = nameOf(foreign ? u"CN=Foreign Test Root"_s : u"CN=WimBench Test Root, O=WimBench"_s);
        r.cert = makeCertificate(name, nullptr, r.key, true);
        X509_NAME_free(name);
    }
    return r;
}

Authority leafFor(const QString &publisher, bool foreign)
{
    static std::mutex lock;
    // Never destroyed: the keys and certificates live as long as the process, and a map destroyed
    // at exit would leave them unreachable (LeakSanitizer reports them).
    static auto &leaves = *new std::map<std::pair<QString, bool>, Authority>;
    const Authority &issuer = root(foreign);
    std::lock_guard guard(lock);
    Authority &leaf = leaves[{publisher, foreign}];
    if (!leaf.cert) {
        leaf.key = EVP_RSA_gen(2048);
        X509_NAME *name = nameOf(publisher);
        leaf.cert = makeCertificate(name, &issuer, leaf.key, false);
        X509_NAME_free(name);
    }
    return leaf;
}

QByteArray der(const unsigned char *tagAndLength, qsizetype n, const QByteArray &contents)
{
    return QByteArray(reinterpret_cast<const char *>(tagAndLength), n) + contents;
}

/// DER tag + definite length.
QByteArray tlv(unsigned char tag, const QByteArray &contents)
{
    QByteArray head(1, char(tag));
    const qsizetype n = contents.size();
    if (n < 0x80)
        head += char(n);
    else if (n < 0x100)
        head += QByteArray("\x81", 1) + char(n);
    else
        head += QByteArray("\x82", 1) + char(n >> 8) + char(n & 0xff);
    return der(reinterpret_cast<const unsigned char *>(head.constData()), head.size(), contents);
}

/// The contents (without tag and length) of SpcIndirectDataContent { SpcAttributeTypeAndOptionalValue
/// { 1.3.6.1.4.1.311.2.1.30 (SIP info), ... }, DigestInfo { sha256, OCTET STRING blob } }.
QByteArray indirectDataContents(const QByteArray &blob)
{
    const QByteArray sipInfo = tlv(0x30, QByteArray::fromHex("02040101000004104bdfc50a07cee24db76e23c839a09fd1020100020100020100020100020100"));
    const QByteArray attribute = tlv(0x30, QByteArray::fromHex("060a2b06010401823702011e") + sipInfo);
    const QByteArray sha256 = tlv(0x30, QByteArray::fromHex("0609608648016503040201") + QByteArray::fromHex("0500"));
    const QByteArray digestInfo = tlv(0x30, sha256 + tlv(0x04, blob));
    return attribute + digestInfo;
}
} // namespace

QByteArray signAppxBlob(const QByteArray &blob, const QString &publisher, bool foreignRoot)
{
    const Authority leaf = leafFor(publisher, foreignRoot);
    const QByteArray contents = indirectDataContents(blob);
    const QByteArray sequence = tlv(0x30, contents);
    ASN1_OBJECT *spcOid = OBJ_txt2obj("1.3.6.1.4.1.311.2.1.4", 1);

    PKCS7 *p7 = PKCS7_new();
    PKCS7_set_type(p7, NID_pkcs7_signed);
    PKCS7_SIGNER_INFO *si = PKCS7_add_signature(p7, leaf.cert, leaf.key, EVP_sha256());
    PKCS7_add_signed_attribute(si, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_dup(spcOid));
    PKCS7_add_certificate(p7, leaf.cert);
    PKCS7_add_certificate(p7, root(foreignRoot).cert);
    // Sign the SEQUENCE's contents as detached data, then put the SpcIndirectDataContent in as
    // the content (what Authenticode signers do with OpenSSL).
    PKCS7_content_new(p7, NID_pkcs7_data);
    PKCS7_set_detached(p7, 1);
    BIO *bio = PKCS7_dataInit(p7, nullptr);
    BIO_write(bio, contents.constData(), int(contents.size()));
    PKCS7_dataFinal(p7, bio);
    BIO_free_all(bio);

    PKCS7 *inner = PKCS7_new();
    inner->type = spcOid;
    ASN1_STRING *value = ASN1_STRING_type_new(V_ASN1_SEQUENCE);
    ASN1_STRING_set(value, sequence.constData(), int(sequence.size()));
    inner->d.other = ASN1_TYPE_new();
    ASN1_TYPE_set(inner->d.other, V_ASN1_SEQUENCE, value);
    PKCS7_set_content(p7, inner);

    unsigned char *out = nullptr;
    const int n = i2d_PKCS7(p7, &out);
    QByteArray p7x = QByteArrayLiteral("PKCX") + QByteArray(reinterpret_cast<const char *>(out), n);
    OPENSSL_free(out);
    PKCS7_free(p7);
    return p7x;
}

QByteArray testRootCertificate(bool foreignRoot)
{
    unsigned char *out = nullptr;
    const int n = i2d_X509(root(foreignRoot).cert, &out);
    QByteArray cert(reinterpret_cast<const char *>(out), n);
    OPENSSL_free(out);
    return cert;
}

void addTestRoot(HiveBuilder &software, bool foreignRoot, const QString &store)
{
    const QByteArray der = testRootCertificate(foreignRoot);
    const QString thumbprint = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex().toUpper());
    software.setValue(u"Microsoft\\SystemCertificates\\%1\\Certificates\\%2"_s.arg(store, thumbprint),
                      RegistryValue::binary(u"Blob"_s, certificateStoreBlob(der)));
}

Result<QByteArray> appxDigestBlob(const QString &unsignedZip)
{
    QFile file(unsignedZip);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(u"test.signer"_s, file.errorString());
    auto layout = ZipLayout::read(file, 0, quint64(file.size()), unsignedZip);
    if (!layout)
        return layout.error();
    file.seek(0);
    const QByteArray all = file.readAll();
    auto zip = ZipArchive::open(unsignedZip);
    if (!zip)
        return zip.error();
    auto part = [&](const char *name) -> QByteArray {
        const ZipEntry *e = zip->find(QString::fromLatin1(name));
        if (!e)
            return {};
        auto bytes = zip->readAll(*e, 64u << 20);
        return bytes ? *bytes : QByteArray();
    };
    const quint64 cd = layout->centralDirectoryOffset();
    QByteArray blob = QByteArrayLiteral("APPX");
    blob += "AXPC" + Digest::hash(all.left(qsizetype(cd)));
    blob += "AXCD" + Digest::hash(all.mid(qsizetype(cd)));
    blob += "AXCT" + Digest::hash(part("[Content_Types].xml"));
    blob += "AXBM" + Digest::hash(part("AppxBlockMap.xml"));
    if (zip->find(u"AppxMetadata/CodeIntegrity.cat"_s))
        blob += "AXCI" + Digest::hash(part("AppxMetadata/CodeIntegrity.cat"));
    return blob;
}

} // namespace wb::test

namespace wb::test {

QByteArray certificateStoreBlob(const QByteArray &der)
{
    auto le32 = [](quint32 v) {
        QByteArray b(4, '\0');
        for (int i = 0; i < 4; ++i)
            b[i] = char((v >> (8 * i)) & 0xff);
        return b;
    };
    return le32(3) + le32(1) + le32(20) + Digest::hash(der, QCryptographicHash::Sha1) + le32(0x20) + le32(1) + le32(quint32(der.size())) + der;
}

QByteArray zipEntryContents(const QString &path, const QByteArray &rawName)
{
    auto zip = ZipArchive::open(path);
    const ZipEntry *e = zip ? zip->find(QString::fromUtf8(rawName)) : nullptr;
    if (!e)
        return {};
    auto bytes = zip->readAll(*e, 64u << 20);
    return bytes ? *bytes : QByteArray();
}

Status copyZipChanging(const QString &source, const QString &target, const QByteArray &rawName, ZipChange change, const QByteArray &content)
{
    int code = 0;
    zip_t *in = zip_open(QFile::encodeName(source).constData(), ZIP_RDONLY, &code);
    zip_t *out = in ? zip_open(QFile::encodeName(target).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code) : nullptr;
    if (!out) {
        if (in)
            zip_discard(in);
        return Error::make(u"test.signer"_s, u"cannot open %1 or %2 (libzip %3)"_s.arg(source, target).arg(code));
    }
    const zip_int64_t count = zip_get_num_entries(in, 0);
    QList<zip_int64_t> order;
    for (zip_int64_t i = 0; i < count; ++i) {
        const bool match = rawName == zip_get_name(in, zip_uint64_t(i), ZIP_FL_ENC_RAW);
        if (match && change == ZipChange::MoveToFront)
            order.prepend(i);
        else if (!(match && change == ZipChange::Remove))
            order.append(i);
    }
    for (zip_int64_t i : std::as_const(order)) {
        const char *name = zip_get_name(in, zip_uint64_t(i), ZIP_FL_ENC_RAW);
        const bool replace = change == ZipChange::Replace && rawName == name;
        zip_source_t *src = replace ? zip_source_buffer(out, content.constData(), zip_uint64_t(content.size()), 0)
                                    : zip_source_zip(out, in, zip_uint64_t(i), 0, 0, -1);
        const zip_int64_t index = zip_file_add(out, name, src, ZIP_FL_ENC_RAW);
        zip_stat_t st;
        zip_stat_init(&st);
        const bool stored = !replace && zip_stat_index(in, zip_uint64_t(i), 0, &st) == 0 && (st.valid & ZIP_STAT_COMP_METHOD)
            && st.comp_method == ZIP_CM_STORE;
        // Replaced entries are deflated; stored ones stay stored (packages inside a bundle must be).
        zip_set_file_compression(out, zip_uint64_t(index), stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
        zip_file_set_mtime(out, zip_uint64_t(index), 1600000000, 0);
    }
    if (change == ZipChange::Append) {
        zip_source_t *src = zip_source_buffer(out, content.constData(), zip_uint64_t(content.size()), 0);
        const zip_int64_t index = zip_file_add(out, rawName.constData(), src, ZIP_FL_ENC_RAW);
        zip_set_file_compression(out, zip_uint64_t(index), ZIP_CM_STORE, 0);
        zip_file_set_mtime(out, zip_uint64_t(index), 1600000000, 0);
    }
    const bool ok = zip_close(out) == 0;
    if (!ok)
        zip_discard(out);
    zip_discard(in);
    return ok ? Status{} : Error::make(u"test.signer"_s, u"cannot write %1"_s.arg(target));
}

} // namespace wb::test
