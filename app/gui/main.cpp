// wimbench: the workbench window.
#include "MainWindow.h"

#include "ops/Engine.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("wimbench"));
    QApplication::setOrganizationName(QStringLiteral("WimBench"));
    QApplication::setApplicationVersion(QStringLiteral(WIMBENCH_VERSION));

    wb::Engine engine;
    wb::MainWindow window(engine);
    window.show();
    QString image = app.arguments().value(1);
    if (image.isEmpty())
        image = QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("../share/wimbench/sample.wim"));
    if (QFileInfo::exists(image))
        window.openImage(image);
    return app.exec();
}
