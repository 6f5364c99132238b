// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GetPackageInfoOperation.h"

#include "appx/ByteProgress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::GetPackageInfoOperation)
};
} // namespace

GetPackageInfoOperation::GetPackageInfoOperation(QString path, bool verifyPayload) : m_path(std::move(path)), m_verify(verifyPayload)
{
}

QString GetPackageInfoOperation::description() const
{
    return Tr::tr("Read app package %1").arg(QFileInfo(m_path).fileName());
}

QList<std::pair<QString, QString>> GetPackageInfoOperation::parameters() const
{
    return {{QStringLiteral("PackagePath"), m_path}, {QStringLiteral("Verify"), m_verify ? QStringLiteral("yes") : QStringLiteral("no")}};
}

Result<PackageFormat> GetPackageInfoOperation::formatOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::make(
            QStringLiteral("appx.not-found"),
            Tr::tr("%1 does not exist. Give the path of an .appx, .msix, .appxbundle or .msixbundle file or of an unpacked package folder.")
                .arg(path));
    const PackageFormat format = PackagePath::detectFormat(path);
    const QString suffix = info.suffix().toLower();
    if (format == PackageFormat::Unknown && info.isFile()
        && (suffix == QLatin1String("eappx") || suffix == QLatin1String("emsix") || suffix == QLatin1String("eappxbundle")
            || suffix == QLatin1String("emsixbundle")))
        return Error::make(
            QStringLiteral("appx.encrypted-package"),
            Tr::tr("%1 is an encrypted package, which only Windows can open. Use the unencrypted .appx, .msix or bundle file.").arg(path));
    if (format == PackageFormat::Unknown && info.exists() && !info.isDir() && !info.isFile())
        return Error::make(
            QStringLiteral("appx.not-a-file"),
            Tr::tr("%1 is not a regular file (it is a device, a named pipe or a socket). Give the path of a package or bundle file.")
                .arg(path));
    if (format == PackageFormat::Unknown)
        return Error::make(
            QStringLiteral("appx.unknown-format"),
            info.isDir()
                ? Tr::tr("The folder %1 holds neither AppxManifest.xml nor AppxMetadata/AppxBundleManifest.xml, so it is not "
                         "an unpacked app package.")
                      .arg(path)
                : Tr::tr("%1 is not an app package: its name does not end in .appx, .msix, .appxbundle or .msixbundle.").arg(path));
    return format;
}

QStringList PackageInfo::signedDigestResults(bool verifyRequested) const
{
    QStringList lines;
    if (!signatureDetails)
        return lines;
    for (int i = 0; i < SignedPartCount; ++i) {
        const auto part = SignedPart(i);
        QString result = Tr::tr("matches");
        if (signatureDetails->digest(part).isEmpty())
            result = Tr::tr("not signed (the package has none)");
        else if (part == SignedPart::FileRecords && !(verifyRequested && verified))
            result = Tr::tr("not checked (the contents were not read)");
        lines << Tr::tr("%1: %2").arg(signedPartName(part), result);
    }
    return lines;
}

Status GetPackageInfoOperation::run(OperationContext &context)
{
    auto format = formatOf(m_path);
    if (!format)
        return format.error();
    m_info = {};
    m_info.path = m_path;
    m_info.format = *format;
    if (m_info.isBundle())
        return readBundle(context);
    return readPackage(context);
}

Status GetPackageInfoOperation::readPackage(OperationContext &context)
{
    context.progress(Tr::tr("Reading package"), 0, 0);
    auto package = AppxPackage::open(m_path);
    if (!package)
        return package.error();
    m_info.manifest = package->manifest();
    m_info.hasBlockMap = package->hasBlockMap();
    m_info.hasCodeIntegrityCatalog = package->hasCodeIntegrityCatalog();
    m_info.signature = package->signature();
    if (const AppxSignature *s = package->signatureDetails())
        m_info.signatureDetails = *s;
    m_info.fileCount = int(package->files().size());
    m_info.installedSize = package->installedSize();
    context.info(QStringLiteral("%1: %2, %3 file(s), %4 bytes, signature %5")
                     .arg(m_path, package->identity().fullName())
                     .arg(m_info.fileCount)
                     .arg(m_info.installedSize)
                     .arg(signatureStatusText(m_info.signature)));
    if (!package->hasBlockMap())
        context.warning(QStringLiteral("%1 has no AppxBlockMap.xml; its files cannot be verified").arg(m_path));
    if (m_verify && package->hasBlockMap()) {
        ByteProgress progress(&context, Tr::tr("Verifying package contents"), m_info.installedSize);
        WB_TRY(package->verify(&progress));
        m_info.verified = true;
        context.info(QStringLiteral("Every block of %1 matches its block map").arg(m_path));
    }
    return {};
}

