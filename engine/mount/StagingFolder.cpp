// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StagingFolder.h"

#include <cerrno>

#include <unistd.h>

namespace wb::StagingFolder {

bool removeEmptied(const std::string &dir)
{
    (void)::unlink((dir + '/' + kOwnerFile).c_str());
    return ::rmdir(dir.c_str()) == 0 || errno == ENOENT;
}

} // namespace wb::StagingFolder
