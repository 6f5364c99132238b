<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Tr</name>
    <message numerus="yes">
        <location filename="../engine/inventory/InventoryRoot.cpp" line="180"/>
        <source>Extracting %n file(s)</source>
        <translation>
            <numerusform>Extracting %n file</numerusform>
            <numerusform>Extracting %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::DisplayFormat</name>
    <message numerus="yes">
        <location filename="../ui/DisplayFormat.cpp" line="22"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ExtractConflictQuestion</name>
    <message numerus="yes">
        <location filename="../ui/ExtractConflictQuestion.cpp" line="52"/>
        <source>Do the same for the other %n conflict(s)</source>
        <translation>
            <numerusform>Do the same for the other conflict</numerusform>
            <numerusform>Do the same for the other %n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ExtractFilesOperation</name>
    <message numerus="yes">
        <location filename="../engine/ops/ExtractFilesOperation.cpp" line="38"/>
        <source>Extract %n item(s) from %1 to %2</source>
        <translation>
            <numerusform>Extract %n item from %1 to %2</numerusform>
            <numerusform>Extract %n items from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/ops/ExtractFilesOperation.cpp" line="178"/>
        <source>%n item(s) already exist in %1: %2. Remove them, choose another folder, or choose to overwrite, skip or rename them.</source>
        <translation>
            <numerusform>%n item already exists in %1: %2. Remove it, choose another folder, or choose to overwrite, skip or rename it.</numerusform>
            <numerusform>%n items already exist in %1: %2. Remove them, choose another folder, or choose to overwrite, skip or rename them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ImageBrowser</name>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="406"/>
        <source>Extract %n Item(s) To</source>
        <translation>
            <numerusform>Extract %n Item To</numerusform>
            <numerusform>Extract %n Items To</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="442"/>
        <source>Extracted %n item(s) to %1.</source>
        <translation>
            <numerusform>Extracted %n item to %1.</numerusform>
            <numerusform>Extracted %n items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="446"/>
        <source>%n existing item(s) overwritten.</source>
        <translation>
            <numerusform>%n existing item overwritten.</numerusform>
            <numerusform>%n existing items overwritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="448"/>
        <source>%n existing item(s) kept (skipped).</source>
        <translation>
            <numerusform>%n existing item kept (skipped).</numerusform>
            <numerusform>%n existing items kept (skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="450"/>
        <source>%n item(s) written under a new name.</source>
        <translation>
            <numerusform>%n item written under a new name.</numerusform>
            <numerusform>%n items written under new names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="515"/>
        <source>The first %n match(es) for &quot;%1&quot; (the search stopped there; narrow it down).</source>
        <translation>
            <numerusform>The first %n match for &quot;%1&quot; (the search stopped there; narrow it down).</numerusform>
            <numerusform>The first %n matches for &quot;%1&quot; (the search stopped there; narrow it down).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="517"/>
        <source>%n match(es) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n match for &quot;%1&quot;.</numerusform>
            <numerusform>%n matches for &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="552"/>
        <source>Extract %n item(s) to…</source>
        <translation>
            <numerusform>Extract %n item to…</numerusform>
            <numerusform>Extract %n items to…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="569"/>
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>%n item selected.</numerusform>
            <numerusform>%n items selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="572"/>
        <source>Entries named &quot;.&quot; or &quot;..&quot; left out: %n. No Windows file has that name, so the image is damaged or crafted.</source>
        <translation>
            <numerusform>Entries named &quot;.&quot; or &quot;..&quot; left out: %n. No Windows file has that name, so the image is damaged or crafted.</numerusform>
            <numerusform>Entries named &quot;.&quot; or &quot;..&quot; left out: %n. No Windows file has that name, so the image is damaged or crafted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::LogTableModel</name>
    <message numerus="yes">
        <location filename="../ui/log/LogTableModel.cpp" line="248"/>
        <source>  [+%n line(s)]</source>
        <translation>
            <numerusform>  [+%n line]</numerusform>
            <numerusform>  [+%n lines]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::LogView</name>
    <message numerus="yes">
        <location filename="../ui/log/LogView.cpp" line="477"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/LogView.cpp" line="479"/>
        <source>Showing %1 of %n entries</source>
        <translation>
            <numerusform>Showing %1 of %n entry</numerusform>
            <numerusform>Showing %1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/LogView.cpp" line="617"/>
        <source>Exporting %n entries…</source>
        <translation>
            <numerusform>Exporting %n entry…</numerusform>
            <numerusform>Exporting %n entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/LogView.cpp" line="625"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>%n operation(s) running</source>
        <translation>
            <numerusform>%n operation running</numerusform>
            <numerusform>%n operations running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="378"/>
        <source>Opened %1: %n image(s)</source>
        <translation>
            <numerusform>Opened %1: %n image</numerusform>
            <numerusform>Opened %1: %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="491"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::OperationRow</name>
    <message numerus="yes">
        <location filename="../ui/DisplayFormat.cpp" line="92"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::OperationsView</name>
    <message numerus="yes">
        <location filename="../ui/OperationsView.cpp" line="150"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/OperationsView.cpp" line="151"/>
        <source>%n finished</source>
        <translation>
            <numerusform>%n finished</numerusform>
            <numerusform>%n finished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ProvisionReviewPage</name>
    <message numerus="yes">
        <location filename="../ui/provision/ProvisionWizard.cpp" line="428"/>
        <source>%n registry key(s) will be written into the image&apos;s SOFTWARE hive.</source>
        <translation>
            <numerusform>%n registry key will be written into the image&apos;s SOFTWARE hive.</numerusform>
            <numerusform>%n registry keys will be written into the image&apos;s SOFTWARE hive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ProvisionRunPage</name>
    <message numerus="yes">
        <location filename="../ui/provision/ProvisionWizard.cpp" line="568"/>
        <source>%1 was provisioned: %n package(s) written.</source>
        <translation>
            <numerusform>%1 was provisioned: %n package written.</numerusform>
            <numerusform>%1 was provisioned: %n packages written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/provision/ProvisionWizard.cpp" line="570"/>
        <source>%n app(s) provisioned: %1.</source>
        <translation>
            <numerusform>%n app provisioned: %1.</numerusform>
            <numerusform>%n apps provisioned: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ProvisionedAppsView</name>
    <message numerus="yes">
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="267"/>
        <source>%1 removed: %n package folder(s) deleted.</source>
        <translation>
            <numerusform>%1 removed: %n package folder deleted.</numerusform>
            <numerusform>%1 removed: %n package folders deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="276"/>
        <source>%n identical file(s) replaced by hard links; %1 bytes saved.</source>
        <translation>
            <numerusform>%n identical file replaced by hard links; %1 bytes saved.</numerusform>
            <numerusform>%n identical files replaced by hard links; %1 bytes saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::WimFile</name>
    <message numerus="yes">
        <location filename="../engine/wim/WimFile.cpp" line="396"/>
        <source>%1 has no image with index %2; it has %n image(s).</source>
        <translation>
            <numerusform>%1 has no image with index %2; it has %n image.</numerusform>
            <numerusform>%1 has no image with index %2; it has %n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::WorkbenchViews</name>
    <message numerus="yes">
        <location filename="../ui/WorkbenchViews.cpp" line="100"/>
        <source>%n image(s) are still mounted read-write:</source>
        <translation>
            <numerusform>%n image is still mounted read-write:</numerusform>
            <numerusform>%n images are still mounted read-write:</numerusform>
        </translation>
    </message>
</context>
</TS>
