// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Provisioner::commit: writes a prepared provisioning into the image as a list of steps, each with
// its undo, run by a StepRunner (engine/provision/README.md, "Atomicity").
#include "Provisioner.h"
#include "ProvisionSupport.h"
#include "ProvisioningJournal.h"
#include "StepRunner.h"

#include "appx/ByteProgress.h"
#include "core/Operation.h"
#include "core/OwnedTemporary.h"
#include "registry/Hive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <future>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace wb {
using namespace ProvisionSupport;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::Provisioner)
};


/// A step that creates `path` and its missing parents; its undo removes those it created.
ChangeStep ensureFolder(const QString &path)
{
    auto created = std::make_shared<QStringList>();
    ChangeStep step;
    step.apply = [path, created]() -> Status {
        if (!mkpathTracked(path, *created))
            return Error::fromErrno(QStringLiteral("provision.write-failed"),
                                    Tr::tr("%1 cannot be created. Check that the image is mounted read-write.").arg(path), errno);
        return {};
    };
    step.undo = [created] { removeCreated(*created); };
    return step;
}

/// A step that renames `from` to `to`; its undo renames it back.
ChangeStep move(const QString &from, const QString &to, const char *faultAfter = nullptr)
{
    ChangeStep step;
    step.apply = [from, to] { return renameOrFail(from, to); };
    step.undo = [from, to] { renameQuietly(to, from); };
    step.faultAfter = faultAfter;
    return step;
}

Status copyInto(const QString &from, const QString &to, const QString &what)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (!QFile::copy(from, to))
        return Error::make(QStringLiteral("provision.write-failed"),
                           Tr::tr("The %1 %2 could not be copied into the image.").arg(what, from));
    return {};
}

QString stubText(StubPreference stub)
{
    switch (stub) {
    case StubPreference::InstallStub: return QStringLiteral("installstub");
    case StubPreference::InstallFull: return QStringLiteral("installfull");
    case StubPreference::Default: break;
    }
    return {};
}

/// Adds the set's entries to the list, shaped as in a real Windows 11 list; returns them.
QStringList addListEntries(ProvisioningList &list, const PreparedProvisioning &prepared)
{
    QStringList members;
    // Dependencies first (as Windows lists frameworks first), then the app. Optional packages are
    // recorded as the app's other packages are (engine/provision/README.md, "Package kinds").
    for (const CandidatePackage &c : prepared.plan.chosen) {
        if (c.role != CandidatePackage::Role::Dependency && c.role != CandidatePackage::Role::Optional)
            continue;
        ProvisionedPackage p{c.fullName(), {{QStringLiteral("IsLOBApp"), QStringLiteral("true")}}};
        if (!list.contains(p.fullName))
            list.add(p);
        members << p.fullName;
    }
    if (prepared.bundle) {
        list.add(ProvisionedPackage{prepared.bundle->identity().fullName(), {{QStringLiteral("PackageType"), QStringLiteral("bundle")}}});
        members << prepared.bundle->identity().fullName();
    }
    for (const CandidatePackage &c : prepared.plan.chosen) {
        ProvisionedPackage p{c.fullName(), {}};
        if (c.role == CandidatePackage::Role::BundleApplication)
            p.attributes = {{QStringLiteral("ProvisionSourceIsBundle"), QStringLiteral("true")}};
        else if (c.role == CandidatePackage::Role::BundleResource)
            p.attributes = {{QStringLiteral("ProvisionSourceIsBundle"), QStringLiteral("true")}, {QStringLiteral("PackageType"), QStringLiteral("resource")}};
        else if (c.role != CandidatePackage::Role::Main)
            continue;
        list.add(p);
        members << p.fullName;
    }
    return members;
}

