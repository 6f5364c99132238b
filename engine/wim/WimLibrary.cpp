// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimLibrary.h"
#include "WimCodes.h"
#include "WimMessages.h"
#include "core/FaultPoint.h"

#include <QCoreApplication>
#include <QDir>

#include <wimlib.h>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::WimLibrary)
};

/// What a technician should do about an error, by code.
QString hint(int code, const QString &file)
{
    const QString f = file;
    switch (code) {
    case WIMLIB_ERR_INTEGRITY:
        return Tr::tr("The integrity table of %1 does not match its contents: the file is damaged. Use an intact copy of the image.").arg(f);
    case WIMLIB_ERR_INVALID_INTEGRITY_TABLE: return Tr::tr("The integrity table of %1 is malformed.").arg(f);
    case WIMLIB_ERR_NOT_A_WIM_FILE:
        return Tr::tr("%1 is not a WIM, ESD or SWM file. Check the path.").arg(f);
    case WIMLIB_ERR_OPEN:
    case WIMLIB_ERR_STAT:
        return Tr::tr("Check that %1 exists and that you may read it.").arg(f);
    case WIMLIB_ERR_DECOMPRESSION:
    case WIMLIB_ERR_INVALID_RESOURCE_HASH:
    case WIMLIB_ERR_INVALID_METADATA_RESOURCE:
    case WIMLIB_ERR_INVALID_LOOKUP_TABLE_ENTRY:
    case WIMLIB_ERR_UNEXPECTED_END_OF_FILE:
    case WIMLIB_ERR_INVALID_HEADER:
    case WIMLIB_ERR_XML:
        return Tr::tr("%1 is damaged. Use an intact copy of the image.").arg(f);
    case WIMLIB_ERR_RESOURCE_NOT_FOUND:
    case WIMLIB_ERR_SPLIT_INVALID:
    case WIMLIB_ERR_INVALID_PART_NUMBER: return Tr::tr("Part of the data of %1 is missing.").arg(f);
    case WIMLIB_ERR_IS_SPLIT_WIM:
        return Tr::tr("%1 is part of a split image, which cannot be changed. Export it to a single WIM first.").arg(f);
    case WIMLIB_ERR_WIM_IS_READONLY:
        return Tr::tr("%1 is read-only or marked read-only. Check its permissions or copy it.").arg(f);
    case WIMLIB_ERR_WRITE:
    case WIMLIB_ERR_RENAME:
        return Tr::tr("Check that there is enough free space beside %1 and that you may write there.").arg(f);
    case WIMLIB_ERR_NOMEM:
        return Tr::tr("Close other programs and try again.");
    case WIMLIB_ERR_IMAGE_NAME_COLLISION:
        return Tr::tr("Choose another image name.");
    case WIMLIB_ERR_INVALID_IMAGE: return Tr::tr("%1 has no such image.").arg(f);
    case WIMLIB_ERR_MQUEUE:
        return Tr::tr("The system's message queues for saving mounted images are used up, usually by saves that were "
                      "killed earlier (each leaves one behind); cleaning up stale mounts removes them.");
    case WIMLIB_ERR_MOUNTED_IMAGE_IS_BUSY:
        return Tr::tr("Close the programs that use files in the mount folder and try again.");
    case WIMLIB_ERR_WIM_IS_ENCRYPTED:
        return Tr::tr("%1 is encrypted; WimBench cannot read encrypted ESD files.").arg(f);
    case WIMLIB_ERR_UNKNOWN_VERSION:
        return Tr::tr("%1 was written in a WIM version this tool does not know.").arg(f);
    default:
        return {};
    }
}

/// The advice beside hint() that names a command, for the front ends to render (core/Remedy.h).
Remedy remedyFor(int code, const QString &file)
{
    switch (code) {
    case WIMLIB_ERR_INVALID_INTEGRITY_TABLE: return {Remedy::Kind::SkipIntegrityCheck, {}};
    case WIMLIB_ERR_RESOURCE_NOT_FOUND:
    case WIMLIB_ERR_SPLIT_INVALID:
    case WIMLIB_ERR_INVALID_PART_NUMBER: return {Remedy::Kind::GiveSplitParts, {}};
    case WIMLIB_ERR_INVALID_IMAGE: return {Remedy::Kind::ListImages, {file}};
    case WIMLIB_ERR_MQUEUE: return {Remedy::Kind::CleanupMountpoints, {}};
    default: return {};
    }
}

