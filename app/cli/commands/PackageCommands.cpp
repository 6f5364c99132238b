// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /Get-PackageInfo /PackagePath:<file-or-folder>, Get-AppxPackageInfo -PackagePath <file-or-folder>.
#include "../CliContext.h"
#include "../English.h"
#include "InventorySourceOptions.h"

#include "ops/GetPackageInfoOperation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb::cli {
namespace {

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
            ctx.fields({{f.dismName, english("None")}});
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
    return v ? english("Yes") : english("No");
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
        QString s = english("%1 (minimum version %2, publisher %3)").arg(d.name, d.minVersion.toString(), d.publisher);
        if (d.optional)
            s += english(", optional");
        l << s;
    }
    return l;
}

QStringList deviceFamilyList(const QList<TargetDeviceFamily> &families)
{
    QStringList l;
    for (const TargetDeviceFamily &t : families) {
        QString s = english("%1 (minimum version %2").arg(t.name, t.minVersion.toString());
        if (t.maxVersionTested)
            s += english(", tested up to %1").arg(t.maxVersionTested->toString());
        l << s + QLatin1Char(')');
    }
    return l;
}

QString formatName(PackageFormat format, bool flat)
{
    switch (format) {
    case PackageFormat::Package: return english("Package");
    case PackageFormat::Folder: return english("Unpacked package folder");
    case PackageFormat::Bundle: return flat ? english("Flat bundle") : english("Bundle");
    case PackageFormat::BundleFolder: return english("Unpacked bundle folder");
    case PackageFormat::Unknown: break;
    }
    return {};
}

QString verification(const CliContext &ctx, const PackageInfo &info, bool requested)
{
    if (!requested)
        return english("not checked (/NoVerify)");
    if (!info.isBundle() && !info.hasBlockMap)
        return english("not possible: the folder has no AppxBlockMap.xml");
    Q_UNUSED(ctx);
    return info.verified ? english("every block matches the block map") : english("not checked");
}

/// Signer, chain, validity, each digest's result, and trust (never judged without a target image).
QList<Field> signatureFields(const PackageInfo &info, bool verify)
{
    QList<Field> fields{field(english("Signature"), QStringLiteral("Signature"), signatureStatusText(info.signature))};
    if (!info.signatureDetails)
        return fields;
    const AppxSignature &s = *info.signatureDetails;
    const SignatureCertificate &signer = s.certificates().first();
    QStringList chain;
    for (const SignatureCertificate &c : s.certificates())
        chain << describeCertificate(c);
    const QStringList digests = info.signedDigestResults(verify);
    fields << field(english("Signer"), QStringLiteral("Signer"), signer.subject)
           << field(english("Signer Valid From"), QStringLiteral("SignerValidFrom"), signer.notBefore.toString(Qt::ISODate))
           << field(english("Signer Valid To"), QStringLiteral("SignerValidTo"), signer.notAfter.toString(Qt::ISODate))
           << listField(english("Certificates"), QStringLiteral("Certificates"), chain)
           << listField(english("Signed Digests"), QStringLiteral("SignedDigests"), digests)
           << field(english("Trust"), QStringLiteral("Trust"),
                    english("not evaluated: no target image was given (trust is decided by the image's certificate stores)"));
    return fields;
}

QList<Field> identityFields(const PackageIdentity &id)
{
    return {field(english("Name"), QStringLiteral("Name"), id.name),
            field(english("Publisher"), QStringLiteral("Publisher"), id.publisher),
            field(english("Publisher Id"), QStringLiteral("PublisherId"), id.publisherId()),
            field(english("Version"), QStringLiteral("Version"), id.version.toString()),
            field(english("Architecture"), QStringLiteral("Architecture"), architectureName(id.architecture)),
            field(english("Resource Id"), QStringLiteral("ResourceId"), id.resourceId),
            field(english("Package Full Name"), QStringLiteral("PackageFullName"), id.fullName()),
            field(english("Package Family Name"), QStringLiteral("PackageFamilyName"), id.familyName())};
}

