// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /Get-PackageInfo /PackagePath:<file-or-folder>, Get-AppxPackageInfo -PackagePath <file-or-folder>.
#include "../CliContext.h"
#include "InventorySourceOptions.h"

#include "ops/GetPackageInfoOperation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli)
};

/// A field with its name in both syntaxes: dism prints "Package Full Name : x", the cmdlet form
/// "PackageFullName : x" (aligned). A list prints one item per indented line in dism syntax and
/// "{a, b}" in the cmdlet form.
struct Field
{
    QString dismName;
    QString cmdletName;
    QString value;
    QStringList list;
    bool isList = false;
};

Field field(const QString &dismName, const QString &cmdletName, const QString &value)
{
    return {dismName, cmdletName, value, {}, false};
}

Field listField(const QString &dismName, const QString &cmdletName, const QStringList &values)
{
    return {dismName, cmdletName, {}, values, true};
}

void print(CliContext &ctx, const QList<Field> &fields)
{
    if (ctx.isCmdlet()) {
        QList<std::pair<QString, QString>> pairs;
        for (const Field &f : fields)
            pairs.append({f.cmdletName, f.isList ? (f.list.isEmpty() ? QString() : QLatin1Char('{') + f.list.join(QStringLiteral(", ")) + QLatin1Char('}'))
                                                 : f.value});
        ctx.fields(pairs);
        return;
    }
    for (const Field &f : fields) {
        if (!f.isList) {
            ctx.fields({{f.dismName, f.value.isEmpty() ? undefinedValue() : f.value}});
        } else if (f.list.isEmpty()) {
            ctx.fields({{f.dismName, Tr::tr("None")}});
        } else {
            ctx.line(f.dismName + QStringLiteral(" :"));
            for (const QString &item : f.list)
                ctx.line(QStringLiteral("        ") + item);
        }
    }
}

QString yesNo(const CliContext &ctx, bool v)
{
    if (ctx.isCmdlet())
        return v ? QStringLiteral("True") : QStringLiteral("False");
    return v ? Tr::tr("Yes") : Tr::tr("No");
}

QStringList resourceList(const QList<PackageResource> &resources)
{
    QStringList l;
    for (const PackageResource &r : resources)
        l << r.describe();
    return l;
}

QStringList dependencyList(const AppxManifest &m)
{
    QStringList l;
    for (const PackageDependency &d : m.dependencies) {
        QString s = Tr::tr("%1 (minimum version %2, publisher %3)").arg(d.name, d.minVersion.toString(), d.publisher);
        if (d.optional)
            s += Tr::tr(", optional");
        l << s;
    }
    return l;
}

QStringList deviceFamilyList(const QList<TargetDeviceFamily> &families)
{
    QStringList l;
    for (const TargetDeviceFamily &t : families) {
        QString s = Tr::tr("%1 (minimum version %2").arg(t.name, t.minVersion.toString());
        if (t.maxVersionTested)
            s += Tr::tr(", tested up to %1").arg(t.maxVersionTested->toString());
        l << s + QLatin1Char(')');
    }
    return l;
}

QString formatName(PackageFormat format, bool flat)
{
    switch (format) {
    case PackageFormat::Package: return Tr::tr("Package");
    case PackageFormat::Folder: return Tr::tr("Unpacked package folder");
    case PackageFormat::Bundle: return flat ? Tr::tr("Flat bundle") : Tr::tr("Bundle");
    case PackageFormat::BundleFolder: return Tr::tr("Unpacked bundle folder");
    case PackageFormat::Unknown: break;
    }
    return {};
}

QString verification(const CliContext &ctx, const PackageInfo &info, bool requested)
{
    if (!requested)
        return Tr::tr("not checked (/NoVerify)");
    if (!info.isBundle() && !info.hasBlockMap)
        return Tr::tr("not possible: the folder has no AppxBlockMap.xml");
    Q_UNUSED(ctx);
    return info.verified ? Tr::tr("every block matches the block map") : Tr::tr("not checked");
}

