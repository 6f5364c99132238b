// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Provisioner::planTrust: whether the target image trusts the signer of every package the add
// writes, judged against the image's own certificate stores before anything is written
// (docs/DECISIONS.md, "Package signatures and trust").
#include "ImageCertificates.h"
#include "Provisioner.h"

#include <QCoreApplication>
#include <QDir>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::Provisioner)
};

/// A package whose signer the image must trust: the bundle, the main package, a dependency.
struct TrustSubject
{
    QString fullName;
    QString file;
    SignatureStatus status = SignatureStatus::Absent;
    const AppxSignature *signature = nullptr;
};

QList<TrustSubject> subjectsOf(const PreparedProvisioning &prepared, const std::vector<AppxPackage> &opened)
{
    QList<TrustSubject> out;
    if (prepared.bundle) {
        const AppxBundle &b = *prepared.bundle;
        out << TrustSubject{b.identity().fullName(), prepared.request.packagePath, b.signature(), b.signatureDetails()};
    }
    // The packages of a bundle are covered by the bundle's signature (its digest holds their bytes).
    for (const CandidatePackage &c : prepared.plan.chosen) {
        if (c.role != CandidatePackage::Role::Main && c.role != CandidatePackage::Role::Dependency)
            continue;
        const AppxPackage &p = opened[size_t(c.inputIndex)];
        out << TrustSubject{c.fullName(), c.origin, p.signature(), p.signatureDetails()};
    }
    return out;
}

Error unsignedError(const TrustSubject &s)
{
    return Error::make(QStringLiteral("provision.unsigned"),
                       Tr::tr("%1 (%2) is not signed. Windows installs only signed app packages, and DISM refuses an unsigned one "
                              "(0x800B0100, no signature was present). Sign it with SignTool using a certificate the image trusts, then "
                              "provision it again.")
                           .arg(s.fullName, s.file));
}

Error untrustedError(const TrustSubject &s, const TrustDecision &d)
{
    return Error::make(QStringLiteral("provision.untrusted"),
                       Tr::tr("The image does not trust the signer of %1 (%2): its certificate stores lack %3, so Windows would refuse "
                              "the app at first logon (0x800B0109). Add that certificate to the image's Trusted Root Certification "
                              "Authorities store (SOFTWARE\\Microsoft\\SystemCertificates\\ROOT of the image), or the signer to its "
                              "TrustedPeople store, or have the package signed by a publisher the image trusts.")
                           .arg(s.fullName, s.signature->certificates().first().subject, d.missing));
}
} // namespace

Status Provisioner::planTrust(PreparedProvisioning &prepared, const std::vector<AppxPackage> &opened) const
{
    ApplicabilityPlan &plan = prepared.plan;
    std::optional<ImageCertificates> stores;
    if (!hiveFile().isEmpty()) {
        auto read = ImageCertificates::read(m_image.root(), m_hives.get());
        if (!read)
            return read.error();
        stores = std::move(*read);
    }
    for (const TrustSubject &s : subjectsOf(prepared, opened)) {
        if (s.status == SignatureStatus::PresentNotVerified) {
            plan.decisions << ProvisionDecision::make(s.fullName, true, DecisionText::code("trust.not-verifiable"));
            continue;
        }
        if (!s.signature || s.signature->certificates().isEmpty()) {
            plan.decisions << ProvisionDecision::make(s.fullName, false, DecisionText::code("trust.unsigned"));
            plan.error = plan.error.value_or(unsignedError(s));
            continue;
        }
        const QString signer = s.signature->certificates().first().subject;
        if (!stores) {
            plan.decisions << ProvisionDecision::make(s.fullName, true, DecisionText("trust.no-hive", {signer, AllUserStore::hiveRelativePath()}));
            continue;
        }
        const TrustDecision d = decideTrust(s.signature, stores->certificates);
        if (d.verdict == TrustDecision::Verdict::Trusted) {
            plan.decisions << ProvisionDecision::make(s.fullName, true, DecisionText("trust.trusted", {d.chain.join(QStringLiteral(" -> "))}));
            continue;
        }
        plan.decisions << ProvisionDecision::make(s.fullName, false, DecisionText("trust.untrusted", {signer, d.missing}));
        plan.error = plan.error.value_or(untrustedError(s, d));
    }
    return {};
}

} // namespace wb
