#pragma once

#include "ImageSelector.h"

#include "core/Operation.h"
#include "wim/WimFile.h"

#include <QStringList>

namespace wb {

/// Extracts chosen files and folders of one image into a folder on disk ("Extract selected files
/// to…" in the image browser). Each item lands directly in the destination under its own name.
/// Data is written into a hidden staging folder inside the destination first and moved into place
/// only when everything was read and checked, so a failure or cancel leaves the destination as it
/// was. An item that already exists in the destination is refused before anything is written.
class ExtractFilesOperation : public Operation
{
public:
    ExtractFilesOperation(QString imagePath, ImageSelector selector, QStringList paths, QString destination,
                          WimOpenOptions options = {});

    QString name() const override { return QStringLiteral("Extract-Files"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    /// Paths on disk of the extracted items.
    const QStringList &extracted() const { return m_extracted; }

private:
    QString m_imagePath;
    ImageSelector m_selector;
    QStringList m_paths;
    QString m_destination;
    WimOpenOptions m_options;
    QStringList m_extracted;
};

} // namespace wb
