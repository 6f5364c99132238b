// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "wim/Compression.h"
#include "wim/WimCaptureJob.h"
#include "wim/WimWriter.h"

#include <optional>

namespace wb {

/// What /Capture-Image (New-WindowsImage) and /Append-Image (Add-WindowsImage) are asked to do.
struct CaptureImageRequest
{
    QString imagePath;                         ///< /ImageFile, -ImagePath
    CaptureSource source;                      ///< /CaptureDir (folder or NTFS volume), /ConfigFile, /Bootable, /NoRpFix, /WIMBoot, /EA
    QString name;                              ///< /Name (required)
    QString description;                       ///< /Description
    std::optional<WimCompression> compression; ///< /Compress; only for a new file
    bool append = false;                       ///< /Append-Image: add to an existing file
    bool checkIntegrity = false;               ///< /CheckIntegrity
    bool verify = false;                       ///< /Verify: verify the written file
};

/// /Capture-Image, New-WindowsImage, /Append-Image, Add-WindowsImage: captures a folder, or an NTFS
/// volume in a file or block device (wimlib's NTFS-3G mode), as a new image.
///
/// A new file is written as a hidden temporary beside its name and renamed into place (never
/// replacing a file that appeared meanwhile); an append uses wimlib's in-place append with the
/// export's guarantees (lock, mounted/split/read-only refusals, truncated back on failure). So a
/// failed, cancelled or killed capture leaves no new file, and an append leaves the old images.
/// Decisions (default compression, exclusions, Windows fields): CaptureImageOperation.md.
/// Created on the GUI/CLI thread, run on an engine worker thread; results are read after the run.
class CaptureImageOperation : public Operation
{
public:
    explicit CaptureImageOperation(CaptureImageRequest request);

    QString name() const override { return m_request.append ? QStringLiteral("Append-Image") : QStringLiteral("Capture-Image"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    const CaptureImageRequest &request() const { return m_request; }
    // Results, valid after a successful run.
    int imageIndex() const { return m_index; }
    QString compression() const { return m_compression; }
    quint64 fileSize() const { return m_fileSize; }

private:
    Status checkRequest() const;
    Status captureNew(OperationContext &context);
    Status appendTo(OperationContext &context);
    void logSourceDecisions(OperationContext &context) const;
    WimCaptureJob captureJob(const QString &imagePath) const;
    Status checkCaptured(const ImageInfo &info, OperationContext &context);
    std::pair<int, quint32> newCompression(OperationContext &context) const;

    CaptureImageRequest m_request;
    int m_index = 0;
    QString m_compression;
    quint64 m_fileSize = 0;
};

} // namespace wb