/// What the extraction reports to its ByteProgress, so the bar ends exactly at its total: the
/// installed bytes of every chosen package (written, or counted when a folder is reused), the
/// bundle's footprint files when they are written, and for a signed bundle the raw bytes its
/// signature read hashes itself. The records of a signed package stored in the bundle are read
/// once, through the bundle's read, and count there as that package's installed bytes only, so
/// they are left out of the bundle's share (counting them twice kept the bar short of the end).
quint64 extractionBytes(const PreparedProvisioning &prepared, const QString &appsFolder)
{
    quint64 total = prepared.totalBytes;
    if (!prepared.bundle)
        return total;
    const AppxBundle &bundle = *prepared.bundle;
    if (!QFileInfo::exists(QDir(appsFolder).filePath(bundle.identity().fullName())))
        total += bundle.footprintBytes();
    if (bundle.signature() != SignatureStatus::Verified)
        return total;
    quint64 bundleShare = bundle.signedRecordBytes();
    for (size_t i = 0; i < prepared.packages.size(); ++i) {
        const AppxPackage &p = prepared.packages[i];
        const bool reused = QFileInfo::exists(QDir(appsFolder).filePath(prepared.plan.chosen[int(i)].fullName()));
        if (!reused && p.path() == bundle.path())
            bundleShare -= std::min(bundleShare, p.signedRecordBytes());
    }
    return total + bundleShare;
}

/// One add: the state shared by its steps. Lives on the caller's stack for one commit().
class AddTransaction
{
public:
    AddTransaction(const Provisioner &provisioner, PreparedProvisioning &prepared, OperationContext *context)
        : m_p(provisioner),
          m_prepared(prepared),
          m_context(context),
          m_runner(context),
          m_apps(provisioner.windowsAppsFolder()),
          m_progress(context, Tr::tr("Extracting packages"), extractionBytes(prepared, m_apps))
    {
    }
    ~AddTransaction()
    {
        if (m_hiveWrite.valid())
            m_hiveWrite.wait();
        if (!m_staging.isEmpty())
            QDir(m_staging).removeRecursively();
    }
    Status run();

private:
    void addStagingSteps();
    Status computeRecords();
    void addJournalStep();
    void addPlacingSteps();
    ChangeStep hiveWriteStep();
    Status finishHiveWrite();
    ChangeStep hiveStep();
    QString stagedPath(const QString &name) const { return QDir(m_staging).filePath(name); }

    const Provisioner &m_p;
    PreparedProvisioning &m_prepared;
    OperationContext *m_context;
    StepRunner m_runner;
    QString m_apps;
    QString m_staging;
    ByteProgress m_progress;
    QStringList m_staged; ///< folder names under staging, moved into WindowsApps at the end
    QStringList m_reused; ///< dependency folders already present in the image
    QString m_licenseTarget;
    std::optional<SignatureCheck::Pass> m_bundleRead; ///< a signed bundle's one read (AppxBundle::beginSignatureRead)
    ProvisioningList m_list;
    ProvisioningSidecar m_sidecar;
    Hive *m_hive = nullptr;          ///< the SOFTWARE hive (the command's HiveCache), written beside the extraction
    std::future<Status> m_hiveWrite; ///< its changes and writeTemporary(), on a thread of their own
};

Status AddTransaction::run()
{
    m_runner.add(ensureFolder(m_apps));
    ChangeStep staging;
    staging.apply = [this]() -> Status {
        const QString staging = QDir(m_apps).filePath(OwnedTemporary::name(kStagingPrefix));
        if (!QDir().mkdir(staging))
            return Error::fromErrno(
                QStringLiteral("provision.write-failed"),
                Tr::tr("A staging folder cannot be created in %1. Check that the image is mounted read-write.").arg(m_apps), errno);
        m_staging = staging;
        info(m_context, QStringLiteral("Staging the packages in %1").arg(staging));
        return {};
    };
    staging.undo = [this] { QDir(m_staging).removeRecursively(); }; // before the folders it sits in
    m_runner.add(std::move(staging));
    if (!m_prepared.hivePath.isEmpty())
        m_runner.add(hiveWriteStep());
    WB_TRY(m_runner.run());
    addStagingSteps();
    ChangeStep records;
    records.apply = [this] { return computeRecords(); };
    records.cancellable = true; // the last moment a cancel is honoured: nothing has moved yet
    records.faultBefore = "provision.after-extract";
    m_runner.add(std::move(records));
    WB_TRY(m_runner.run());
    addJournalStep();
    addPlacingSteps();
    WB_TRY(m_runner.run());
    info(m_context, QStringLiteral("%1 provisioned: %2 package folder(s) written, %3 reused; %4 updated")
                        .arg(m_prepared.appEntryName)
                        .arg(m_staged.size())
                        .arg(m_reused.size())
                        .arg(m_p.listFile()));
    return {};
}

