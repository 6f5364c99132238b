// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hresult.h"

#include <array>

namespace wb {

namespace {

struct KnownHresult
{
    quint32 code;
    const char *symbol;
    const char *meaning;
};

// Sources (public):
// - Win32 codes and their messages: Microsoft Learn, "System Error Codes (0-499)",
//   "(500-999)", "(1000-1299)", "(1300-1699)", "(3000-3999)"
//   https://learn.microsoft.com/windows/win32/debug/system-error-codes ; an HRESULT with
//   facility 7 is HRESULT_FROM_WIN32(code): "HRESULT_FROM_WIN32 macro (winerror.h)".
// - COM codes (E_FAIL, E_ABORT, ...): Microsoft Learn, "Common HRESULT Values".
// - CBS codes: Microsoft Learn, "Windows Update error codes by component" (section
//   "Component-based servicing (CBS) errors") and "Configure a Windows Repair Source" (0x800F081F,
//   0x800F0906).
// Where the meaning of a code is not in these pages it is not listed (issue 19: no invented meanings).
constexpr std::array<KnownHresult, 31> Known{{
    {0x80004001u, "E_NOTIMPL", "Not implemented"},
    {0x80004004u, "E_ABORT", "Operation aborted"},
    {0x80004005u, "E_FAIL", "Unspecified failure"},
    {0x80070002u, "ERROR_FILE_NOT_FOUND", "The system cannot find the file specified."},
    {0x80070003u, "ERROR_PATH_NOT_FOUND", "The system cannot find the path specified."},
    {0x80070005u, "E_ACCESSDENIED", "Access is denied."},
    {0x8007000Eu, "E_OUTOFMEMORY", "Not enough memory resources are available to complete this operation."},
    {0x80070013u, "ERROR_WRITE_PROTECT", "The media is write protected."},
    {0x8007001Fu, "ERROR_GEN_FAILURE", "A device attached to the system is not functioning."},
    {0x80070020u, "ERROR_SHARING_VIOLATION", "The process cannot access the file because it is being used by another process."},
    {0x80070057u, "E_INVALIDARG", "The parameter is incorrect."},
    {0x80070070u, "ERROR_DISK_FULL", "There is not enough space on the disk."},
    {0x800700C1u, "ERROR_BAD_EXE_FORMAT", "The file is not a valid Win32 application."},
    {0x80070241u, "ERROR_INVALID_IMAGE_HASH", "Windows cannot verify the digital signature for this file."},
    {0x80070490u, "ERROR_NOT_FOUND", "Element not found."},
    {0x800704C7u, "ERROR_CANCELLED", "The operation was canceled by the user."},
    {0x80070570u, "ERROR_FILE_CORRUPT", "The file or directory is corrupted and unreadable."},
    {0x800705B4u, "ERROR_TIMEOUT", "This operation returned because the timeout period expired."},
    {0x80070BC2u, "ERROR_SUCCESS_REBOOT_REQUIRED", "The requested operation is successful. Changes will not be effective until the system is rebooted."},
    {0x80070BC9u, "ERROR_FAIL_REBOOT_REQUIRED", "The requested operation failed. A system reboot is required to roll back changes made."},
    {0x800F0805u, "CBS_E_INVALID_PACKAGE", "The update package was not a valid CSI update."},
    {0x800F0820u, "CBS_E_CANCEL", "User cancel, IDCANCEL returned by ICbsUIHandler method except Error()."},
    {0x800F0821u, "CBS_E_ABORT", "Client abort, IDABORT returned by ICbsUIHandler method except Error()."},
    {0x800F081Fu, "CBS_E_SOURCE_MISSING", "The source for the package or file was not found."},
    {0x800F0823u, "CBS_E_NEW_SERVICING_STACK_REQUIRED", "The package needs a newer version of the servicing stack."},
    {0x800F0825u, "CBS_E_CANNOT_UNINSTALL", "The package cannot be uninstalled."},
    {0x800F0831u, "CBS_E_STORE_CORRUPTION", "The CBS store is corrupted."},
    {0x800F0900u, "CBS_E_XML_PARSER_FAILURE", "Unexpected internal XML parser error."},
    {0x800F0906u, "CBS_E_DOWNLOAD_FAILURE", "The source files could not be downloaded."},
    {0x800F0922u, "CBS_E_INSTALLERS_FAILED", "Processing advanced installers and generic commands failed."},
    {0x00000BC2u, "ERROR_SUCCESS_REBOOT_REQUIRED", "The requested operation is successful. Changes will not be effective until the system is rebooted."},
}};

constexpr quint32 FacilityWin32 = 7;

} // namespace

std::optional<HresultInfo> describeHresult(quint32 hr)
{
    for (const KnownHresult &k : Known) {
        if (k.code == hr)
            return HresultInfo{QString::fromLatin1(k.symbol), QString::fromLatin1(k.meaning)};
    }
    return std::nullopt;
}

QString hresultSummary(quint32 hr)
{
    const QString code = QStringLiteral("0x") + QString::number(hr, 16).toUpper().rightJustified(8, QLatin1Char('0'));
    if (const auto info = describeHresult(hr))
        return QStringLiteral("%1 %2: %3").arg(code, info->symbol, info->meaning);
    if (isFailureHresult(hr) && ((hr >> 16) & 0x7ffu) == FacilityWin32)
        return QStringLiteral("%1 (Win32 error %2)").arg(code).arg(hr & 0xffffu);
    return code;
}

} // namespace wb
