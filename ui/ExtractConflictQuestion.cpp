// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtractConflictQuestion.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ExtractConflictQuestion)
};

/// One whole sentence per case (a translated "file" or "folder" put into a sentence reads badly
/// in other languages).
QString kindsText(bool incomingIsDirectory, bool existingIsDirectory)
{
    if (incomingIsDirectory && existingIsDirectory)
        return Tr::tr("The image holds a folder of that name, and so does the destination. Overwrite replaces the existing "
                      "folder, Keep Both writes the new one under a numbered name.");
    if (incomingIsDirectory)
        return Tr::tr("The image holds a folder of that name; the destination has a file. Overwrite replaces the existing "
                      "file, Keep Both writes the new folder under a numbered name.");
    if (existingIsDirectory)
        return Tr::tr("The image holds a file of that name; the destination has a folder. Overwrite replaces the existing "
                      "folder, Keep Both writes the new file under a numbered name.");
    return Tr::tr("The image holds a file of that name, and so does the destination. Overwrite replaces the existing "
                  "file, Keep Both writes the new one under a numbered name.");
}

/// One question; nullopt = Cancel. `*all` is set when the user ticked "the same for the others".
std::optional<ExtractConflictAction> askOne(QWidget *parent, const ExtractConflict &conflict, const QString &destination,
                                            int remaining, bool *all)
{
    QMessageBox box(QMessageBox::Question, Tr::tr("File Already Exists"),
                    Tr::tr("%1 already exists in %2.").arg(conflict.relativePath, destination), QMessageBox::NoButton, parent);
    box.setInformativeText(kindsText(conflict.incomingIsDirectory, conflict.existingIsDirectory));
    QPushButton *overwrite = box.addButton(Tr::tr("Overwrite"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    QPushButton *rename = box.addButton(Tr::tr("Keep Both"), QMessageBox::AcceptRole);
    rename->setObjectName(QStringLiteral("renameButton"));
    QPushButton *skip = box.addButton(Tr::tr("Skip"), QMessageBox::AcceptRole);
    skip->setObjectName(QStringLiteral("skipButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(skip);
    if (remaining > 0) {
        auto *check = new QCheckBox(Tr::tr("Do the same for the other %n conflict(s)", nullptr, remaining));
        check->setObjectName(QStringLiteral("applyToAllBox"));
        box.setCheckBox(check);
    }
    box.exec();
    *all = box.checkBox() && box.checkBox()->isChecked();
    if (box.clickedButton() == overwrite)
        return ExtractConflictAction::Overwrite;
    if (box.clickedButton() == rename)
        return ExtractConflictAction::Rename;
    if (box.clickedButton() == skip)
        return ExtractConflictAction::Skip;
    return std::nullopt;
}
} // namespace

std::optional<ExtractConflictPolicy> ExtractConflictQuestion::ask(QWidget *parent, const QList<ExtractConflict> &conflicts,
                                                                  const QString &destination)
{
    ExtractConflictPolicy policy;
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        bool all = false;
        const auto action = askOne(parent, conflicts[i], destination, int(conflicts.size() - i - 1), &all);
        if (!action)
            return std::nullopt;
        if (all) {
            policy.defaultAction = *action;
            break;
        }
        policy.perPath.insert(conflicts[i].relativePath, *action);
    }
    return policy;
}

} // namespace wb
