// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include <wimlib.h>

namespace wb::WimCodes {

struct CodeInfo
{
    int code;
    const char *name;
};

inline constexpr CodeInfo kCodes[] = {
    {WIMLIB_ERR_ALREADY_LOCKED, "already-locked"},
    {WIMLIB_ERR_DECOMPRESSION, "decompression"},
    {WIMLIB_ERR_FUSE, "fuse"},
    {WIMLIB_ERR_GLOB_HAD_NO_MATCHES, "glob-had-no-matches"},
    {WIMLIB_ERR_IMAGE_COUNT, "image-count"},
    {WIMLIB_ERR_IMAGE_NAME_COLLISION, "image-name-collision"},
    {WIMLIB_ERR_INSUFFICIENT_PRIVILEGES, "insufficient-privileges"},
    {WIMLIB_ERR_INTEGRITY, "integrity"},
    {WIMLIB_ERR_INVALID_CAPTURE_CONFIG, "invalid-capture-config"},
    {WIMLIB_ERR_INVALID_CHUNK_SIZE, "invalid-chunk-size"},
    {WIMLIB_ERR_INVALID_COMPRESSION_TYPE, "invalid-compression-type"},
    {WIMLIB_ERR_INVALID_HEADER, "invalid-header"},
    {WIMLIB_ERR_INVALID_IMAGE, "invalid-image"},
    {WIMLIB_ERR_INVALID_INTEGRITY_TABLE, "invalid-integrity-table"},
    {WIMLIB_ERR_INVALID_LOOKUP_TABLE_ENTRY, "invalid-lookup-table-entry"},
    {WIMLIB_ERR_INVALID_METADATA_RESOURCE, "invalid-metadata-resource"},
    {WIMLIB_ERR_INVALID_OVERLAY, "invalid-overlay"},
    {WIMLIB_ERR_INVALID_PARAM, "invalid-param"},
    {WIMLIB_ERR_INVALID_PART_NUMBER, "invalid-part-number"},
    {WIMLIB_ERR_INVALID_PIPABLE_WIM, "invalid-pipable-wim"},
    {WIMLIB_ERR_INVALID_REPARSE_DATA, "invalid-reparse-data"},
    {WIMLIB_ERR_INVALID_RESOURCE_HASH, "invalid-resource-hash"},
    {WIMLIB_ERR_INVALID_UTF16_STRING, "invalid-utf16-string"},
    {WIMLIB_ERR_INVALID_UTF8_STRING, "invalid-utf8-string"},
    {WIMLIB_ERR_IS_DIRECTORY, "is-directory"},
    {WIMLIB_ERR_IS_SPLIT_WIM, "is-split-wim"},
    {WIMLIB_ERR_LINK, "link"},
    {WIMLIB_ERR_METADATA_NOT_FOUND, "metadata-not-found"},
    {WIMLIB_ERR_MKDIR, "mkdir"},
    {WIMLIB_ERR_MQUEUE, "mqueue"},
    {WIMLIB_ERR_NOMEM, "nomem"},
    {WIMLIB_ERR_NOTDIR, "notdir"},
    {WIMLIB_ERR_NOTEMPTY, "notempty"},
    {WIMLIB_ERR_NOT_A_REGULAR_FILE, "not-a-regular-file"},
    {WIMLIB_ERR_NOT_A_WIM_FILE, "not-a-wim-file"},
    {WIMLIB_ERR_NOT_PIPABLE, "not-pipable"},
    {WIMLIB_ERR_NO_FILENAME, "no-filename"},
    {WIMLIB_ERR_NTFS_3G, "ntfs-3g"},
    {WIMLIB_ERR_OPEN, "open"},
    {WIMLIB_ERR_OPENDIR, "opendir"},
    {WIMLIB_ERR_PATH_DOES_NOT_EXIST, "path-does-not-exist"},
    {WIMLIB_ERR_READ, "read"},
    {WIMLIB_ERR_READLINK, "readlink"},
    {WIMLIB_ERR_RENAME, "rename"},
    {WIMLIB_ERR_REPARSE_POINT_FIXUP_FAILED, "reparse-point-fixup-failed"},
    {WIMLIB_ERR_RESOURCE_NOT_FOUND, "resource-not-found"},
    {WIMLIB_ERR_RESOURCE_ORDER, "resource-order"},
    {WIMLIB_ERR_SET_ATTRIBUTES, "set-attributes"},
    {WIMLIB_ERR_SET_REPARSE_DATA, "set-reparse-data"},
    {WIMLIB_ERR_SET_SECURITY, "set-security"},
    {WIMLIB_ERR_SET_SHORT_NAME, "set-short-name"},
    {WIMLIB_ERR_SET_TIMESTAMPS, "set-timestamps"},
    {WIMLIB_ERR_SPLIT_INVALID, "split-invalid"},
    {WIMLIB_ERR_STAT, "stat"},
    {WIMLIB_ERR_UNEXPECTED_END_OF_FILE, "unexpected-end-of-file"},
    {WIMLIB_ERR_UNICODE_STRING_NOT_REPRESENTABLE, "unicode-string-not-representable"},
    {WIMLIB_ERR_UNKNOWN_VERSION, "unknown-version"},
    {WIMLIB_ERR_UNSUPPORTED, "unsupported"},
    {WIMLIB_ERR_UNSUPPORTED_FILE, "unsupported-file"},
    {WIMLIB_ERR_WIM_IS_READONLY, "wim-is-readonly"},
    {WIMLIB_ERR_WRITE, "write"},
    {WIMLIB_ERR_XML, "xml"},
    {WIMLIB_ERR_WIM_IS_ENCRYPTED, "wim-is-encrypted"},
    {WIMLIB_ERR_WIMBOOT, "wimboot"},
    {WIMLIB_ERR_ABORTED_BY_PROGRESS, "aborted-by-progress"},
    {WIMLIB_ERR_UNKNOWN_PROGRESS_STATUS, "unknown-progress-status"},
    {WIMLIB_ERR_MKNOD, "mknod"},
    {WIMLIB_ERR_MOUNTED_IMAGE_IS_BUSY, "mounted-image-is-busy"},
    {WIMLIB_ERR_NOT_A_MOUNTPOINT, "not-a-mountpoint"},
    {WIMLIB_ERR_NOT_PERMITTED_TO_UNMOUNT, "not-permitted-to-unmount"},
    {WIMLIB_ERR_FVE_LOCKED_VOLUME, "fve-locked-volume"},
    {WIMLIB_ERR_UNABLE_TO_READ_CAPTURE_CONFIG, "unable-to-read-capture-config"},
    {WIMLIB_ERR_WIM_IS_INCOMPLETE, "wim-is-incomplete"},
    {WIMLIB_ERR_COMPACTION_NOT_POSSIBLE, "compaction-not-possible"},
    {WIMLIB_ERR_IMAGE_HAS_MULTIPLE_REFERENCES, "image-has-multiple-references"},
    {WIMLIB_ERR_DUPLICATE_EXPORTED_IMAGE, "duplicate-exported-image"},
    {WIMLIB_ERR_CONCURRENT_MODIFICATION_DETECTED, "concurrent-modification-detected"},
    {WIMLIB_ERR_SNAPSHOT_FAILURE, "snapshot-failure"},
    {WIMLIB_ERR_INVALID_XATTR, "invalid-xattr"},
    {WIMLIB_ERR_SET_XATTR, "set-xattr"},
};

/// WimBench's code for a wimlib error: "wim.<name>", "wim.error-<number>" for one without a name.
/// Qt-free: WimLibrary::codeName and wimbench-mount-prewarm share it.
inline std::string codeName(int wimlibCode)
{
    for (const CodeInfo &c : kCodes) {
        if (c.code == wimlibCode)
            return std::string("wim.") + c.name;
    }
    return "wim.error-" + std::to_string(wimlibCode);
}

} // namespace wb::WimCodes
