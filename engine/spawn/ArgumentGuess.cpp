// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArgumentGuess.h"

#include <cstring>

#include <strings.h>

namespace wb {

bool ArgumentGuess::hasAny(int argc, char *const argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            if (::strcasecmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}

bool ArgumentGuess::hasPrefixed(int argc, char *const argv[], std::initializer_list<const char *> prefixes)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *prefix : prefixes) {
            if (::strncasecmp(argv[i], prefix, std::strlen(prefix)) == 0)
                return true;
        }
    }
    return false;
}

bool ArgumentGuess::namesMount(int argc, char *const argv[])
{
    return hasAny(argc, argv, {"/Mount-Image", "/Mount-Wim", "Mount-WindowsImage"});
}

bool ArgumentGuess::namesUnmount(int argc, char *const argv[])
{
    return hasAny(argc, argv, {"/Unmount-Image", "/Unmount-Wim", "Dismount-WindowsImage"});
}

std::string ArgumentGuess::optionValue(int argc, char *const argv[], const char *dismPrefix, const char *cmdletName)
{
    std::string value;
    const size_t prefixLength = std::strlen(dismPrefix);
    for (int i = 1; i < argc; ++i) {
        if (::strncasecmp(argv[i], dismPrefix, prefixLength) == 0)
            value = argv[i] + prefixLength;
        else if (::strcasecmp(argv[i], cmdletName) == 0 && i + 1 < argc)
            value = argv[++i];
    }
    return value;
}

} // namespace wb
