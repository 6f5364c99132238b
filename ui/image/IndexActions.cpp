// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndexActions.h"
#include "RemedyText.h"

#include "ImageBrowser.h"
#include "ImageIndexModel.h"

#include "ops/DeleteImageOperation.h"
#include "ops/Engine.h"

#include <QCoro/QCoroTask>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

namespace wb {

IndexActions::IndexActions(Engine &engine, ImageBrowser *browser)
    : QObject(browser), m_engine(engine), m_browser(browser)
{
    QTableView *table = browser->indexTable();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &IndexActions::showMenu);
}

QMenu *IndexActions::menuFor(int index)
{
    auto *menu = new QMenu(m_browser);
    QAction *boot = menu->addAction(tr("Set as bootable image"), this, [this, index] { setBootable(index); });
    boot->setObjectName(QStringLiteral("setBootableAction"));
    boot->setEnabled(m_browser->header().bootIndex != index && m_browser->header().totalParts <= 1);
    QAction *del = menu->addAction(tr("Delete image…"), this, [this, index] {
        if (confirmDelete(index))
            deleteImage(index);
    });
    del->setObjectName(QStringLiteral("deleteImageAction"));
    del->setEnabled(m_browser->header().imageCount > 1 && m_browser->header().totalParts <= 1);
    return menu;
}

void IndexActions::showMenu(const QPoint &pos)
{
    QTableView *table = m_browser->indexTable();
    const QModelIndex cell = table->indexAt(pos);
    if (!cell.isValid())
        return;
    const int index = cell.siblingAtColumn(ImageIndexModel::IndexColumn).data().toInt();
    QMenu *menu = menuFor(index);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(table->viewport()->mapToGlobal(pos));
}

bool IndexActions::confirmDelete(int index) const
{
    const QString name = index <= m_browser->images().size() ? m_browser->images().at(index - 1).name : QString();
    return QMessageBox::question(m_browser, tr("Delete Image"),
                                 tr("Delete image %1 (\"%2\") from %3? The file is rewritten without it; this cannot be undone.")
                                     .arg(index)
                                     .arg(name, QFileInfo(m_browser->imagePath()).fileName()))
        == QMessageBox::Yes;
}

OperationHandle *IndexActions::deleteImage(int index)
{
    auto op = std::make_shared<DeleteImageOperation>(m_browser->imagePath(), ImageSelector{index, {}});
    OperationHandle *handle = m_engine.start(op);
    QCoro::connect(handle->waitForFinished(), m_browser, [browser = m_browser, op](const OperationOutcome &outcome) {
        if (outcome.succeeded())
            Q_EMIT browser->statusMessage(tr("Deleted image %1 (\"%2\").").arg(op->deletedIndex()).arg(op->deletedName()));
        else
            Q_EMIT browser->statusMessage(outcome.error ? errorText(*outcome.error) : tr("The deletion was cancelled."));
        browser->reload();
    });
    return handle;
}

OperationHandle *IndexActions::setBootable(int index)
{
    SetImageInfoRequest request;
    request.image.index = index;
    request.bootable = true;
    return m_browser->changeImageInfo(request);
}

} // namespace wb
