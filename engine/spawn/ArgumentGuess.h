// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <string>

namespace wb {

/// Guesses about a wimbench-cli command line made before it is parsed, without Qt: by the launcher
/// (app/launcher), to start a mount helper ahead or to find an unmount standby, by
/// wimbench-cli-core, to fork one (spawn/Standby.h), and by the mount helper, to guess the image
/// it reads ahead. Only hints: wimbench-cli-core's parser
/// decides, and a wrong guess costs time, never a different result.
namespace ArgumentGuess {

/// Whether an argument (after argv[0]) is one of `names`, any case.
bool hasAny(int argc, char *const argv[], std::initializer_list<const char *> names);

/// Whether an argument (after argv[0]) starts with one of `prefixes` (e.g. "/Name:"), any case.
bool hasPrefixed(int argc, char *const argv[], std::initializer_list<const char *> prefixes);

/// Whether an argument is /Mount-Image, /Mount-Wim or Mount-WindowsImage (any case).
bool namesMount(int argc, char *const argv[]);

/// Whether an argument is /Unmount-Image, /Unmount-Wim or Dismount-WindowsImage (any case).
bool namesUnmount(int argc, char *const argv[]);

/// The value of the last `<dismPrefix><value>` argument (e.g. "/MountDir:") or of the argument
/// after the last `<cmdletName>` (e.g. "-Path"), any case; empty when there is none.
std::string optionValue(int argc, char *const argv[], const char *dismPrefix, const char *cmdletName);

} // namespace ArgumentGuess
} // namespace wb
