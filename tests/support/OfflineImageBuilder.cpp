#include "OfflineImageBuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace wb::test {

namespace {
QString servicingArch(PeMachine m)
{
    switch (m) {
    case PeMachine::X86: return QStringLiteral("x86");
    case PeMachine::X64: return QStringLiteral("amd64");
    case PeMachine::Arm: return QStringLiteral("arm");
    case PeMachine::Arm64: return QStringLiteral("arm64");
    }
    return {};
}
} // namespace

bool writeOfflineImage(const QString &root, const OfflineImageSpec &spec)
{
    if (!QDir().mkpath(root))
        return false;
    writeWindowsTree(root, spec.languages, spec.machine);
    if (!QFileInfo(QDir(root).filePath(QStringLiteral("Windows/System32/ntoskrnl.exe"))).isFile())
        return false;
    const QString arch = servicingArch(spec.machine);
    const QString build = spec.build ? QString::number(*spec.build) : QStringLiteral("22621");
    bool ok = true;
    if (spec.build)
        ok &= writeFile(root, QStringLiteral("Windows/servicing/Packages/Microsoft-Windows-Foundation-Package~31bf3856ad364e35~%1~~10.0.%2.1.mum").arg(arch, build),
                        "<assembly/>");
    for (const QString &lang : spec.languagePacks)
        ok &= writeFile(root,
                        QStringLiteral("Windows/servicing/Packages/Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~%1~%2~10.0.%3.1.mum")
                            .arg(arch, lang, build),
                        "<assembly/>");
    if (!spec.provisioningList.isEmpty())
        ok &= writeFile(root, QStringLiteral("ProgramData/Microsoft/Windows/AppxProvisioning.xml"), spec.provisioningList);
    return ok;
}

QMap<QString, QByteArray> treeDigest(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo fi = it.fileInfo();
        const QString rel = base.relativeFilePath(path);
        if (fi.isSymLink()) {
            out.insert(rel, "link:" + fi.symLinkTarget().toUtf8());
        } else if (fi.isDir()) {
            out.insert(rel, "dir");
        } else {
            QFile f(path);
            QCryptographicHash h(QCryptographicHash::Sha256);
            if (f.open(QIODevice::ReadOnly))
                h.addData(&f);
            struct stat st;
            const quint64 links = ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_nlink) : 0;
            out.insert(rel, QByteArray::number(fi.size()) + ':' + h.result().toHex() + ':' + QByteArray::number(links));
        }
    }
    return out;
}

} // namespace wb::test