QString stageForMessage(int msg)
{
    switch (msg) {
    case WIMLIB_PROGRESS_MSG_EXTRACT_STREAMS: return Tr::tr("Extracting files");
    case WIMLIB_PROGRESS_MSG_EXTRACT_FILE_STRUCTURE: return Tr::tr("Creating files");
    case WIMLIB_PROGRESS_MSG_EXTRACT_METADATA: return Tr::tr("Applying metadata");
    case WIMLIB_PROGRESS_MSG_SCAN_BEGIN:
    case WIMLIB_PROGRESS_MSG_SCAN_DENTRY:
    case WIMLIB_PROGRESS_MSG_SCAN_END: return Tr::tr("Scanning files");
    case WIMLIB_PROGRESS_MSG_WRITE_STREAMS: return Tr::tr("Writing data");
    case WIMLIB_PROGRESS_MSG_WRITE_METADATA_BEGIN:
    case WIMLIB_PROGRESS_MSG_WRITE_METADATA_END: return Tr::tr("Writing metadata");
    case WIMLIB_PROGRESS_MSG_RENAME: return Tr::tr("Renaming into place");
    case WIMLIB_PROGRESS_MSG_VERIFY_INTEGRITY: return Tr::tr("Checking integrity");
    case WIMLIB_PROGRESS_MSG_CALC_INTEGRITY: return Tr::tr("Writing integrity table");
    case WIMLIB_PROGRESS_MSG_SPLIT_BEGIN_PART:
    case WIMLIB_PROGRESS_MSG_SPLIT_END_PART: return Tr::tr("Writing split parts");
    case WIMLIB_PROGRESS_MSG_UNMOUNT_BEGIN: return Tr::tr("Unmounting");
    case WIMLIB_PROGRESS_MSG_BEGIN_VERIFY_IMAGE:
    case WIMLIB_PROGRESS_MSG_END_VERIFY_IMAGE:
    case WIMLIB_PROGRESS_MSG_VERIFY_STREAMS: return Tr::tr("Verifying data");
    default: return {};
    }
}
} // namespace

void WimLibrary::initialise()
{
    static const int rc = [] {
        // wimlib's messages go to per-thread captures (WimMessages.h), never to stderr.
        WimMessageCapture::install();
        return wimlib_global_init(WIMLIB_INIT_FLAG_ASSUME_UTF8);
    }();
    Q_UNUSED(rc);
}

QString WimLibrary::codeName(int wimlibCode)
{
    return QString::fromStdString(WimCodes::codeName(wimlibCode));
}

Error WimLibrary::error(int wimlibCode, const QString &action, const QString &file)
{
    if (wimlibCode == WIMLIB_ERR_ABORTED_BY_PROGRESS)
        return Error::cancelled();
    const QString libraryText = QString::fromUtf8(wimlib_get_error_string(wimlib_error_code(wimlibCode)));
    const QString h = hint(wimlibCode, file);
    const QString message = h.isEmpty() ? action + QStringLiteral(": ") + libraryText : action + QStringLiteral(". ") + h;
    Error error = Error::make(codeName(wimlibCode), message,
                              QStringLiteral("wimlib error %1 (%2): %3").arg(wimlibCode).arg(codeName(wimlibCode), libraryText));
    error.remedy = remedyFor(wimlibCode, file);
    return error;
}

WimProgressAdapter::WimProgressAdapter(WIMStruct *wim, OperationContext *context)
    : m_wim(wim), m_context(context)
{
    if (m_wim)
        wimlib_register_progress_function(m_wim, reinterpret_cast<wimlib_progress_func_t>(&WimProgressAdapter::callback), this);
}

WimProgressAdapter::~WimProgressAdapter()
{
    if (m_wim)
        wimlib_register_progress_function(m_wim, nullptr, nullptr);
}

