// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageCertificates.h"

#include "registry/Hive.h"
#include "registry/HiveCache.h"
#include "registry/ImageHives.h"

#include <QCoreApplication>
#include <QDir>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ImageCertificates)
};

/// Machine stores Windows consults for app signatures (Microsoft Learn, "System Store Locations";
/// ROOT = Trusted Root Certification Authorities, AuthRoot = third-party roots, CA = intermediate
/// authorities, TrustedPeople = explicitly trusted signers).
const QStringList Stores{QStringLiteral("ROOT"), QStringLiteral("AuthRoot"), QStringLiteral("CA"), QStringLiteral("TrustedPeople")};

Status readStore(const Hive &hive, const QString &store, ImageCertificates &out)
{
    const QString base = QStringLiteral("Microsoft\\SystemCertificates\\%1\\Certificates").arg(store);
    auto key = hive.findKey(base);
    if (!key)
        return key.error();
    if (!*key)
        return {};
    auto names = hive.subkeyNames(**key);
    if (!names)
        return names.error();
    for (const QString &thumbprint : std::as_const(*names)) {
        const QString where = base + QLatin1Char('\\') + thumbprint;
        auto blob = hive.value(where, QStringLiteral("Blob"));
        if (!blob)
            return blob.error();
        auto der = *blob ? certificateFromStoreBlob((*blob)->data, where) : Result<QByteArray>(Error::make(QStringLiteral("appx.certificate-blob-invalid"), where));
        if (!der) {
            out.problems << der.error().message;
            continue;
        }
        out.certificates << StoredCertificate{store, thumbprint, *der};
    }
    return {};
}
} // namespace

Result<ImageCertificates> ImageCertificates::read(const QString &imageRoot, HiveCache *hives)
{
    const auto path = ImageHives::locate(imageRoot, ImageHives::Kind::Software);
    if (!path)
        return Error::make(QStringLiteral("appx.image-certificates-unreadable"),
                           Tr::tr("The image %1 has no SOFTWARE hive (Windows/System32/config/SOFTWARE), so its certificate stores "
                                  "cannot be read and trust cannot be evaluated.")
                               .arg(imageRoot));
    HiveCache local;
    const auto hive = (hives ? *hives : local).open(*path);
    if (!hive)
        return hive.error();
    ImageCertificates out;
    for (const QString &store : Stores)
        WB_TRY(readStore(**hive, store, out));
    return out;
}

} // namespace wb