Status GetPackageInfoOperation::verifyBundle(const AppxBundle &bundle, const std::vector<std::optional<AppxPackage>> &opened, quint64 total,
                                             OperationContext &context)
{
    const bool signedBundle = bundle.signature() == SignatureStatus::Verified;
    ByteProgress progress(&context, Tr::tr("Verifying bundle contents"), total + (signedBundle ? quint64(QFileInfo(m_path).size()) : 0));
    std::optional<SignatureCheck::Pass> read;
    if (signedBundle) {
        auto begun = bundle.beginSignatureRead(&progress);
        if (!begun)
            return begun.error();
        read.emplace(std::move(*begun));
    }
    // In the order of their offsets, so that one read serves the bundle's signature and theirs.
    std::vector<size_t> order;
    for (size_t i = 0; i < opened.size(); ++i) {
        if (opened[i] && opened[i]->hasBlockMap())
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return opened[a]->offsetInFile() < opened[b]->offsetInFile(); });
    for (size_t i : order) {
        WB_TRY(opened[i]->verify(&progress, read ? &*read : nullptr));
        m_info.packages[qsizetype(i)].verified = true;
    }
    return read ? read->finish() : Status{};
}

Status GetPackageInfoOperation::readBundle(OperationContext &context)
{
    context.progress(Tr::tr("Reading bundle"), 0, 0);
    auto bundle = AppxBundle::open(m_path);
    if (!bundle)
        return bundle.error();
    m_info.bundle = bundle->manifest();
    m_info.signature = bundle->signature();
    if (const AppxSignature *s = bundle->signatureDetails())
        m_info.signatureDetails = *s;
    m_info.flat = bundle->isFlat();
    m_info.missingPackages = bundle->missingPackages();
    context.info(QStringLiteral("%1: bundle %2 with %3 package(s)%4").arg(m_path, bundle->identity().fullName()).arg(bundle->packages().size())
                     .arg(m_info.flat ? QStringLiteral(" (flat)") : QString()));
    if (!m_info.missingPackages.isEmpty())
        context.warning(QStringLiteral("%1 refers to missing packages: %2").arg(m_path, m_info.missingPackages.join(QStringLiteral(", "))));
    if (!bundle->manifest().hasApplicationPackage())
        context.warning(QStringLiteral("%1 holds no application package (only resource packages)").arg(m_path));

    std::vector<std::optional<AppxPackage>> opened;
    quint64 total = 0;
    for (const BundlePackageEntry &entry : bundle->packages()) {
        if (context.isCancelled())
            return Error::cancelled();
        InnerPackageInfo inner;
        inner.entry = entry;
        inner.location = bundle->location(entry);
        std::optional<AppxPackage> package;
        if (inner.isPresent()) {
            auto p = bundle->openPackage(entry);
            if (!p)
                return p.error();
            inner.manifest = p->manifest();
            inner.signature = p->signature();
            inner.fileCount = int(p->files().size());
            inner.installedSize = p->installedSize();
            total += inner.installedSize;
            m_info.installedSize += inner.installedSize;
            ++m_info.fileCount;
            package = std::move(*p);
        }
        m_info.packages << inner;
        opened.push_back(std::move(package));
    }
    if (m_verify) {
        WB_TRY(verifyBundle(*bundle, opened, total, context));
        m_info.verified = true;
        for (const InnerPackageInfo &inner : std::as_const(m_info.packages))
            m_info.verified = m_info.verified && (!inner.isPresent() || inner.verified);
        context.info(QStringLiteral("Every block of the packages present in %1 matches its block map").arg(m_path));
    }
    return {};
}

} // namespace wb
