// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appx/SignatureTrust.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

class HiveCache;

/// The machine certificate stores of an offline Windows image that decide whether it trusts an
/// app's signer: SOFTWARE
/// Microsoft\SystemCertificates\{ROOT,AuthRoot,CA,TrustedPeople}\Certificates\<thumbprint>\Blob
/// (read with engine/registry). Used on an operation's worker thread.
struct ImageCertificates
{
    QList<StoredCertificate> certificates;
    QStringList problems; ///< entries skipped (a damaged Blob), for the log

    /// appx.image-certificates-unreadable when the image has no SOFTWARE hive or it cannot be read.
    /// With `hives`, the SOFTWARE hive is taken from it (parsed once per command, HiveCache).
    static Result<ImageCertificates> read(const QString &imageRoot, HiveCache *hives = nullptr);
};

} // namespace wb