/// Signer, chain, validity, each digest's result, and trust (never judged without a target image).
QList<Field> signatureFields(const PackageInfo &info, bool verify)
{
    QList<Field> fields{field(Tr::tr("Signature"), QStringLiteral("Signature"), signatureStatusText(info.signature))};
    if (!info.signatureDetails)
        return fields;
    const AppxSignature &s = *info.signatureDetails;
    const SignatureCertificate &signer = s.certificates().first();
    QStringList chain;
    for (const SignatureCertificate &c : s.certificates())
        chain << describeCertificate(c);
    const QStringList digests = info.signedDigestResults(verify);
    fields << field(Tr::tr("Signer"), QStringLiteral("Signer"), signer.subject)
           << field(Tr::tr("Signer Valid From"), QStringLiteral("SignerValidFrom"), signer.notBefore.toString(Qt::ISODate))
           << field(Tr::tr("Signer Valid To"), QStringLiteral("SignerValidTo"), signer.notAfter.toString(Qt::ISODate))
           << listField(Tr::tr("Certificates"), QStringLiteral("Certificates"), chain)
           << listField(Tr::tr("Signed Digests"), QStringLiteral("SignedDigests"), digests)
           << field(Tr::tr("Trust"), QStringLiteral("Trust"),
                    Tr::tr("not evaluated: no target image was given (trust is decided by the image's certificate stores)"));
    return fields;
}

QList<Field> identityFields(const PackageIdentity &id)
{
    return {field(Tr::tr("Name"), QStringLiteral("Name"), id.name),
            field(Tr::tr("Publisher"), QStringLiteral("Publisher"), id.publisher),
            field(Tr::tr("Publisher Id"), QStringLiteral("PublisherId"), id.publisherId()),
            field(Tr::tr("Version"), QStringLiteral("Version"), id.version.toString()),
            field(Tr::tr("Architecture"), QStringLiteral("Architecture"), architectureName(id.architecture)),
            field(Tr::tr("Resource Id"), QStringLiteral("ResourceId"), id.resourceId),
            field(Tr::tr("Package Full Name"), QStringLiteral("PackageFullName"), id.fullName()),
            field(Tr::tr("Package Family Name"), QStringLiteral("PackageFamilyName"), id.familyName())};
}

QList<Field> manifestFields(const AppxManifest &m)
{
    QList<Field> fields{field(Tr::tr("Display Name"), QStringLiteral("DisplayName"), m.displayName),
                        field(Tr::tr("Publisher Display Name"), QStringLiteral("PublisherDisplayName"), m.publisherDisplayName),
                        field(Tr::tr("Package Kind"), QStringLiteral("PackageKind"), m.kindName())};
    if (m.isOptional()) // an optional or modification package: provisioned only with this app (/OptionalPackagePath)
        fields << listField(Tr::tr("Main Package"), QStringLiteral("MainPackage"), m.mainPackages());
    fields << field(Tr::tr("Manifest Schema"), QStringLiteral("ManifestSchema"), m.schemaName())
           << listField(Tr::tr("Target Device Families"), QStringLiteral("TargetDeviceFamilies"), deviceFamilyList(m.targetDeviceFamilies))
           << listField(Tr::tr("Resources"), QStringLiteral("Resources"), resourceList(m.resources))
           << listField(Tr::tr("Dependencies"), QStringLiteral("Dependencies"), dependencyList(m));
    return fields;
}

QString locationText(const InnerPackageInfo &p)
{
    switch (p.location.kind) {
    case BundlePackageLocation::Kind::Embedded: return Tr::tr("inside the bundle at offset %1").arg(p.location.offset);
    case BundlePackageLocation::Kind::File: return p.location.path;
    case BundlePackageLocation::Kind::Missing: return Tr::tr("MISSING (looked for %1)").arg(p.location.path);
    }
    return {};
}

