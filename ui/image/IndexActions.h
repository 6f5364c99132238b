// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QPoint;

namespace wb {

class Engine;
class ImageBrowser;
class OperationHandle;

/// The index table's context menu of an ImageBrowser: "Set as bootable image" and "Delete image…"
/// (after a confirmation). Each runs an engine operation (SetImageInfoOperation,
/// DeleteImageOperation, shown in the operations view), then the browser reloads; a refusal goes to
/// the status bar. GUI thread; a child of the browser.
class IndexActions : public QObject
{
    Q_OBJECT
public:
    IndexActions(Engine &engine, ImageBrowser *browser);

    /// The menu for image `index` (1-based); the caller owns it.
    QMenu *menuFor(int index);
    /// Deletes image `index` without asking (the menu asks first).
    OperationHandle *deleteImage(int index);
    /// Makes image `index` the file's bootable image.
    OperationHandle *setBootable(int index);

private:
    void showMenu(const QPoint &pos);
    bool confirmDelete(int index) const;

    Engine &m_engine;
    ImageBrowser *m_browser;
};

} // namespace wb