/// The order packages are extracted in: those stored in the bundle file by their offset (so one
/// read serves the bundle's signature and theirs), then the others as planned.
std::vector<size_t> extractionOrder(const PreparedProvisioning &prepared)
{
    std::vector<size_t> order(prepared.packages.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto key = [&](size_t i) {
        const AppxPackage &p = prepared.packages[i];
        return prepared.bundle && p.path() == prepared.bundle->path() ? p.offsetInFile() : std::numeric_limits<quint64>::max();
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(a) < key(b); });
    return order;
}

/// 1. Everything into the staging folder: nothing to undo there, the folder goes at the end.
void AddTransaction::addStagingSteps()
{
    const ApplicabilityPlan &plan = m_prepared.plan;
    if (m_prepared.bundle && m_prepared.bundle->signature() == SignatureStatus::Verified) {
        m_runner.add([this]() -> Status {
            auto read = m_prepared.bundle->beginSignatureRead(&m_progress);
            if (!read)
                return read.error();
            m_bundleRead.emplace(std::move(*read));
            return {};
        });
    }
    for (size_t i : extractionOrder(m_prepared)) {
        const AppxPackage &pkg = m_prepared.packages[i];
        const QString name = plan.chosen[int(i)].fullName();
        if (QFileInfo::exists(QDir(m_apps).filePath(name))) {
            m_reused << name;
            info(m_context, QStringLiteral("%1 is already present in %2; kept as it is").arg(name, m_apps));
            m_progress.add(pkg.installedSize());
            continue;
        }
        ChangeStep extract;
        extract.apply = [this, &pkg, name]() -> Status {
            WB_TRY(pkg.extractTo(stagedPath(name), &m_progress, m_bundleRead ? &*m_bundleRead : nullptr));
            m_staged << name;
            return {};
        };
        extract.cancellable = true;
        extract.faultAfter = "provision.during-extract";
        m_runner.add(std::move(extract));
    }
    if (m_prepared.bundle && !QFileInfo::exists(QDir(m_apps).filePath(m_prepared.bundle->identity().fullName()))) {
        m_runner.add([this]() -> Status {
            const QString name = m_prepared.bundle->identity().fullName();
            WB_TRY(m_prepared.bundle->extractFootprintTo(stagedPath(name), &m_progress, m_bundleRead ? &*m_bundleRead : nullptr));
            m_staged << name;
            return {};
        });
    } else if (m_prepared.bundle && m_prepared.bundle->signature() == SignatureStatus::Verified) {
        m_runner.add([this] { return AppxBundle::finishSignatureRead(*m_bundleRead); });
    }
    if (!m_prepared.customDataPath.isEmpty()) {
        m_runner.add([this] {
            const QString target = QDir(stagedPath(m_prepared.plan.application->fullName())).filePath(Provisioner::customDataRelativePath());
            return copyInto(m_prepared.customDataPath, target, Tr::tr("custom data file"));
        });
    }
    if (!m_prepared.licensePath.isEmpty()) {
        m_licenseTarget = m_p.licenseFile(plan.application->manifest.identity.familyName());
        m_runner.add([this] { return copyInto(m_prepared.licensePath, stagedPath(QStringLiteral("license.tmp")), Tr::tr("license file")); });
    }
}

