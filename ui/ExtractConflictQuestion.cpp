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

QString kindOf(bool directory)
{
    return directory ? Tr::tr("folder") : Tr::tr("file");
}

/// One question; nullopt = Cancel. `*all` is set when the user ticked "the same for the others".
std::optional<ExtractConflictAction> askOne(QWidget *parent, const ExtractConflict &conflict, const QString &destination,
                                            int remaining, bool *all)
{
    QMessageBox box(QMessageBox::Question, Tr::tr("File Already Exists"),
                    Tr::tr("%1 already exists in %2.")
                        .arg(conflict.relativePath, destination),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(Tr::tr("The image holds a %1 of that name; the destination has a %2. Overwrite replaces "
                                  "the existing one, Keep Both writes the new one under a numbered name.")
                               .arg(kindOf(conflict.incomingIsDirectory), kindOf(conflict.existingIsDirectory)));
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
