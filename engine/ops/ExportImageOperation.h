// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImageSelector.h"

#include "core/FileWriteGuard.h"
#include "core/Operation.h"
#include "wim/Compression.h"
#include "wim/WimExportJob.h"
#include "wim/WimFile.h"

#include <optional>
#include <utility>

namespace wb {

/// What /Export-Image (Export-WindowsImage) is asked to do.
struct ExportImageRequest
{
    QString sourcePath;                        ///< /SourceImageFile, -SourceImagePath
    ImageSelector source;                      ///< /SourceIndex or /SourceName
    QString splitPattern;                      ///< /SWMFile, -SplitImageFilePattern (split sources)
    QString destinationPath;                   ///< /DestinationImageFile, -DestinationImagePath
    QString destinationName;                   ///< /DestinationName; empty = the source image's name
    std::optional<WimCompression> compression; ///< /Compress; only for a new destination file
    bool setBootable = false;                  ///< /Bootable, -Setbootable (Windows PE images only)
    bool wimBoot = false;                      ///< /WIMBoot
    bool checkIntegrity = false;               ///< verify source (and existing destination), write a table
};

/// /Export-Image, Export-WindowsImage: copies one image of a WIM/ESD/split WIM into another file,
/// new or existing.
///
/// A new destination is written as a hidden temporary file in the destination's folder and renamed
/// into place at the end; an existing destination is appended in place with wimlib's safe append
/// (wimlib_overwrite), which truncates the file back and restores its header when the write fails
/// or is cancelled. So a failed or cancelled export leaves an existing destination byte-identical
/// and leaves no partial new file behind. The decisions (default compression, recompression,
/// bootable, WIMBoot) are logged and described in ExportImageOperation.md.
///
/// Created on the GUI/CLI thread, run on an engine worker thread; results are read after the run.
class ExportImageOperation : public Operation
{
public:
    explicit ExportImageOperation(ExportImageRequest request);

    QString name() const override { return QStringLiteral("Export-Image"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    const ExportImageRequest &request() const { return m_request; }

    // Results, valid after a successful run.
    int sourceIndex() const { return m_sourceIndex; }
    /// Index of the exported image in the destination.
    int destinationIndex() const { return m_destinationIndex; }
    /// Name the exported image got in the destination.
    QString destinationName() const { return m_destinationName; }
    /// True when the destination did not exist before and was created.
    bool createdDestination() const { return m_createdDestination; }
    /// The destination's compression as written ("LZX", "LZMS (solid)", …).
    QString destinationCompression() const { return m_destinationCompression; }
    /// True when the source data had to be recompressed to match an existing destination.
    bool recompressed() const { return m_recompressed; }
    /// The source's integrity-check result (NoTable when -CheckIntegrity found no table to check).
    IntegrityStatus sourceIntegrity() const { return m_sourceIntegrity; }
    /// Size of the destination file after the export.
    quint64 destinationSize() const { return m_destinationSize; }

private:
    Status checkRequest() const;
    Result<WimFile> openExistingDestination(const QFileInfo &destInfo, FileWriteLock &lock, OperationContext &context);
    Status exportIntoNewFile(OperationContext &context, WimFile &source, int sourceIndex, const ImageInfo &sourceInfo);
    Status exportIntoExistingFile(OperationContext &context, WimFile &source, int sourceIndex, WimFile &destination);
    WimExportJob exportJob(const WimFile &source, int sourceIndex) const;

    ExportImageRequest m_request;
    int m_sourceIndex = 0;
    int m_destinationIndex = 0;
    QString m_destinationName;
    bool m_createdDestination = false;
    QString m_destinationCompression;
    bool m_recompressed = false;
    IntegrityStatus m_sourceIntegrity = IntegrityStatus::NotChecked;
    quint64 m_destinationSize = 0;
    std::pair<qint64, qint64> m_destinationVersion{-1, -1}; ///< size and mtime (ns) of an existing destination when opened
};

} // namespace wb
