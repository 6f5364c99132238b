// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace wb {

/// The regions an app is provisioned for (/Region): "all", or a list of ISO 3166-1 alpha-2 or
/// alpha-3 codes checked against iso-codes (/usr/share/iso-codes/json/iso_3166-1.json). Value
/// type, any thread. The list itself lives in the WimBench sidecar, as AppxProvisioning.xml has no
/// place for it.
class RegionList
{
public:
    /// Parses "all" or "US;GB" (';' or ',' separated, case-insensitive, spaces ignored). Codes are
    /// stored upper case, in the order given, without duplicates. Errors: provision.bad-region
    /// (names the code), provision.no-iso-codes (the iso-codes data file is missing).
    static Result<RegionList> parse(const QString &text, const QString &isoCodesFile = defaultIsoCodesFile());
    static RegionList all();
    static QString defaultIsoCodesFile();

    bool isAll() const { return m_all; }
    bool isEmpty() const { return !m_all && m_codes.isEmpty(); }
    const QStringList &codes() const { return m_codes; }
    /// "all" or "US;GB", the form /Region takes and the sidecar stores.
    QString toString() const;

private:
    bool m_all = false;
    QStringList m_codes;
};

} // namespace wb
