// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImageSelector.h"

#include "core/Operation.h"

#include <optional>

namespace wb {

class WimFile;

/// What /Set-ImageInfo (Set-WimBenchImageInfo, WimBench's own command) changes. A field left
/// unset is kept; an empty description, display name, display description or flags removes it.
struct SetImageInfoRequest
{
    QString imagePath;                         ///< /ImageFile, -ImagePath
    ImageSelector image;                       ///< /Index or /Name
    std::optional<QString> newName;            ///< /NewName, -NewName
    std::optional<QString> description;        ///< /Description
    std::optional<QString> displayName;        ///< /DisplayName
    std::optional<QString> displayDescription; ///< /DisplayDescription
    std::optional<QString> flags;              ///< /Flags (the edition id, e.g. "Professional")
    bool bootable = false;                     ///< /Bootable: make it the file's bootable image
    bool checkIntegrity = false;               ///< verify the table first and write a new one
};

/// Changes the XML fields of one image and the file's boot index, as `wiminfo --image-property`
/// and `wiminfo --boot` do, and writes them with wimlib's in-place append (the new XML goes after
/// the old end, the header is rewritten last; a failure or a kill leaves the old fields). A new
/// name another image already has (compared case-insensitively, as /Name selects) is refused.
/// Refused as for a delete: a mounted, split, read-only or busy file. ImageEditing.md.
/// Created on the GUI/CLI thread, run on an engine worker thread.
class SetImageInfoOperation : public Operation
{
public:
    explicit SetImageInfoOperation(SetImageInfoRequest request);

    QString name() const override { return QStringLiteral("Set-ImageInfo"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    const SetImageInfoRequest &request() const { return m_request; }
    /// The index that was changed, after a successful run.
    int index() const { return m_index; }

private:
    Status checkNewName(WimFile &wim, int index) const;

    SetImageInfoRequest m_request;
    int m_index = 0;
};

} // namespace wb
