// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace wb {

/// What an HRESULT found in a dism.log or CBS.log line means, for the log viewer.
/// The table (Hresult.cpp) holds only codes whose meaning Microsoft documents publicly; the
/// sources are listed there. Codes not in it are still split into facility and code
/// (HRESULT_FROM_WIN32 gives "Win32 error N"), never given an invented meaning.
struct HresultInfo
{
    QString symbol;  ///< e.g. "CBS_E_SOURCE_MISSING"; empty when unknown
    QString meaning; ///< English, as documented; empty when unknown
};

/// Whether `hr` reports a failure (the severity bit, bit 31, is set).
constexpr bool isFailureHresult(quint32 hr) { return (hr & 0x80000000u) != 0; }

/// The documented meaning of `hr`, or nullopt when it is not in the table.
std::optional<HresultInfo> describeHresult(quint32 hr);

/// One line for the viewer: "0x800F081F CBS_E_SOURCE_MISSING: the source ..." or, for an unknown
/// HRESULT_FROM_WIN32 code, "0x80070020 (Win32 error 32)". English: never translated, as the
/// symbols and meanings are quoted from the sources.
QString hresultSummary(quint32 hr);

} // namespace wb
