// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImageSelector.h"

#include "core/Operation.h"
#include "wim/WimApply.h"

#include <QStringList>

namespace wb {

/// What /Apply-Image (Expand-WindowsImage) is asked to do.
struct ApplyImageRequest
{
    QString imagePath;          ///< /ImageFile, -ImagePath
    ImageSelector image;        ///< /Index or /Name
    QString applyDir;           ///< /ApplyDir, -ApplyPath: a folder, or a file or block device with NTFS
    QString splitPattern;       ///< /SWMFile, -SplitImageFilePattern
    bool checkIntegrity = false;///< /CheckIntegrity
    bool verify = false;        ///< /Verify (wimlib checks every hash while applying anyway)
    bool noRpFix = false;       ///< /NoRpFix
    bool confirmTrustedFile = false; ///< /ConfirmTrustedFile (accepted; nothing to do on Linux)
    bool compact = false;       ///< /Compact: refused (needs Windows' WOF driver)
    bool wimBoot = false;       ///< /WIMBoot: refused (needs Windows' WOF driver)
};

/// /Apply-Image, Expand-WindowsImage: writes a whole image into a folder, or onto an NTFS volume in
/// a file or block device (NTFS-3G: security descriptors, streams, short names and reparse points).
///
/// Into a folder the image is applied into a hidden staging folder inside it
/// (`.wimbench-apply-<pid>-<hex>`) and its top-level entries are moved into place at the end; a
/// name that already exists is refused before anything is written. A failed or cancelled apply
/// leaves the folder as it was; a killed one leaves the staging folder, which the next apply into
/// that folder removes. Onto an NTFS volume wimlib writes directly: a failed apply leaves the
/// volume partly written (ApplyImageOperation.md). Entry names that would leave the target are
/// refused before anything is written.
/// Created on the GUI/CLI thread, run on an engine worker thread; results are read after the run.
class ApplyImageOperation : public Operation
{
public:
    explicit ApplyImageOperation(ApplyImageRequest request);

    QString name() const override { return QStringLiteral("Apply-Image"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    const ApplyImageRequest &request() const { return m_request; }
    int appliedIndex() const { return m_index; }
    bool ntfsVolume() const { return m_target.ntfsVolume; }

private:
    Status checkRequest() const;
    Status applyIntoFolder(WimFile &wim, OperationContext &context);

    ApplyImageRequest m_request;
    ApplyTarget m_target;
    int m_index = 0;
};

} // namespace wb
