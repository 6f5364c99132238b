#include "MainWindow.h"

#include "ops/Engine.h"
#include "ops/GetImageInfoOperation.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QStatusBar>
#include <QTableWidget>

#include <QCoro/QCoroTask>

namespace wb {

MainWindow::MainWindow(Engine &engine, QWidget *parent)
    : QMainWindow(parent), m_engine(engine)
{
    setWindowTitle(tr("WimBench"));
    m_indexes = new QTableWidget(0, 4, this);
    m_indexes->setHorizontalHeaderLabels({tr("Index"), tr("Name"), tr("Architecture"), tr("Edition")});
    m_indexes->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_indexes);
    resize(900, 600);
}

void MainWindow::openImage(const QString &path)
{
    auto op = std::make_shared<GetImageInfoOperation>(path);
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    QCoro::connect(m_engine.run(op), this, [this, op, path](const OperationOutcome &outcome) {
        if (!outcome.succeeded()) {
            statusBar()->showMessage(outcome.error ? outcome.error->message : tr("Cancelled"));
            return;
        }
        m_indexes->setRowCount(int(op->images().size()));
        int row = 0;
        for (const ImageInfo &i : op->images()) {
            m_indexes->setItem(row, 0, new QTableWidgetItem(QString::number(i.index)));
            m_indexes->setItem(row, 1, new QTableWidgetItem(i.name));
            m_indexes->setItem(row, 2, new QTableWidgetItem(i.architectureText()));
            m_indexes->setItem(row, 3, new QTableWidgetItem(i.edition.value_or(QString())));
            ++row;
        }
        statusBar()->showMessage(QFileInfo(path).fileName());
    });
}

} // namespace wb