namespace {
/// The kebab-case name of a wimlib progress message, for fault points.
const char *progressMessageKind(int msg)
{
    switch (msg) {
    case WIMLIB_PROGRESS_MSG_WRITE_STREAMS: return "write-streams";
    case WIMLIB_PROGRESS_MSG_WRITE_METADATA_BEGIN: return "write-metadata-begin";
    case WIMLIB_PROGRESS_MSG_WRITE_METADATA_END: return "write-metadata-end";
    case WIMLIB_PROGRESS_MSG_CALC_INTEGRITY: return "calc-integrity";
    case WIMLIB_PROGRESS_MSG_SPLIT_BEGIN_PART: return "split-begin-part";
    case WIMLIB_PROGRESS_MSG_SPLIT_END_PART: return "split-end-part";
    case WIMLIB_PROGRESS_MSG_UNMOUNT_BEGIN: return "unmount-begin";
    case WIMLIB_PROGRESS_MSG_DONE_WITH_FILE: return "done-with-file";
    case WIMLIB_PROGRESS_MSG_BEGIN_VERIFY_IMAGE: return "begin-verify-image";
    case WIMLIB_PROGRESS_MSG_VERIFY_STREAMS: return "verify-streams";
    default: return "other";
    }
}
} // namespace

std::pair<quint64, quint64> WimLibrary::progressAmounts(int msg, const void *infoPtr)
{
    const auto *info = static_cast<const wimlib_progress_info *>(infoPtr);
    if (!info)
        return {0, 0};
    switch (msg) {
    case WIMLIB_PROGRESS_MSG_WRITE_STREAMS:
        return {info->write_streams.completed_bytes, info->write_streams.total_bytes};
    case WIMLIB_PROGRESS_MSG_EXTRACT_STREAMS:
    case WIMLIB_PROGRESS_MSG_EXTRACT_FILE_STRUCTURE:
    case WIMLIB_PROGRESS_MSG_EXTRACT_METADATA:
        return {info->extract.completed_bytes, info->extract.total_bytes};
    case WIMLIB_PROGRESS_MSG_SCAN_DENTRY:
        return {info->scan.num_bytes_scanned, 0};
    case WIMLIB_PROGRESS_MSG_VERIFY_INTEGRITY:
    case WIMLIB_PROGRESS_MSG_CALC_INTEGRITY:
        return {info->integrity.completed_bytes, info->integrity.total_bytes};
    case WIMLIB_PROGRESS_MSG_SPLIT_BEGIN_PART:
    case WIMLIB_PROGRESS_MSG_SPLIT_END_PART:
        return {info->split.completed_bytes, info->split.total_bytes};
    case WIMLIB_PROGRESS_MSG_VERIFY_STREAMS:
        return {info->verify_streams.completed_bytes, info->verify_streams.total_bytes};
    default:
        return {0, 0};
    }
}

bool WimLibrary::reportProgress(OperationContext *context, int msg, quint64 done, quint64 total, const char *faultPointName)
{
    if (faultPointName)
        faultPoint(faultPointName, progressMessageKind(msg));
    if (!context)
        return true;
    if (context->isCancelled())
        return false;
    const QString stage = stageForMessage(msg);
    if (!stage.isEmpty())
        context->progress(stage, done, total);
    return !context->isCancelled();
}

QString WimLibrary::progressStage(int msg)
{
    return stageForMessage(msg);
}

int WimProgressAdapter::callback(int msg, void *infoPtr, void *selfPtr)
{
    auto *self = static_cast<WimProgressAdapter *>(selfPtr);
    if (!self)
        return WIMLIB_PROGRESS_STATUS_CONTINUE;
    const auto [done, total] = WimLibrary::progressAmounts(msg, infoPtr);
    const bool goOn = WimLibrary::reportProgress(self->m_context, msg, done, total, self->m_faultPoint);
    return goOn ? WIMLIB_PROGRESS_STATUS_CONTINUE : WIMLIB_PROGRESS_STATUS_ABORT;
}

} // namespace wb
