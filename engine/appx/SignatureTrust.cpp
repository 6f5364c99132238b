// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignatureTrust.h"

#include <QCoreApplication>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::SignatureTrust)
};

constexpr quint32 CertificatePropertyId = 0x20;

quint32 le32(const QByteArray &d, qsizetype at)
{
    return quint32(quint8(d[at])) | quint32(quint8(d[at + 1])) << 8 | quint32(quint8(d[at + 2])) << 16 | quint32(quint8(d[at + 3])) << 24;
}

struct Free
{
    void operator()(X509 *x) const { X509_free(x); }
    void operator()(X509_STORE *s) const { X509_STORE_free(s); }
    void operator()(X509_STORE_CTX *c) const { X509_STORE_CTX_free(c); }
    void operator()(STACK_OF(X509) *s) const { sk_X509_pop_free(s, X509_free); }
};

std::unique_ptr<X509, Free> parse(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return std::unique_ptr<X509, Free>(d2i_X509(nullptr, &p, long(der.size())));
}

SignatureCertificate described(X509 *cert)
{
    unsigned char *der = nullptr;
    const int n = i2d_X509(cert, &der);
    const auto c = certificateFromDer(QByteArray(reinterpret_cast<const char *>(der), n));
    OPENSSL_free(der);
    return c.value_or(SignatureCertificate{});
}

bool inStore(const QList<StoredCertificate> &stored, const QString &store, const QString &thumbprint)
{
    for (const StoredCertificate &c : stored) {
        if (c.store.compare(store, Qt::CaseInsensitive) == 0 && c.thumbprint.compare(thumbprint, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

Result<QByteArray> certificateFromStoreBlob(const QByteArray &blob, const QString &where)
{
    for (qsizetype at = 0; at + 12 <= blob.size();) {
        const quint32 id = le32(blob, at);
        const quint32 length = le32(blob, at + 8);
        if (quint64(at) + 12 + length > quint64(blob.size()))
            break;
        if (id == CertificatePropertyId)
            return blob.mid(at + 12, qsizetype(length));
        at += 12 + qsizetype(length);
    }
    return Error::make(QStringLiteral("appx.certificate-blob-invalid"),
                       Tr::tr("The certificate store entry %1 holds no certificate (its Blob value is damaged); it is ignored.").arg(where));
}

TrustDecision decideTrust(const AppxSignature *signature, const QList<StoredCertificate> &stored)
{
    TrustDecision d;
    if (!signature || signature->certificates().isEmpty()) {
        d.reason = Tr::tr("unsigned: Windows installs only signed packages; sign it (SignTool) with a certificate the image trusts");
        return d;
    }
    const SignatureCertificate &signer = signature->certificates().first();
    if (inStore(stored, QStringLiteral("TrustedPeople"), signer.thumbprint)) {
        d.verdict = TrustDecision::Verdict::Trusted;
        d.chain = {signer.subject};
        d.reason = Tr::tr("trusted: the signer %1 is in the image's TrustedPeople store").arg(signer.subject);
        return d;
    }
    std::unique_ptr<X509_STORE, Free> roots(X509_STORE_new());
    std::unique_ptr<STACK_OF(X509), Free> untrusted(sk_X509_new_null());
    for (const StoredCertificate &c : stored) {
        auto x = parse(c.der);
        if (!x)
            continue;
        if (c.store.compare(QLatin1String("ROOT"), Qt::CaseInsensitive) == 0 || c.store.compare(QLatin1String("AuthRoot"), Qt::CaseInsensitive) == 0)
            X509_STORE_add_cert(roots.get(), x.get());
        else if (c.store.compare(QLatin1String("CA"), Qt::CaseInsensitive) == 0)
            sk_X509_push(untrusted.get(), x.release());
    }
    for (qsizetype i = 1; i < signature->certificates().size(); ++i) {
        if (auto x = parse(signature->certificates().at(i).der))
            sk_X509_push(untrusted.get(), x.release());
    }
    auto leaf = parse(signer.der);
    std::unique_ptr<X509_STORE_CTX, Free> ctx(X509_STORE_CTX_new());
    X509_STORE_CTX_init(ctx.get(), roots.get(), leaf.get(), untrusted.get());
    // Validity and unknown critical extensions are not judged (see the header); no CRLs offline.
    X509_VERIFY_PARAM_set_flags(X509_STORE_CTX_get0_param(ctx.get()), X509_V_FLAG_NO_CHECK_TIME | X509_V_FLAG_IGNORE_CRITICAL);
    const bool ok = X509_verify_cert(ctx.get()) == 1;
    STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get());
    for (int i = 0; chain && i < sk_X509_num(chain); ++i)
        d.chain << described(sk_X509_value(chain, i)).subject;
    if (ok) {
        d.verdict = TrustDecision::Verdict::Trusted;
        d.reason = Tr::tr("trusted: the signer chains to %1 in the image's root stores").arg(d.chain.last());
        return d;
    }
    d.verdict = TrustDecision::Verdict::Untrusted;
    X509 *top = chain && sk_X509_num(chain) > 0 ? sk_X509_value(chain, sk_X509_num(chain) - 1) : leaf.get();
    // The top of the chain that could be built is either a root the stores lack, or a certificate
    // whose issuer is nowhere (neither embedded nor in the stores).
    const SignatureCertificate topCert = described(top);
    d.missing = X509_check_issued(top, top) == X509_V_OK ? topCert.subject : topCert.issuer;
    d.reason = Tr::tr("untrusted: the image's certificate stores lack %1, so Windows would refuse the app at first logon. Add that "
                      "certificate to the image's Trusted Root store (or the signer to TrustedPeople), or get the package signed by "
                      "a publisher the image trusts")
                   .arg(d.missing);
    return d;
}

} // namespace wb