/// 2. New list and sidecar content, computed before anything moves.
Status AddTransaction::computeRecords()
{
    auto list = m_p.readList();
    if (!list)
        return list.error();
    auto sidecar = m_p.readSidecar();
    if (!sidecar)
        return sidecar.error();
    m_list = std::move(*list);
    m_sidecar = std::move(*sidecar);
    SidecarApp record;
    record.fullName = m_prepared.appEntryName;
    record.regions = m_prepared.request.regions ? m_prepared.request.regions->toString() : QString();
    record.stubPreference = stubText(m_prepared.request.stub);
    record.customData = !m_prepared.customDataPath.isEmpty();
    record.provisionedAt = QDateTime::currentDateTimeUtc();
    record.decisions = m_prepared.plan.decisions;
    record.folders = m_staged;
    if (!m_licenseTarget.isEmpty())
        record.license = QDir(m_p.image().root()).relativeFilePath(m_licenseTarget);
    record.members = addListEntries(m_list, m_prepared);
    m_sidecar.put(record);
    return {};
}
/// The journal lets the next locked operation on this image undo these steps if this process is
/// killed before AppxProvisioning.xml is written (recoverInterruptedCommits).
void AddTransaction::addJournalStep()
{
    m_runner.add([this]() -> Status {
        const QDir root(m_p.image().root());
        ProvisioningJournal journal;
        journal.app = m_prepared.appEntryName;
        journal.folders = m_staged;
        journal.license = m_licenseTarget.isEmpty() ? QString() : root.relativeFilePath(m_licenseTarget);
        journal.hive = m_prepared.hivePath.isEmpty() ? QString() : root.relativeFilePath(m_prepared.hivePath);
        journal.sidecarExisted = QFileInfo::exists(m_p.sidecarFile());
        if (journal.sidecarExisted) {
            auto bytes = readSmallFile(m_p.sidecarFile(), Tr::tr("provisioning record"));
            if (!bytes)
                return bytes.error();
            journal.sidecar = *bytes;
        }
        QStringList folders;
        if (!m_licenseTarget.isEmpty())
            folders << missingFolders(m_p.licenseFolder());
        folders << missingFolders(QFileInfo(m_p.sidecarFile()).absolutePath()) << missingFolders(QFileInfo(m_p.listFile()).absolutePath());
        // Deepest first over all chains (they can share parents), each once.
        folders.removeDuplicates();
        std::sort(folders.begin(), folders.end(), [](const QString &x, const QString &y) { return x.count(QLatin1Char('/')) > y.count(QLatin1Char('/')); });
        for (const QString &f : std::as_const(folders))
            journal.createdFolders << root.relativeFilePath(f);
        return journal.save(stagedPath(kJournalFile));
    });
}

/// The hive's new content is written (beside it, synced and checked: Hive::writeTemporary) on a
/// thread of its own while the packages are extracted, from the handle the facts parsed; only the
/// rename is ordered among the steps (hiveStep). Its undo waits for that thread and removes the
/// temporary file; a killed process leaves it to the recovery (HiveFile::removeStaleTemporaries).
ChangeStep AddTransaction::hiveWriteStep()
{
    ChangeStep step;
    step.apply = [this]() -> Status {
        auto hive = m_p.softwareHive(Hive::Mode::Write);
        if (!hive)
            return hive.error();
        m_hive = *hive;
        m_hiveWrite =
            std::async(std::launch::async, [hive = m_hive, keys = m_prepared.registryKeys, family = m_prepared.appFamily]() -> Status {
                WB_TRY(AllUserStore::applyAdd(*hive, keys, family));
                return hive->writeTemporary();
            });
        return {};
    };
    step.undo = [this] {
        (void)finishHiveWrite(); // the add is being undone anyway
        if (m_hive)              // null once released (hiveStep): its temporary file was renamed over the hive
            m_hive->discardTemporary();
    };
    return step;
}

/// Waits for the hive's thread; its outcome (once; afterwards success).
Status AddTransaction::finishHiveWrite()
{
    return m_hiveWrite.valid() ? m_hiveWrite.get() : Status{};
}

