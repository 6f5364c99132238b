// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditionStore.h"

#include "registry/HiveFacts.h"

#include "core/ImagePath.h"

#include <QDir>

namespace wb {

Result<EditionFacts> EditionStore::read(const QString &root)
{
    EditionFacts facts;
    auto hiveFacts = HiveFacts::read(root);
    if (!hiveFacts)
        return hiveFacts.error();
    if (hiveFacts->editionId) {
        facts.current = hiveFacts->editionId->value;
        facts.currentSource = hiveFacts->editionId->source;
    }
    const QString folder = ImagePath::resolve(root, editionsFolder());
    const QStringList files = QDir(folder).entryList({QStringLiteral("*Edition.xml")}, QDir::Files, QDir::Name | QDir::IgnoreCase);
    for (const QString &file : files)
        if (file.size() > int(qstrlen("Edition.xml")))
            facts.targets << file.left(file.size() - int(qstrlen("Edition.xml")));
    facts.targets.removeIf([&](const QString &t) { return t.compare(facts.current, Qt::CaseInsensitive) == 0; });
    return facts;
}

} // namespace wb