int getPackageInfo(CliContext &ctx)
{
    if (ctx.has(QStringLiteral("PackageName")))
        return printServicingPackageInfo(ctx);
    QString path = ctx.value(QStringLiteral("PackagePath"));
    if (path.isEmpty())
        path = ctx.value(QStringLiteral("FolderPath"));
    if (path.isEmpty())
        return ctx.fail(Error::make(QStringLiteral("usage.missing-option"),
                                    Tr::tr("%1 is required: the .appx, .msix, .appxbundle or .msixbundle file or unpacked package folder to read.")
                                        .arg(ctx.spelling(QStringLiteral("PackagePath")))));
    const bool verify = !ctx.has(QStringLiteral("NoVerify"));
    auto op = std::make_shared<GetPackageInfoOperation>(path, verify);
    if (const int rc = ctx.runToExit(op))
        return rc;
    const PackageInfo &info = op->info();

    if (!info.missingPackages.isEmpty())
        ctx.warning(Tr::tr("The bundle refers to packages that are neither inside it nor in its folder: %1.")
                        .arg(info.missingPackages.join(QStringLiteral(", "))));
    if (info.isBundle() && !info.bundle.hasApplicationPackage())
        ctx.warning(Tr::tr("The bundle has no application package, only resource packages: it cannot be provisioned on its own."));

    if (!ctx.isCmdlet()) {
        ctx.line(Tr::tr("Package information for : %1").arg(path));
        ctx.line();
    }
    QList<Field> fields{field(Tr::tr("Package Type"), QStringLiteral("PackageType"), formatName(info.format, info.flat))};
    fields << identityFields(info.identity());
    if (!info.isBundle()) {
        fields << manifestFields(info.manifest);
        fields << field(Tr::tr("Files"), QStringLiteral("FileCount"), QString::number(info.fileCount))
               << field(Tr::tr("Installed Size"), QStringLiteral("InstalledSize"), byteCount(info.installedSize))
               << field(Tr::tr("Block Map"), QStringLiteral("BlockMap"), info.hasBlockMap ? Tr::tr("Present") : Tr::tr("Absent"))
               << field(Tr::tr("Code Integrity Catalog"), QStringLiteral("CodeIntegrityCatalog"),
                        info.hasCodeIntegrityCatalog ? Tr::tr("Present") : Tr::tr("Absent"));
    } else {
        QStringList applications;
        for (const BundlePackageEntry &e : info.bundle.packages) {
            if (e.isApplication())
                applications << e.fileName;
        }
        fields << field(Tr::tr("Bundle Schema"), QStringLiteral("BundleSchema"), QString::number(info.bundle.schemaYear))
               << field(Tr::tr("Packages"), QStringLiteral("PackageCount"), QString::number(info.bundle.packages.size()))
               << field(Tr::tr("Application Packages"), QStringLiteral("ApplicationPackages"),
                        applications.isEmpty() ? Tr::tr("none: no application package, the bundle cannot be provisioned")
                                               : applications.join(QStringLiteral(", ")))
               << listField(Tr::tr("Missing Packages"), QStringLiteral("MissingPackages"), info.missingPackages)
               << field(Tr::tr("Installed Size"), QStringLiteral("InstalledSize"), byteCount(info.installedSize));
    }
    fields << signatureFields(info, verify)
           << field(Tr::tr("Contents"), QStringLiteral("Contents"), verification(ctx, info, verify));
    print(ctx, fields);

    for (qsizetype i = 0; i < info.packages.size(); ++i) {
        const InnerPackageInfo &p = info.packages.at(i);
        ctx.line();
        if (!ctx.isCmdlet())
            ctx.line(Tr::tr("Package %1 of %2 : %3").arg(i + 1).arg(info.packages.size()).arg(p.entry.fileName));
        QList<Field> inner{field(Tr::tr("File Name"), QStringLiteral("FileName"), p.entry.fileName),
                           field(Tr::tr("Type"), QStringLiteral("Type"), p.entry.typeName()),
                           field(Tr::tr("Version"), QStringLiteral("Version"), p.entry.version.toString()),
                           field(Tr::tr("Architecture"), QStringLiteral("Architecture"), architectureName(p.entry.architecture)),
                           field(Tr::tr("Resource Id"), QStringLiteral("ResourceId"), p.entry.resourceId),
                           listField(Tr::tr("Resources"), QStringLiteral("Resources"), resourceList(p.entry.resources)),
                           field(Tr::tr("Stub"), QStringLiteral("IsStub"), yesNo(ctx, p.entry.isStub)),
                           field(Tr::tr("Size"), QStringLiteral("Size"), byteCount(p.entry.size)),
                           field(Tr::tr("Location"), QStringLiteral("Location"), locationText(p))};
        if (p.manifest) {
            inner << field(Tr::tr("Package Full Name"), QStringLiteral("PackageFullName"), p.manifest->identity.fullName())
                  << field(Tr::tr("Display Name"), QStringLiteral("DisplayName"), p.manifest->displayName)
                  << listField(Tr::tr("Target Device Families"), QStringLiteral("TargetDeviceFamilies"),
                               deviceFamilyList(p.manifest->targetDeviceFamilies))
                  << listField(Tr::tr("Dependencies"), QStringLiteral("Dependencies"), dependencyList(*p.manifest))
                  << field(Tr::tr("Signature"), QStringLiteral("Signature"), signatureStatusText(p.signature))
                  << field(Tr::tr("Contents"), QStringLiteral("Contents"),
                           p.verified ? Tr::tr("every block matches the block map") : Tr::tr("not checked"));
        } else if (!p.entry.targetDeviceFamilies.isEmpty()) {
            inner << listField(Tr::tr("Target Device Families"), QStringLiteral("TargetDeviceFamilies"),
                               deviceFamilyList(p.entry.targetDeviceFamilies));
        }
        print(ctx, inner);
    }
    if (!ctx.isCmdlet())
        ctx.line();
    return ctx.isCmdlet() ? 0 : ctx.success();
}

