// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <memory>

struct evp_md_ctx_st;

namespace wb {

/// A message digest (SHA-256, SHA-384, SHA-512, SHA-1) through OpenSSL 3's EVP interface, which
/// uses the processor's SHA extensions when it has them. The one hashing wrapper of the engine:
/// block maps, package signatures and publisher ids hash through it. Not thread-safe per object;
/// any thread; move-only. See docs/DECISIONS.md ("Hashing").
class Digest
{
public:
    explicit Digest(QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256);
    Digest(Digest &&) noexcept;
    Digest &operator=(Digest &&) noexcept;
    ~Digest();

    void addData(QByteArrayView data);
    /// The digest of everything added since construction or reset(); resets the object.
    QByteArray result();
    void reset();

    /// One-shot digest of `data`.
    static QByteArray hash(QByteArrayView data, QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256);
    /// Whether OpenSSL knows `algorithm` (SHA-1 and the SHA-2 family).
    static bool supports(QCryptographicHash::Algorithm algorithm);

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_ctx;
    const void *m_md = nullptr; // const EVP_MD *
};

} // namespace wb
