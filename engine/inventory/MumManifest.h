// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CbsPackage.h"

#include "core/Result.h"

#include <QByteArray>

namespace wb {

/// A package manifest (`.mum`, XML in the urn:schemas-microsoft-com:asm.v3 namespace): the
/// top-level `<assemblyIdentity>` (name, version, processorArchitecture, language,
/// publicKeyToken), `<package releaseType restart>` and its `<update name displayName
/// description>` elements; those with a `<selectable>` child are optional features. Damaged
/// or oversized (> 8 MiB) files are refused with inventory.mum-damaged, a manifest with a document
/// type declaration with inventory.mum-dtd. Stateless.
class MumManifest
{
public:
    /// `fileName` names the file in error messages; the identity is taken from it (the manifest's
    /// file name is the package identity) when it has the name~token~arch~lang~version form.
    static Result<CbsPackage> parse(const QByteArray &xml, const QString &fileName);
    static Result<CbsPackage> load(const QString &path, const QString &displayName);
};

} // namespace wb
