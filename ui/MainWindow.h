#pragma once

#include <QMainWindow>

class QTableWidget;

namespace wb {

class Engine;

/// The workbench window. Lives on the GUI thread; the Engine is owned by the caller.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine &engine, QWidget *parent = nullptr);

    /// Opens an image file and shows its indexes (asynchronously).
    void openImage(const QString &path);

private:
    Engine &m_engine;
    QTableWidget *m_indexes = nullptr;
};

} // namespace wb