QList<Field> manifestFields(const AppxManifest &m)
{
    QList<Field> fields{field(english("Display Name"), QStringLiteral("DisplayName"), m.displayName),
                        field(english("Publisher Display Name"), QStringLiteral("PublisherDisplayName"), m.publisherDisplayName),
                        field(english("Package Kind"), QStringLiteral("PackageKind"), m.kindName())};
    if (m.isOptional()) // an optional or modification package: provisioned only with this app (/OptionalPackagePath)
        fields << listField(english("Main Package"), QStringLiteral("MainPackage"), m.mainPackages());
    fields << field(english("Manifest Schema"), QStringLiteral("ManifestSchema"), m.schemaName())
           << listField(english("Target Device Families"), QStringLiteral("TargetDeviceFamilies"), deviceFamilyList(m.targetDeviceFamilies))
           << listField(english("Resources"), QStringLiteral("Resources"), resourceList(m.resources))
           << listField(english("Dependencies"), QStringLiteral("Dependencies"), dependencyList(m));
    return fields;
}

QString locationText(const InnerPackageInfo &p)
{
    switch (p.location.kind) {
    case BundlePackageLocation::Kind::Embedded: return english("inside the bundle at offset %1").arg(p.location.offset);
    case BundlePackageLocation::Kind::File: return p.location.path;
    case BundlePackageLocation::Kind::Missing: return english("MISSING (looked for %1)").arg(p.location.path);
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
        return ctx.fail(
            Error::make(QStringLiteral("usage.missing-option"),
                        english("%1 is required: the .appx, .msix, .appxbundle or .msixbundle file or unpacked package folder to read.")
                            .arg(ctx.spelling(QStringLiteral("PackagePath")))));
    const bool verify = !ctx.has(QStringLiteral("NoVerify"));
    auto op = std::make_shared<GetPackageInfoOperation>(path, verify);
    if (const int rc = ctx.runToExit(op))
        return rc;
    const PackageInfo &info = op->info();

    if (!info.missingPackages.isEmpty())
        ctx.warning(english("The bundle refers to packages that are neither inside it nor in its folder: %1.")
                        .arg(info.missingPackages.join(QStringLiteral(", "))));
    if (info.isBundle() && !info.bundle.hasApplicationPackage())
        ctx.warning(english("The bundle has no application package, only resource packages: it cannot be provisioned on its own."));

    if (!ctx.isCmdlet()) {
        ctx.line(english("Package information for : %1").arg(path));
        ctx.line();
    }
    QList<Field> fields{field(english("Package Type"), QStringLiteral("PackageType"), formatName(info.format, info.flat))};
    fields << identityFields(info.identity());
    if (!info.isBundle()) {
        fields << manifestFields(info.manifest);
        fields << field(english("Files"), QStringLiteral("FileCount"), QString::number(info.fileCount))
               << field(english("Installed Size"), QStringLiteral("InstalledSize"), byteCount(info.installedSize))
               << field(english("Block Map"), QStringLiteral("BlockMap"), info.hasBlockMap ? english("Present") : english("Absent"))
               << field(english("Code Integrity Catalog"), QStringLiteral("CodeIntegrityCatalog"),
                        info.hasCodeIntegrityCatalog ? english("Present") : english("Absent"));
    } else {
        QStringList applications;
        for (const BundlePackageEntry &e : info.bundle.packages) {
            if (e.isApplication())
                applications << e.fileName;
        }
        fields << field(english("Bundle Schema"), QStringLiteral("BundleSchema"), QString::number(info.bundle.schemaYear))
               << field(english("Packages"), QStringLiteral("PackageCount"), QString::number(info.bundle.packages.size()))
               << field(english("Application Packages"), QStringLiteral("ApplicationPackages"),
                        applications.isEmpty() ? english("none: no application package, the bundle cannot be provisioned")
                                               : applications.join(QStringLiteral(", ")))
               << listField(english("Missing Packages"), QStringLiteral("MissingPackages"), info.missingPackages)
               << field(english("Installed Size"), QStringLiteral("InstalledSize"), byteCount(info.installedSize));
    }
    fields << signatureFields(info, verify) << field(english("Contents"), QStringLiteral("Contents"), verification(ctx, info, verify));
    print(ctx, fields);

    for (qsizetype i = 0; i < info.packages.size(); ++i) {
        const InnerPackageInfo &p = info.packages.at(i);
        ctx.line();
        if (!ctx.isCmdlet())
            ctx.line(english("Package %1 of %2 : %3").arg(i + 1).arg(info.packages.size()).arg(p.entry.fileName));
        QList<Field> inner{field(english("File Name"), QStringLiteral("FileName"), p.entry.fileName),
                           field(english("Type"), QStringLiteral("Type"), p.entry.typeName()),
                           field(english("Version"), QStringLiteral("Version"), p.entry.version.toString()),
                           field(english("Architecture"), QStringLiteral("Architecture"), architectureName(p.entry.architecture)),
                           field(english("Resource Id"), QStringLiteral("ResourceId"), p.entry.resourceId),
                           listField(english("Resources"), QStringLiteral("Resources"), resourceList(p.entry.resources)),
                           field(english("Stub"), QStringLiteral("IsStub"), yesNo(ctx, p.entry.isStub)),
                           field(english("Size"), QStringLiteral("Size"), byteCount(p.entry.size)),
                           field(english("Location"), QStringLiteral("Location"), locationText(p))};
        if (p.manifest) {
            inner << field(english("Package Full Name"), QStringLiteral("PackageFullName"), p.manifest->identity.fullName())
                  << field(english("Display Name"), QStringLiteral("DisplayName"), p.manifest->displayName)
                  << listField(english("Target Device Families"), QStringLiteral("TargetDeviceFamilies"),
                               deviceFamilyList(p.manifest->targetDeviceFamilies))
                  << listField(english("Dependencies"), QStringLiteral("Dependencies"), dependencyList(*p.manifest))
                  << field(english("Signature"), QStringLiteral("Signature"), signatureStatusText(p.signature))
                  << field(english("Contents"), QStringLiteral("Contents"),
                           p.verified ? english("every block matches the block map") : english("not checked"));
        } else if (!p.entry.targetDeviceFamilies.isEmpty()) {
            inner << listField(english("Target Device Families"), QStringLiteral("TargetDeviceFamilies"),
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
    c.summary = english("Shows the identity, resources and dependencies of an app package or bundle and checks its contents.");
    c.details = english("Reads .appx and .msix packages, .appxbundle and .msixbundle bundles (also flat bundles whose packages are files "
                        "beside them) and unpacked package folders. Every block of every package present is checked against its block "
                        "map unless /NoVerify is given. A signature (AppxSignature.p7x) is verified: its PKCS#7 signature, each signed "
                        "digest and the signer against the Publisher; whether a Windows image trusts the signer is not judged without "
                        "a target image.");
    c.parameters = {{QStringLiteral("PackagePath"),
                     {QStringLiteral("PackagePath")},
                     {QStringLiteral("PackagePath"), QStringLiteral("Path")},
                     ParameterSpec::Value,
                     QStringLiteral("<file-or-folder>"),
                     english("The package, bundle or unpacked package folder.")},
                    {QStringLiteral("FolderPath"),
                     {QStringLiteral("FolderPath")},
                     {QStringLiteral("FolderPath")},
                     ParameterSpec::Value,
                     QStringLiteral("<folder>"),
                     english("An unpacked package or bundle folder (same as /PackagePath).")},
                    {QStringLiteral("NoVerify"),
                     {QStringLiteral("NoVerify")},
                     {QStringLiteral("NoVerify")},
                     ParameterSpec::Switch,
                     {},
                     english("Read the manifests only; do not check every block against the block map.")}};
    c.details += u' '
        + english("With /PackageName:<identity> and /Image or /ImageFile it shows a servicing (CBS) package of an image instead, "
                  "as DISM does; /PackagePath always means an app package here (DISM's .cab form is not supported).");
    c.parameters << dismInventorySourceParameters();
    c.parameters << ParameterSpec{QStringLiteral("PackageName"),
                                  {QStringLiteral("PackageName")},
                                  {},
                                  ParameterSpec::Value,
                                  QStringLiteral("<identity>"),
                                  english("A servicing package of the image, as /Get-Packages lists it.")};
    c.handler = getPackageInfo;
    return c;
}

const bool registered = CommandRegistry::add(getPackageInfoSpec());

} // namespace
} // namespace wb::cli
