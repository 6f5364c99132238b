// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb::test {

/// PE machine types for a fake `ntoskrnl.exe`.
enum class PeMachine : quint16 { X86 = 0x014c, X64 = 0x8664, Arm = 0x01c4, Arm64 = 0xaa64 };

/// A minimal but well-formed PE header (MZ stub, "PE\0\0", COFF header with `machine`), enough
/// for code that detects an image's architecture from `Windows/System32/ntoskrnl.exe`.
QByteArray minimalPeFile(PeMachine machine);
/// `size` bytes from a seeded generator: the same bytes for the same seed on every run.
QByteArray randomBytes(qsizetype size, quint32 seed);

/// Writes a small Windows-like folder tree under `root`: Windows/System32 (with one folder per
/// language, e.g. System32/en-US, ntoskrnl.exe for `machine`, and a SOFTWARE hive in config/
/// (treeSoftwareHive(), 8 KiB; OfflineImageBuilder's writeImageHives gives it content), Program Files,
/// Program Files/WindowsApps, ProgramData/Microsoft/Windows, Users/Default, plus a few files with
/// known content. Returns the relative paths of the files written.
QStringList writeWindowsTree(const QString &root, const QStringList &languages, PeMachine machine = PeMachine::X64);
/// The SOFTWARE hive writeWindowsTree writes: no keys but the test signer's root in the ROOT store
/// (the same bytes within one process; the test root is made once per process).
QByteArray treeSoftwareHive();

/// Writes `content` to `root/relativePath`, creating folders.
bool writeFile(const QString &root, const QString &relativePath, const QByteArray &content);

/// One image to capture, with the XML properties Get-WindowsImage reports.
struct ImageSpec
{
    QString sourceDir;
    QString name;
    QString description;
    std::optional<int> architecture; ///< <ARCH>: 0 x86, 5 arm, 9 x64, 12 arm64
    QString edition;
    QString installationType;
    QString productType;
    QString productSuite;
    QString hal;
    QString systemRoot;
    QStringList languages;
    QString defaultLanguage;
    std::optional<quint32> major, minor, build, spBuild, spLevel;
};

/// The x64 Windows 11 Pro-like spec used by many tests (languages en-US default, fr-FR).
ImageSpec windowsLikeSpec(const QString &sourceDir, const QString &name);

enum class Compression { None, Xpress, Lzx, Lzms };

struct WimWriteOptions
{
    Compression compression = Compression::Lzx;
    bool solid = false;
    bool integrityTable = false;
    int bootIndex = 0;
    /// The solid resources' compression (wimlib's default: LZMS). XPRESS writes a solid file in
    /// seconds, for tests that make WimBench rewrite it (which then compresses with LZMS).
    std::optional<Compression> solidCompression = {};
};

/// Captures each spec's folder as one image of a new WIM at `wimPath`, sets the XML properties,
/// and writes it with wimlib.
Status createWim(const QString &wimPath, const QList<ImageSpec> &images, const WimWriteOptions &options = {});

/// The mount tests' image: an en-US Windows-like tree written at `sourceDir`, captured once per
/// edition name (windowsLikeSpec) into a new LZX WIM at `wimPath`.
Status createWindowsLikeWim(const QString &wimPath, const QString &sourceDir, const QStringList &editions);

/// Sets XML properties of image `index` of an existing WIM in place (e.g. on a copy of a real fixture).
Status setImageProperties(const QString &wimPath, int index, const QList<std::pair<QString, QString>> &properties);

/// `../shared/fixtures` next to the project (or $WIMBENCH_SHARED_FIXTURES); empty when absent.
QString sharedFixturesDir();

} // namespace wb::test
