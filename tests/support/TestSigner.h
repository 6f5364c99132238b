// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace wb::test {

using namespace Qt::StringLiterals;

/// Signs app packages the way SignTool does, with OpenSSL, for tests: a self-signed test root and
/// a code-signing leaf whose subject is the package's Publisher; AppxSignature.p7x = "PKCX" + DER
/// PKCS#7 SignedData over an SpcIndirectDataContent whose digest is the APPX blob. The key pair is
/// made once per process.

/// The digests of an unsigned package ZIP at `unsignedZip` (AXPC: every byte before the central
/// directory; AXCD: central directory and end records; AXCT, AXBM and, when present, AXCI: the
/// uncompressed parts) as an APPX blob.
Result<QByteArray> appxDigestBlob(const QString &unsignedZip);
/// AppxSignature.p7x signing `blob` as `publisher` ("CN=..., O=..., C=..."), with the test
/// root, or (foreign = true) with a second, unrelated root.
QByteArray signAppxBlob(const QByteArray &blob, const QString &publisher, bool foreignRoot = false);
/// The DER of the test root (or the foreign root) that signAppxBlob's chains end in.
QByteArray testRootCertificate(bool foreignRoot = false);

class HiveBuilder;
/// Puts the test root (or the foreign root) into a SOFTWARE hive as Windows keeps a machine
/// certificate: Microsoft\SystemCertificates\<store>\Certificates\<SHA-1 thumbprint>\Blob
/// (certificateStoreBlob). The test trees' hives do this, so the test packages are trusted.
void addTestRoot(HiveBuilder &software, bool foreignRoot = false, const QString &store = u"ROOT"_s);

} // namespace wb::test

namespace wb::test {

/// How copyZipChanging() changes a copy of a package.
enum class ZipChange { Replace, Remove, MoveToFront, Append };
/// Copies the ZIP `source` to `target` through libzip, replacing the contents of the entry
/// `rawName` with `content` (deflated), removing it, moving it to the front, or appending a new
/// last entry `rawName` with `content` (stored). The other entries'
/// compressed data are copied as they are (their local headers are written by libzip).
Status copyZipChanging(const QString &source, const QString &target, const QByteArray &rawName, ZipChange change,
                       const QByteArray &content = {});
/// A Blob value as Windows' certificate stores keep a certificate: a SHA-1 property record, then
/// the certificate record (id 0x20), each id, encoding type 1, length (32-bit little-endian).
QByteArray certificateStoreBlob(const QByteArray &der);

/// The uncompressed contents of `rawName` in the ZIP `path` (empty when absent).
QByteArray zipEntryContents(const QString &path, const QByteArray &rawName);

} // namespace wb::test
