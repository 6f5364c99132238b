// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DecisionText.h"
#include "OfflineImage.h"

#include "appx/AppxManifest.h"
#include "appx/PackageIdentity.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace wb {

/// One decision of the provisioning rules: which package (or dependency), included or skipped, and
/// why, in words a technician can check. Shown by the CLI and the wizard and logged (`reason`, in
/// the user's language), and recorded in the sidecar (`why`: a code with arguments, never a
/// translated sentence).
struct ProvisionDecision
{
    ProvisionDecision(QString package = {}, bool included = false, QString reason = {}, DecisionText why = {})
        : package(std::move(package)), included(included), reason(std::move(reason)), why(std::move(why))
    {
    }

    QString package; ///< full name, or "Name >= MinVersion" for a dependency check
    bool included = false;
    QString reason;  ///< why.toString(); for a decision read from an old sidecar, the sentence it holds
    DecisionText why;

    static ProvisionDecision make(const QString &package, bool included, const DecisionText &why)
    {
        return {package, included, why.toString(), why};
    }
    /// What the user sees: package, included, reason.
    bool operator==(const ProvisionDecision &o) const { return package == o.package && included == o.included && reason == o.reason; }
};

/// A package offered to the rules: its manifest (or, for a bundle entry, what the bundle manifest
/// says of it, with the inner manifest read), where it comes from, and its role.
struct CandidatePackage
{
    enum class Role {
        Main,              ///< the /PackagePath package (not a bundle)
        BundleApplication, ///< an application package of the bundle
        BundleResource,    ///< a resource package of the bundle
        Dependency,        ///< a /DependencyPackagePath package (or one found in /FolderPath)
        Optional           ///< an /OptionalPackagePath package: an optional or modification package of the app
    };
    Role role = Role::Main;
    AppxManifest manifest;              ///< identity, framework flag, dependencies, resources
    QList<PackageResource> resources;   ///< for bundle entries the bundle manifest's; else the manifest's
    bool isStub = false;                ///< bundle entry marked IsStub
    QString origin;                     ///< the file, or "Inner.appx in App.msixbundle"
    int inputIndex = -1;                ///< index into the caller's list (to find the file again)

    QString fullName() const { return manifest.identity.fullName(); }
};

/// An already provisioned package, from its full name in AppxProvisioning.xml.
struct ProvisionedIdentity
{
    QString name;
    PackageVersion version;
    PackageArchitecture architecture = PackageArchitecture::Neutral;
    QString resourceId;
    QString publisherId;
    QString fullName;

    /// Name_Version_Arch_ResourceId_PublisherId; nullopt if it does not have that shape.
    static std::optional<ProvisionedIdentity> fromFullName(const QString &fullName);
    /// Name_PublisherId.
    QString familyName() const { return name + QLatin1Char('_') + publisherId; }
};

enum class StubPreference { Default, InstallStub, InstallFull };

/// The device family and OS version a Windows image offers to packages' <TargetDeviceFamily>.
struct ImagePlatform
{
    QString family = QStringLiteral("Windows.Desktop"); ///< "Windows.Server" for InstallationType Server / Server Core
    std::optional<PackageVersion> version;              ///< 10.0.<build>.<UBR>; nullopt when the build is unknown
    bool ubrKnown = false;                              ///< without the UBR the revision is not compared

    /// From the image's facts: the build, and InstallationType and UBR from its SOFTWARE hive
    /// (OfflineImage::hiveFacts(), ubr()); without a hive a Windows.Desktop with an unknown UBR.
    static ImagePlatform of(const OfflineImage &image);
    /// Same with `installationType` and `ubr` given as SOFTWARE\Microsoft\Windows NT\CurrentVersion holds them.
    static ImagePlatform of(const OfflineImage &image, const QString &installationType, std::optional<quint32> ubr);
    DecisionText describe() const; ///< "Windows.Desktop 10.0.22631.3007" (a plain value), or "<family> (build unknown)"
};

/// What the rules are asked to decide.
struct ApplicabilityInput
{
    std::optional<PackageIdentity> bundle;  ///< set when the main input is a bundle
    QList<CandidatePackage> packages;       ///< Main, or the bundle's entries, plus Dependencies
    QList<ProvisionedIdentity> provisioned; ///< what the image already has
    StubPreference stub = StubPreference::Default;
    std::optional<ImagePlatform> platform;  ///< default: ImagePlatform::of(image), from the image's hives
};

/// The outcome: every decision, in order, and the packages to write. `error` is set when the
/// request cannot be met (no applicable application package, an unmet dependency); the decisions
/// are still all there so the user sees why.
struct ApplicabilityPlan
{
    QList<ProvisionDecision> decisions;
    QList<CandidatePackage> chosen;           ///< in the order they are to be written
    std::optional<CandidatePackage> application; ///< the application package chosen (main or from the bundle)
    bool stubAware = false;
    QStringList metBy;  ///< full names (given or provisioned) that meet the application package's dependencies
    QStringList optional; ///< full names of the optional and modification packages written with the app
    std::optional<Error> error;
};

/// The provisioning rules (engine/provision/README.md, with their sources), as pure functions.
/// Any thread.
namespace Applicability {

/// Does a package of `architecture` apply to `image`? `reason` receives the sentence either way.
bool architectureApplies(const OfflineImage &image, PackageArchitecture architecture, DecisionText *reason);
/// The architectures `image` takes, for messages: "x64, x86 and neutral".
DecisionText acceptedArchitectures(const OfflineImage &image);
/// Rank of an applicable architecture for a bundle's application package (0 = best).
int architectureRank(const OfflineImage &image, PackageArchitecture architecture);
/// Does a package with `families` apply to `platform`? Windows.Universal, Windows.Desktop and the
/// image's own family apply when their MinVersion is at most the image's version; `reason` names
/// what the package needs and what the image has. No family at all (Windows 8/8.1 manifests)
/// applies.
bool deviceFamilyApplies(const ImagePlatform &platform, const QList<TargetDeviceFamily> &families, DecisionText *reason);
/// Applies every rule.
ApplicabilityPlan decide(const OfflineImage &image, const ApplicabilityInput &input);

} // namespace Applicability
} // namespace wb