/// The AppxAllUserStore keys, after the package folders (as DISM registers a package after
/// extracting it): the new hive written beside the extraction is renamed over the old one. The
/// old hive stays reachable as a hard link in the staging folder (no copy of a large hive), which
/// the undo and the recovery rename back over the new one.
ChangeStep AddTransaction::hiveStep()
{
    ChangeStep step;
    const QString hivePath = m_prepared.hivePath;
    const QString backup = stagedPath(kHiveBackup);
    step.faultBefore = "provision.before-hive";
    step.apply = [this, hivePath, backup]() -> Status {
        WB_TRY(finishHiveWrite());
        if (!m_hive->fileUnchanged()) {
            // Another writer replaced the hive meanwhile: its content is parsed again and changed.
            m_hive->discardTemporary();
            auto hive = m_p.softwareHive(Hive::Mode::Write);
            if (!hive)
                return hive.error();
            m_hive = *hive;
            WB_TRY(AllUserStore::applyAdd(*m_hive, m_prepared.registryKeys, m_prepared.appFamily));
            WB_TRY(m_hive->writeTemporary());
        }
        if (::link(QFile::encodeName(hivePath).constData(), QFile::encodeName(backup).constData()) != 0 && !QFile::copy(hivePath, backup))
            return Error::fromErrno(
                QStringLiteral("provision.write-failed"),
                Tr::tr("The registry hive %1 cannot be kept aside while it is changed. Check free space.").arg(hivePath), errno);
        WB_TRY(m_hive->replaceByTemporary());
        // The add reads the hive no more (the undo renames the backup): libhivex's copy of it is
        // freed on a thread of its own beside the remaining steps, not at the end of the command.
        m_hive = nullptr;
        m_p.releaseHive(hivePath);
        return {};
    };
    step.undo = [hivePath, backup] { renameQuietly(backup, hivePath); };
    step.faultAfter = "provision.after-hive";
    return step;
}

/// 3. Move into place; from here on no cancellation, only rollback on failure.
void AddTransaction::addPlacingSteps()
{
    m_runner.add([this]() -> Status {
        if (m_context)
            m_context->progress(Tr::tr("Moving packages into place"), 0, quint64(m_staged.size()));
        return {};
    });
    for (const QString &name : std::as_const(m_staged))
        m_runner.add(move(stagedPath(name), QDir(m_apps).filePath(name), "provision.between-moves"));
    if (!m_prepared.hivePath.isEmpty())
        m_runner.add(hiveStep());
    if (!m_licenseTarget.isEmpty()) {
        m_runner.add(ensureFolder(m_p.licenseFolder()));
        if (QFileInfo::exists(m_licenseTarget))
            m_runner.add(move(m_licenseTarget, stagedPath(QStringLiteral("license.old"))));
        ChangeStep license = move(stagedPath(QStringLiteral("license.tmp")), m_licenseTarget);
        license.undo = [target = m_licenseTarget] { QFile::remove(target); };
        m_runner.add(std::move(license));
    }
    const QString sidecarPath = m_p.sidecarFile();
    ChangeStep sidecarFolder = ensureFolder(QFileInfo(sidecarPath).absolutePath());
    sidecarFolder.faultBefore = "provision.before-sidecar";
    m_runner.add(std::move(sidecarFolder));
    ChangeStep sidecar;
    const bool hadSidecar = QFileInfo::exists(sidecarPath);
    QByteArray oldSidecar;
    if (auto bytes = readSmallFile(sidecarPath, QString()); hadSidecar && bytes)
        oldSidecar = *bytes;
    sidecar.apply = [this, sidecarPath] { return m_sidecar.save(sidecarPath); };
    sidecar.undo = [sidecarPath, hadSidecar, oldSidecar] { restoreFile(sidecarPath, hadSidecar, oldSidecar); };
    m_runner.add(std::move(sidecar));
    ChangeStep listFolder = ensureFolder(QFileInfo(m_p.listFile()).absolutePath());
    listFolder.faultBefore = "provision.before-list";
    m_runner.add(std::move(listFolder));
    m_runner.add([this] { return m_list.save(m_p.listFile()); }, "provision.after-list");
}
} // namespace

Status Provisioner::commit(PreparedProvisioning &prepared, OperationContext *context) const
{
    AddTransaction add(*this, prepared, context);
    return add.run();
}

} // namespace wb