CommandSpec getPackageInfoSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Get-PackageInfo");
    c.dismNames = {QStringLiteral("Get-PackageInfo"), QStringLiteral("Get-AppxPackageInfo")};
    c.cmdletNames = {QStringLiteral("Get-AppxPackageInfo")};
    c.summary = Tr::tr("Shows the identity, resources and dependencies of an app package or bundle and checks its contents.");
    c.details = Tr::tr("Reads .appx and .msix packages, .appxbundle and .msixbundle bundles (also flat bundles whose packages are files "
                       "beside them) and unpacked package folders. Every block of every package present is checked against its block "
                       "map unless /NoVerify is given. A signature (AppxSignature.p7x) is verified: its PKCS#7 signature, each signed "
                       "digest and the signer against the Publisher; whether a Windows image trusts the signer is not judged without "
                       "a target image.");
    c.parameters = {{QStringLiteral("PackagePath"), {QStringLiteral("PackagePath")}, {QStringLiteral("PackagePath"), QStringLiteral("Path")},
                     ParameterSpec::Value, QStringLiteral("<file-or-folder>"), Tr::tr("The package, bundle or unpacked package folder.")},
                    {QStringLiteral("FolderPath"), {QStringLiteral("FolderPath")}, {QStringLiteral("FolderPath")}, ParameterSpec::Value,
                     QStringLiteral("<folder>"), Tr::tr("An unpacked package or bundle folder (same as /PackagePath).")},
                    {QStringLiteral("NoVerify"), {QStringLiteral("NoVerify")}, {QStringLiteral("NoVerify")}, ParameterSpec::Switch, {},
                     Tr::tr("Read the manifests only; do not check every block against the block map.")}};
    c.details += u' ' + Tr::tr("With /PackageName:<identity> and /Image or /ImageFile it shows a servicing (CBS) package of an image instead, "
                               "as DISM does; /PackagePath always means an app package here (DISM's .cab form is not supported).");
    c.parameters << dismInventorySourceParameters();
    c.parameters << ParameterSpec{QStringLiteral("PackageName"), {QStringLiteral("PackageName")}, {}, ParameterSpec::Value,
                                  QStringLiteral("<identity>"), Tr::tr("A servicing package of the image, as /Get-Packages lists it.")};
    c.handler = getPackageInfo;
    return c;
}

const bool registered = CommandRegistry::add(getPackageInfoSpec());

} // namespace
} // namespace wb::cli
