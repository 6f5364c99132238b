// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryEntry.h"

namespace wb {

QString DirectoryEntry::attributeLetters() const
{
    struct Bit
    {
        quint32 mask;
        char letter;
    };
    static const Bit bits[] = {{0x1, 'R'},   {0x2, 'H'},    {0x4, 'S'},   {0x10, 'D'},   {0x20, 'A'},  {0x800, 'C'},
                               {0x4000, 'E'}, {0x400, 'L'}, {0x200, 'P'}, {0x1000, 'O'}, {0x2000, 'N'}, {0x100, 'T'}};
    QString s;
    for (const Bit &b : bits) {
        if (attributes & b.mask)
            s += QLatin1Char(b.letter);
    }
    return s;
}

} // namespace wb
