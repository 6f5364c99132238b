// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArgumentGuess.h"

#include <cstring>
#include <initializer_list>

#include <strings.h>

namespace wb {

namespace {
bool namesAnyOf(int argc, char *const argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            if (::strcasecmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

bool ArgumentGuess::namesMount(int argc, char *const argv[])
{
    return namesAnyOf(argc, argv, {"/Mount-Image", "/Mount-Wim", "Mount-WindowsImage"});
}

bool ArgumentGuess::namesUnmount(int argc, char *const argv[])
{
    return namesAnyOf(argc, argv, {"/Unmount-Image", "/Unmount-Wim", "Dismount-WindowsImage"});
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
