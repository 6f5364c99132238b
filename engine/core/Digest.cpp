// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Digest.h"

#include <openssl/evp.h>

#include <QtGlobal>

namespace wb {

namespace {
const EVP_MD *mdFor(QCryptographicHash::Algorithm algorithm)
{
    switch (algorithm) {
    case QCryptographicHash::Sha1:
        return EVP_sha1();
    case QCryptographicHash::Sha256:
        return EVP_sha256();
    case QCryptographicHash::Sha384:
        return EVP_sha384();
    case QCryptographicHash::Sha512:
        return EVP_sha512();
    default:
        return nullptr;
    }
}

/// Callers only pass the algorithms supports() accepts (BlockMap refuses others when parsing);
/// anything else is a programming error, and SHA-256 then gives a digest that matches nothing.
const EVP_MD *mdOrSha256(QCryptographicHash::Algorithm algorithm)
{
    const EVP_MD *md = mdFor(algorithm);
    Q_ASSERT_X(md, "wb::Digest", "unsupported algorithm");
    return md ? md : EVP_sha256();
}
} // namespace

void Digest::Free::operator()(evp_md_ctx_st *ctx) const
{
    EVP_MD_CTX_free(ctx);
}

Digest::Digest(QCryptographicHash::Algorithm algorithm) : m_ctx(EVP_MD_CTX_new()), m_md(mdOrSha256(algorithm))
{
    Q_CHECK_PTR(m_ctx.get());
    reset();
}

Digest::Digest(Digest &&) noexcept = default;
Digest &Digest::operator=(Digest &&) noexcept = default;
Digest::~Digest() = default;

void Digest::reset()
{
    EVP_DigestInit_ex(m_ctx.get(), static_cast<const EVP_MD *>(m_md), nullptr);
}

void Digest::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_ctx.get(), data.data(), size_t(data.size()));
}

QByteArray Digest::result()
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length);
    out.resize(qsizetype(length));
    reset();
    return out;
}

QByteArray Digest::hash(QByteArrayView data, QCryptographicHash::Algorithm algorithm)
{
    const EVP_MD *md = mdOrSha256(algorithm);
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &length, md, nullptr);
    out.resize(qsizetype(length));
    return out;
}

bool Digest::supports(QCryptographicHash::Algorithm algorithm)
{
    return mdFor(algorithm) != nullptr;
}

} // namespace wb
