<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Tr</name>
    <message>
        <location filename="../engine/inventory/InventoryRoot.cpp" line="152"/>
        <source>Finding the files to read</source>
        <translation>正在查找要读取的文件</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InventoryRoot.cpp" line="165"/>
        <source>Image %1 of %2</source>
        <translation>%2 的映像 %1</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InventoryRoot.cpp" line="179"/>
        <source>Could not create a folder in the scratch directory %1.</source>
        <translation>无法在暂存目录 %1 中创建文件夹。</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/inventory/InventoryRoot.cpp" line="180"/>
        <source>Extracting %n file(s)</source>
        <translation>
            <numerusform>正在提取 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::AddProvisionedAppxPackageOperation</name>
    <message>
        <location filename="../engine/ops/AddProvisionedAppxPackageOperation.cpp" line="22"/>
        <source>Provision %1 in %2</source>
        <translation>在 %2 中预配 %1</translation>
    </message>
</context>
<context>
    <name>wb::Applicability</name>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="23"/>
        <source>this image is build %1</source>
        <translation>此映像的内部版本为 %1</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="24"/>
        <source>the build of this image is unknown</source>
        <translation>此映像的内部版本未知</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="52"/>
        <source>stub preference: install the stub</source>
        <translation>存根首选项：安装存根包</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="53"/>
        <source>stub preference: install the full app</source>
        <translation>存根首选项：安装完整应用</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="54"/>
        <source>no stub preference, the default</source>
        <translation>无存根首选项（默认）</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="74"/>
        <source>%1 (build unknown)</source>
        <translation>%1（内部版本未知）</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="75"/>
        <source>no TargetDeviceFamily (a Windows 8/8.1 package), which this %1 image runs</source>
        <translation>没有 TargetDeviceFamily（Windows 8/8.1 包），此 %1 映像可以运行它</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="76"/>
        <source>device family %1 %2 or later applies to this %3 image</source>
        <translation>设备系列 %1 %2 或更高版本适用于此 %3 映像</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="77"/>
        <source>it needs %1 %2 or later, and this image is %3</source>
        <translation>它需要 %1 %2 或更高版本，而此映像为 %3</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="78"/>
        <source>it targets %1, and this image is %2 (it takes %3)</source>
        <translation>它面向 %1，而此映像为 %2（该映像接受 %3）</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="25"/>
        <source>x64, x86 and neutral</source>
        <translation>x64、x86 和 neutral</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="26"/>
        <source>x86 and neutral</source>
        <translation>x86 和 neutral</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="27"/>
        <source>arm and neutral</source>
        <translation>arm 和 neutral</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="28"/>
        <source>arm64, x86, neutral, x64 from build 22000 on and arm before build 26100</source>
        <translation>arm64、x86、neutral，内部版本 22000 起的 x64，以及内部版本 26100 之前的 arm</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="30"/>
        <source>architecture %1 applies to this %2 image</source>
        <translation>体系结构 %1 适用于此 %2 映像</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="31"/>
        <source>architecture %1 does not apply to this %2 image (it takes %3)</source>
        <translation>体系结构 %1 不适用于此 %2 映像（它接受 %3）</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="33"/>
        <source>architecture x64 does not apply to this arm64 image: x64 apps run on arm64 only from build 22000 (Windows 11) on, and %1</source>
        <translation>体系结构 x64 不适用于此 arm64 映像：x64 应用仅从内部版本 22000（Windows 11）起才能在 arm64 上运行，而%1</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="37"/>
        <source>architecture arm does not apply to this arm64 image: 32-bit Arm apps are not supported from build 26100 (Windows 11 24H2) on, and %1</source>
        <translation>体系结构 arm 不适用于此 arm64 映像：从内部版本 26100（Windows 11 24H2）起不再支持 32 位 Arm 应用，而%1</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="40"/>
        <source>native</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="41"/>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="42"/>
        <source>emulated</source>
        <translation>仿真</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="43"/>
        <source>language pack %1: %2 is installed in the image (%3)</source>
        <translation>语言包 %1：映像中已安装 %2（%3）</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="45"/>
        <source>language pack %1: no matching language is installed in the image (installed: %2)</source>
        <translation>语言包 %1：映像中未安装匹配的语言（已安装：%2）</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="46"/>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="47"/>
        <source>scale %1 pack: every scale pack is provisioned</source>
        <translation>缩放 %1 包：预配所有缩放包</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="49"/>
        <source>DirectX feature level %1 pack: every DirectX feature level pack is provisioned</source>
        <translation>DirectX 功能级别 %1 包：预配所有 DirectX 功能级别包</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="51"/>
        <source>resource pack without language, scale or DirectX feature level: provisioned</source>
        <translation>不含语言、缩放或 DirectX 功能级别的资源包：已预配</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="65"/>
        <source>main package: an optional package of %1 (MainPackageDependency), not an app on its own</source>
        <translation>主包：%1 的可选包（MainPackageDependency），其本身不是应用</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="66"/>
        <source>main package: a modification package for %1, not an app on its own</source>
        <translation>主包：%1 的修改包，其本身不是应用</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="67"/>
        <source>its main app</source>
        <translation>其主应用</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="68"/>
        <source>optional package of %1: %2</source>
        <translation>%1 的可选包：%2</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="69"/>
        <source>modification package for %1: %2</source>
        <translation>%1 的修改包：%2</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="71"/>
        <source>given as an optional package, but it declares no MainPackageDependency</source>
        <translation>作为可选包提供，但它未声明 MainPackageDependency</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="72"/>
        <source>optional package of %1 (publisher %2), not of the app given, %3</source>
        <translation>%1（发布者 %2）的可选包，而不是所提供的应用 %3 的可选包</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="73"/>
        <source>optional package: %1</source>
        <translation>可选包：%1</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="85"/>
        <source>%1; newest given version of framework %2 major version %3</source>
        <translation>%1；所提供的框架 %2 主版本 %3 中的最新版本</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="354"/>
        <source>The bundle %1 holds no application package, only resource packages, so there is no app to provision. Give the bundle that holds the app.</source>
        <translation>捆绑包 %1 不含应用程序包，只有资源包，因此没有可预配的应用。请提供包含该应用的捆绑包。</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="55"/>
        <source>stub package: the full packages are provisioned (%1)</source>
        <translation>存根包：预配完整包（%1）</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="56"/>
        <source>full package: the stub packages are provisioned (%1)</source>
        <translation>完整包：预配存根包（%1）</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="57"/>
        <source>application package for %1, the best of the bundle for this %2 image (%3)</source>
        <translation>%1 的应用程序包，是捆绑包中最适合此 %2 映像的（%3）</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="59"/>
        <source>application package for %1 applies, but the bundle&apos;s %2 package suits this %3 image better</source>
        <translation>%1 的应用程序包适用，但捆绑包中的 %2 包更适合此 %3 映像</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="60"/>
        <source>application package: %1</source>
        <translation>应用程序包：%1</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="404"/>
        <source>The bundle %1 has no application package for this %2 image (it takes %3, on %4). Each decision names what a package needs.</source>
        <translation>捆绑包 %1 中没有适用于此 %2 映像的应用程序包（该映像接受 %3，运行 %4）。每项决定都注明了包的需求。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="299"/>
        <source>No app package was given.</source>
        <translation>未提供应用包。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="306"/>
        <source>%1 is a resource package, not an app. Give the app&apos;s package or bundle.</source>
        <translation>%1 是资源包，不是应用。请提供应用的包或捆绑包。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="282"/>
        <source>%1 is a modification package (rescap6:ModificationPackage) for %2: it changes that app and is never installed alone.</source>
        <translation>%1 是 %2 的修改包（rescap6:ModificationPackage）：它会更改该应用，从不单独安装。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="288"/>
        <source>%1 is an optional package of %2 (MainPackageDependency): Windows installs it only together with its main package.</source>
        <translation>%1 是 %2 的可选包（MainPackageDependency）：Windows 只会将其与主包一起安装。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="314"/>
        <source>%1 is a framework package (&lt;Framework&gt;true&lt;/Framework&gt;), not an app: Windows provisions frameworks only as dependencies of an app.</source>
        <translation>%1 是框架包（&lt;Framework&gt;true&lt;/Framework&gt;），不是应用：Windows 只将框架作为应用的依赖项进行预配。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="507"/>
        <source>%1 was given as an optional package but declares no MainPackageDependency, so it is not an optional package.</source>
        <translation>%1 作为可选包提供，但未声明 MainPackageDependency，因此它不是可选包。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="517"/>
        <source>%1 is an optional package of %2 (publisher %3), but the app given is %4 (publisher %5). Give it together with its own main package.</source>
        <translation>%1 是 %2（发布者 %3）的可选包，但所提供的应用是 %4（发布者 %5）。请将其与它自己的主包一起提供。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="528"/>
        <source>The optional package %1 cannot be provisioned into this image: %2.</source>
        <translation>无法将可选包 %1 预配到此映像中：%2。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="589"/>
        <source>%1 needs %2, which is neither given nor provisioned in the image.</source>
        <translation>%1 需要 %2，但该包既未提供，也未在映像中预配。</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="63"/>
        <source>main package: a framework package, not an app</source>
        <translation>主包：框架包，不是应用</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="61"/>
        <source>main package: %1</source>
        <translation>主包：%1</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="323"/>
        <source>The package %1 cannot be provisioned: its %2.</source>
        <translation>无法预配包 %1：其%2。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="330"/>
        <source>The package %1 cannot be provisioned: %2.</source>
        <translation>无法预配包 %1：%2。</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="62"/>
        <source>main package: %1; %2</source>
        <translation>主包：%1；%2</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="79"/>
        <source>dependency package: %1; skipped, not an error</source>
        <translation>依赖包：%1；已跳过，不是错误</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="80"/>
        <source>dependency package given more than once; provisioned once</source>
        <translation>依赖包被多次提供；只预配一次</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="82"/>
        <source>framework %1 %2 is older than %3, also given; only the newest version of a framework major version (%4) is provisioned</source>
        <translation>框架 %1 %2 比同时提供的 %3 旧；框架的每个主版本（%4）只预配最新版本</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="87"/>
        <source>dependency package is already provisioned in the image; left as it is</source>
        <translation>依赖包已在映像中预配；保持不变</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="88"/>
        <source>dependency package: %1</source>
        <translation>依赖包：%1</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="89"/>
        <source>given with the dependency packages</source>
        <translation>随依赖包提供</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="90"/>
        <source>already provisioned in the image</source>
        <translation>已在映像中预配</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="91"/>
        <source>dependency of %1 met by %2 (%3)</source>
        <translation>%1 的依赖项由 %2 满足（%3）</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="93"/>
        <source>optional dependency of %1 not given and not provisioned; the app does not need it to install</source>
        <translation>%1 的可选依赖项未提供也未预配；应用安装不需要它</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="96"/>
        <source>dependency of %1 not met: no given or provisioned %2 package of publisher %3, version %4 or later, for %5</source>
        <translation>%1 的依赖项未满足：没有提供或已预配的、发布者为 %3、版本 %4 或更高、适用于 %5 的 %2 包</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="29"/>
        <source>%1 or neutral</source>
        <translation>%1 或 neutral</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="584"/>
        <source>%1 (version %2 or later, publisher %3)</source>
        <translation>%1（版本 %2 或更高，发布者 %3）</translation>
    </message>
    <message>
        <location filename="../engine/provision/Applicability.cpp" line="590"/>
        <location filename="../engine/provision/Applicability.cpp" line="591"/>
        <source> and </source>
        <translation> 和 </translation>
    </message>
</context>
<context>
    <name>wb::ApplyDialog</name>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="54"/>
        <source>Windows images (*.wim *.esd *.swm);;All files (*)</source>
        <translation>Windows 映像 (*.wim *.esd *.swm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="54"/>
        <source>Image to Apply</source>
        <translation>要应用的映像</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="56"/>
        <source>Folder to Apply the Image Into</source>
        <translation>要将映像应用到的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="58"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="58"/>
        <source>File or Device That Holds an NTFS Volume</source>
        <translation>包含 NTFS 卷的文件或设备</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="67"/>
        <source>Apply Image</source>
        <translation>应用映像</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="69"/>
        <source>Image file:</source>
        <translation>映像文件：</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="70"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="71"/>
        <source>Index:</source>
        <translation>索引：</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="72"/>
        <source>Apply to:</source>
        <translation>应用到：</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="73"/>
        <source>an empty folder, or a file or device with an NTFS volume</source>
        <translation>空文件夹，或包含 NTFS 卷的文件或设备</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="74"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="75"/>
        <source>NTFS volume…</source>
        <translation>NTFS 卷…</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="76"/>
        <source>Check integrity (refuse a file whose integrity table does not match)</source>
        <translation>检查完整性（拒绝完整性表不匹配的文件）</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="77"/>
        <source>Verify (check every file&apos;s hash while writing)</source>
        <translation>验证（写入时检查每个文件的哈希）</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="78"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="115"/>
        <source>Applied image %1 onto the NTFS volume in %2.</source>
        <translation>已将映像 %1 应用到 %2 中的 NTFS 卷。</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="116"/>
        <source>Applied image %1 into %2.</source>
        <translation>已将映像 %1 应用到 %2。</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="122"/>
        <source>The apply was cancelled; a folder target was left as it was.</source>
        <translation>应用映像已取消；如果目标是文件夹，则该文件夹保持原样。</translation>
    </message>
    <message>
        <location filename="../ui/image/ApplyDialog.cpp" line="127"/>
        <source>The apply failed.</source>
        <translation>应用映像失败。</translation>
    </message>
</context>
<context>
    <name>wb::ApplyImageOperation</name>
    <message>
        <location filename="../engine/ops/ApplyImageOperation.cpp" line="56"/>
        <source>Apply %1 of %2 to %3</source>
        <translation>将 %2 的 %1 应用到 %3</translation>
    </message>
    <message>
        <location filename="../engine/ops/ApplyImageOperation.cpp" line="74"/>
        <source>Compact mode applies files compressed by Windows&apos; Overlay Filter (WOF), which only Windows can read; WimBench cannot write such files.</source>
        <translation>紧凑模式（Compact）应用的文件经 Windows 覆盖筛选器（WOF）压缩，只有 Windows 能读取；WimBench 无法写入此类文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ApplyImageOperation.cpp" line="79"/>
        <source>WIMBoot mode writes pointer files that only Windows&apos; WOF driver can follow back into the WIM; WimBench cannot write them.</source>
        <translation>WIMBoot 模式写入的是指针文件，只有 Windows 的 WOF 驱动程序才能通过它们找回 WIM 中的数据；WimBench 无法写入此类文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ApplyImageOperation.cpp" line="85"/>
        <source>%1 does not exist. Create the folder first, or give a file or block device that holds an NTFS volume (made with mkntfs).</source>
        <translation>%1 不存在。请先创建该文件夹，或提供包含 NTFS 卷（用 mkntfs 创建）的文件或块设备。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ApplyImageOperation.cpp" line="90"/>
        <source>%1 is not a folder, nor a file or block device that holds an NTFS volume.</source>
        <translation>%1 不是文件夹，也不是包含 NTFS 卷的文件或块设备。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ApplyImageOperation.cpp" line="99"/>
        <source>Opening image file</source>
        <translation>正在打开映像文件</translation>
    </message>
    <message>
        <location filename="../engine/ops/ApplyImageOperation.cpp" line="138"/>
        <source>%1 already holds %2, which the image also has. Apply into an empty folder, or remove it first; nothing was changed.</source>
        <translation>%1 中已有 %2，而映像中也包含该项。请应用到空文件夹，或先将其删除；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ApplyImageOperation.cpp" line="146"/>
        <source>Could not create a staging folder in %1. Check that you may write there.</source>
        <translation>无法在 %1 中创建暂存文件夹。请检查是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ApplyImageOperation.cpp" line="159"/>
        <source>Could not move %1 into %2; the entries moved before it stay.</source>
        <translation>无法将 %1 移入 %2；在此之前已移入的条目将保留。</translation>
    </message>
</context>
<context>
    <name>wb::AppxBundle</name>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="30"/>
        <location filename="../engine/appx/AppxBundle.cpp" line="40"/>
        <source>Could not read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="32"/>
        <source>%1 is larger than such a file may be.</source>
        <translation>%1 超出了此类文件允许的大小。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="51"/>
        <source>The bundle %1 does not exist. Check the path.</source>
        <translation>捆绑包 %1 不存在。请检查路径。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="73"/>
        <source>%1 is a single package, not a bundle; open it as a package (.appx or .msix).</source>
        <translation>%1 是单个包，不是捆绑包；请将其作为包（.appx 或 .msix）打开。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="75"/>
        <source>%1 has no AppxMetadata/AppxBundleManifest.xml, so it is not an app bundle.</source>
        <translation>%1 没有 AppxMetadata/AppxBundleManifest.xml，因此不是应用捆绑包。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="81"/>
        <source>%1 has no AppxBlockMap.xml, so its bundle manifest cannot be checked. The bundle is incomplete.</source>
        <translation>%1 没有 AppxBlockMap.xml，因此无法检查其捆绑包清单。该捆绑包不完整。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="95"/>
        <source>The block map of %1 does not list AppxMetadata/AppxBundleManifest.xml. The bundle was altered.</source>
        <translation>%1 的块映射未列出 AppxMetadata/AppxBundleManifest.xml。该捆绑包已被修改。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="105"/>
        <source>The block map of %1 lists the payload package %2; a bundle&apos;s block map lists only its bundle manifest. The bundle was made by a faulty tool or altered.</source>
        <translation>%1 的块映射列出了负载包 %2；捆绑包的块映射只列出其捆绑包清单。该捆绑包由有缺陷的工具生成或已被修改。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="146"/>
        <source>The folder %1 has no AppxMetadata/AppxBundleManifest.xml, so it is not an unpacked bundle.</source>
        <translation>文件夹 %1 没有 AppxMetadata/AppxBundleManifest.xml，因此不是解包后的捆绑包。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="183"/>
        <source>The bundle folder %1 holds %2 as a symbolic link; packages must be plain files.</source>
        <translation>捆绑包文件夹 %1 中的 %2 是符号链接；包必须是普通文件。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="198"/>
        <source>The package %1 inside the bundle %2 is compressed; packages inside a bundle must be stored uncompressed. The bundle was not made by MakeAppx or was repacked; make it again.</source>
        <translation>捆绑包 %2 中的包 %1 是压缩的；捆绑包中的包必须以未压缩方式存储。该捆绑包不是由 MakeAppx 生成的或已被重新打包；请重新生成。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="203"/>
        <source>The bundle manifest of %1 says %2 has %3 bytes, but the bundle holds %4 bytes. The bundle is damaged.</source>
        <translation>%1 的捆绑包清单称 %2 有 %3 字节，但捆绑包中有 %4 字节。该捆绑包已损坏。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="210"/>
        <source>The bundle manifest of %1 lacks the Offset of %2, which is stored inside the bundle.</source>
        <translation>%1 的捆绑包清单缺少 %2 的 Offset，而它存储在捆绑包内。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="216"/>
        <source>The bundle manifest of %1 places %2 at offset %3, but its data is not there. The bundle is damaged.</source>
        <translation>%1 的捆绑包清单将 %2 置于偏移 %3 处，但其数据不在那里。该捆绑包已损坏。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="241"/>
        <source>The bundle manifest of %1 says %2 has %3 bytes, but the file %4 has %5 bytes. It is not the package the bundle was made with.</source>
        <translation>%1 的捆绑包清单称 %2 有 %3 字节，但文件 %4 有 %5 字节。它不是生成该捆绑包时使用的包。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="293"/>
        <source>The bundle %1 has no application package, only resource packages, so there is nothing to provision. Use the bundle that contains the app itself.</source>
        <translation>捆绑包 %1 没有应用程序包，只有资源包，因此没有可预配的内容。请使用包含应用本身的捆绑包。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="304"/>
        <source>The bundle %1 refers to packages that are neither inside it nor in its folder: %2. Put them next to the bundle and try again.</source>
        <translation>捆绑包 %1 引用的包既不在其内部也不在其文件夹中：%2。请将它们放在捆绑包旁边，然后重试。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="317"/>
        <source>The package %1 of the bundle %2 is missing: it is neither inside the bundle nor at %3. Put it next to the bundle and try again.</source>
        <translation>捆绑包 %2 的包 %1 缺失：它既不在捆绑包内，也不在 %3。请将其放在捆绑包旁边，然后重试。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="332"/>
        <source>The package %1 does not belong to the bundle %2: its %3 is &quot;%4&quot; but the bundle manifest says &quot;%5&quot;.</source>
        <translation>包 %1 不属于捆绑包 %2：其%3为“%4”，但捆绑包清单中为“%5”。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="336"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="338"/>
        <source>publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="340"/>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="342"/>
        <source>architecture</source>
        <translation>体系结构</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="344"/>
        <source>resource id</source>
        <translation>资源 ID</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="346"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="372"/>
        <source>%1 is signed by &quot;%2&quot; but its bundle manifest names the publisher &quot;%3&quot;; Windows refuses such a bundle. Sign it with a certificate whose subject is the manifest&apos;s Publisher.</source>
        <translation>%1 的签名者为“%2”，但其捆绑包清单指定的发布者为“%3”；Windows 会拒绝这样的捆绑包。请使用“使用者”与清单中 Publisher 一致的证书为其签名。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="381"/>
        <source>%1 is not signed.</source>
        <translation>%1 未签名。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="429"/>
        <source>Checking the bundle&apos;s signature</source>
        <translation>正在检查捆绑包的签名</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxBundle.cpp" line="444"/>
        <source>Could not write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>wb::AppxManifest</name>
    <message>
        <location filename="../engine/appx/AppxManifest.cpp" line="146"/>
        <source>the root element is &lt;%1&gt;, not &lt;Package&gt;; this is not an app package manifest</source>
        <translation>根元素是 &lt;%1&gt;，不是 &lt;Package&gt;；这不是应用包清单</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxManifest.cpp" line="153"/>
        <source>the &lt;Package&gt; element is in the namespace &quot;%1&quot;, which is not an app package manifest namespace</source>
        <translation>&lt;Package&gt; 元素位于命名空间“%1”中，这不是应用包清单命名空间</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxManifest.cpp" line="225"/>
        <source>it declares a MainPackageDependency and is also a framework package; an optional package cannot be a framework or a resource package</source>
        <translation>它声明了 MainPackageDependency，同时又是框架包；可选包不能是框架包或资源包</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxManifest.cpp" line="227"/>
        <source>it declares a MainPackageDependency and is also a resource package; an optional package cannot be a framework or a resource package</source>
        <translation>它声明了 MainPackageDependency，同时又是资源包；可选包不能是框架包或资源包</translation>
    </message>
</context>
<context>
    <name>wb::AppxPackage</name>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="71"/>
        <location filename="../engine/appx/AppxPackage.cpp" line="271"/>
        <location filename="../engine/appx/AppxPackage.cpp" line="309"/>
        <source>Could not read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="106"/>
        <source>absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="107"/>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="110"/>
        <source>present, not verified (unpacked folder)</source>
        <translation>存在，未验证（解包后的文件夹）</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="119"/>
        <source>The package %1 does not exist. Check the path.</source>
        <translation>包 %1 不存在。请检查路径。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="153"/>
        <source>%1 contains the file %2 twice. The package is damaged or crafted.</source>
        <translation>%1 两次包含文件 %2。该包已损坏或被恶意构造。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="157"/>
        <source>%1 stores %2 with ZIP compression method %3; app packages only use stored or deflated entries.</source>
        <translation>%1 使用 ZIP 压缩方法 %3 存储 %2；应用包只使用存储或 deflate 条目。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="167"/>
        <source>%1 is a bundle, not a single package; open it as a bundle (.appxbundle or .msixbundle).</source>
        <translation>%1 是捆绑包，不是单个包；请将其作为捆绑包（.appxbundle 或 .msixbundle）打开。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="169"/>
        <source>%1 has no AppxManifest.xml, so it is not an app package.</source>
        <translation>%1 没有 AppxManifest.xml，因此不是应用包。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="174"/>
        <source>%1 has no AppxBlockMap.xml, so its contents cannot be checked. The package is incomplete; make it again with MakeAppx or get a complete copy.</source>
        <translation>%1 没有 AppxBlockMap.xml，因此无法检查其内容。该包不完整；请使用 MakeAppx 重新生成或获取完整副本。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="179"/>
        <source>%1 has no [Content_Types].xml, which every app package has. The package is damaged.</source>
        <translation>%1 没有每个应用包都有的 [Content_Types].xml。该包已损坏。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="198"/>
        <source>%1 contains %2, which its block map does not list. The package was altered after it was made.</source>
        <translation>%1 包含其块映射未列出的 %2。该包在生成后被修改过。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="201"/>
        <source>%1: the ZIP directory declares %2 bytes for %3 but the block map says %4. The package is damaged or crafted (a decompression bomb); it was not unpacked.</source>
        <translation>%1：ZIP 目录声明 %3 为 %2 字节，但块映射为 %4。该包已损坏或被恶意构造（解压缩炸弹）；未将其解包。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="214"/>
        <source>%1 lacks %2, which its block map lists. The package is incomplete or damaged.</source>
        <translation>%1 缺少其块映射中列出的 %2。该包不完整或已损坏。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="236"/>
        <source>The folder %1 has no AppxManifest.xml, so it is not an unpacked app package.</source>
        <translation>文件夹 %1 没有 AppxManifest.xml，因此不是解包后的应用包。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="247"/>
        <source>The package folder %1 contains the symbolic link %2; unpacked packages may only hold plain files.</source>
        <translation>包文件夹 %1 包含符号链接 %2；解包后的包只能包含普通文件。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="253"/>
        <source>The package folder %1 contains %2, which is not a regular file.</source>
        <translation>包文件夹 %1 包含 %2，它不是普通文件。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="262"/>
        <source>The package folder %1 contains %2 twice (names differing only in case).</source>
        <translation>包文件夹 %1 两次包含 %2（名称仅大小写不同）。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="282"/>
        <source>The package folder %1 contains %2, which its block map does not list. The folder was altered after the package was unpacked.</source>
        <translation>包文件夹 %1 包含其块映射未列出的 %2。该文件夹在包解包后被修改过。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="287"/>
        <source>%1 in the package folder %2 has %3 bytes but the block map says %4. The folder was altered.</source>
        <translation>包文件夹 %2 中的 %1 有 %3 字节，但块映射为 %4。该文件夹已被修改。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="296"/>
        <source>The package folder %1 lacks %2, which its block map lists.</source>
        <translation>包文件夹 %1 缺少其块映射中列出的 %2。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="306"/>
        <source>%1 is larger than a package manifest may be.</source>
        <translation>%1 超出了包清单允许的大小。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="320"/>
        <source>%1 has a code integrity catalog (AppxMetadata/CodeIntegrity.cat) but no signature (AppxSignature.p7x): the package is incomplete. Sign it again or get a complete copy.</source>
        <translation>%1 有代码完整性目录（AppxMetadata/CodeIntegrity.cat），但没有签名（AppxSignature.p7x）：该包不完整。请重新为其签名，或获取完整的副本。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="362"/>
        <source>%1 is signed by &quot;%2&quot; but its manifest names the publisher &quot;%3&quot;; Windows refuses such a package. Sign it with a certificate whose subject is the manifest&apos;s Publisher.</source>
        <translation>%1 的签名者为“%2”，但其清单指定的发布者为“%3”；Windows 会拒绝这样的包。请使用“使用者”与清单中 Publisher 一致的证书为其签名。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="395"/>
        <source>Could not read %1 in %2: %3.</source>
        <translation>无法读取 %2 中的 %1：%3。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="411"/>
        <source>%1 in %2 ends after %3 bytes although %4 bytes were declared. The package is damaged.</source>
        <translation>%2 中的 %1 在 %3 字节后结束，但声明为 %4 字节。该包已损坏。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="420"/>
        <source>Block %1 of %2 in %3 does not match its hash in the block map: the package is damaged or was altered. Download or copy it again.</source>
        <translation>%3 中 %2 的第 %1 块与块映射中的哈希不匹配：该包已损坏或被修改。请重新下载或复制。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="429"/>
        <location filename="../engine/appx/AppxPackage.cpp" line="485"/>
        <source>Could not write %1 of %2 into %3: %4. Free some space on that disk (or check that you may write there) and try again; nothing was left behind.</source>
        <translation>无法将 %2 中的 %1 写入 %3：%4。请释放该磁盘上的空间（或检查是否有写入权限）后重试；未留下任何文件。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxPackage.cpp" line="443"/>
        <source>%1 in %2 holds more data than the %3 bytes declared. The package is damaged or crafted.</source>
        <translation>%2 中的 %1 包含的数据多于声明的 %3 字节。该包已损坏或被恶意构造。</translation>
    </message>
</context>
<context>
    <name>wb::AppxSignature</name>
    <message>
        <location filename="../engine/appx/AppxSignature.cpp" line="51"/>
        <source>The signature %1 %2. The package was damaged or altered after it was signed; get a new copy from its publisher or sign it again.</source>
        <translation>签名 %1 %2。该包在签名后已损坏或被修改；请从其发布者处获取新副本，或重新为其签名。</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxSignature.cpp" line="114"/>
        <source>ZIP file records</source>
        <translation>ZIP 文件记录</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxSignature.cpp" line="115"/>
        <source>ZIP central directory</source>
        <translation>ZIP 中央目录</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxSignature.cpp" line="125"/>
        <source>%1 (issued by %2; valid %3 to %4; thumbprint %5)</source>
        <translation>%1（颁发者：%2；有效期 %3 至 %4；指纹 %5）</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxSignature.cpp" line="202"/>
        <source>does not start with the PKCX header of package signatures</source>
        <translation>不以包签名的 PKCX 标头开头</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxSignature.cpp" line="207"/>
        <source>is not a PKCS#7 SignedData structure</source>
        <translation>不是 PKCS#7 SignedData 结构</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxSignature.cpp" line="212"/>
        <source>does not sign package digests (its content type is %1)</source>
        <translation>不对包摘要进行签名（其内容类型为 %1）</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxSignature.cpp" line="216"/>
        <source>holds a damaged SpcIndirectDataContent</source>
        <translation>包含已损坏的 SpcIndirectDataContent</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxSignature.cpp" line="223"/>
        <source>does not match its own signed content (the signed digests were changed)</source>
        <translation>与其自身的已签名内容不符（已签名的摘要被更改）</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxSignature.cpp" line="243"/>
        <source>is %1 bytes long, more than the %2 bytes a package signature may have</source>
        <translation>长度为 %1 字节，超过包签名允许的 %2 字节</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxSignature.cpp" line="250"/>
        <source>holds no APPX digest list (or not one made with SHA-256)</source>
        <translation>不含 APPX 摘要列表（或该列表不是用 SHA-256 生成的）</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxSignature.cpp" line="255"/>
        <source>has an unknown or repeated digest record %1</source>
        <translation>含有未知或重复的摘要记录 %1</translation>
    </message>
    <message>
        <location filename="../engine/appx/AppxSignature.cpp" line="260"/>
        <source>has no digest of the %1</source>
        <translation>没有 %1 的摘要</translation>
    </message>
</context>
<context>
    <name>wb::BlockMap</name>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="25"/>
        <source>The block map %1 is not valid: %2. The package is damaged.</source>
        <translation>块映射 %1 无效：%2。该包已损坏。</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="51"/>
        <source>the root element is &lt;%1&gt;, not &lt;BlockMap&gt;</source>
        <translation>根元素是 &lt;%1&gt;，不是 &lt;BlockMap&gt;</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="55"/>
        <source>the &lt;BlockMap&gt; element has no HashMethod attribute</source>
        <translation>&lt;BlockMap&gt; 元素没有 HashMethod 属性</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="68"/>
        <source>The block map %1 uses the hash method %2, which is not supported (SHA-256, SHA-384 and SHA-512 are).</source>
        <translation>块映射 %1 使用不受支持的哈希方法 %2（支持 SHA-256、SHA-384 和 SHA-512）。</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="77"/>
        <source>a &lt;File&gt; element has no Name attribute</source>
        <translation>某个 &lt;File&gt; 元素没有 Name 属性</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="81"/>
        <source>the &lt;File&gt; element of %1 has no valid Size attribute</source>
        <translation>%1 的 &lt;File&gt; 元素没有有效的 Size 属性</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="88"/>
        <source>The block map %1 lists [Content_Types].xml, which no block map may list (the package tools never write it there). The package was made by a faulty tool or altered; make it again.</source>
        <translation>块映射 %1 列出了 [Content_Types].xml，而任何块映射都不应列出它（打包工具从不将其写入块映射）。该包由有缺陷的工具生成或已被修改；请重新生成该包。</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="94"/>
        <source>the file %1 is listed twice</source>
        <translation>文件 %1 被列出两次</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="96"/>
        <source>the file %1 declares an impossible size of %2 bytes</source>
        <translation>文件 %1 声明了不可能的大小 %2 字节</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="102"/>
        <source>a &lt;Block&gt; element is outside a &lt;File&gt; element</source>
        <translation>某个 &lt;Block&gt; 元素位于 &lt;File&gt; 元素之外</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="106"/>
        <source>block %1 of %2 has no valid Hash attribute</source>
        <translation>%2 的第 %1 块没有有效的 Hash 属性</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="108"/>
        <source>the file %1 has more blocks than its %2 bytes need</source>
        <translation>文件 %1 的块数多于其 %2 字节所需</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="114"/>
        <source>the XML is malformed (line %1: %2)</source>
        <translation>XML 格式错误（第 %1 行：%2）</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="116"/>
        <source>it is empty</source>
        <translation>它是空的</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="138"/>
        <source>%1 in %2 has %3 bytes but the block map says %4. The package is damaged.</source>
        <translation>%2 中的 %1 有 %3 字节，但块映射为 %4。该包已损坏。</translation>
    </message>
    <message>
        <location filename="../engine/appx/BlockMap.cpp" line="149"/>
        <source>Block %1 of %2 in %3 does not match its hash in the block map: the package is damaged or was altered. Download or copy it again.</source>
        <translation>%3 中 %2 的第 %1 块与块映射中的哈希不匹配：该包已损坏或被修改。请重新下载或复制。</translation>
    </message>
</context>
<context>
    <name>wb::BundleManifest</name>
    <message>
        <location filename="../engine/appx/BundleManifest.cpp" line="129"/>
        <source>the root element is &lt;%1&gt;, not &lt;Bundle&gt;; this is not a bundle manifest</source>
        <translation>根元素是 &lt;%1&gt;，不是 &lt;Bundle&gt;；这不是捆绑包清单</translation>
    </message>
    <message>
        <location filename="../engine/appx/BundleManifest.cpp" line="132"/>
        <source>the &lt;Bundle&gt; element is in the namespace &quot;%1&quot;, which is not a bundle manifest namespace</source>
        <translation>&lt;Bundle&gt; 元素位于命名空间“%1”中，这不是捆绑包清单命名空间</translation>
    </message>
    <message>
        <location filename="../engine/appx/BundleManifest.cpp" line="51"/>
        <source>application or resource</source>
        <translation>应用程序或资源</translation>
    </message>
    <message>
        <location filename="../engine/appx/BundleManifest.cpp" line="75"/>
        <source>%1 names the payload package %2, but a bundle&apos;s packages must be .appx or .msix files. The bundle was made by a faulty tool or altered.</source>
        <translation>%1 指定了负载包 %2，但捆绑包中的包必须是 .appx 或 .msix 文件。该捆绑包由有缺陷的工具生成或已被修改。</translation>
    </message>
    <message>
        <location filename="../engine/appx/BundleManifest.cpp" line="83"/>
        <source>a byte offset</source>
        <translation>字节偏移</translation>
    </message>
    <message>
        <location filename="../engine/appx/BundleManifest.cpp" line="90"/>
        <source>a size in bytes</source>
        <translation>以字节为单位的大小</translation>
    </message>
    <message>
        <location filename="../engine/appx/BundleManifest.cpp" line="148"/>
        <source>the package file %1 is listed twice</source>
        <translation>包文件 %1 被列出两次</translation>
    </message>
</context>
<context>
    <name>wb::CaptureDialog</name>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="79"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="77"/>
        <source>Folder to Capture</source>
        <translation>要捕获的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="79"/>
        <source>File or Device That Holds an NTFS Volume</source>
        <translation>包含 NTFS 卷的文件或设备</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="83"/>
        <source>Configuration files (*.ini);;All files (*)</source>
        <translation>配置文件 (*.ini);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="83"/>
        <source>Capture Configuration (WimScript.ini)</source>
        <translation>捕获配置 (WimScript.ini)</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="90"/>
        <source>Capture Image</source>
        <translation>捕获映像</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="92"/>
        <source>Capture from:</source>
        <translation>捕获源：</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="93"/>
        <source>a folder, or a file or device with an NTFS volume</source>
        <translation>文件夹，或包含 NTFS 卷的文件或设备</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="94"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="95"/>
        <source>NTFS volume…</source>
        <translation>NTFS 卷…</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="96"/>
        <source>Image file:</source>
        <translation>映像文件：</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="97"/>
        <source>a new .wim or .esd file, or an existing one to append to</source>
        <translation>新的 .wim 或 .esd 文件，或要追加到的现有文件</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="98"/>
        <location filename="../ui/image/CaptureDialog.cpp" line="109"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="99"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="100"/>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="101"/>
        <source>Compression:</source>
        <translation>压缩：</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="102"/>
        <source>Default (fast; recovery for an .esd file)</source>
        <translation>默认（快速；.esd 文件使用 recovery）</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="103"/>
        <source>Fast (XPRESS)</source>
        <translation>快速 (XPRESS)</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="104"/>
        <source>Maximum (LZX)</source>
        <translation>最大 (LZX)</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="105"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="106"/>
        <source>Recovery (solid LZMS, .esd only)</source>
        <translation>Recovery（固实 LZMS，仅限 .esd）</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="107"/>
        <source>Configuration:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="108"/>
        <source>WimScript.ini (empty: DISM&apos;s default exclusions)</source>
        <translation>WimScript.ini（留空：使用 DISM 的默认排除项）</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="110"/>
        <source>Bootable (mark the new image as the boot image, for Windows PE)</source>
        <translation>可启动（将新映像标记为启动映像，用于 Windows PE）</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="111"/>
        <source>Check integrity (write an integrity table)</source>
        <translation>检查完整性（写入完整性表）</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="112"/>
        <source>Verify (read the written file back and check it)</source>
        <translation>验证（回读写入的文件并进行检查）</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="113"/>
        <source>Capture</source>
        <translation>捕获</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="157"/>
        <source>The file exists: the image is appended to it (its compression is kept).</source>
        <translation>该文件已存在：映像将追加到其中（保留其压缩方式）。</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="158"/>
        <source>A new file is written.</source>
        <translation>将写入新文件。</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="168"/>
        <source>Image File to Write or Append To</source>
        <translation>要写入或追加到的映像文件</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="169"/>
        <source>Windows images (*.wim *.esd);;All files (*)</source>
        <translation>Windows 映像 (*.wim *.esd);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="179"/>
        <source>Appended as index %1 of %2.</source>
        <translation>已追加为 %2 的索引 %1。</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="180"/>
        <source>Captured into the new file %1 (%2 compression).</source>
        <translation>已捕获到新文件 %1（%2 压缩）。</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="186"/>
        <source>The capture was cancelled; no new file was written and an existing file keeps its images.</source>
        <translation>捕获已取消；未写入新文件，现有文件中的映像保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/image/CaptureDialog.cpp" line="191"/>
        <source>The capture failed.</source>
        <translation>捕获失败。</translation>
    </message>
</context>
<context>
    <name>wb::CaptureImageOperation</name>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="62"/>
        <source>Append %1 to %2</source>
        <translation>将 %1 追加到 %2</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="63"/>
        <source>Capture %1 into %2</source>
        <translation>将 %1 捕获到 %2</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="93"/>
        <source>%1 is not a folder, nor a file or block device that holds an NTFS volume.</source>
        <translation>%1 不是文件夹，也不是包含 NTFS 卷的文件或块设备。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="102"/>
        <source>Cannot capture into the split image %1: split images (.swm) cannot be changed. Capture into a .wim or .esd file.</source>
        <translation>无法捕获到拆分映像 %1：拆分映像（.swm）无法更改。请捕获到 .wim 或 .esd 文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="158"/>
        <source>The folder of %1 does not exist. Create it first or choose another file.</source>
        <translation>%1 所在的文件夹不存在。请先创建该文件夹，或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="197"/>
        <source>The image captured from %1 is not a Windows PE image (its installation type is %2), so it cannot be marked bootable. Only Windows PE images can be bootable.</source>
        <translation>从 %1 捕获的映像不是 Windows PE 映像（其安装类型为 %2），因此不能标记为可启动。只有 Windows PE 映像可以设为可启动。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="218"/>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="263"/>
        <source>Scanning files</source>
        <translation>正在扫描文件</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="89"/>
        <source>The folder or volume to capture, %1, does not exist.</source>
        <translation>要捕获的文件夹或卷 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="96"/>
        <source>The configuration file %1 does not exist.</source>
        <translation>配置文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="99"/>
        <source>The new image needs a name.</source>
        <translation>新映像需要一个名称。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="107"/>
        <source>Recovery compression (solid LZMS) can only be written into an .esd file, not %1. Name the file *.esd or choose fast, maximum or no compression.</source>
        <translation>Recovery 压缩（固实 LZMS）只能写入 .esd 文件，不能写入 %1。请将文件命名为 *.esd，或选择快速、最大或无压缩。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="111"/>
        <source>A WIMBoot image cannot be written with recovery (solid) compression.</source>
        <translation>WIMBoot 映像不能使用 recovery（固实）压缩写入。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="143"/>
        <source>%1 does not exist, so nothing can be appended to it.</source>
        <translation>%1 不存在，因此无法向其追加任何内容。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="147"/>
        <source>%1 already exists, so its compression cannot be chosen: an appended image takes the file&apos;s own compression.</source>
        <translation>%1 已存在，因此无法选择其压缩方式：追加的映像采用该文件自身的压缩方式。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="154"/>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="199"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="223"/>
        <source>Verifying the new file</source>
        <translation>正在验证新文件</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="230"/>
        <source>%1 was created by another program while the capture ran; it was left alone. Capture again with another name, or append to it.</source>
        <translation>%1 在捕获期间已由其他程序创建；未对其做任何改动。请使用其他名称重新捕获，或追加到该文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="235"/>
        <source>Could not move the captured image into place as %1.</source>
        <translation>无法将捕获的映像移到目标位置 %1。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="253"/>
        <source>Opening image file</source>
        <translation>正在打开映像文件</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="261"/>
        <source>%1 is a solid (ESD) file, which cannot hold a WIMBoot image. Append to a .wim file instead.</source>
        <translation>%1 是固实（ESD）文件，不能包含 WIMBoot 映像。请改为追加到 .wim 文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/CaptureImageOperation.cpp" line="274"/>
        <source>Verifying the file</source>
        <translation>正在验证文件</translation>
    </message>
</context>
<context>
    <name>wb::CleanupMountpointsOperation</name>
    <message>
        <location filename="../engine/ops/CleanupMountpointsOperation.cpp" line="24"/>
        <source>Clean up stale mount points</source>
        <translation>清理过时的装载点</translation>
    </message>
    <message>
        <location filename="../engine/ops/CleanupMountpointsOperation.cpp" line="35"/>
        <location filename="../engine/ops/CleanupMountpointsOperation.cpp" line="65"/>
        <source>Cleaning up mount points</source>
        <translation>正在清理装载点</translation>
    </message>
</context>
<context>
    <name>wb::Compression</name>
    <message>
        <location filename="../engine/wim/Compression.cpp" line="48"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../engine/wim/Compression.cpp" line="51"/>
        <source>LZMS (solid)</source>
        <translation>LZMS（固实）</translation>
    </message>
    <message>
        <location filename="../engine/wim/Compression.cpp" line="100"/>
        <source>%1 (solid)</source>
        <translation>%1（固实）</translation>
    </message>
</context>
<context>
    <name>wb::DeleteImageOperation</name>
    <message>
        <location filename="../engine/ops/DeleteImageOperation.cpp" line="32"/>
        <source>Delete %1 of %2</source>
        <translation>删除 %2 的 %1</translation>
    </message>
    <message>
        <location filename="../engine/ops/DeleteImageOperation.cpp" line="47"/>
        <source>Opening image file</source>
        <translation>正在打开映像文件</translation>
    </message>
    <message>
        <location filename="../engine/ops/DeleteImageOperation.cpp" line="58"/>
        <source>Image %1 (&quot;%2&quot;) is the only image in %3, and a WIM file cannot be empty. Delete the file itself instead.</source>
        <translation>映像 %1（“%2”）是 %3 中唯一的映像，而 WIM 文件不能为空。请改为删除该文件本身。</translation>
    </message>
    <message>
        <location filename="../engine/ops/DeleteImageOperation.cpp" line="78"/>
        <source>Verifying the new file</source>
        <translation>正在验证新文件</translation>
    </message>
    <message>
        <location filename="../engine/ops/DeleteImageOperation.cpp" line="84"/>
        <source>Could not replace %1 with its new version; the file was left as it was.</source>
        <translation>无法用新版本替换 %1；该文件保持原样。</translation>
    </message>
</context>
<context>
    <name>wb::DismountImageOperation</name>
    <message>
        <location filename="../engine/ops/DismountImageOperation.cpp" line="34"/>
        <source>Save and dismount %1</source>
        <translation>保存并卸载 %1</translation>
    </message>
    <message>
        <location filename="../engine/ops/DismountImageOperation.cpp" line="34"/>
        <source>Dismount %1 and discard the changes</source>
        <translation>卸载 %1 并放弃更改</translation>
    </message>
    <message>
        <location filename="../engine/ops/DismountImageOperation.cpp" line="59"/>
        <source>%1 is mounted read-only, so its changes cannot be saved.</source>
        <translation>%1 以只读方式装载，因此无法保存其更改。</translation>
    </message>
    <message>
        <location filename="../engine/ops/DismountImageOperation.cpp" line="85"/>
        <source>The changes in %1 cannot be saved: %2.</source>
        <translation>无法保存 %1 中的更改：%2。</translation>
    </message>
    <message>
        <location filename="../engine/ops/DismountImageOperation.cpp" line="86"/>
        <source>The changes in %1 cannot be saved because the image is no longer served (%2).</source>
        <translation>无法保存 %1 中的更改，因为已不再提供该映像（%2）。</translation>
    </message>
</context>
<context>
    <name>wb::DisplayFormat</name>
    <message numerus="yes">
        <location filename="../ui/DisplayFormat.cpp" line="22"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="23"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="24"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="25"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="26"/>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="51"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="52"/>
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="53"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="54"/>
        <source>Directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="55"/>
        <source>Archive</source>
        <translation>存档</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="56"/>
        <source>Temporary</source>
        <translation>临时</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="57"/>
        <source>Sparse</source>
        <translation>稀疏</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="58"/>
        <source>Reparse point</source>
        <translation>重分析点</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="59"/>
        <source>Compressed</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="60"/>
        <source>Offline</source>
        <translation>脱机</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="61"/>
        <source>Not content indexed</source>
        <translation>不编制内容索引</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="62"/>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="69"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="70"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="75"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="80"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="80"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>wb::Error</name>
    <message>
        <location filename="../engine/core/Error.cpp" line="27"/>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
</context>
<context>
    <name>wb::ExportDialog</name>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="118"/>
        <source>Export Image</source>
        <translation>导出映像</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="120"/>
        <source>Source file:</source>
        <translation>源文件：</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="121"/>
        <source>Image:</source>
        <translation>映像：</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="122"/>
        <source>Split parts:</source>
        <translation>拆分部分：</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="123"/>
        <source>Pattern of the other parts, e.g. install*.swm (default: beside the first part)</source>
        <translation>其他部分的模式，例如 install*.swm（默认：与第一部分位于同一位置）</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="124"/>
        <source>Destination file:</source>
        <translation>目标文件：</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="125"/>
        <source>New or existing .wim or .esd file</source>
        <translation>新的或现有的 .wim 或 .esd 文件</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="126"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="127"/>
        <source>Name in destination:</source>
        <translation>目标中的名称：</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="128"/>
        <source>Compression:</source>
        <translation>压缩：</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="129"/>
        <source>Automatic (the source&apos;s; recovery for .esd)</source>
        <translation>自动（与源相同；.esd 使用 recovery）</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="130"/>
        <source>Maximum (LZX)</source>
        <translation>最大 (LZX)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="131"/>
        <source>Fast (XPRESS)</source>
        <translation>快速 (XPRESS)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="132"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="133"/>
        <source>Recovery (solid LZMS, .esd only)</source>
        <translation>Recovery（固实 LZMS，仅限 .esd）</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="134"/>
        <source>Mark as the bootable image (Windows PE only)</source>
        <translation>标记为可启动映像（仅限 Windows PE）</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="135"/>
        <source>WIMBoot format</source>
        <translation>WIMBoot 格式</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="136"/>
        <source>Check integrity (verify the source, write an integrity table)</source>
        <translation>检查完整性（验证源，写入完整性表）</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="137"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="267"/>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="151"/>
        <source>Reading the images of %1…</source>
        <translation>正在读取 %1 中的映像…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="158"/>
        <source>Reading the image file was cancelled.</source>
        <translation>已取消读取映像文件。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="175"/>
        <source>Index %1</source>
        <translation>索引 %1</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="175"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="219"/>
        <source>The destination exists: the image is appended and takes that file&apos;s compression.</source>
        <translation>目标已存在：映像将被追加，并采用该文件的压缩方式。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="227"/>
        <source>Only Windows PE images (installation type WindowsPE) can be bootable.</source>
        <translation>只有 Windows PE 映像（安装类型为 WindowsPE）可以设为可启动。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="235"/>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="236"/>
        <source>Windows images (*.wim *.esd);;All files (*)</source>
        <translation>Windows 映像 (*.wim *.esd);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="253"/>
        <source>Exported as index %1 (&quot;%2&quot;) of %3. The data was recompressed to %4.</source>
        <translation>已导出为 %3 的索引 %1（“%2”）。数据已重新压缩为 %4。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="256"/>
        <source>Exported as index %1 (&quot;%2&quot;) of %3.</source>
        <translation>已导出为 %3 的索引 %1（“%2”）。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="262"/>
        <source>The export was cancelled; nothing was changed.</source>
        <translation>导出已取消；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>wb::ExportImageOperation</name>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="52"/>
        <source>Export %1 of %2 to %3</source>
        <translation>将 %2 的 %1 导出到 %3</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="87"/>
        <source>No source image file was given. Give the file to export from.</source>
        <translation>未提供源映像文件。请提供要从中导出的文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="90"/>
        <source>No destination image file was given. Give the .wim or .esd file to export into.</source>
        <translation>未提供目标映像文件。请提供要导出到的 .wim 或 .esd 文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="96"/>
        <source>The destination %1 is a folder. Give the path of a .wim or .esd file.</source>
        <translation>目标 %1 是文件夹。请提供 .wim 或 .esd 文件的路径。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="103"/>
        <source>The folder of the destination %1 does not exist. Create it first or choose another destination.</source>
        <translation>目标 %1 所在的文件夹不存在。请先创建它或选择其他目标。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="99"/>
        <source>Cannot export into the split image %1: split images (.swm) cannot be changed.</source>
        <translation>无法导出到拆分映像 %1：拆分映像 (.swm) 不能更改。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="107"/>
        <source>Recovery compression (solid LZMS) can only be written into an .esd file, not %1. Name the destination *.esd or choose fast, maximum or no compression.</source>
        <translation>Recovery 压缩（固实 LZMS）只能写入 .esd 文件，不能写入 %1。请将目标命名为 *.esd，或选择快速、最大或无压缩。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="112"/>
        <source>A WIMBoot image cannot be written with recovery (solid) compression.</source>
        <translation>WIMBoot 映像不能使用 recovery（固实）压缩写入。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="123"/>
        <source>Opening destination image</source>
        <translation>正在打开目标映像</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="126"/>
        <source>Another WimBench process is writing into %1 right now. Wait for it to finish and export again; the file was not changed.</source>
        <translation>另一个 WimBench 进程正在写入 %1。请等待其完成后再次导出；该文件未被更改。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="137"/>
        <source>Cannot export into the split image %1: split images cannot be changed. Export into a .wim or .esd file instead.</source>
        <translation>无法导出到拆分映像 %1：拆分映像无法更改。请改为导出到 .wim 或 .esd 文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="142"/>
        <source>%1 already exists, so its compression cannot be chosen: an image exported into it takes the file&apos;s own compression (%2). Leave out the compression type to append to it, or give a new destination file to get %3 compression.</source>
        <translation>%1 已存在，因此无法选择其压缩方式：导出到其中的映像采用该文件自身的压缩方式（%2）。若要追加到该文件，请省略压缩类型；若要使用 %3 压缩，请提供新的目标文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="148"/>
        <source>%1 is a solid (ESD) file, which cannot hold a WIMBoot image. Export into a .wim file instead.</source>
        <translation>%1 是固实（ESD）文件，无法容纳 WIMBoot 映像。请改为导出到 .wim 文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="181"/>
        <source>Opening source image</source>
        <translation>正在打开源映像</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="207"/>
        <source>Image %1 (&quot;%2&quot;) of %3 is not a Windows PE image (its installation type is %4), so it cannot be marked bootable. Only Windows PE images can be bootable; export it without the bootable option.</source>
        <translation>%3 的映像 %1（“%2”）不是 Windows PE 映像（其安装类型为 %4），因此不能标记为可启动。只有 Windows PE 映像可以设为可启动；请不带可启动选项导出。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="211"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="278"/>
        <source>Renaming into place</source>
        <translation>正在重命名到目标位置</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="282"/>
        <source>%1 was created by another program while the export ran; it was left alone. Export again to append to it, or choose another destination.</source>
        <translation>导出期间另一个程序创建了 %1；未对其进行改动。请再次导出以追加到该文件，或选择其他目标。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="287"/>
        <source>Could not move the exported image into place as %1.</source>
        <translation>无法将导出的映像移动到目标位置 %1。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="311"/>
        <source>%1 already has an image named &quot;%2&quot; (index %3). Give the exported image a different destination name.</source>
        <translation>%1 中已有名为“%2”的映像（索引 %3）。请为导出的映像指定其他目标名称。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExportImageOperation.cpp" line="334"/>
        <source>%1 was changed by another program while the export ran, so nothing was written into it. Export again.</source>
        <translation>导出期间 %1 被其他程序更改，因此未向其写入任何内容。请再次导出。</translation>
    </message>
</context>
<context>
    <name>wb::ExtractConflictQuestion</name>
    <message>
        <location filename="../ui/ExtractConflictQuestion.cpp" line="40"/>
        <source>File Already Exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <location filename="../ui/ExtractConflictQuestion.cpp" line="41"/>
        <source>%1 already exists in %2.</source>
        <translation>%2 中已存在 %1。</translation>
    </message>
    <message>
        <location filename="../ui/ExtractConflictQuestion.cpp" line="24"/>
        <source>The image holds a folder of that name, and so does the destination. Overwrite replaces the existing folder, Keep Both writes the new one under a numbered name.</source>
        <translation>映像中有同名文件夹，目标位置也有。“覆盖”将替换现有文件夹，“保留两者”将以编号名称写入新文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/ExtractConflictQuestion.cpp" line="27"/>
        <source>The image holds a folder of that name; the destination has a file. Overwrite replaces the existing file, Keep Both writes the new folder under a numbered name.</source>
        <translation>映像中有同名文件夹，而目标位置有同名文件。“覆盖”将替换现有文件，“保留两者”将以编号名称写入新文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/ExtractConflictQuestion.cpp" line="30"/>
        <source>The image holds a file of that name; the destination has a folder. Overwrite replaces the existing folder, Keep Both writes the new file under a numbered name.</source>
        <translation>映像中有同名文件，而目标位置有同名文件夹。“覆盖”将替换现有文件夹，“保留两者”将以编号名称写入新文件。</translation>
    </message>
    <message>
        <location filename="../ui/ExtractConflictQuestion.cpp" line="32"/>
        <source>The image holds a file of that name, and so does the destination. Overwrite replaces the existing file, Keep Both writes the new one under a numbered name.</source>
        <translation>映像中有同名文件，目标位置也有。“覆盖”将替换现有文件，“保留两者”将以编号名称写入新文件。</translation>
    </message>
    <message>
        <location filename="../ui/ExtractConflictQuestion.cpp" line="43"/>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../ui/ExtractConflictQuestion.cpp" line="45"/>
        <source>Keep Both</source>
        <translation>保留两者</translation>
    </message>
    <message>
        <location filename="../ui/ExtractConflictQuestion.cpp" line="47"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ExtractConflictQuestion.cpp" line="52"/>
        <source>Do the same for the other %n conflict(s)</source>
        <translation>
            <numerusform>对其他 %n 个冲突执行相同操作</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ExtractFilesOperation</name>
    <message numerus="yes">
        <location filename="../engine/ops/ExtractFilesOperation.cpp" line="38"/>
        <source>Extract %n item(s) from %1 to %2</source>
        <translation>
            <numerusform>从 %1 提取 %n 个项目到 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/ops/ExtractFilesOperation.cpp" line="103"/>
        <source>Two chosen items have the same name; extract them one at a time or keep their folders.</source>
        <translation>所选的两个项目同名；请逐个提取，或保留其所在文件夹。</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/ops/ExtractFilesOperation.cpp" line="178"/>
        <source>%n item(s) already exist in %1: %2. Remove them, choose another folder, or choose to overwrite, skip or rename them.</source>
        <translation>
            <numerusform>%1 中已存在 %n 个项目：%2。请删除它们、选择其他文件夹，或选择覆盖、跳过或重命名它们。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/ops/ExtractFilesOperation.cpp" line="187"/>
        <source>No files were chosen to extract.</source>
        <translation>没有选择要提取的文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExtractFilesOperation.cpp" line="190"/>
        <source>The destination folder %1 does not exist. Create it first or choose another one.</source>
        <translation>目标文件夹 %1 不存在。请先创建它，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExtractFilesOperation.cpp" line="94"/>
        <source>The whole image was chosen together with other items; extract the whole image on its own.</source>
        <translation>整个映像与其他项目一起被选中；请单独提取整个映像。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExtractFilesOperation.cpp" line="223"/>
        <source>Could not create a staging folder in %1.</source>
        <translation>无法在 %1 中创建暂存文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExtractFilesOperation.cpp" line="229"/>
        <source>Could not extract the chosen files from image %1 of %2</source>
        <translation>无法从 %2 的映像 %1 中提取所选文件</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExtractPlacement.cpp" line="71"/>
        <source>Could not move %1 into %2.</source>
        <translation>无法将 %1 移动到 %2。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExtractPlacement.cpp" line="97"/>
        <source>%1 already exists in %2. Remove it, choose another folder, or choose to overwrite, skip or rename it.</source>
        <translation>%2 中已存在 %1。请删除它、选择其他文件夹，或选择覆盖、跳过或重命名它。</translation>
    </message>
</context>
<context>
    <name>wb::ExtractPackageOperation</name>
    <message>
        <location filename="../engine/ops/ExtractPackageOperation.cpp" line="32"/>
        <source>Extract %1 to %2</source>
        <translation>将 %1 提取到 %2</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExtractPackageOperation.cpp" line="45"/>
        <source>Extracting package</source>
        <translation>正在提取包</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExtractPackageOperation.cpp" line="57"/>
        <source>%1 is a single package, so it has no inner package %2.</source>
        <translation>%1 是单个包，因此没有内部包 %2。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ExtractPackageOperation.cpp" line="80"/>
        <source>The bundle %1 has no package named %2.</source>
        <translation>捆绑包 %1 中没有名为 %2 的包。</translation>
    </message>
</context>
<context>
    <name>wb::FileContentLock</name>
    <message>
        <location filename="../engine/core/FileContentLock.cpp" line="39"/>
        <source>Waiting for another WimBench operation to finish writing %1</source>
        <translation>正在等待另一个 WimBench 操作完成对 %1 的写入</translation>
    </message>
    <message>
        <location filename="../engine/core/FileContentLock.cpp" line="40"/>
        <source>Waiting for other WimBench operations to finish reading %1</source>
        <translation>正在等待其他 WimBench 操作完成对 %1 的读取</translation>
    </message>
</context>
<context>
    <name>wb::FileLock</name>
    <message>
        <location filename="../engine/core/FileLock.cpp" line="45"/>
        <source>The file %1 is locked by another operation. Wait for it to finish and try again.</source>
        <translation>文件 %1 已被另一个操作锁定。请等待该操作完成后重试。</translation>
    </message>
    <message>
        <location filename="../engine/core/FileLock.cpp" line="47"/>
        <source>The file %1 could not be locked; its file system may not support locks.</source>
        <translation>无法锁定文件 %1；其文件系统可能不支持锁定。</translation>
    </message>
    <message>
        <location filename="../engine/core/FileLock.cpp" line="109"/>
        <source>Could not open %1 to lock it. Check that it exists and that you may write there.</source>
        <translation>无法打开 %1 以将其锁定。请检查它是否存在以及您是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../engine/core/FileLock.cpp" line="123"/>
        <source>Could not lock an open file.</source>
        <translation>无法锁定已打开的文件。</translation>
    </message>
</context>
<context>
    <name>wb::FileWriteGuard</name>
    <message>
        <location filename="../engine/core/FileWriteGuard.cpp" line="96"/>
        <source>%1 already exists and was left as it is.</source>
        <translation>%1 已存在，已保持原样。</translation>
    </message>
    <message>
        <location filename="../engine/core/FileWriteGuard.cpp" line="97"/>
        <source>%1 could not be written; its previous content is unchanged. Check free space and permissions of its folder.</source>
        <translation>无法写入 %1；其原有内容未更改。请检查其所在文件夹的可用空间和权限。</translation>
    </message>
</context>
<context>
    <name>wb::GetDriversOperation</name>
    <message>
        <location filename="../engine/ops/GetDriversOperation.cpp" line="32"/>
        <source>Read driver %1 of %2</source>
        <translation>读取 %2 的驱动程序 %1</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetDriversOperation.cpp" line="33"/>
        <source>List the drivers of %1</source>
        <translation>列出 %1 的驱动程序</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetDriversOperation.cpp" line="47"/>
        <source>&quot;%1&quot; is not a driver&apos;s published name: give a file name such as oem3.inf.</source>
        <translation>“%1”不是驱动程序的发布名称：请提供 oem3.inf 之类的文件名。</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetDriversOperation.cpp" line="51"/>
        <source>Reading driver setup files</source>
        <translation>正在读取驱动程序安装文件</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetDriversOperation.cpp" line="76"/>
        <source>There is no driver %1 in %2.</source>
        <translation>%2 中没有驱动程序 %1。</translation>
    </message>
</context>
<context>
    <name>wb::GetEditionOperation</name>
    <message>
        <location filename="../engine/ops/GetEditionOperation.cpp" line="20"/>
        <source>Read the edition of %1</source>
        <translation>读取 %1 的版本</translation>
    </message>
</context>
<context>
    <name>wb::GetImageInfoOperation</name>
    <message>
        <location filename="../engine/ops/GetImageInfoOperation.cpp" line="17"/>
        <source>Read image information of %1</source>
        <translation>读取 %1 的映像信息</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetImageInfoOperation.cpp" line="31"/>
        <source>Opening image file</source>
        <translation>正在打开映像文件</translation>
    </message>
</context>
<context>
    <name>wb::GetIntlOperation</name>
    <message>
        <location filename="../engine/ops/GetIntlOperation.cpp" line="20"/>
        <source>Read the international settings of %1</source>
        <translation>读取 %1 的国际设置</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetIntlOperation.cpp" line="33"/>
        <source>Reading the SYSTEM and DEFAULT hives</source>
        <translation>正在读取 SYSTEM 和 DEFAULT 配置单元</translation>
    </message>
</context>
<context>
    <name>wb::GetInventoryOperation</name>
    <message>
        <location filename="../engine/ops/GetInventoryOperation.cpp" line="25"/>
        <source>Read the inventory of %1</source>
        <translation>读取 %1 的清单</translation>
    </message>
</context>
<context>
    <name>wb::GetMountedImagesOperation</name>
    <message>
        <location filename="../engine/ops/GetMountedImagesOperation.cpp" line="20"/>
        <source>List the mounted images</source>
        <translation>列出已装载的映像</translation>
    </message>
</context>
<context>
    <name>wb::GetPackageInfoOperation</name>
    <message>
        <location filename="../engine/ops/GetPackageInfoOperation.cpp" line="28"/>
        <source>Read app package %1</source>
        <translation>读取应用包 %1</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetPackageInfoOperation.cpp" line="42"/>
        <source>%1 does not exist. Give the path of an .appx, .msix, .appxbundle or .msixbundle file or of an unpacked package folder.</source>
        <translation>%1 不存在。请提供 .appx、.msix、.appxbundle 或 .msixbundle 文件或解包后的包文件夹的路径。</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetPackageInfoOperation.cpp" line="51"/>
        <source>%1 is an encrypted package, which only Windows can open. Use the unencrypted .appx, .msix or bundle file.</source>
        <translation>%1 是加密包，只有 Windows 能打开。请使用未加密的 .appx、.msix 或捆绑包文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetPackageInfoOperation.cpp" line="55"/>
        <source>%1 is not a regular file (it is a device, a named pipe or a socket). Give the path of a package or bundle file.</source>
        <translation>%1 不是普通文件（它是设备、命名管道或套接字）。请提供包或捆绑包文件的路径。</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetPackageInfoOperation.cpp" line="61"/>
        <source>The folder %1 holds neither AppxManifest.xml nor AppxMetadata/AppxBundleManifest.xml, so it is not an unpacked app package.</source>
        <translation>文件夹 %1 既没有 AppxManifest.xml 也没有 AppxMetadata/AppxBundleManifest.xml，因此不是解包后的应用包。</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetPackageInfoOperation.cpp" line="64"/>
        <source>%1 is not an app package: its name does not end in .appx, .msix, .appxbundle or .msixbundle.</source>
        <translation>%1 不是应用包：其名称不以 .appx、.msix、.appxbundle 或 .msixbundle 结尾。</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetPackageInfoOperation.cpp" line="75"/>
        <source>matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetPackageInfoOperation.cpp" line="77"/>
        <source>not signed (the package has none)</source>
        <translation>未签名（该包没有此部分）</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetPackageInfoOperation.cpp" line="79"/>
        <source>not checked (the contents were not read)</source>
        <translation>未检查（未读取内容）</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetPackageInfoOperation.cpp" line="80"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetPackageInfoOperation.cpp" line="100"/>
        <source>Reading package</source>
        <translation>正在读取包</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetPackageInfoOperation.cpp" line="120"/>
        <source>Verifying package contents</source>
        <translation>正在验证包内容</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetPackageInfoOperation.cpp" line="156"/>
        <source>Reading bundle</source>
        <translation>正在读取捆绑包</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetPackageInfoOperation.cpp" line="132"/>
        <source>Verifying bundle contents</source>
        <translation>正在验证捆绑包内容</translation>
    </message>
</context>
<context>
    <name>wb::GetProvisionedAppxPackagesOperation</name>
    <message>
        <location filename="../engine/ops/GetProvisionedAppxPackagesOperation.cpp" line="78"/>
        <source>List the apps provisioned in %1</source>
        <translation>列出 %1 中预配的应用</translation>
    </message>
    <message>
        <location filename="../engine/ops/GetProvisionedAppxPackagesOperation.cpp" line="99"/>
        <source>Reading the provisioning list</source>
        <translation>正在读取预配列表</translation>
    </message>
</context>
<context>
    <name>wb::GetServicingPackagesOperation</name>
    <message>
        <location filename="../engine/ops/GetServicingPackagesOperation.cpp" line="25"/>
        <source>List the servicing packages and features of %1</source>
        <translation>列出 %1 的程序包和功能</translation>
    </message>
</context>
<context>
    <name>wb::Hive</name>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="46"/>
        <source>&quot;%1&quot; cannot be used as a registry name: %2.</source>
        <translation>“%1”不能用作注册表名称：%2。</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="62"/>
        <source>it contains a NUL character</source>
        <translation>它包含 NUL 字符</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="64"/>
        <source>it is longer than %1 characters</source>
        <translation>它的长度超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="52"/>
        <source>The registry hive %1 was not closed cleanly: changes are still pending in its transaction logs (%2.LOG1, %2.LOG2), which only Windows can apply. Start the image once in Windows (or service it with DISM on Windows) so the hive is written completely, then try again.</source>
        <translation>注册表配置单元 %1 未正常关闭：其事务日志（%2.LOG1、%2.LOG2）中仍有待应用的更改，而只有 Windows 才能应用这些更改。请先在 Windows 中启动一次该映像（或在 Windows 上用 DISM 维护它），使配置单元完整写入，然后重试。</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="111"/>
        <source>libhivex cannot read its structure</source>
        <translation>libhivex 无法读取其结构</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="147"/>
        <source>the name of a key cannot be read</source>
        <translation>无法读取某个项的名称</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="155"/>
        <source>the subkey list of a key cannot be read</source>
        <translation>无法读取某个项的子项列表</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="214"/>
        <source>the name of a value cannot be read</source>
        <translation>无法读取某个值的名称</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="219"/>
        <source>the data of the value &quot;%1&quot; cannot be read</source>
        <translation>无法读取值“%1”的数据</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="227"/>
        <source>the value list of a key cannot be read</source>
        <translation>无法读取某个项的值列表</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="265"/>
        <source>The registry hive %1 was opened read-only and cannot be changed.</source>
        <translation>注册表配置单元 %1 以只读方式打开，无法更改。</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="284"/>
        <source>The key &quot;%1&quot; cannot be added to the registry hive %2.</source>
        <translation>无法将项“%1”添加到注册表配置单元 %2。</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="302"/>
        <source>the root key of a hive cannot be deleted</source>
        <translation>无法删除配置单元的根项</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="305"/>
        <source>The key &quot;%1&quot; cannot be deleted from the registry hive %2.</source>
        <translation>无法从注册表配置单元 %2 中删除项“%1”。</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="318"/>
        <source>The value &quot;%1&quot; holds %2 bytes; values over %3 bytes cannot be written into a hive yet, so the key holding it is left unchanged in %4.</source>
        <translation>值“%1”包含 %2 字节；目前还无法将超过 %3 字节的值写入配置单元，因此 %4 中包含该值的项保持不变。</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="329"/>
        <source>The values of a key cannot be written into the registry hive %1.</source>
        <translation>无法将某个项的值写入注册表配置单元 %1。</translation>
    </message>
    <message>
        <location filename="../engine/registry/Hive.cpp" line="385"/>
        <source>libhivex cannot read the hive it has just written</source>
        <translation>libhivex 无法读取它刚写入的配置单元</translation>
    </message>
    <message>
        <location filename="../engine/registry/HiveFile.cpp" line="43"/>
        <source>The registry hive %1 could not be written, so it was left unchanged. Check that its folder is writable and the disk has free space, then try again.</source>
        <translation>无法写入注册表配置单元 %1，因此它保持不变。请检查其文件夹是否可写以及磁盘是否有可用空间，然后重试。</translation>
    </message>
    <message>
        <location filename="../engine/registry/HiveFile.cpp" line="52"/>
        <source>%1 is not a usable registry hive: %2. The image&apos;s registry is damaged or the file is not a hive; restore this file from a good copy of the image, or use another image.</source>
        <translation>%1 不是可用的注册表配置单元：%2。映像的注册表已损坏，或该文件不是配置单元；请从该映像的完好副本中还原此文件，或使用其他映像。</translation>
    </message>
    <message>
        <location filename="../engine/registry/HiveFile.cpp" line="62"/>
        <source>The registry hive %1 is a symbolic link; the hives of an image are regular files, so it is not followed. Replace the link with the hive file.</source>
        <translation>注册表配置单元 %1 是符号链接；映像的配置单元都是普通文件，因此不会跟随此链接。请用配置单元文件替换该链接。</translation>
    </message>
    <message>
        <location filename="../engine/registry/HiveFile.cpp" line="69"/>
        <source>The registry hive %1 cannot be read: %2. Check that the file exists and is readable.</source>
        <translation>无法读取注册表配置单元 %1：%2。请检查该文件是否存在且可读。</translation>
    </message>
    <message>
        <location filename="../engine/registry/HiveFile.cpp" line="72"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../engine/registry/HiveFile.cpp" line="75"/>
        <source>it does not start with the &quot;regf&quot; signature of a hive</source>
        <translation>它的开头不是配置单元的“regf”签名</translation>
    </message>
    <message>
        <location filename="../engine/registry/HiveFile.cpp" line="77"/>
        <source>the file is only %1 bytes long, too short for a header and one hive bin (it was truncated)</source>
        <translation>文件只有 %1 字节，不足以容纳标头和一个配置单元数据块 (hive bin)（文件已被截断）</translation>
    </message>
    <message>
        <location filename="../engine/registry/HiveFile.cpp" line="80"/>
        <source>its format version is %1, not 1</source>
        <translation>其格式版本为 %1，而不是 1</translation>
    </message>
    <message>
        <location filename="../engine/registry/HiveFile.cpp" line="83"/>
        <source>the file is %1 bytes long but its header says its data ends at byte %2 (the file was truncated)</source>
        <translation>文件长 %1 字节，但其标头指出数据结束于第 %2 字节（文件已被截断）</translation>
    </message>
</context>
<context>
    <name>wb::IdenticalFiles</name>
    <message>
        <location filename="../engine/provision/IdenticalFiles.cpp" line="195"/>
        <source>A hard link to %1 could not be created; files linked so far stay linked.</source>
        <translation>无法创建指向 %1 的硬链接；已链接的文件保持链接。</translation>
    </message>
    <message>
        <location filename="../engine/provision/IdenticalFiles.cpp" line="199"/>
        <source>%1 could not be replaced by a hard link.</source>
        <translation>无法用硬链接替换 %1。</translation>
    </message>
    <message>
        <location filename="../engine/provision/IdenticalFiles.cpp" line="240"/>
        <location filename="../engine/provision/IdenticalFiles.cpp" line="275"/>
        <source>Comparing files</source>
        <translation>正在比较文件</translation>
    </message>
</context>
<context>
    <name>wb::ImageBrowser</name>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="349"/>
        <source>Saved the changes to image %1.</source>
        <translation>已保存对映像 %1 的更改。</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="351"/>
        <source>The change was cancelled.</source>
        <translation>更改已取消。</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="403"/>
        <source>Select files or folders in the file list first.</source>
        <translation>请先在文件列表中选择文件或文件夹。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="406"/>
        <source>Extract %n Item(s) To</source>
        <translation>
            <numerusform>将 %n 个项目提取到</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="434"/>
        <source>Extraction cancelled; %1 was left as it was.</source>
        <translation>提取已取消；%1 保持原样。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="442"/>
        <source>Extracted %n item(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个项目提取到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="444"/>
        <source>Items with the same name kept their folders.</source>
        <translation>同名的项目保留了其所在文件夹。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="446"/>
        <source>%n existing item(s) overwritten.</source>
        <translation>
            <numerusform>已覆盖 %n 个现有项目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="448"/>
        <source>%n existing item(s) kept (skipped).</source>
        <translation>
            <numerusform>已保留（跳过）%n 个现有项目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="450"/>
        <source>%n item(s) written under a new name.</source>
        <translation>
            <numerusform>已以新名称写入 %n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="474"/>
        <source>Nothing was extracted; %1 was left as it was.</source>
        <translation>未提取任何内容；%1 保持原样。</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="502"/>
        <source>Searching for &quot;%1&quot;…</source>
        <translation>正在搜索“%1”…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="515"/>
        <source>The first %n match(es) for &quot;%1&quot; (the search stopped there; narrow it down).</source>
        <translation>
            <numerusform>“%1”的前 %n 个匹配项（搜索在此停止；请缩小范围）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="517"/>
        <source>%n match(es) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>“%1”共有 %n 个匹配项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="521"/>
        <source>Search cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="552"/>
        <source>Extract %n item(s) to…</source>
        <translation>
            <numerusform>将 %n 个项目提取到…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="553"/>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="563"/>
        <source>Reading folder contents…</source>
        <translation>正在读取文件夹内容…</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="565"/>
        <source>Image %1. Expand folders to list their contents; select items to extract them.</source>
        <translation>映像 %1。展开文件夹可列出其内容；选择项目可将其提取。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="569"/>
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>已选择 %n 个项目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImageBrowser.cpp" line="572"/>
        <source>Entries named &quot;.&quot; or &quot;..&quot; left out: %n. No Windows file has that name, so the image is damaged or crafted.</source>
        <translation>
            <numerusform>已忽略名为“.”或“..”的条目：%n 个。Windows 中没有文件使用这样的名称，因此该映像已损坏或是被刻意构造的。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="590"/>
        <source>Reading image information of %1…</source>
        <translation>正在读取 %1 的映像信息…</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="594"/>
        <source>Opening %1 was cancelled.</source>
        <translation>已取消打开 %1。</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="597"/>
        <source>Technical detail: %1 [%2]</source>
        <translation>技术细节：%1 [%2]</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="603"/>
        <source>Images in %1</source>
        <translation>%1 中的映像</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="604"/>
        <source>Files of image %1</source>
        <translation>映像 %1 的文件</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="604"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="605"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="606"/>
        <source>Search names (* ?)</source>
        <translation>搜索名称 (* ?)</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="607"/>
        <source>Search names in this image (wildcards * ?)</source>
        <translation>在此映像中按名称搜索（可用通配符 * ?）</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="608"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="609"/>
        <source>Back to folders</source>
        <translation>返回文件夹</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="610"/>
        <source>Extract…</source>
        <translation>提取…</translation>
    </message>
    <message>
        <location filename="../ui/ImageBrowser.cpp" line="611"/>
        <source>Extract the selected files and folders to a folder on disk</source>
        <translation>将所选文件和文件夹提取到磁盘上的文件夹</translation>
    </message>
</context>
<context>
    <name>wb::ImageCertificates</name>
    <message>
        <location filename="../engine/provision/ImageCertificates.cpp" line="57"/>
        <source>The image %1 has no SOFTWARE hive (Windows/System32/config/SOFTWARE), so its certificate stores cannot be read and trust cannot be evaluated.</source>
        <translation>映像 %1 没有 SOFTWARE 配置单元（Windows/System32/config/SOFTWARE），因此无法读取其证书存储，也无法评估信任。</translation>
    </message>
</context>
<context>
    <name>wb::ImageDetailsPane</name>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="91"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="91"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="130"/>
        <source>Image %1</source>
        <translation>映像 %1</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="131"/>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="137"/>
        <source>Double-click the value to change it</source>
        <translation>双击该值可进行更改</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="139"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="140"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="141"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="142"/>
        <source>Display description</source>
        <translation>显示描述</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="143"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="143"/>
        <location filename="../ui/ImageDetailsPane.cpp" line="173"/>
        <source>%1 (%L2 bytes)</source>
        <translation>%1（%L2 字节）</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="144"/>
        <source>WIMBoot</source>
        <translation>WIMBoot</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="145"/>
        <source>Bootable</source>
        <translation>可启动</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="148"/>
        <source>unknown (%1)</source>
        <translation>未知 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="149"/>
        <source>Architecture</source>
        <translation>体系结构</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="150"/>
        <source>Hal</source>
        <translation>Hal</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="151"/>
        <source>Version</source>
        <translation>版本号</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="156"/>
        <source>Service pack build</source>
        <translation>Service Pack 内部版本</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="157"/>
        <source>Service pack level</source>
        <translation>Service Pack 级别</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="158"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="159"/>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="160"/>
        <source>Installation type</source>
        <translation>安装类型</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="161"/>
        <source>Product type</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="162"/>
        <source>Product suite</source>
        <translation>产品套件</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="163"/>
        <source>System root</source>
        <translation>系统根目录</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="164"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="165"/>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="166"/>
        <source>Directories</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="167"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="168"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="169"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="171"/>
        <source>Image file</source>
        <translation>映像文件</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="172"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="173"/>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="174"/>
        <source>Images</source>
        <translation>映像</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="175"/>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="176"/>
        <source>Solid</source>
        <translation>固实</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="177"/>
        <source>Chunk size</source>
        <translation>块大小</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="178"/>
        <source>Part</source>
        <translation>分卷</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="178"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="179"/>
        <source>Boot index</source>
        <translation>启动索引</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="180"/>
        <source>Integrity table</source>
        <translation>完整性表</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="181"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="182"/>
        <source>WIM version</source>
        <translation>WIM 版本</translation>
    </message>
    <message>
        <location filename="../ui/ImageDetailsPane.cpp" line="183"/>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
</context>
<context>
    <name>wb::ImageFileChange</name>
    <message>
        <location filename="../engine/ops/ImageFileChange.cpp" line="46"/>
        <source>Another WimBench process is writing into %1 right now. Wait for it to finish and try again; the file was not changed.</source>
        <translation>另一个 WimBench 进程正在写入 %1。请等待其完成后重试；未更改该文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ImageFileChange.cpp" line="38"/>
        <source>Index %1 of %2 is mounted at %3; the file was not changed.</source>
        <translation>%2 的索引 %1 已装载到 %3；未更改该文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ImageFileChange.cpp" line="57"/>
        <source>%1 is part of a split image, and split images cannot be changed.</source>
        <translation>%1 是拆分映像的一部分，拆分映像不能更改。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ImageFileChange.cpp" line="60"/>
        <source>%1 is read-only (marked so in its header, or you may not write it). Make a writable copy or change its permissions first.</source>
        <translation>%1 是只读的（其标头中标记为只读，或您没有写入权限）。请先制作可写副本，或更改其权限。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ImageFileChange.cpp" line="74"/>
        <source>%1 was changed by another program while WimBench worked on it, so nothing was written into it. Try again.</source>
        <translation>%1 在 WimBench 处理期间被其他程序更改，因此未向其写入任何内容。请重试。</translation>
    </message>
    <message>
        <location filename="../engine/ops/ImageFileChange.cpp" line="86"/>
        <source>%1 already has an image named &quot;%2&quot; (index %3). Choose a different name.</source>
        <translation>%1 中已有名为“%2”的映像（索引 %3）。请选择其他名称。</translation>
    </message>
</context>
<context>
    <name>wb::ImageIndexModel</name>
    <message>
        <location filename="../ui/ImageIndexModel.cpp" line="70"/>
        <source>%L1 bytes</source>
        <translation>%L1 字节</translation>
    </message>
    <message>
        <location filename="../ui/ImageIndexModel.cpp" line="88"/>
        <source>unknown (%1)</source>
        <translation>未知 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ImageIndexModel.cpp" line="95"/>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location filename="../ui/ImageIndexModel.cpp" line="114"/>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../ui/ImageIndexModel.cpp" line="116"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/ImageIndexModel.cpp" line="118"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/ImageIndexModel.cpp" line="120"/>
        <source>Architecture</source>
        <translation>体系结构</translation>
    </message>
    <message>
        <location filename="../ui/ImageIndexModel.cpp" line="122"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/ImageIndexModel.cpp" line="124"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/ImageIndexModel.cpp" line="126"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/ImageIndexModel.cpp" line="128"/>
        <source>Bootable</source>
        <translation>可启动</translation>
    </message>
</context>
<context>
    <name>wb::ImageJobDialog</name>
    <message>
        <location filename="../ui/image/ImageJobDialog.cpp" line="57"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/image/ImageJobDialog.cpp" line="58"/>
        <source>Close this window; a running operation continues in the Operations view</source>
        <translation>关闭此窗口；正在运行的操作会在“操作”视图中继续进行</translation>
    </message>
</context>
<context>
    <name>wb::ImageSelector</name>
    <message>
        <location filename="../engine/ops/ImageSelector.cpp" line="21"/>
        <source>index %1</source>
        <translation>索引 %1</translation>
    </message>
    <message>
        <location filename="../engine/ops/ImageSelector.cpp" line="23"/>
        <source>name &quot;%1&quot;</source>
        <translation>名称“%1”</translation>
    </message>
    <message>
        <location filename="../engine/ops/ImageSelector.cpp" line="24"/>
        <source>the only image</source>
        <translation>唯一的映像</translation>
    </message>
</context>
<context>
    <name>wb::ImageTreeModel</name>
    <message>
        <location filename="../ui/ImageTreeModel.cpp" line="235"/>
        <location filename="../ui/ImageTreeModel.cpp" line="275"/>
        <source>Could not list this folder: %1</source>
        <translation>无法列出此文件夹：%1</translation>
    </message>
    <message>
        <location filename="../ui/ImageTreeModel.cpp" line="239"/>
        <source>%1
Technical detail: %2 [%3]</source>
        <translation>%1
技术细节：%2 [%3]</translation>
    </message>
    <message>
        <location filename="../ui/ImageTreeModel.cpp" line="279"/>
        <source>%L1 bytes</source>
        <translation>%L1 字节</translation>
    </message>
    <message>
        <location filename="../ui/ImageTreeModel.cpp" line="314"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/ImageTreeModel.cpp" line="316"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/ImageTreeModel.cpp" line="318"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/ImageTreeModel.cpp" line="320"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../ui/ImageTreeModel.cpp" line="322"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>wb::IndexActions</name>
    <message>
        <location filename="../ui/image/IndexActions.cpp" line="31"/>
        <source>Set as bootable image</source>
        <translation>设为可启动映像</translation>
    </message>
    <message>
        <location filename="../ui/image/IndexActions.cpp" line="34"/>
        <source>Delete image…</source>
        <translation>删除映像…</translation>
    </message>
    <message>
        <location filename="../ui/image/IndexActions.cpp" line="58"/>
        <source>Delete Image</source>
        <translation>删除映像</translation>
    </message>
    <message>
        <location filename="../ui/image/IndexActions.cpp" line="59"/>
        <source>Delete image %1 (&quot;%2&quot;) from %3? The file is rewritten without it; this cannot be undone.</source>
        <translation>要从 %3 中删除映像 %1（“%2”）吗？该文件将在不含此映像的情况下重写；此操作无法撤消。</translation>
    </message>
    <message>
        <location filename="../ui/image/IndexActions.cpp" line="71"/>
        <source>Deleted image %1 (&quot;%2&quot;).</source>
        <translation>已删除映像 %1（“%2”）。</translation>
    </message>
    <message>
        <location filename="../ui/image/IndexActions.cpp" line="73"/>
        <source>The deletion was cancelled.</source>
        <translation>删除已取消。</translation>
    </message>
</context>
<context>
    <name>wb::InfFile</name>
    <message>
        <location filename="../engine/inventory/InfFile.cpp" line="22"/>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InfFile.cpp" line="24"/>
        <source>The driver setup file %1 is damaged: %2. It is skipped; replace the driver package if Windows needs it.</source>
        <translation>驱动程序安装文件 %1 已损坏：%2。已跳过该文件；如果 Windows 需要，请替换该驱动程序包。</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InfFile.cpp" line="46"/>
        <source>it holds NUL bytes but is not UTF-16 text</source>
        <translation>它包含 NUL 字节，但不是 UTF-16 文本</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InfFile.cpp" line="52"/>
        <source>its text is not valid %1</source>
        <translation>其文本不是有效的 %1</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InfFile.cpp" line="137"/>
        <source>Could not read the driver setup file %1. Check that it exists and is readable.</source>
        <translation>无法读取驱动程序安装文件 %1。请检查该文件是否存在且可读。</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InfFile.cpp" line="140"/>
        <location filename="../engine/inventory/InfFile.cpp" line="178"/>
        <source>it is larger than 16 MiB</source>
        <translation>它大于 16 MiB</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InfFile.cpp" line="193"/>
        <source>a line is longer than 4096 characters</source>
        <translation>某一行超过 4096 个字符</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InfFile.cpp" line="195"/>
        <source>a quoted string is not closed</source>
        <translation>某个带引号的字符串未闭合</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InfFile.cpp" line="203"/>
        <source>a continued line is longer than 4096 characters</source>
        <translation>某个续行超过 4096 个字符</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InfFile.cpp" line="151"/>
        <source>a section name has no closing &apos;]&apos;</source>
        <translation>某个节名称缺少右方括号“]”</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InfFile.cpp" line="154"/>
        <source>a section has no name</source>
        <translation>某个节没有名称</translation>
    </message>
</context>
<context>
    <name>wb::IntlStore</name>
    <message>
        <location filename="../engine/inventory/IntlStore.cpp" line="80"/>
        <source>The image in %1 has no %2: its international settings cannot be read.</source>
        <translation>%1 中的映像没有 %2：无法读取其国际设置。</translation>
    </message>
</context>
<context>
    <name>wb::InventoryCache</name>
    <message>
        <location filename="../engine/inventory/InventoryCache.cpp" line="151"/>
        <source>The lock file %1 of the inventory cache keeps being replaced.</source>
        <translation>清单缓存的锁文件 %1 不断被替换。</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InventoryCache.cpp" line="163"/>
        <source>Could not lock the inventory cache %1.</source>
        <translation>无法锁定清单缓存 %1。</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InventoryCache.cpp" line="290"/>
        <source>Could not write the inventory cache entry %1.</source>
        <translation>无法写入清单缓存条目 %1。</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InventoryCache.cpp" line="325"/>
        <location filename="../engine/inventory/InventoryCache.cpp" line="335"/>
        <source>Could not fill the inventory cache entry %1.</source>
        <translation>无法填充清单缓存条目 %1。</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InventoryCache.cpp" line="363"/>
        <source>The extracted file %1 is missing from the inventory cache entry %2.</source>
        <translation>清单缓存条目 %2 中缺少提取的文件 %1。</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InventoryCache.cpp" line="428"/>
        <source>Could not create the inventory cache entry %1.</source>
        <translation>无法创建清单缓存条目 %1。</translation>
    </message>
</context>
<context>
    <name>wb::InventoryRoot</name>
    <message>
        <location filename="../engine/inventory/InventoryRoot.cpp" line="31"/>
        <source>%1 does not hold a Windows image: it has no Windows/System32 folder. Give the folder a Windows image is mounted or applied to, or a Windows image of a WIM file.</source>
        <translation>%1 不包含 Windows 映像：其中没有 Windows/System32 文件夹。请提供已装载或已应用 Windows 映像的文件夹，或 WIM 文件中的 Windows 映像。</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InventoryRoot.cpp" line="81"/>
        <source>Could not extract the files the inventory reads from image %1 of %2</source>
        <translation>无法从 %2 的映像 %1 中提取清单需要读取的文件</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InventoryRoot.cpp" line="107"/>
        <source>%1, index %2</source>
        <comment>an image file and one of its images</comment>
        <translation>%1，索引 %2</translation>
    </message>
    <message>
        <location filename="../engine/inventory/InventoryRoot.cpp" line="108"/>
        <source>%1, name &quot;%2&quot;</source>
        <comment>an image file and one of its images</comment>
        <translation>%1，名称“%2”</translation>
    </message>
</context>
<context>
    <name>wb::InventoryView</name>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="161"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="176"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="187"/>
        <source>Current edition</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="189"/>
        <source>Target edition</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="191"/>
        <source>System UI language</source>
        <translation>系统 UI 语言</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="192"/>
        <source>UI language fallback</source>
        <translation>UI 回退语言</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="193"/>
        <source>System locale</source>
        <translation>系统区域设置</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="194"/>
        <source>User locale (default user)</source>
        <translation>用户区域设置（默认用户）</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="195"/>
        <source>Keyboards</source>
        <translation>键盘</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="196"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="197"/>
        <source>Installed languages</source>
        <translation>已安装的语言</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="231"/>
        <source>Read-only: adding packages, enabling features or changing the edition needs Windows&apos; servicing stack.</source>
        <translation>只读：添加程序包、启用功能或更改版本需要 Windows 的服务堆栈。</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="239"/>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="239"/>
        <location filename="../ui/inventory/InventoryView.cpp" line="343"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="240"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="240"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="242"/>
        <source>Published name</source>
        <translation>发布名称</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="242"/>
        <source>Original file</source>
        <translation>原始文件</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="242"/>
        <source>Inbox</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="242"/>
        <source>Class</source>
        <translation>类</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="242"/>
        <source>Provider</source>
        <translation>提供程序</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="242"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="242"/>
        <location filename="../ui/inventory/InventoryView.cpp" line="246"/>
        <source>Version</source>
        <translation>版本号</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="242"/>
        <source>Boot critical</source>
        <translation>启动关键</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="243"/>
        <location filename="../ui/inventory/InventoryView.cpp" line="244"/>
        <location filename="../ui/inventory/InventoryView.cpp" line="245"/>
        <source>Package</source>
        <translation>程序包</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="243"/>
        <source>Release type</source>
        <translation>发布类型</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="243"/>
        <location filename="../ui/inventory/InventoryView.cpp" line="244"/>
        <location filename="../ui/inventory/InventoryView.cpp" line="245"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="243"/>
        <source>Installed</source>
        <translation>安装时间</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="244"/>
        <source>Feature</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="244"/>
        <location filename="../ui/inventory/InventoryView.cpp" line="245"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="245"/>
        <source>Capability</source>
        <translation>按需功能</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="246"/>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="246"/>
        <source>Architecture</source>
        <translation>体系结构</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="246"/>
        <source>Package name</source>
        <translation>包名称</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="246"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="283"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="286"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="292"/>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="292"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="315"/>
        <source>Choose a Mounted or Applied Image Folder</source>
        <translation>选择已装载或已应用的映像文件夹</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="336"/>
        <source>Image %1 of %2</source>
        <translation>%2 的映像 %1</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="337"/>
        <source>Select an image index, or choose an image folder.</source>
        <translation>请选择映像索引，或选择映像文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="338"/>
        <source>&amp;Reload</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="339"/>
        <source>Image &amp;folder…</source>
        <translation>映像文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="340"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="341"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="342"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="343"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="343"/>
        <source>Drivers</source>
        <translation>驱动程序</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="343"/>
        <source>Packages</source>
        <translation>程序包</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="343"/>
        <source>Features</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="343"/>
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="343"/>
        <source>Capabilities</source>
        <translation>按需功能</translation>
    </message>
</context>
<context>
    <name>wb::ListImageOperation</name>
    <message>
        <location filename="../engine/ops/ListImageOperation.cpp" line="24"/>
        <source>List %1 in %2 (%3)</source>
        <translation>列出 %2（%3）中的 %1</translation>
    </message>
</context>
<context>
    <name>wb::LogFilter</name>
    <message>
        <location filename="../engine/logread/LogFilter.cpp" line="87"/>
        <source>&quot;%1&quot; is not a valid regular expression: %2 at position %3. Correct it, or search for plain text.</source>
        <translation>“%1”不是有效的正则表达式：位置 %3 处 %2。请更正，或按纯文本搜索。</translation>
    </message>
</context>
<context>
    <name>wb::LogIndex</name>
    <message>
        <location filename="../engine/logread/LogIndex.cpp" line="53"/>
        <source>The log file %1 does not exist. Check the path.</source>
        <translation>日志文件 %1 不存在。请检查路径。</translation>
    </message>
    <message>
        <location filename="../engine/logread/LogIndex.cpp" line="54"/>
        <source>Cannot open the log file %1. Check that you may read it.</source>
        <translation>无法打开日志文件 %1。请检查您是否有读取权限。</translation>
    </message>
    <message>
        <location filename="../engine/logread/LogIndex.cpp" line="59"/>
        <source>%1 is a folder, not a log file. Give the path of a .log or .bak file.</source>
        <translation>%1 是文件夹，不是日志文件。请提供 .log 或 .bak 文件的路径。</translation>
    </message>
    <message>
        <location filename="../engine/logread/LogIndex.cpp" line="79"/>
        <source>Cannot read the log file %1.</source>
        <translation>无法读取日志文件 %1。</translation>
    </message>
    <message>
        <location filename="../engine/logread/LogIndex.cpp" line="125"/>
        <source>The log file is not open.</source>
        <translation>日志文件未打开。</translation>
    </message>
    <message>
        <location filename="../engine/logread/LogIndex.cpp" line="203"/>
        <source>The log has no entry %1.</source>
        <translation>日志中没有第 %1 条。</translation>
    </message>
</context>
<context>
    <name>wb::LogTableModel</name>
    <message>
        <location filename="../ui/log/LogTableModel.cpp" line="226"/>
        <source>HRESULT: 0x%1</source>
        <translation>HRESULT：0x%1</translation>
    </message>
    <message>
        <location filename="../ui/log/LogTableModel.cpp" line="233"/>
        <source>Unrecognised</source>
        <translation>无法识别</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/LogTableModel.cpp" line="248"/>
        <source>  [+%n line(s)]</source>
        <translation>
            <numerusform>  [+%n 行]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/log/LogTableModel.cpp" line="260"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/log/LogTableModel.cpp" line="261"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/log/LogTableModel.cpp" line="262"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../ui/log/LogTableModel.cpp" line="263"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../ui/log/LogTableModel.cpp" line="264"/>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <location filename="../ui/log/LogTableModel.cpp" line="265"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>wb::LogView</name>
    <message>
        <location filename="../ui/log/LogView.cpp" line="108"/>
        <source>%1 was rotated or truncated; showing the new file.</source>
        <translation>%1 已轮换或被截断；正在显示新文件。</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFileBar.cpp" line="27"/>
        <source>Open log…</source>
        <translation>打开日志…</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFileBar.cpp" line="28"/>
        <source>Open a dism.log, cbs.log, .bak or other log file</source>
        <translation>打开 dism.log、cbs.log、.bak 或其他日志文件</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFileBar.cpp" line="31"/>
        <source>WimBench log</source>
        <translation>WimBench 日志</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFileBar.cpp" line="32"/>
        <source>Show WimBench&apos;s own log, following new lines</source>
        <translation>显示 WimBench 自身的日志，并跟踪新行</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFileBar.cpp" line="34"/>
        <source>Follow new lines</source>
        <translation>跟踪新行</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="52"/>
        <source>Levels:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="68"/>
        <source>Only errors</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="69"/>
        <source>Show errors only (click a level to add it again)</source>
        <translation>只显示错误（单击某个级别可将其重新加入）</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="78"/>
        <source>Component:</source>
        <translation>组件：</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="85"/>
        <source>All components</source>
        <translation>所有组件</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="90"/>
        <source>Operation:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="96"/>
        <location filename="../ui/log/LogView.cpp" line="513"/>
        <source>All lines</source>
        <translation>所有行</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="104"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="109"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="121"/>
        <source>Filter messages</source>
        <translation>筛选消息</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="124"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="127"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="140"/>
        <source>Previous problem</source>
        <translation>上一个问题</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="142"/>
        <source>Go to the previous error or warning (Shift+F8)</source>
        <translation>转到上一个错误或警告 (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="144"/>
        <source>Next problem</source>
        <translation>下一个问题</translation>
    </message>
    <message>
        <location filename="../ui/log/LogFilterBar.cpp" line="146"/>
        <source>Go to the next error or warning (F8)</source>
        <translation>转到下一个错误或警告 (F8)</translation>
    </message>
    <message>
        <location filename="../ui/log/LogStatusBar.cpp" line="26"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/log/LogStatusBar.cpp" line="27"/>
        <source>Copy the selected entries as they are in the file</source>
        <translation>按文件中的原样复制所选条目</translation>
    </message>
    <message>
        <location filename="../ui/log/LogStatusBar.cpp" line="29"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/log/LogStatusBar.cpp" line="31"/>
        <source>Save the entries shown (after filtering) to a file</source>
        <translation>将显示的条目（筛选后）保存到文件</translation>
    </message>
    <message>
        <location filename="../ui/log/LogStatusBar.cpp" line="33"/>
        <source>Show in context</source>
        <translation>在上下文中显示</translation>
    </message>
    <message>
        <location filename="../ui/log/LogStatusBar.cpp" line="36"/>
        <source>The selected entry is hidden by the filters: clear them and show it among all lines</source>
        <translation>所选条目已被筛选器隐藏：清除筛选器，并在所有行中显示该条目</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="445"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="445"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="445"/>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="445"/>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="445"/>
        <source>Unrecognised</source>
        <translation>无法识别</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/LogView.cpp" line="477"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/LogView.cpp" line="479"/>
        <source>Showing %1 of %n entries</source>
        <translation>
            <numerusform>显示 %1 个条目，共 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="483"/>
        <source>reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="485"/>
        <source>filtering…</source>
        <translation>正在筛选…</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="524"/>
        <source>PID %1 TID %2</source>
        <translation>PID %1 TID %2</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="525"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="525"/>
        <source>running or not ended</source>
        <translation>正在运行或未结束</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="558"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="560"/>
        <source>HRESULT %1</source>
        <translation>HRESULT %1</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="580"/>
        <source>No further error or warning below.</source>
        <translation>下方没有更多错误或警告。</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="580"/>
        <source>No earlier error or warning above.</source>
        <translation>上方没有更早的错误或警告。</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="611"/>
        <source>An export is already running; wait for it to finish.</source>
        <translation>已有导出正在运行；请等待其完成。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/LogView.cpp" line="617"/>
        <source>Exporting %n entries…</source>
        <translation>
            <numerusform>正在导出 %n 个条目…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/log/LogExport.cpp" line="29"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/log/LogExport.cpp" line="20"/>
        <source>Cannot write %1: %2. Check the free space.</source>
        <translation>无法写入 %1：%2。请检查可用空间。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/LogView.cpp" line="625"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已将 %n 个条目导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="641"/>
        <source>Open a Log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="650"/>
        <source>Export the Entries Shown</source>
        <translation>导出显示的条目</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="642"/>
        <source>Logs (*.log *.bak *.txt);;All files (*)</source>
        <translation>日志 (*.log *.bak *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="650"/>
        <source>Logs (*.log *.txt)</source>
        <translation>日志 (*.log *.txt)</translation>
    </message>
</context>
<context>
    <name>wb::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>%n operation(s) running</source>
        <translation>
            <numerusform>%n 个操作正在运行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>About WimBench</source>
        <translation>关于 WimBench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>&lt;h3&gt;WimBench %1&lt;/h3&gt;&lt;p&gt;A workbench for servicing Windows images (.wim, .esd, .swm) on Linux, in the spirit of DISM.&lt;/p&gt;&lt;p&gt;Image access through wimlib %2.&lt;/p&gt;&lt;p&gt;Servicing log: %3&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WimBench %1&lt;/h3&gt;&lt;p&gt;在 Linux 上维护 Windows 映像（.wim、.esd、.swm）的工作台，类似 DISM。&lt;/p&gt;&lt;p&gt;通过 wimlib %2 访问映像。&lt;/p&gt;&lt;p&gt;维护日志：%3&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>WimBench</source>
        <translation>WimBench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>%1 — WimBench</source>
        <translation>%1 — WimBench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>Images</source>
        <translation>映像</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No image is open.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a Windows image file (.wim, .esd or the first part of a split .swm set) with File ▸ Open, or drop it on this window.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;尚未打开映像。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;请通过“文件 ▸ 打开”打开 Windows 映像文件（.wim、.esd 或拆分 .swm 文件组的第一部分），或将其拖放到此窗口。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>Open image…</source>
        <translation>打开映像…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Open the sample image</source>
        <translation>打开示例映像</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>Open images</source>
        <translation>已打开的映像</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>&amp;Open image…</source>
        <translation>打开映像(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>&amp;Close image</source>
        <translation>关闭映像(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="250"/>
        <source>&amp;Image</source>
        <translation>映像(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>&amp;Reload image information</source>
        <translation>重新读取映像信息(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>&amp;Extract selected files to…</source>
        <translation>将所选文件提取到(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>&amp;About WimBench</source>
        <translation>关于 WimBench(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <source>%1 no longer exists; it was removed from the recent files.</source>
        <translation>%1 已不存在；已将其从最近打开的文件中删除。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>Open Windows Image</source>
        <translation>打开 Windows 映像</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Windows images (*.wim *.esd *.swm *.WIM *.ESD *.SWM);;All files (*)</source>
        <translation>Windows 映像 (*.wim *.esd *.swm *.WIM *.ESD *.SWM);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="378"/>
        <source>Opened %1: %n image(s)</source>
        <translation>
            <numerusform>已打开 %1：%n 个映像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="491"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 个映像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="495"/>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="535"/>
        <source>Cannot open %1: only Windows images (.wim, .esd, .swm) can be opened here.</source>
        <translation>无法打开 %1：此处只能打开 Windows 映像（.wim、.esd、.swm）。</translation>
    </message>
</context>
<context>
    <name>wb::ManifestXml</name>
    <message>
        <location filename="../engine/appx/ManifestXml.cpp" line="64"/>
        <source>an element has more than %1 attributes</source>
        <translation>某个元素的属性超过 %1 个</translation>
    </message>
    <message>
        <location filename="../engine/appx/ManifestXml.cpp" line="79"/>
        <source>The manifest %1 is not valid: %2. The package is damaged or was not made for Windows.</source>
        <translation>清单 %1 无效：%2。该包已损坏或不是为 Windows 生成的。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ManifestXml.cpp" line="84"/>
        <source>the XML is malformed (line %1: %2)</source>
        <translation>XML 格式错误（第 %1 行：%2）</translation>
    </message>
    <message>
        <location filename="../engine/appx/ManifestXml.cpp" line="92"/>
        <source>The manifest %1 lacks the required %2. The package is damaged or incomplete.</source>
        <translation>清单 %1 缺少必需的 %2。该包已损坏或不完整。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ManifestXml.cpp" line="98"/>
        <source>The manifest %1 has &quot;%2&quot; as %3, which is not %4.</source>
        <translation>清单 %1 中 %3 的值为“%2”，这不是%4。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ManifestXml.cpp" line="113"/>
        <source>a version of four numbers 0-65535 such as 1.0.0.0</source>
        <translation>由四个 0-65535 的数字组成的版本，例如 1.0.0.0</translation>
    </message>
    <message>
        <location filename="../engine/appx/ManifestXml.cpp" line="124"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../engine/appx/ManifestXml.cpp" line="131"/>
        <source>one of neutral, x86, x64, arm, arm64, x86a64</source>
        <translation>neutral、x86、x64、arm、arm64、x86a64 之一</translation>
    </message>
    <message>
        <location filename="../engine/appx/ManifestXml.cpp" line="139"/>
        <source>a resource id of 1 to 30 letters, digits, &apos;.&apos; or &apos;-&apos;</source>
        <translation>由 1 到 30 个字母、数字、&apos;.&apos; 或 &apos;-&apos; 组成的资源 ID</translation>
    </message>
    <message>
        <location filename="../engine/appx/ManifestXml.cpp" line="148"/>
        <source>a name of 3 to 50 letters, digits, &apos;.&apos; or &apos;-&apos;</source>
        <translation>由 3 到 50 个字母、数字、&apos;.&apos; 或 &apos;-&apos; 组成的名称</translation>
    </message>
    <message>
        <location filename="../engine/appx/ManifestXml.cpp" line="151"/>
        <source>a publisher of at most 8192 characters</source>
        <translation>最多 8192 个字符的发布者</translation>
    </message>
    <message>
        <location filename="../engine/appx/ManifestXml.cpp" line="201"/>
        <source>a positive whole number such as 100 or 200</source>
        <translation>正整数，例如 100 或 200</translation>
    </message>
    <message>
        <location filename="../engine/appx/ManifestXml.cpp" line="206"/>
        <source>one of dx9, dx10, dx11, dx12</source>
        <translation>dx9、dx10、dx11、dx12 之一</translation>
    </message>
</context>
<context>
    <name>wb::MountDialog</name>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="25"/>
        <location filename="../ui/mount/MountDialog.cpp" line="140"/>
        <location filename="../ui/mount/MountDialog.cpp" line="147"/>
        <location filename="../ui/mount/MountDialog.cpp" line="154"/>
        <location filename="../ui/mount/MountDialog.cpp" line="158"/>
        <source>Mount Image</source>
        <translation>装载映像</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="28"/>
        <source>install.wim, .esd or first .swm part</source>
        <translation>install.wim、.esd 或 .swm 的第一部分</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="29"/>
        <location filename="../ui/mount/MountDialog.cpp" line="45"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="32"/>
        <source>Windows images (*.wim *.esd *.swm);;All files (*)</source>
        <translation>Windows 映像 (*.wim *.esd *.swm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="44"/>
        <source>An empty folder</source>
        <translation>一个空文件夹</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="31"/>
        <source>Image File</source>
        <translation>映像文件</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="47"/>
        <source>Mount Folder</source>
        <translation>装载文件夹</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="55"/>
        <source>Read-only (changes cannot be saved)</source>
        <translation>只读（无法保存更改）</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="56"/>
        <source>Check the file&apos;s integrity first</source>
        <translation>先检查文件的完整性</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="59"/>
        <source>Image file:</source>
        <translation>映像文件：</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="60"/>
        <source>Index:</source>
        <translation>索引：</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="61"/>
        <source>Mount folder:</source>
        <translation>装载文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="66"/>
        <source>Mount</source>
        <translation>装载</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="141"/>
        <source>The mount folder %1 does not exist. Create it?</source>
        <translation>装载文件夹 %1 不存在。是否创建？</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="148"/>
        <source>The folder %1 could not be created. Check that its parent folder exists and is writable.</source>
        <translation>无法创建文件夹 %1。请检查其父文件夹是否存在且可写。</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="154"/>
        <source>%1 is a file, not a folder. Choose an empty folder to mount onto.</source>
        <translation>%1 是文件，而不是文件夹。请选择一个空文件夹作为装载位置。</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountDialog.cpp" line="158"/>
        <source>The folder %1 is not empty. Choose an empty folder to mount onto.</source>
        <translation>文件夹 %1 不为空。请选择一个空文件夹作为装载位置。</translation>
    </message>
</context>
<context>
    <name>wb::MountDirLock</name>
    <message>
        <location filename="../engine/mount/MountDirLock.cpp" line="32"/>
        <source>Could not open the lock file %1 of the mount registry. Check that you may write there.</source>
        <translation>无法打开装载注册表的锁文件 %1。请检查是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountDirLock.cpp" line="36"/>
        <source>Another WimBench process is saving, dismounting or remounting the image at %1 right now. Wait for it to finish and try again.</source>
        <translation>另一个 WimBench 进程正在保存、卸载或重新装载位于 %1 的映像。请等待其完成后重试。</translation>
    </message>
</context>
<context>
    <name>wb::MountHelper</name>
    <message>
        <location filename="../engine/mount/MountHelper.cpp" line="223"/>
        <source>The mount helper wimbench-mount-helper was not found next to this program. Reinstall WimBench or set WIMBENCH_MOUNT_HELPER to its path.</source>
        <translation>在本程序旁边找不到装载帮助程序 wimbench-mount-helper。请重新安装 WimBench，或将 WIMBENCH_MOUNT_HELPER 设置为其路径。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountHelper.cpp" line="210"/>
        <source>FUSE is not available (/dev/fuse cannot be opened), so images cannot be mounted. Install fuse3 and load the fuse kernel module.</source>
        <translation>FUSE 不可用（无法打开 /dev/fuse），因此无法装载映像。请安装 fuse3 并加载 fuse 内核模块。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountHelper.cpp" line="229"/>
        <source>Could not start the mount helper.</source>
        <translation>无法启动装载帮助程序。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountHelper.cpp" line="378"/>
        <source>The mount helper was already used or ended.</source>
        <translation>装载帮助程序已被使用或已结束。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountHelper.cpp" line="109"/>
        <source>Mounting image</source>
        <translation>正在装载映像</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountHelper.cpp" line="243"/>
        <source>The mount helper did not finish mounting %1 within %2 seconds.</source>
        <translation>装载帮助程序未在 %2 秒内完成 %1 的装载。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountHelper.cpp" line="159"/>
        <source>Could not mount index %1 of %2 at %3</source>
        <translation>无法将 %2 的索引 %1 装载到 %3</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountHelper.cpp" line="167"/>
        <source>The mount helper stopped before %1 was mounted. See the log for details.</source>
        <translation>装载帮助程序在 %1 装载完成前停止。有关详细信息，请参阅日志。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountHelper.cpp" line="249"/>
        <source>The mount helper reported success but %1 is not mounted. See the log for details.</source>
        <translation>装载帮助程序报告成功，但 %1 未装载。有关详细信息，请参阅日志。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimMount.cpp" line="76"/>
        <source>%1 is in use (files are open in it), so it was not unmounted. Close the programs that use it and try again.</source>
        <translation>%1 正在使用中（其中有打开的文件），因此未卸载。请关闭使用它的程序，然后重试。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimMount.cpp" line="79"/>
        <source>Could not save and unmount %1</source>
        <translation>无法保存并卸载 %1</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimMount.cpp" line="79"/>
        <source>Could not unmount %1</source>
        <translation>无法卸载 %1</translation>
    </message>
</context>
<context>
    <name>wb::MountImageOperation</name>
    <message>
        <location filename="../engine/ops/MountImageOperation.cpp" line="25"/>
        <source>index %1</source>
        <translation>索引 %1</translation>
    </message>
    <message>
        <location filename="../engine/ops/MountImageOperation.cpp" line="26"/>
        <source>the image</source>
        <translation>该映像</translation>
    </message>
    <message>
        <location filename="../engine/ops/MountImageOperation.cpp" line="26"/>
        <source>&quot;%1&quot;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../engine/ops/MountImageOperation.cpp" line="27"/>
        <source>Mount %1 of %2 at %3</source>
        <translation>将 %2 的 %1 装载到 %3</translation>
    </message>
    <message>
        <location filename="../engine/ops/MountImageOperation.cpp" line="27"/>
        <source>Mount %1 of %2 read-only at %3</source>
        <translation>将 %2 的 %1 以只读方式装载到 %3</translation>
    </message>
</context>
<context>
    <name>wb::MountManager</name>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="239"/>
        <location filename="../engine/mount/MountManager.cpp" line="397"/>
        <source>No mount folder was given.</source>
        <translation>未提供装载文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="192"/>
        <source>The mount folder %1 is a symbolic link. Give the real folder (%2) or create an empty folder.</source>
        <translation>装载文件夹 %1 是符号链接。请提供实际文件夹（%2）或创建一个空文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="141"/>
        <source>The mount at %1 is invalid: %2.</source>
        <translation>位于 %1 的装载无效：%2。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="143"/>
        <source>The image at %1 is not being served (%2).</source>
        <translation>当前未提供位于 %1 的映像（%2）。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="169"/>
        <source>Could not create a staging folder in the scratch directory %1: check its free space and permissions.</source>
        <translation>无法在暂存目录 %1 中创建暂存文件夹：请检查其可用空间和权限。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="196"/>
        <source>The mount folder %1 does not exist. Create an empty folder and try again.</source>
        <translation>装载文件夹 %1 不存在。请创建一个空文件夹，然后重试。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="199"/>
        <source>%1 is not a folder. Give an empty folder to mount the image on.</source>
        <translation>%1 不是文件夹。请提供用于装载映像的空文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="182"/>
        <source>%1 already has index %2 of %3 mounted. Dismount it first, or choose another folder.</source>
        <translation>%1 上已装载 %3 的索引 %2。请先将其卸载，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="188"/>
        <source>%1 is already a mount point (%2). Choose an empty folder that is not mounted.</source>
        <translation>%1 已经是装载点（%2）。请选择未装载的空文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="207"/>
        <source>The mount folder %1 is inside %2, where an image is mounted. Choose a folder outside every mounted image.</source>
        <translation>装载文件夹 %1 位于已装载映像的 %2 之内。请选择位于所有已装载映像之外的文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="212"/>
        <source>The mount folder %1 is not empty. Mount onto an empty folder.</source>
        <translation>装载文件夹 %1 不是空的。请装载到空文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="246"/>
        <source>The image file %1 does not exist. Check the path.</source>
        <translation>映像文件 %1 不存在。请检查路径。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="285"/>
        <source>Checking integrity</source>
        <translation>正在检查完整性</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="285"/>
        <source>Opening image file</source>
        <translation>正在打开映像文件</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="300"/>
        <source>%1 is part %2 of a split image (%3 parts), which can only be mounted read-only.</source>
        <translation>%1 是拆分映像（共 %3 个部分）的第 %2 部分，只能以只读方式装载。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="311"/>
        <source>%1 is read-only (file permissions or the WIM&apos;s read-only flag), so it cannot be mounted read-write.</source>
        <translation>%1 是只读的（文件权限或 WIM 的只读标志），因此无法以读写方式装载。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="409"/>
        <source>No image is mounted at %1.</source>
        <translation>%1 处未装载任何映像。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="462"/>
        <source>The mount helper serving %1 (pid %2) ended during the save. %3 holds either its previous content or the saved changes, never a mix.</source>
        <translation>提供 %1 的装载帮助程序（pid %2）在保存期间结束。%3 中要么是其原有内容，要么是已保存的更改，不会是两者的混合。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="333"/>
        <source>%1 is already mounted at %2 (%3). A file mounted read-write cannot be mounted again; dismount it first.</source>
        <translation>%1 已装载到 %2（%3）。以读写方式装载的文件不能再次装载；请先将其卸载。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="334"/>
        <source>read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="334"/>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="361"/>
        <location filename="../engine/mount/MountManager.cpp" line="389"/>
        <source>Mounting image</source>
        <translation>正在装载映像</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="406"/>
        <source>%1 is a wimlib mount that WimBench did not make (or whose registry entry was lost). Unmount it with &quot;wimlib-imagex unmount %1&quot;.</source>
        <translation>%1 是并非由 WimBench 创建（或其注册表项已丢失）的 wimlib 装载。请使用“wimlib-imagex unmount %1”将其卸载。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="432"/>
        <source>%1 is in use by %2. Close these programs (or leave the folder) and try again; nothing was changed and the image stays mounted.</source>
        <translation>%1 正被 %2 使用。请关闭这些程序（或离开该文件夹）后重试；未做任何更改，映像保持装载。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="454"/>
        <source>Saving image</source>
        <translation>正在保存映像</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountManager.cpp" line="454"/>
        <source>Unmounting</source>
        <translation>正在卸载</translation>
    </message>
</context>
<context>
    <name>wb::MountRegistry</name>
    <message>
        <location filename="../engine/mount/MountRegistry.cpp" line="30"/>
        <source>Could not create the mount registry folder %1. Check that you may write there.</source>
        <translation>无法创建装载注册表文件夹 %1。请检查您是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountRegistry.cpp" line="38"/>
        <source>Could not open the mount registry lock %1.</source>
        <translation>无法打开装载注册表锁 %1。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountRegistry.cpp" line="40"/>
        <source>Could not lock the mount registry %1.</source>
        <translation>无法锁定装载注册表 %1。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountRegistry.cpp" line="70"/>
        <source>Could not read the mount registry %1. Check its permissions.</source>
        <translation>无法读取装载注册表 %1。请检查其权限。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountRegistry.cpp" line="77"/>
        <source>The mount registry %1 is damaged.</source>
        <translation>装载注册表 %1 已损坏。</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountRegistry.cpp" line="98"/>
        <source>Could not write the mount registry %1. Check free space and permissions.</source>
        <translation>无法写入装载注册表 %1。请检查可用空间和权限。</translation>
    </message>
</context>
<context>
    <name>wb::MountSystem</name>
    <message>
        <location filename="../engine/mount/MountSystem.cpp" line="108"/>
        <source>working directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountSystem.cpp" line="110"/>
        <source>root directory</source>
        <translation>根目录</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountSystem.cpp" line="112"/>
        <source>open file %1</source>
        <translation>打开的文件 %1</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountSystem.cpp" line="114"/>
        <source>mapped file %1</source>
        <translation>映射的文件 %1</translation>
    </message>
    <message>
        <location filename="../engine/mount/MountSystem.cpp" line="331"/>
        <source>Could not remove the mount at %1. Run &quot;umount -l %1&quot; as root.</source>
        <translation>无法删除 %1 处的装载。请以 root 身份运行“umount -l %1”。</translation>
    </message>
</context>
<context>
    <name>wb::MountsView</name>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="120"/>
        <source>Mount folder</source>
        <translation>装载文件夹</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="120"/>
        <source>Image file</source>
        <translation>映像文件</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="120"/>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="120"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="120"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="120"/>
        <source>Image name</source>
        <translation>映像名称</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="121"/>
        <source>Mount…</source>
        <translation>装载…</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="122"/>
        <source>Mount an image of a WIM file on an empty folder</source>
        <translation>将 WIM 文件中的映像装载到空文件夹</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="123"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="124"/>
        <source>Write the changes into the image and stay mounted</source>
        <translation>将更改写入映像并保持装载</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="125"/>
        <source>Save as new index</source>
        <translation>另存为新索引</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="126"/>
        <source>Append the changed image as a new index; the mounted index stays unchanged</source>
        <translation>将更改后的映像追加为新索引；已装载的索引保持不变</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="127"/>
        <source>Dismount (save)</source>
        <translation>卸载（保存）</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="128"/>
        <source>Dismount (discard)</source>
        <translation>卸载（放弃）</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="129"/>
        <source>Remount</source>
        <translation>重新装载</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="130"/>
        <source>Serve a mount again whose helper has stopped</source>
        <translation>重新提供其帮助程序已停止的装载</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="131"/>
        <source>Cleanup</source>
        <translation>清理</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="132"/>
        <source>Remove stale mount points, helpers, staging folders and registry entries</source>
        <translation>删除过时的装载点、帮助程序、暂存文件夹和注册表项</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="133"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="134"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="135"/>
        <source>Show the selected mount folder in the file manager (double-click a row does the same)</source>
        <translation>在文件管理器中显示所选装载文件夹（双击某一行也可以）</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="198"/>
        <source>Read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="198"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="201"/>
        <source>Ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="202"/>
        <source>Needs remount</source>
        <translation>需要重新装载</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="203"/>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="289"/>
        <source>%1: done.</source>
        <translation>%1：完成。</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="293"/>
        <source>%1: cancelled.</source>
        <translation>%1：已取消。</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="355"/>
        <source>Discard Changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <location filename="../ui/mount/MountsView.cpp" line="355"/>
        <source>Dismount %1 and throw away every change made since the last save?</source>
        <translation>卸载 %1 并放弃自上次保存以来所做的所有更改？</translation>
    </message>
</context>
<context>
    <name>wb::MumManifest</name>
    <message>
        <location filename="../engine/inventory/MumManifest.cpp" line="22"/>
        <source>The package manifest %1 is damaged: %2. The package is skipped.</source>
        <translation>程序包清单 %1 已损坏：%2。已跳过该程序包。</translation>
    </message>
    <message>
        <location filename="../engine/inventory/MumManifest.cpp" line="146"/>
        <source>Could not read the package manifest %1.</source>
        <translation>无法读取程序包清单 %1。</translation>
    </message>
    <message>
        <location filename="../engine/inventory/MumManifest.cpp" line="149"/>
        <location filename="../engine/inventory/MumManifest.cpp" line="156"/>
        <source>it is larger than 8 MiB</source>
        <translation>它大于 8 MiB</translation>
    </message>
    <message>
        <location filename="../engine/inventory/MumManifest.cpp" line="162"/>
        <source>it has a document type declaration</source>
        <translation>它包含文档类型声明</translation>
    </message>
    <message>
        <location filename="../engine/inventory/MumManifest.cpp" line="166"/>
        <source>its root element is &lt;%1&gt;, not &lt;assembly&gt;</source>
        <translation>其根元素是 &lt;%1&gt;，而不是 &lt;assembly&gt;</translation>
    </message>
    <message>
        <location filename="../engine/inventory/MumManifest.cpp" line="169"/>
        <source>%1 at line %2</source>
        <translation>第 %2 行：%1</translation>
    </message>
    <message>
        <location filename="../engine/inventory/MumManifest.cpp" line="171"/>
        <source>it has no &lt;assemblyIdentity&gt;</source>
        <translation>它没有 &lt;assemblyIdentity&gt;</translation>
    </message>
</context>
<context>
    <name>wb::NewIndexDialog</name>
    <message>
        <location filename="../ui/mount/NewIndexDialog.cpp" line="18"/>
        <source>Save as New Index</source>
        <translation>另存为新索引</translation>
    </message>
    <message>
        <location filename="../ui/mount/NewIndexDialog.cpp" line="19"/>
        <source>The changes are appended as a new index; index %1 stays as it is.</source>
        <translation>更改将作为新索引追加；索引 %1 保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/mount/NewIndexDialog.cpp" line="21"/>
        <source>Image %1</source>
        <translation>映像 %1</translation>
    </message>
    <message>
        <location filename="../ui/mount/NewIndexDialog.cpp" line="22"/>
        <source>%1 (changed)</source>
        <translation>%1（已更改）</translation>
    </message>
    <message>
        <location filename="../ui/mount/NewIndexDialog.cpp" line="28"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../ui/mount/NewIndexDialog.cpp" line="30"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/mount/NewIndexDialog.cpp" line="31"/>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
</context>
<context>
    <name>wb::OfflineImage</name>
    <message>
        <location filename="../engine/provision/OfflineImage.cpp" line="167"/>
        <source>The SYSTEM hive of the image in %1 says its processor architecture is %2, which app packages do not support.</source>
        <translation>%1 中映像的 SYSTEM 配置单元表明其处理器体系结构为 %2，应用包不支持该体系结构。</translation>
    </message>
    <message>
        <location filename="../engine/provision/OfflineImage.cpp" line="184"/>
        <source>The architecture of the image in %1 cannot be determined: it has no SYSTEM hive that states it, Windows/System32/ntoskrnl.exe is missing or not a PE file, and the image is not a WimBench mount whose WIM records it.</source>
        <translation>无法确定 %1 中映像的体系结构：没有说明体系结构的 SYSTEM 配置单元，Windows/System32/ntoskrnl.exe 缺失或不是 PE 文件，并且该映像也不是其 WIM 中记录了体系结构的 WimBench 装载。</translation>
    </message>
    <message>
        <location filename="../engine/provision/OfflineImage.cpp" line="254"/>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/provision/OfflineImage.cpp" line="258"/>
        <source>%1 does not look like a Windows image: it has no Windows/System32 folder. Give the folder an image is mounted or applied to.</source>
        <translation>%1 看起来不是 Windows 映像：它没有 Windows/System32 文件夹。请提供映像所装载或应用到的文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/provision/OfflineImage.cpp" line="191"/>
        <source>Windows/System32/ntoskrnl.exe in %1 is for machine type 0x%2, which app packages do not support.</source>
        <translation>%1 中的 Windows/System32/ntoskrnl.exe 适用于计算机类型 0x%2，应用包不支持该类型。</translation>
    </message>
</context>
<context>
    <name>wb::Operation</name>
    <message>
        <location filename="../engine/core/Operation.cpp" line="14"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../engine/core/Operation.cpp" line="15"/>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <location filename="../engine/core/Operation.cpp" line="16"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../engine/core/Operation.cpp" line="17"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../engine/core/Operation.cpp" line="18"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../engine/core/OperationRun.cpp" line="74"/>
        <location filename="../engine/core/OperationRun.cpp" line="78"/>
        <source>%1 failed because of an internal error.</source>
        <translation>%1 因内部错误而失败。</translation>
    </message>
</context>
<context>
    <name>wb::OperationPanel</name>
    <message>
        <location filename="../ui/OperationPanel.cpp" line="129"/>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <location filename="../ui/OperationPanel.cpp" line="131"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../ui/OperationPanel.cpp" line="142"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/OperationPanel.cpp" line="143"/>
        <source>Stop the operation; what it was changing is left as it was</source>
        <translation>停止该操作；它正在更改的内容保持原样</translation>
    </message>
    <message>
        <location filename="../ui/OperationPanel.cpp" line="151"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/OperationPanel.cpp" line="153"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
</context>
<context>
    <name>wb::OperationRow</name>
    <message numerus="yes">
        <location filename="../ui/DisplayFormat.cpp" line="92"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="94"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="97"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../ui/OperationRow.cpp" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/OperationRow.cpp" line="149"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../ui/OperationRow.cpp" line="150"/>
        <source>Show the error code and the technical cause</source>
        <translation>显示错误代码和技术原因</translation>
    </message>
    <message>
        <location filename="../ui/OperationRow.cpp" line="195"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/OperationRow.cpp" line="196"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="106"/>
        <source>%1 — about %2 left</source>
        <translation>%1 — 大约还剩 %2</translation>
    </message>
    <message>
        <location filename="../ui/OperationRow.cpp" line="197"/>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <location filename="../ui/OperationRow.cpp" line="169"/>
        <source>Succeeded in %1</source>
        <translation>成功，用时 %1</translation>
    </message>
    <message>
        <location filename="../ui/OperationRow.cpp" line="173"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/OperationRow.cpp" line="177"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/OperationRow.cpp" line="177"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../ui/OperationRow.cpp" line="205"/>
        <source>Error code: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <location filename="../ui/OperationRow.cpp" line="207"/>
        <source>Technical detail: %1</source>
        <translation>技术细节：%1</translation>
    </message>
    <message>
        <location filename="../ui/OperationRow.cpp" line="210"/>
        <source>Stopped during: %1</source>
        <translation>停止于：%1</translation>
    </message>
</context>
<context>
    <name>wb::OperationsView</name>
    <message numerus="yes">
        <location filename="../ui/OperationsView.cpp" line="150"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n 个正在运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/OperationsView.cpp" line="151"/>
        <source>%n finished</source>
        <translation>
            <numerusform>%n 个已完成</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OperationsView.cpp" line="152"/>
        <source>Show folder listings</source>
        <translation>显示文件夹列表操作</translation>
    </message>
    <message>
        <location filename="../ui/OperationsView.cpp" line="153"/>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <location filename="../ui/OperationsView.cpp" line="154"/>
        <source>No operations yet. Opening an image, searching or extracting files shows its progress here.</source>
        <translation>尚无操作。打开映像、搜索或提取文件时，其进度会显示在这里。</translation>
    </message>
</context>
<context>
    <name>wb::OptimizeProvisionedAppxPackagesOperation</name>
    <message>
        <location filename="../engine/ops/OptimizeProvisionedAppxPackagesOperation.cpp" line="14"/>
        <source>Link identical files of the apps provisioned in %1</source>
        <translation>对 %1 中预配的应用的相同文件建立链接</translation>
    </message>
</context>
<context>
    <name>wb::PackageInspectorDialog</name>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="41"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="48"/>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="49"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="50"/>
        <source>Modification</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="51"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="54"/>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="60"/>
        <source>application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="60"/>
        <source>resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="68"/>
        <source>Language %1</source>
        <translation>语言 %1</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="70"/>
        <source>Scale %1</source>
        <translation>缩放 %1</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="72"/>
        <source>DXFeatureLevel %1</source>
        <translation>DirectX 功能级别 %1</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="139"/>
        <source>Package Inspector</source>
        <translation>包检查器</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="140"/>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="140"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="141"/>
        <source>Check every block against the block map</source>
        <translation>根据块映射检查每个块</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="142"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="143"/>
        <source>Provision This Package…</source>
        <translation>预配此包…</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="144"/>
        <source>Open the provisioning wizard with this package</source>
        <translation>使用此包打开预配向导</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="145"/>
        <source>Drop an .appx, .msix, .appxbundle or .msixbundle file or an unpacked package folder here.</source>
        <translation>将 .appx、.msix、.appxbundle 或 .msixbundle 文件或解包后的包文件夹拖放到此处。</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="213"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="227"/>
        <source>Missing packages: %1.</source>
        <translation>缺少的包：%1。</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="229"/>
        <source>The bundle has no application package, only resource packages: it cannot be provisioned on its own.</source>
        <translation>该捆绑包没有应用程序包，只有资源包：无法单独预配。</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="231"/>
        <source>Read %1; every block matches its block map.</source>
        <translation>已读取 %1；每个块都与其块映射匹配。</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="232"/>
        <source>Read %1; its contents were not checked.</source>
        <translation>已读取 %1；未检查其内容。</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="237"/>
        <source>Reading the package was cancelled.</source>
        <translation>已取消读取包。</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="239"/>
        <source>The package could not be read.</source>
        <translation>无法读取该包。</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="270"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="271"/>
        <source>Publisher display name</source>
        <translation>发布者显示名称</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="272"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="274"/>
        <source>Main package</source>
        <translation>主包</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="275"/>
        <source>Manifest schema</source>
        <translation>清单架构</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="276"/>
        <source>Target device families</source>
        <translation>目标设备系列</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="278"/>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="285"/>
        <source>minimum version %1</source>
        <translation>最低版本 %1</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="279"/>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="384"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="282"/>
        <source>Dependencies</source>
        <translation>依赖项</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="285"/>
        <source>minimum version %1, optional</source>
        <translation>最低版本 %1，可选</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="301"/>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="342"/>
        <source>Package</source>
        <translation>包</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="302"/>
        <source>Unpacked package folder</source>
        <translation>解包后的包文件夹</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="303"/>
        <source>Flat bundle</source>
        <translation>平面捆绑包</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="303"/>
        <source>Bundle</source>
        <translation>捆绑包</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="304"/>
        <source>Unpacked bundle folder</source>
        <translation>解包后的捆绑包文件夹</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="307"/>
        <source>Identity</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="308"/>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="365"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="309"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="310"/>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="311"/>
        <source>Publisher ID</source>
        <translation>发布者 ID</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="312"/>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="366"/>
        <source>Version</source>
        <translation>版本号</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="313"/>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="367"/>
        <source>Architecture</source>
        <translation>体系结构</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="314"/>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="368"/>
        <source>Resource ID</source>
        <translation>资源 ID</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="315"/>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="379"/>
        <source>Package full name</source>
        <translation>包全名</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="316"/>
        <source>Package family name</source>
        <translation>包系列名</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="319"/>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="320"/>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="327"/>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="380"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="321"/>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="381"/>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="321"/>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="381"/>
        <source>every block matches the block map</source>
        <translation>每个块都与块映射匹配</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="321"/>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="381"/>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="322"/>
        <source>Installed size</source>
        <translation>安装大小</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="328"/>
        <source>Signer</source>
        <translation>签名者</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="329"/>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="330"/>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="331"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="334"/>
        <source>Signed digests</source>
        <translation>已签名的摘要</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="337"/>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="337"/>
        <source>not evaluated: trust is decided by a target image&apos;s certificate stores</source>
        <translation>未评估：信任取决于目标映像的证书存储</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="344"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="349"/>
        <source>Packages</source>
        <translation>包</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="361"/>
        <source>MISSING</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="369"/>
        <source>Stub</source>
        <translation>存根</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="369"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="369"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="370"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="373"/>
        <source>inside the bundle at offset %1</source>
        <translation>位于捆绑包内偏移 %1 处</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="375"/>
        <source>missing (looked for %1)</source>
        <translation>缺失（查找了 %1）</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="377"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="391"/>
        <source>Missing packages</source>
        <translation>缺少的包</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="398"/>
        <source>Application package</source>
        <translation>应用程序包</translation>
    </message>
    <message>
        <location filename="../ui/appx/PackageInspectorDialog.cpp" line="398"/>
        <source>none: the bundle holds only resource packages and cannot be provisioned</source>
        <translation>无：该捆绑包只包含资源包，无法预配</translation>
    </message>
</context>
<context>
    <name>wb::PackagePath</name>
    <message>
        <location filename="../engine/appx/PackagePath.cpp" line="32"/>
        <source>%1 contains the entry &quot;%2&quot;, whose name would place it outside the package folder (%3). The package is damaged or crafted; it was not used.</source>
        <translation>%1 包含条目“%2”，其名称会使其位于包文件夹之外（%3）。该包已损坏或被恶意构造；未使用它。</translation>
    </message>
    <message>
        <location filename="../engine/appx/PackagePath.cpp" line="53"/>
        <source>%1 contains the entry &quot;%2&quot;, whose name has a &apos;%&apos; that is not followed by two hexadecimal digits. The package is damaged.</source>
        <translation>%1 包含条目“%2”，其名称中的“%”后面没有两位十六进制数字。该包已损坏。</translation>
    </message>
    <message>
        <location filename="../engine/appx/PackagePath.cpp" line="63"/>
        <source>%1 contains an entry whose name is not valid UTF-8 (&quot;%2&quot;). The package is damaged.</source>
        <translation>%1 包含名称不是有效 UTF-8 的条目（“%2”）。该包已损坏。</translation>
    </message>
    <message>
        <location filename="../engine/appx/PackagePath.cpp" line="77"/>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <location filename="../engine/appx/PackagePath.cpp" line="81"/>
        <source>it is an absolute path</source>
        <translation>它是绝对路径</translation>
    </message>
    <message>
        <location filename="../engine/appx/PackagePath.cpp" line="83"/>
        <source>it starts with a drive letter</source>
        <translation>它以驱动器号开头</translation>
    </message>
    <message>
        <location filename="../engine/appx/PackagePath.cpp" line="85"/>
        <source>it contains &apos;:&apos;</source>
        <translation>它包含 &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../engine/appx/PackagePath.cpp" line="88"/>
        <source>it contains a control character</source>
        <translation>它包含控制字符</translation>
    </message>
    <message>
        <location filename="../engine/appx/PackagePath.cpp" line="93"/>
        <source>it has an empty path segment</source>
        <translation>它有空的路径段</translation>
    </message>
    <message>
        <location filename="../engine/appx/PackagePath.cpp" line="98"/>
        <source>it has a &quot;%1&quot; segment</source>
        <translation>它有“%1”路径段</translation>
    </message>
</context>
<context>
    <name>wb::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="100"/>
        <source>Log files (*.log);;All files (*)</source>
        <translation>日志文件 (*.log);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="100"/>
        <source>Log File</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="106"/>
        <source>Scratch Directory</source>
        <translation>暂存目录</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="113"/>
        <source>Default Mount Location</source>
        <translation>默认装载位置</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="150"/>
        <source>The scratch directory must be an absolute path, such as /var/tmp/wimbench.</source>
        <translation>暂存目录必须是绝对路径，例如 /var/tmp/wimbench。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="152"/>
        <source>The scratch directory %1 does not exist. Create it or choose another folder.</source>
        <translation>暂存目录 %1 不存在。请创建它或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="154"/>
        <source>The scratch directory %1 is not writable. Choose a folder you can write to.</source>
        <translation>暂存目录 %1 不可写。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="159"/>
        <source>The log path must be an absolute path, such as %1.</source>
        <translation>日志路径必须是绝对路径，例如 %1。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="161"/>
        <source>The log path %1 is a folder; give a file name, such as %2.</source>
        <translation>日志路径 %1 是一个文件夹；请提供文件名，例如 %2。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="168"/>
        <source>The log file %1 cannot be written (%2). Choose another file.</source>
        <translation>无法写入日志文件 %1（%2）。请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="177"/>
        <source>The default mount location must be an absolute path, such as %1.</source>
        <translation>默认装载位置必须是绝对路径，例如 %1。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="209"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="210"/>
        <source>&amp;Log file:</source>
        <translation>日志文件(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="212"/>
        <location filename="../ui/PreferencesDialog.cpp" line="220"/>
        <location filename="../ui/PreferencesDialog.cpp" line="225"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="213"/>
        <source>Log &amp;level:</source>
        <translation>日志级别(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="214"/>
        <source>1 – Errors</source>
        <translation>1 – 错误</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="215"/>
        <source>2 – Errors and warnings</source>
        <translation>2 – 错误和警告</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="216"/>
        <source>3 – Errors, warnings and information (default)</source>
        <translation>3 – 错误、警告和信息（默认）</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="217"/>
        <source>4 – Everything, including debug output</source>
        <translation>4 – 全部，包括调试输出</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="218"/>
        <source>&amp;Scratch directory:</source>
        <translation>暂存目录(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="219"/>
        <source>System temporary folder (%1)</source>
        <translation>系统临时文件夹（%1）</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="221"/>
        <source>Default &amp;mount location:</source>
        <translation>默认装载位置(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="222"/>
        <source>None (type a folder in the Mount dialog)</source>
        <translation>无（在“装载”对话框中输入文件夹）</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="223"/>
        <source>The Mount dialog proposes a folder named after the image inside this one, and offers to create it</source>
        <translation>“装载”对话框会在此文件夹中建议一个以映像命名的文件夹，并提供创建该文件夹的选项</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="226"/>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="227"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="228"/>
        <source>The log and its level apply at once, to every operation from now on. The scratch directory holds files changed in mounted images until they are saved; it must be on a local disk.</source>
        <translation>日志及其级别立即生效，适用于此后的每个操作。暂存目录用于保存已装载映像中更改过的文件，直到这些更改被保存；它必须位于本地磁盘上。</translation>
    </message>
</context>
<context>
    <name>wb::ProvisionReviewPage</name>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="307"/>
        <source>Review</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="308"/>
        <source>What the image is, and which packages will be written and why. Nothing has been written yet.</source>
        <translation>映像的情况，以及将写入哪些包及其原因。尚未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="321"/>
        <source>Package</source>
        <translation>包</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="321"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="321"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="332"/>
        <source>Architecture:</source>
        <translation>体系结构：</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="333"/>
        <source>Build:</source>
        <translation>内部版本：</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="334"/>
        <source>Edition:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="335"/>
        <source>Languages:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="354"/>
        <source>Reading the packages and the image…</source>
        <translation>正在读取包和映像…</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="378"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="396"/>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="397"/>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="399"/>
        <source>%1 (from %2)</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="397"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="399"/>
        <source>unknown (no SOFTWARE hive states it)</source>
        <translation>未知（没有 SOFTWARE 配置单元说明）</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="400"/>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/provision/ProvisionWizard.cpp" line="428"/>
        <source>%n registry key(s) will be written into the image&apos;s SOFTWARE hive.</source>
        <translation>
            <numerusform>将向映像的 SOFTWARE 配置单元写入 %n 个注册表项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="429"/>
        <source>No registry keys will be written: the image has no SOFTWARE hive.</source>
        <translation>不会写入任何注册表项：该映像没有 SOFTWARE 配置单元。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="451"/>
        <source>Registry: write</source>
        <translation>注册表：写入</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="453"/>
        <source>Registry: delete</source>
        <translation>注册表：删除</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="455"/>
        <source>Registry: none</source>
        <translation>注册表：无</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="457"/>
        <source>Trust: trusted</source>
        <translation>信任：受信任</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="459"/>
        <source>Trust: untrusted</source>
        <translation>信任：不受信任</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="461"/>
        <source>Trust: unsigned</source>
        <translation>信任：未签名</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="463"/>
        <source>Trust: not evaluated</source>
        <translation>信任：未评估</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="466"/>
        <source>Refused: a framework, not an app</source>
        <translation>已拒绝：是框架，不是应用</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="468"/>
        <source>Refused: an optional package, not an app</source>
        <translation>已拒绝：是可选包，不是应用</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="470"/>
        <source>Refused: a modification package, not an app</source>
        <translation>已拒绝：是修改包，不是应用</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="472"/>
        <source>Included with the app</source>
        <translation>随应用一起包含</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="473"/>
        <source>Included</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="473"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="432"/>
        <source>Ready to provision %1.</source>
        <translation>已准备好预配 %1。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="433"/>
        <source>Ready to provision %1. Without a region Windows provisions it only when it is pinned to Start.</source>
        <translation>已准备好预配 %1。未指定区域时，Windows 仅在其固定到“开始”时才预配。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="377"/>
        <source>The review was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
</context>
<context>
    <name>wb::ProvisionRunPage</name>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="493"/>
        <source>Provisioning</source>
        <translation>预配</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="494"/>
        <source>If anything fails or you cancel, the image is left as it was.</source>
        <translation>如果出现任何失败或您取消操作，映像将保持原样。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="553"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/provision/ProvisionWizard.cpp" line="568"/>
        <source>%1 was provisioned: %n package(s) written.</source>
        <translation>
            <numerusform>%1 已预配：写入了 %n 个包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/provision/ProvisionWizard.cpp" line="570"/>
        <source>%n app(s) provisioned: %1.</source>
        <translation>
            <numerusform>已预配 %n 个应用：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="573"/>
        <source>Cancelled; the image was left as it was.</source>
        <translation>已取消；映像保持原样。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="574"/>
        <source>Cancelled. Provisioned before the cancel: %1; the app being provisioned was left out.</source>
        <translation>已取消。取消前已预配：%1；正在预配的应用未包含在内。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="578"/>
        <source>Provisioning failed; the image was left as it was. %1</source>
        <translation>预配失败；映像保持原样。%1</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="581"/>
        <source>Provisioned: %1. Failed (left out, the image otherwise unchanged): %2</source>
        <translation>已预配：%1。失败（未包含，映像的其他部分未更改）：%2</translation>
    </message>
</context>
<context>
    <name>wb::ProvisionSourcePage</name>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="98"/>
        <source>App to provision</source>
        <translation>要预配的应用</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="99"/>
        <source>The app is provisioned for every new user of the image. Nothing is written before the review.</source>
        <translation>该应用将为映像的每个新用户预配。检查之前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="100"/>
        <source>App packages (*.appx *.msix *.appxbundle *.msixbundle)</source>
        <translation>应用包 (*.appx *.msix *.appxbundle *.msixbundle)</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="104"/>
        <source>Package or bundle file</source>
        <translation>包或捆绑包文件</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="105"/>
        <source>Folder with the app, its dependencies and its license</source>
        <translation>包含应用、其依赖项和许可证的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="51"/>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="109"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="64"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="65"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="170"/>
        <source>Dependency packages</source>
        <translation>依赖包</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="127"/>
        <source>License file</source>
        <translation>许可证文件</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="106"/>
        <source>Several apps, one package each: a folder of packages, or files separated by &apos;;&apos;</source>
        <translation>多个应用，每个应用一个包：包文件夹，或以“;”分隔的多个文件</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="114"/>
        <source>App Packages</source>
        <translation>应用包</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="124"/>
        <source>Optional and modification packages of the app (their MainPackageDependency names it); Windows installs them only together with the app.</source>
        <translation>该应用的可选包和修改包（其 MainPackageDependency 指向该应用）；Windows 只会将它们与该应用一起安装。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="128"/>
        <source>No license (the app needs none)</source>
        <translation>无许可证（该应用不需要）</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="132"/>
        <source>No region: Windows provisions the app only when it is pinned to Start</source>
        <translation>无区域：Windows 仅在应用固定到“开始”时才预配</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="133"/>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="134"/>
        <source>These regions (ISO 3166-1 codes, e.g. US;GB):</source>
        <translation>以下区域（ISO 3166-1 代码，例如 US;GB）：</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="138"/>
        <source>Full packages (default)</source>
        <translation>完整包（默认）</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="139"/>
        <source>Stub packages (installstub)</source>
        <translation>存根包 (installstub)</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="140"/>
        <source>Full packages (installfull)</source>
        <translation>完整包 (installfull)</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="163"/>
        <source>Image folder:</source>
        <translation>映像文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="169"/>
        <source>App:</source>
        <translation>应用：</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="170"/>
        <source>Dependencies:</source>
        <translation>依赖项：</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="171"/>
        <source>Optional packages:</source>
        <translation>可选包：</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="171"/>
        <source>Optional packages</source>
        <translation>可选包</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="171"/>
        <source>App packages (*.appx *.msix)</source>
        <translation>应用包 (*.appx *.msix)</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="174"/>
        <source>License files (*.xml);;All files (*)</source>
        <translation>许可证文件 (*.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="176"/>
        <source>License:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="177"/>
        <source>Custom data:</source>
        <translation>自定义数据：</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="183"/>
        <source>Regions:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="184"/>
        <source>Stub-aware bundles:</source>
        <translation>支持存根的捆绑包：</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="262"/>
        <source>A license file belongs to one app. With several apps choose No license, or provision the apps that need a license one at a time.</source>
        <translation>许可证文件只属于一个应用。有多个应用时，请选择“无许可证”，或逐个预配需要许可证的应用。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="277"/>
        <source>%1 holds no app packages (.appx, .msix, .appxbundle, .msixbundle).</source>
        <translation>%1 中没有应用包（.appx、.msix、.appxbundle、.msixbundle）。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="295"/>
        <source>%1 is not a folder. Choose the folder the image is mounted on.</source>
        <translation>%1 不是文件夹。请选择映像所装载到的文件夹。</translation>
    </message>
</context>
<context>
    <name>wb::ProvisionWizard</name>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="598"/>
        <source>Provision an App</source>
        <translation>预配应用</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="606"/>
        <source>Provision</source>
        <translation>预配</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="609"/>
        <source>Start Over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="611"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionWizard.cpp" line="611"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>wb::ProvisionedAppsView</name>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="80"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="81"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="81"/>
        <source>Version</source>
        <translation>版本号</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="81"/>
        <source>Architecture</source>
        <translation>体系结构</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="81"/>
        <source>Resource ID</source>
        <translation>资源 ID</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="81"/>
        <source>Package name</source>
        <translation>包名称</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="81"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="81"/>
        <source>Registry</source>
        <translation>注册表</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="82"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="83"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="84"/>
        <source>Set data file…</source>
        <translation>设置数据文件…</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="85"/>
        <source>Optimize</source>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="86"/>
        <source>Replace identical files of the provisioned apps with hard links</source>
        <translation>用硬链接替换已预配应用中的相同文件</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="147"/>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="148"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="149"/>
        <source>Registry only</source>
        <translation>仅在注册表中</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="152"/>
        <source>No hive</source>
        <translation>无配置单元</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="158"/>
        <source>In AppxProvisioning.xml and in the image&apos;s registry: installed for new users.</source>
        <translation>位于 AppxProvisioning.xml 和映像的注册表中：将为新用户安装。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="160"/>
        <source>In AppxProvisioning.xml but not in the image&apos;s registry (AppxAllUserStore): Windows would not install it for new users.</source>
        <translation>位于 AppxProvisioning.xml 中，但不在映像的注册表（AppxAllUserStore）中：Windows 不会为新用户安装它。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="161"/>
        <source>In the image&apos;s registry (AppxAllUserStore) but not in AppxProvisioning.xml.</source>
        <translation>位于映像的注册表（AppxAllUserStore）中，但不在 AppxProvisioning.xml 中。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="164"/>
        <source>The image has no SOFTWARE hive (Windows/System32/config/SOFTWARE), so the registry was not checked.</source>
        <translation>该映像没有 SOFTWARE 配置单元（Windows/System32/config/SOFTWARE），因此未检查注册表。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="188"/>
        <source>No manifest of this app could be read in the image, so its identity name %1 is shown.</source>
        <translation>无法读取映像中此应用的任何清单，因此显示其标识名称 %1。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="192"/>
        <source>The manifest names this app by a resource (%1); WimBench does not read resources.pri, so the identity name %2 is shown.</source>
        <translation>清单通过资源（%1）命名此应用；WimBench 不读取 resources.pri，因此显示标识名称 %2。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="197"/>
        <source>%1 (identity name %2)</source>
        <translation>%1（标识名称 %2）</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="256"/>
        <source>Remove Provisioned App</source>
        <translation>删除预配的应用</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="257"/>
        <source>Remove the provisioning of %1 from %2?

Its package folders are deleted from the image, and so are the frameworks and resource packages that no other provisioned app needs.</source>
        <translation>要从 %2 中删除 %1 的预配吗？

其包文件夹将从映像中删除，其他已预配应用都不需要的框架包和资源包也会一并删除。</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="79"/>
        <source>Image folder:</source>
        <translation>映像文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="69"/>
        <source>Custom data file</source>
        <translation>自定义数据文件</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="173"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="177"/>
        <source>The package folder is missing from Program Files\WindowsApps.</source>
        <translation>Program Files\WindowsApps 中缺少该包文件夹。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="267"/>
        <source>%1 removed: %n package folder(s) deleted.</source>
        <translation>
            <numerusform>已删除 %1：删除了 %n 个包文件夹。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="268"/>
        <source>Deleted: %1.</source>
        <translation>已删除：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="276"/>
        <source>%n identical file(s) replaced by hard links; %1 bytes saved.</source>
        <translation>
            <numerusform>%n 个相同文件已替换为硬链接；节省了 %1 字节。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/provision/ProvisionedAppsView.cpp" line="287"/>
        <source>Custom data written to %1.</source>
        <translation>自定义数据已写入 %1。</translation>
    </message>
</context>
<context>
    <name>wb::Provisioner</name>
    <message>
        <location filename="../engine/provision/ProvisionSupport.cpp" line="80"/>
        <source>%1 could not be moved into place as %2; the image was left as it was.</source>
        <translation>无法将 %1 移动到目标位置 %2；映像保持原样。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionSupport.cpp" line="103"/>
        <source>The %1 %2 cannot be read. Check the path.</source>
        <translation>无法读取%1 %2。请检查路径。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Provisioner.cpp" line="45"/>
        <source>The image folder %1 cannot be opened.</source>
        <translation>无法打开映像文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Provisioner.cpp" line="50"/>
        <source>Another WimBench operation is changing the apps of the image in %1. Wait for it to finish and try again.</source>
        <translation>另一个 WimBench 操作正在更改 %1 中映像的应用。请等待其完成后重试。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Provisioner.cpp" line="162"/>
        <source>Several provisioned apps are named %1; the full package name is needed.</source>
        <translation>有多个已预配的应用名为 %1；需要提供完整包名称。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Provisioner.cpp" line="164"/>
        <source>No app %1 is provisioned in this image.</source>
        <translation>此映像中未预配应用 %1。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="100"/>
        <source>%1 holds no app package or bundle.</source>
        <translation>%1 不包含应用包或捆绑包。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerCommit.cpp" line="293"/>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="161"/>
        <source>license file</source>
        <translation>许可证文件</translation>
    </message>
    <message>
        <location filename="../engine/provision/Provisioner.cpp" line="206"/>
        <location filename="../engine/provision/ProvisionerCommit.cpp" line="288"/>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="163"/>
        <source>custom data file</source>
        <translation>自定义数据文件</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="253"/>
        <source>%1 is not an app package, bundle or unpacked package folder (.appx, .msix, .appxbundle, .msixbundle, or a folder with AppxManifest.xml).</source>
        <translation>%1 不是应用包、捆绑包或解包后的包文件夹（.appx、.msix、.appxbundle、.msixbundle，或包含 AppxManifest.xml 的文件夹）。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="257"/>
        <source>Reading packages</source>
        <translation>正在读取包</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="227"/>
        <source>The dependency %1 is a bundle; dependency packages are single packages (.appx, .msix), usually frameworks such as Microsoft.VCLibs.</source>
        <translation>依赖项 %1 是捆绑包；依赖包是单个包（.appx、.msix），通常是 Microsoft.VCLibs 等框架。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="58"/>
        <source>The app folder %1 contains %2, a symbolic link to %3 outside the folder.</source>
        <translation>应用文件夹 %1 包含 %2，它是指向该文件夹之外的 %3 的符号链接。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="101"/>
        <source>%1 holds several app packages (%2).</source>
        <translation>%1 包含多个应用包（%2）。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="112"/>
        <source>The app folder %1 is not a folder.</source>
        <translation>应用文件夹 %1 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="124"/>
        <source>%1 holds several bundles (%2).</source>
        <translation>%1 包含多个捆绑包（%2）。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="139"/>
        <source>%1 holds several license files (%2).</source>
        <translation>%1 包含多个许可证文件（%2）。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="149"/>
        <source>No app was given.</source>
        <translation>未提供应用。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="150"/>
        <source>Both an app package and an app folder were given.</source>
        <translation>同时提供了应用包和应用文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="153"/>
        <source>Both a license file and &quot;no license&quot; were given.</source>
        <translation>同时提供了许可证文件和“无许可证”。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="158"/>
        <source>A license is required, and none was given.</source>
        <translation>需要许可证，但未提供。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="231"/>
        <source>The optional package %1 is a bundle; WimBench takes optional packages as single packages (.appx, .msix). Give the package of the bundle that fits the image.</source>
        <translation>可选包 %1 是捆绑包；WimBench 只接受单个包（.appx、.msix）作为可选包。请提供捆绑包中适合此映像的包。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="238"/>
        <source>%1 is an optional package of %2 (it has a MainPackageDependency), not a dependency.</source>
        <translation>%1 是 %2 的可选包（它具有 MainPackageDependency），不是依赖项。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="351"/>
        <source>%1 is already provisioned in this image.</source>
        <translation>%1 已在此映像中预配。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerPrepare.cpp" line="376"/>
        <source>%1 already exists but %2 is not in the image&apos;s provisioning list (left over from an earlier install?). Remove that folder and try again.</source>
        <translation>%1 已存在，但 %2 不在映像的预配列表中（是以前安装的残留吗？）。请删除该文件夹，然后重试。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerCommit.cpp" line="48"/>
        <source>%1 cannot be created. Check that the image is mounted read-write.</source>
        <translation>无法创建 %1。请检查映像是否以读写方式装载。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerCommit.cpp" line="70"/>
        <source>The %1 %2 could not be copied into the image.</source>
        <translation>无法将%1 %2 复制到映像中。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerCommit.cpp" line="200"/>
        <source>A staging folder cannot be created in %1. Check that the image is mounted read-write.</source>
        <translation>无法在 %1 中创建暂存文件夹。请检查映像是否以读写方式装载。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerCommit.cpp" line="335"/>
        <source>provisioning record</source>
        <translation>预配记录</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerCommit.cpp" line="411"/>
        <source>The registry hive %1 cannot be kept aside while it is changed. Check free space.</source>
        <translation>更改注册表配置单元 %1 期间无法保留其备份。请检查可用空间。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerCommit.cpp" line="152"/>
        <source>Extracting packages</source>
        <translation>正在提取包</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerCommit.cpp" line="429"/>
        <source>Moving packages into place</source>
        <translation>正在将包移动到目标位置</translation>
    </message>
    <message>
        <location filename="../engine/provision/Provisioner.cpp" line="146"/>
        <source>%1 is part of the provisioned bundle %2; give the bundle&apos;s name.</source>
        <translation>%1 是已预配捆绑包 %2 的一部分；请提供捆绑包的名称。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Provisioner.cpp" line="149"/>
        <source>%1 is a framework or resource package provisioned for other apps, not an app; it is removed with the app that needs it.</source>
        <translation>%1 是为其他应用预配的框架或资源包，不是应用；它会随需要它的应用一起删除。</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="100"/>
        <source>the app asked for</source>
        <translation>所请求的应用</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="101"/>
        <source>package of the bundle %1</source>
        <translation>捆绑包 %1 的包</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="102"/>
        <source>dependency kept: another app provisioned with WimBench uses it</source>
        <translation>保留依赖项：另一个通过 WimBench 预配的应用使用它</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="103"/>
        <source>dependency kept: another provisioned app depends on %1</source>
        <translation>保留依赖项：另一个已预配的应用依赖 %1</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="104"/>
        <source>dependency kept: the manifests of %1 cannot be read, so it is unknown whether they need it</source>
        <translation>保留依赖项：无法读取 %1 的清单，因此无法确定它们是否需要它</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="105"/>
        <source>dependency that came with %1 and that no other provisioned app needs</source>
        <translation>随 %1 一起提供、且其他已预配应用都不需要的依赖项</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="106"/>
        <source>written to the image&apos;s SOFTWARE hive with Path = %1</source>
        <translation>写入映像的 SOFTWARE 配置单元，Path = %1</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="107"/>
        <source>deleted from the image&apos;s SOFTWARE hive: the family had been deprovisioned, and provisioning it again clears that</source>
        <translation>从映像的 SOFTWARE 配置单元中删除：该包系列曾被取消预配，再次预配会清除此状态</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="108"/>
        <source>no registry entries written: the image has no SOFTWARE hive (%1), so Windows would not install the app for new users from it; provision into a complete image or a mounted WIM</source>
        <translation>不写入任何注册表项：该映像没有 SOFTWARE 配置单元（%1），因此 Windows 不会据此为新用户安装该应用；请预配到完整的映像或已装载的 WIM 中</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="109"/>
        <source>deleted from the image&apos;s SOFTWARE hive</source>
        <translation>从映像的 SOFTWARE 配置单元中删除</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="110"/>
        <source>signature trusted by the image: %1</source>
        <translation>签名受映像信任：%1</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="111"/>
        <source>signature not trusted by the image: signed by %1, and the image&apos;s certificate stores lack %2, so Windows would refuse the app at first logon (0x800B0109)</source>
        <translation>签名不受映像信任：签名者为 %1，而映像的证书存储中缺少 %2，因此 Windows 会在首次登录时拒绝该应用 (0x800B0109)</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="112"/>
        <source>not signed: Windows installs only signed app packages (0x800B0100)</source>
        <translation>未签名：Windows 只安装已签名的应用包 (0x800B0100)</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="113"/>
        <source>signed by %1; trust not evaluated: the image has no SOFTWARE hive (%2) holding certificate stores</source>
        <translation>签名者为 %1；未评估信任：映像中没有包含证书存储的 SOFTWARE 配置单元 (%2)</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="114"/>
        <source>trust not evaluated: the signature of an unpacked package folder cannot be checked (its ZIP records are gone)</source>
        <translation>未评估信任：无法检查已解包的包文件夹的签名（其 ZIP 记录已不存在）</translation>
    </message>
    <message>
        <location filename="../engine/provision/DecisionText.cpp" line="115"/>
        <source>written to the image&apos;s SOFTWARE hive (an empty key) so that feature updates do not bring the app back</source>
        <translation>写入映像的 SOFTWARE 配置单元（空项），以免功能更新后该应用再次出现</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisioningJournal.cpp" line="60"/>
        <source>%1 cannot be written. Check that the image is writable and has free space.</source>
        <translation>无法写入 %1。请检查映像是否可写以及是否有可用空间。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerRemove.cpp" line="202"/>
        <source>Removing package folders</source>
        <translation>正在删除包文件夹</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerRemove.cpp" line="41"/>
        <source>The provisioning was removed, but the folder %1 could not be deleted completely. Delete it by hand.</source>
        <translation>预配已删除，但无法完全删除文件夹 %1。请手动删除。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Provisioner.cpp" line="219"/>
        <source>%1 is provisioned but its folder %2 is missing, so custom data cannot be stored.</source>
        <translation>%1 已预配，但其文件夹 %2 缺失，因此无法存储自定义数据。</translation>
    </message>
    <message>
        <location filename="../engine/provision/Provisioner.cpp" line="224"/>
        <source>%1 could not be written; the previous custom data is unchanged.</source>
        <translation>无法写入 %1；以前的自定义数据保持不变。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerTrust.cpp" line="49"/>
        <source>%1 (%2) is not signed. Windows installs only signed app packages, and DISM refuses an unsigned one (0x800B0100, no signature was present). Sign it with SignTool using a certificate the image trusts, then provision it again.</source>
        <translation>%1 (%2) 未签名。Windows 只安装已签名的应用包，DISM 会拒绝未签名的包（0x800B0100，不存在签名）。请使用映像信任的证书通过 SignTool 为其签名，然后重新预配。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisionerTrust.cpp" line="58"/>
        <source>The image does not trust the signer of %1 (%2): its certificate stores lack %3, so Windows would refuse the app at first logon (0x800B0109). Add that certificate to the image&apos;s Trusted Root Certification Authorities store (SOFTWARE\Microsoft\SystemCertificates\ROOT of the image), or the signer to its TrustedPeople store, or have the package signed by a publisher the image trusts.</source>
        <translation>映像不信任 %1 (%2) 的签名者：其证书存储中缺少 %3，因此 Windows 会在首次登录时拒绝该应用 (0x800B0109)。请将该证书添加到映像的受信任的根证书颁发机构存储（映像的 SOFTWARE\Microsoft\SystemCertificates\ROOT），或将签名者添加到其 TrustedPeople 存储，或者请映像信任的发布者为该包签名。</translation>
    </message>
</context>
<context>
    <name>wb::ProvisioningList</name>
    <message>
        <location filename="../engine/provision/ProvisioningList.cpp" line="116"/>
        <source>The provisioning list %1 cannot be read. Check its permissions.</source>
        <translation>无法读取预配列表 %1。请检查其权限。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisioningList.cpp" line="126"/>
        <source>The provisioning list %1 is not valid: %2. Restore it from a backup of the image before provisioning apps.</source>
        <translation>预配列表 %1 无效：%2。请先从映像备份中恢复它，然后再预配应用。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisioningList.cpp" line="184"/>
        <source>The provisioning list %1 is not valid XML (line %2). Restore it from a backup of the image before provisioning apps.</source>
        <translation>预配列表 %1 不是有效的 XML（第 %2 行）。请在预配应用之前从映像备份中还原它。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisioningList.cpp" line="192"/>
        <source>%1 is not a Windows provisioning list: its root element is not AppxProvisionList in namespace %2.</source>
        <translation>%1 不是 Windows 预配列表：其根元素不是命名空间 %2 中的 AppxProvisionList。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisioningList.cpp" line="231"/>
        <source>The folder of the provisioning list %1 cannot be created. Check that the image is mounted read-write.</source>
        <translation>无法创建预配列表 %1 所在的文件夹。请检查映像是否以读写方式装载。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisioningList.cpp" line="234"/>
        <source>The provisioning list %1 could not be saved; the previous list is unchanged. Check that the image is mounted read-write and has free space.</source>
        <translation>无法保存预配列表 %1；原有列表未更改。请检查映像是否以读写方式装载以及是否有可用空间。</translation>
    </message>
</context>
<context>
    <name>wb::ProvisioningSidecar</name>
    <message>
        <location filename="../engine/provision/ProvisioningSidecar.cpp" line="74"/>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisioningSidecar.cpp" line="79"/>
        <source>%1 is not WimBench&apos;s provisioning record (not a JSON object). Move it away to start a new record.</source>
        <translation>%1 不是 WimBench 的预配记录（不是 JSON 对象）。请将其移走以开始新记录。</translation>
    </message>
    <message>
        <location filename="../engine/provision/ProvisioningSidecar.cpp" line="127"/>
        <source>WimBench&apos;s provisioning record %1 could not be written. Check that the image is mounted read-write.</source>
        <translation>无法写入 WimBench 的预配记录 %1。请检查映像是否以读写方式装载。</translation>
    </message>
</context>
<context>
    <name>wb::ReadLogOperation</name>
    <message>
        <location filename="../engine/ops/ReadLogOperation.cpp" line="28"/>
        <source>Read log entries of %1</source>
        <translation>读取 %1 的日志条目</translation>
    </message>
    <message>
        <location filename="../engine/ops/ReadLogOperation.cpp" line="80"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
</context>
<context>
    <name>wb::RegionList</name>
    <message>
        <location filename="../engine/provision/RegionList.cpp" line="81"/>
        <source>No region was given.</source>
        <translation>未提供区域。</translation>
    </message>
    <message>
        <location filename="../engine/provision/RegionList.cpp" line="85"/>
        <source>The country code list %1 could not be read, so regions cannot be checked. Install the iso-codes package.</source>
        <translation>无法读取国家/地区代码列表 %1，因此无法检查区域。请安装 iso-codes 软件包。</translation>
    </message>
    <message>
        <location filename="../engine/provision/RegionList.cpp" line="95"/>
        <source>&quot;all&quot; cannot be combined with country codes in the regions &quot;%1&quot;.</source>
        <translation>区域“%1”中的“all”不能与国家/地区代码组合使用。</translation>
    </message>
    <message>
        <location filename="../engine/provision/RegionList.cpp" line="100"/>
        <source>&quot;%1&quot; in the regions &quot;%2&quot; is not an ISO 3166-1 alpha-2 or alpha-3 country code (for example US, GB, DEU).</source>
        <translation>区域“%2”中的“%1”不是 ISO 3166-1 alpha-2 或 alpha-3 国家/地区代码（例如 US、GB、DEU）。</translation>
    </message>
</context>
<context>
    <name>wb::RemedyText</name>
    <message>
        <location filename="../ui/RemedyText.cpp" line="24"/>
        <source>In the Mounts tab, select %1 and choose Dismount (discard).</source>
        <translation>在“装载”选项卡中选择 %1，然后选择“卸载（放弃）”。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="25"/>
        <source>In the Mounts tab, select %1 and choose Remount.</source>
        <translation>在“装载”选项卡中选择 %1，然后选择“重新装载”。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="27"/>
        <source>In the Mounts tab, select %1 and choose Remount to serve it again, or Dismount (discard) to remove the mount.</source>
        <translation>在“装载”选项卡中选择 %1，然后选择“重新装载”以重新提供它，或选择“卸载（放弃）”以删除该装载。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="31"/>
        <source>In the Mounts tab, select %1 and choose Dismount (discard), or choose Cleanup.</source>
        <translation>在“装载”选项卡中选择 %1，然后选择“卸载（放弃）”，或选择“清理”。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="33"/>
        <source>Open %2 to see which of the two it holds. Then, in the Mounts tab, select %1, choose Dismount (discard) (or Cleanup) and mount the image again.</source>
        <translation>打开 %2，查看其中保存的是两者中的哪一个。然后在“装载”选项卡中选择 %1，选择“卸载（放弃）”（或“清理”），并重新装载该映像。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="36"/>
        <source>Choose Cleanup in the Mounts tab.</source>
        <translation>在“装载”选项卡中选择“清理”。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="37"/>
        <source>Move %1 away, then choose Cleanup in the Mounts tab.</source>
        <translation>将 %1 移到别处，然后在“装载”选项卡中选择“清理”。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="38"/>
        <source>In the Mounts tab, select %1 and dismount it first (save or discard).</source>
        <translation>在“装载”选项卡中选择 %1，并先将其卸载（保存或放弃）。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="39"/>
        <source>The Mounts tab lists the mounted images.</source>
        <translation>“装载”选项卡列出了已装载的映像。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="40"/>
        <source>Mount it read-only, or copy the file and mount the copy.</source>
        <translation>以只读方式装载，或者复制该文件并装载副本。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="42"/>
        <source>Mount it read-only, or first export it to a single .wim file (Image &gt; Export image…).</source>
        <translation>以只读方式装载，或者先将其导出为单个 .wim 文件（映像 &gt; 导出映像…）。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="45"/>
        <source>Mount the image again without Read-only to change it.</source>
        <translation>要更改该映像，请在不勾选“只读”的情况下重新装载它。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="47"/>
        <source>Export it into a single .wim file (Image &gt; Export image…) and change that.</source>
        <translation>将其导出为单个 .wim 文件（映像 &gt; 导出映像…），然后更改该文件。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="49"/>
        <source>Export into a .wim file (a solid .esd cannot be split), then split that (Image &gt; Split image…).</source>
        <translation>导出为 .wim 文件（固实的 .esd 文件无法拆分），然后拆分该文件（映像 &gt; 拆分映像…）。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="51"/>
        <source>The Images tab lists the images of %1.</source>
        <translation>“映像”选项卡列出了 %1 中的映像。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="52"/>
        <source>Select an image (index) first.</source>
        <translation>请先选择一个映像（索引）。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="53"/>
        <source>Check the file name, or open another file (File &gt; Open image…).</source>
        <translation>请检查文件名，或打开其他文件（文件 &gt; 打开映像…）。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="55"/>
        <source>Open the first part (usually the .swm without a number); the other parts are found beside it.</source>
        <translation>请打开第一部分（通常是不带编号的 .swm）；其他部分会在同一位置自动找到。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="59"/>
        <source>For a split image (.swm), keep all its parts in the same folder and open the first part.</source>
        <translation>对于拆分映像 (.swm)，请将其所有部分放在同一文件夹中，并打开第一部分。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="60"/>
        <source>Open it without the integrity check, or use an intact copy.</source>
        <translation>请在不进行完整性检查的情况下打开它，或使用完好的副本。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="62"/>
        <source>Windows&apos; servicing stack may need to repair the image (DISM /Cleanup-Image /RestoreHealth on Windows).</source>
        <translation>可能需要由 Windows 的服务堆栈修复该映像（在 Windows 上运行 DISM /Cleanup-Image /RestoreHealth）。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="66"/>
        <source>Choose a local folder you can write to under Tools &gt; Preferences… &gt; Scratch directory.</source>
        <translation>请在“工具 &gt; 首选项… &gt; 暂存目录”中选择您有写入权限的本地文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="67"/>
        <source>The Drivers list of the Inventory tab shows the published names (oemN.inf).</source>
        <translation>“清单”选项卡的“驱动程序”列表显示发布名称（oemN.inf）。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="68"/>
        <source>Apply without compact mode.</source>
        <translation>请在不使用紧凑模式的情况下应用。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="69"/>
        <source>Untick WIMBoot format.</source>
        <translation>请取消勾选“WIMBoot 格式”。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="70"/>
        <source>Untick WIMBoot format, or choose fast, maximum or no compression.</source>
        <translation>请取消勾选“WIMBoot 格式”，或选择 fast 压缩、maximum 压缩或不压缩。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="71"/>
        <source>Under Capture from, choose an existing folder or an NTFS volume.</source>
        <translation>请在“捕获源”中选择现有文件夹或 NTFS 卷。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="73"/>
        <source>Choose an existing WimScript.ini file, or leave Configuration empty to use DISM&apos;s default exclusions.</source>
        <translation>请选择现有的 WimScript.ini 文件，或将“配置”留空以使用 DISM 的默认排除项。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="76"/>
        <source>Fill in Name.</source>
        <translation>请填写“名称”。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="77"/>
        <source>Choose a new file name to create the file.</source>
        <translation>请选择新的文件名以创建该文件。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="78"/>
        <source>Keep the file&apos;s compression.</source>
        <translation>请保留该文件的压缩方式。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="79"/>
        <source>Append the image to it, or choose a new file name.</source>
        <translation>请将映像追加到该文件，或选择新的文件名。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="80"/>
        <source>Untick Bootable.</source>
        <translation>请取消勾选“可启动”。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="82"/>
        <source>The Provisioned apps tab lists the provisioned apps with their full package names.</source>
        <translation>“已预配的应用”选项卡列出了已预配的应用及其完整包名称。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="84"/>
        <source>Remove %1 first in the Provisioned apps tab, or provision a newer version.</source>
        <translation>请先在“已预配的应用”选项卡中删除 %1，或预配更新的版本。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="85"/>
        <source>Choose the folder of a mounted or applied Windows image.</source>
        <translation>请选择已装载或已应用的 Windows 映像的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="87"/>
        <source>Under Regions, choose All regions or list ISO 3166-1 country codes such as US;GB.</source>
        <translation>请在“区域”中选择“所有区域”，或列出 ISO 3166-1 国家/地区代码，例如 US;GB。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="89"/>
        <source>Copy the file into the folder, or choose the package, dependencies and license one by one in the wizard.</source>
        <translation>请将该文件复制到该文件夹中，或在向导中逐一选择包、依赖项和许可证。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="92"/>
        <source>Put one app per folder, or choose the app&apos;s package file in the wizard.</source>
        <translation>请每个文件夹只放一个应用，或在向导中选择应用的包文件。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="93"/>
        <source>Choose one license file in the wizard.</source>
        <translation>请在向导中选择一个许可证文件。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="95"/>
        <source>Choose the app&apos;s package or bundle, or a folder with the app, its dependencies and license.</source>
        <translation>请选择应用的包或捆绑包，或者包含该应用及其依赖项和许可证的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="96"/>
        <source>Choose either a package file or a folder, not both.</source>
        <translation>请选择包文件或文件夹，不要同时选择两者。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="97"/>
        <source>Choose either a license file or No license, not both.</source>
        <translation>请选择许可证文件或“无许可证”，不要同时选择两者。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="99"/>
        <source>Choose the app&apos;s license file, or No license for an app that needs none (sideloaded line-of-business apps).</source>
        <translation>请选择应用的许可证文件；对于不需要许可证的应用（旁加载的业务线应用），请选择“无许可证”。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="102"/>
        <source>Add %1 under Dependencies in the wizard.</source>
        <translation>请在向导的“依赖项”下添加 %1。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="103"/>
        <source>Choose %2 as the app and add %1 under Optional packages in the wizard.</source>
        <translation>请在向导中选择 %2 作为应用，并在“可选包”下添加 %1。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="105"/>
        <source>Choose an app as the package and add frameworks under Dependencies in the wizard.</source>
        <translation>请在向导中选择一个应用作为包，并在“依赖项”下添加框架。</translation>
    </message>
    <message>
        <location filename="../ui/RemedyText.cpp" line="112"/>
        <source>Choose the app it modifies as the app and add %1 under Optional packages in the wizard.</source>
        <translation>请将它所修改的应用选为应用，并在向导的“可选包”下添加 %1。</translation>
    </message>
</context>
<context>
    <name>wb::RemountImageOperation</name>
    <message>
        <location filename="../engine/ops/RemountImageOperation.cpp" line="28"/>
        <source>Remount %1</source>
        <translation>重新装载 %1</translation>
    </message>
    <message>
        <location filename="../engine/ops/RemountImageOperation.cpp" line="56"/>
        <source>%1 cannot be remounted: %2.</source>
        <translation>无法重新装载 %1：%2。</translation>
    </message>
</context>
<context>
    <name>wb::RemoveProvisionedAppxPackageOperation</name>
    <message>
        <location filename="../engine/ops/RemoveProvisionedAppxPackageOperation.cpp" line="18"/>
        <source>Remove the provisioned app %1 from %2</source>
        <translation>从 %2 中删除已预配的应用 %1</translation>
    </message>
</context>
<context>
    <name>wb::SaveImageOperation</name>
    <message>
        <location filename="../engine/ops/SaveImageOperation.cpp" line="36"/>
        <source>Save the changes in %1 as a new image</source>
        <translation>将 %1 中的更改另存为新映像</translation>
    </message>
    <message>
        <location filename="../engine/ops/SaveImageOperation.cpp" line="36"/>
        <source>Save the changes in %1</source>
        <translation>保存 %1 中的更改</translation>
    </message>
    <message>
        <location filename="../engine/ops/SaveImageOperation.cpp" line="78"/>
        <source>%1 is mounted read-only, so there is nothing to save.</source>
        <translation>%1 以只读方式装载，因此没有可保存的内容。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SaveImageOperation.cpp" line="132"/>
        <source>The changes were saved into %1, but the image could not be mounted again at %2: %3</source>
        <translation>更改已保存到 %1，但无法在 %2 重新装载该映像：%3</translation>
    </message>
</context>
<context>
    <name>wb::ScratchDirectory</name>
    <message>
        <location filename="../engine/core/ScratchDirectory.cpp" line="48"/>
        <source>The scratch directory %1 does not exist.</source>
        <translation>暂存目录 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../engine/core/ScratchDirectory.cpp" line="51"/>
        <source>The scratch directory %1 is not a folder.</source>
        <translation>暂存目录 %1 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/core/ScratchDirectory.cpp" line="54"/>
        <source>The scratch directory %1 is not writable.</source>
        <translation>暂存目录 %1 不可写。</translation>
    </message>
    <message>
        <location filename="../engine/core/ScratchDirectory.cpp" line="60"/>
        <source>The scratch directory %1 is on a network file system (%2). The scratch directory must be on a local disk.</source>
        <translation>暂存目录 %1 位于网络文件系统（%2）上。暂存目录必须位于本地磁盘上。</translation>
    </message>
    <message>
        <location filename="../engine/core/ScratchDirectory.cpp" line="80"/>
        <source>Could not create a working folder in the scratch directory %1.</source>
        <translation>无法在暂存目录 %1 中创建工作文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/core/ScratchDirectory.cpp" line="86"/>
        <source>Could not find a free name for a working folder in %1.</source>
        <translation>无法在 %1 中为工作文件夹找到可用的名称。</translation>
    </message>
</context>
<context>
    <name>wb::SearchImageOperation</name>
    <message>
        <location filename="../engine/ops/SearchImageOperation.cpp" line="37"/>
        <source>Search for &quot;%1&quot; in %2 (%3)</source>
        <translation>在 %2（%3）中搜索“%1”</translation>
    </message>
    <message>
        <location filename="../engine/ops/SearchImageOperation.cpp" line="63"/>
        <source>Type part of a file name to search for (wildcards * and ? are allowed).</source>
        <translation>请输入要搜索的文件名的一部分（允许使用通配符 * 和 ?）。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SearchImageOperation.cpp" line="73"/>
        <source>Searching image %1</source>
        <translation>正在搜索映像 %1</translation>
    </message>
</context>
<context>
    <name>wb::SearchResultsModel</name>
    <message>
        <location filename="../ui/SearchResultsModel.cpp" line="57"/>
        <source>%L1 bytes</source>
        <translation>%L1 字节</translation>
    </message>
    <message>
        <location filename="../ui/SearchResultsModel.cpp" line="75"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../ui/SearchResultsModel.cpp" line="77"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/SearchResultsModel.cpp" line="79"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/SearchResultsModel.cpp" line="81"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>wb::ServicingStore</name>
    <message>
        <location filename="../engine/inventory/ServicingStore.cpp" line="58"/>
        <source>Reading package manifests</source>
        <translation>正在读取程序包清单</translation>
    </message>
</context>
<context>
    <name>wb::SetImageInfoOperation</name>
    <message>
        <location filename="../engine/ops/SetImageInfoOperation.cpp" line="35"/>
        <source>Change %1 of %2</source>
        <translation>更改 %2 的 %1</translation>
    </message>
    <message>
        <location filename="../engine/ops/SetImageInfoOperation.cpp" line="57"/>
        <source>An image needs a name; give a non-empty new name for image %1 of %2.</source>
        <translation>映像需要名称；请为 %2 的映像 %1 提供非空的新名称。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SetImageInfoOperation.cpp" line="64"/>
        <source>Opening image file</source>
        <translation>正在打开映像文件</translation>
    </message>
</context>
<context>
    <name>wb::SetProvisionedAppxDataFileOperation</name>
    <message>
        <location filename="../engine/ops/SetProvisionedAppxDataFileOperation.cpp" line="19"/>
        <source>Set the custom data of %1 in %2</source>
        <translation>设置 %2 中 %1 的自定义数据</translation>
    </message>
</context>
<context>
    <name>wb::SignatureCheck</name>
    <message>
        <location filename="../engine/appx/SignatureCheck.cpp" line="39"/>
        <source>%1 does not match its signature: the %2 differs from what was signed, so the package was damaged or altered after it was signed. Get a new copy from its publisher; it was not used.</source>
        <translation>%1 与其签名不符：%2 与签名时的内容不同，因此该包在签名后已损坏或被修改。请从其发布者处获取新副本；未使用该包。</translation>
    </message>
    <message>
        <location filename="../engine/appx/SignatureCheck.cpp" line="64"/>
        <location filename="../engine/appx/SignatureCheck.cpp" line="166"/>
        <source>Could not read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../engine/appx/SignatureCheck.cpp" line="89"/>
        <source>%1: AppxSignature.p7x is not the last part of the package, so parts were added after it was signed. Get a new copy from its publisher; it was not used.</source>
        <translation>%1：AppxSignature.p7x 不是包的最后一部分，因此签名后又添加了其他部分。请从其发布者处获取新副本；未使用该包。</translation>
    </message>
    <message>
        <location filename="../engine/appx/SignatureCheck.cpp" line="187"/>
        <source>%1: the file ends inside its ZIP records. The package is damaged.</source>
        <translation>%1：文件在其 ZIP 记录中间结束。该包已损坏。</translation>
    </message>
    <message>
        <location filename="../engine/appx/SignatureCheck.cpp" line="252"/>
        <source>%1 in %2 cannot be read: %3. The package is damaged.</source>
        <translation>无法读取 %2 中的 %1：%3。该包已损坏。</translation>
    </message>
    <message>
        <location filename="../engine/appx/SignatureCheck.cpp" line="288"/>
        <source>ZIP compression method %1 is not allowed in app packages</source>
        <translation>应用包中不允许使用 ZIP 压缩方法 %1</translation>
    </message>
    <message>
        <location filename="../engine/appx/SignatureCheck.cpp" line="360"/>
        <source>%1 in %2 does not match its ZIP checksum, so the package is damaged. Get a new copy.</source>
        <translation>%2 中的 %1 与其 ZIP 校验和不符，因此该包已损坏。请获取新副本。</translation>
    </message>
</context>
<context>
    <name>wb::SignatureTrust</name>
    <message>
        <location filename="../engine/appx/SignatureTrust.cpp" line="73"/>
        <source>The certificate store entry %1 holds no certificate (its Blob value is damaged); it is ignored.</source>
        <translation>证书存储项 %1 不包含证书（其 Blob 值已损坏）；已忽略该项。</translation>
    </message>
    <message>
        <location filename="../engine/appx/SignatureTrust.cpp" line="80"/>
        <source>unsigned: Windows installs only signed packages; sign it (SignTool) with a certificate the image trusts</source>
        <translation>未签名：Windows 只安装已签名的包；请使用映像信任的证书为其签名（SignTool）</translation>
    </message>
    <message>
        <location filename="../engine/appx/SignatureTrust.cpp" line="87"/>
        <source>trusted: the signer %1 is in the image&apos;s TrustedPeople store</source>
        <translation>受信任：签名者 %1 位于映像的 TrustedPeople 存储中</translation>
    </message>
    <message>
        <location filename="../engine/appx/SignatureTrust.cpp" line="116"/>
        <source>trusted: the signer chains to %1 in the image&apos;s root stores</source>
        <translation>受信任：签名者的证书链可追溯到映像根存储中的 %1</translation>
    </message>
    <message>
        <location filename="../engine/appx/SignatureTrust.cpp" line="125"/>
        <source>untrusted: the image&apos;s certificate stores lack %1, so Windows would refuse the app at first logon. Add that certificate to the image&apos;s Trusted Root store (or the signer to TrustedPeople), or get the package signed by a publisher the image trusts</source>
        <translation>不受信任：映像的证书存储中缺少 %1，因此 Windows 会在首次登录时拒绝该应用。请将该证书添加到映像的受信任的根证书颁发机构存储（或将签名者添加到 TrustedPeople），或者请映像信任的发布者为该包签名</translation>
    </message>
</context>
<context>
    <name>wb::SplitDialog</name>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="59"/>
        <source>Split Image</source>
        <translation>拆分映像</translation>
    </message>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="61"/>
        <source>Image file:</source>
        <translation>映像文件：</translation>
    </message>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="62"/>
        <source>First part:</source>
        <translation>第一部分：</translation>
    </message>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="63"/>
        <source>install.swm (the other parts are numbered beside it)</source>
        <translation>install.swm（其他部分在其旁边按编号命名）</translation>
    </message>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="64"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="65"/>
        <source>Largest part size:</source>
        <translation>最大分卷大小：</translation>
    </message>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="66"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="67"/>
        <source>Check integrity (verify the image, write integrity tables)</source>
        <translation>检查完整性（验证映像，写入完整性表）</translation>
    </message>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="68"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="86"/>
        <source>First Part of the Split Image</source>
        <translation>拆分映像的第一部分</translation>
    </message>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="117"/>
        <source>The split failed.</source>
        <translation>拆分失败。</translation>
    </message>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="87"/>
        <source>Split images (*.swm)</source>
        <translation>拆分映像 (*.swm)</translation>
    </message>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="105"/>
        <source>Wrote 1 part: %1.</source>
        <translation>已写入 1 个部分：%1。</translation>
    </message>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="106"/>
        <source>Wrote %1 parts; the first is %2.</source>
        <translation>已写入 %1 个部分；第一部分是 %2。</translation>
    </message>
    <message>
        <location filename="../ui/export/SplitDialog.cpp" line="112"/>
        <source>The split was cancelled; no part was written.</source>
        <translation>拆分已取消；未写入任何部分。</translation>
    </message>
</context>
<context>
    <name>wb::SplitImageOperation</name>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="75"/>
        <source>Split %1 into parts of %2 MB (%3)</source>
        <translation>将 %1 拆分为 %2 MB 的部分（%3）</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="106"/>
        <source>The part size must be at least 1 MB (got %1).</source>
        <translation>分卷大小必须至少为 1 MB（收到 %1）。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="109"/>
        <source>No name was given for the first part of the split image (e.g. install.swm).</source>
        <translation>未提供拆分映像第一部分的名称（例如 install.swm）。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="113"/>
        <source>The first part %1 must be named *.swm (e.g. install.swm): the other parts are found by that name.</source>
        <translation>第一部分 %1 必须命名为 *.swm（例如 install.swm）：其他部分根据该名称查找。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="118"/>
        <source>The folder of %1 does not exist. Create it first or choose another place for the parts.</source>
        <translation>%1 所在的文件夹不存在。请先创建它，或为这些部分选择其他位置。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="123"/>
        <source>%1 already exists. Remove it (and its other parts) or choose another name for the split image.</source>
        <translation>%1 已存在。请删除它（及其其他部分），或为拆分映像选择其他名称。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="126"/>
        <source>The split image cannot replace its own source %1.</source>
        <translation>拆分映像不能替换其自身的源 %1。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="132"/>
        <source>Opening image file</source>
        <translation>正在打开映像文件</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="144"/>
        <source>%1 is already a split image. Export it to a single .wim file first, then split that.</source>
        <translation>%1 已经是拆分映像。请先将其导出为单个 .wim 文件，然后再拆分。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="147"/>
        <source>%1 is a solid (ESD) file, which cannot be split. Export it to a .wim file with fast or maximum compression first, then split that.</source>
        <translation>%1 是固实（ESD）文件，无法拆分。请先以快速或最大压缩将其导出为 .wim 文件，然后再拆分。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="177"/>
        <source>%1 cannot be split (it holds solid resources). Export it to a .wim file with fast or maximum compression first, then split that.</source>
        <translation>%1 无法拆分（它包含固实资源）。请先以快速或最大压缩将其导出为 .wim 文件，然后再拆分。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="256"/>
        <source>Could not create a staging folder in %1.</source>
        <translation>无法在 %1 中创建暂存文件夹。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="196"/>
        <source>Splitting %1 did not produce the expected part files.</source>
        <translation>拆分 %1 未生成预期的分卷文件。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="208"/>
        <source>%1 already exists, so the %2 parts were not moved into place. Remove it or choose another name for the split image.</source>
        <translation>%1 已存在，因此未将 %2 个部分移动到目标位置。请删除它，或为拆分映像选择其他名称。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="220"/>
        <source>Could not write into the staging folder %1. Check free space.</source>
        <translation>无法写入暂存文件夹 %1。请检查可用空间。</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="223"/>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="235"/>
        <source>Moving parts into place</source>
        <translation>正在将分卷移动到目标位置</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="231"/>
        <source>Could not move the part %1 into place; no part was kept.</source>
        <translation>无法将分卷 %1 移动到目标位置；未保留任何部分。</translation>
    </message>
</context>
<context>
    <name>wb::StagingFolder</name>
    <message>
        <location filename="../engine/appx/StagingFolder.cpp" line="37"/>
        <source>%1 already exists. Remove it or choose another folder to extract the package to.</source>
        <translation>%1 已存在。请删除它，或选择其他文件夹来提取包。</translation>
    </message>
    <message>
        <location filename="../engine/appx/StagingFolder.cpp" line="42"/>
        <source>The folder %1 does not exist, so the package cannot be extracted into it. Create it first.</source>
        <translation>文件夹 %1 不存在，因此无法将包提取到其中。请先创建它。</translation>
    </message>
    <message>
        <location filename="../engine/appx/StagingFolder.cpp" line="51"/>
        <source>The package needs %1 bytes but only %2 bytes are free in %3. Free some space and try again.</source>
        <translation>该包需要 %1 字节，但 %3 中只有 %2 字节可用。请释放一些空间，然后重试。</translation>
    </message>
    <message>
        <location filename="../engine/appx/StagingFolder.cpp" line="60"/>
        <source>Could not create a working folder in %1. Check that you may write there.</source>
        <translation>无法在 %1 中创建工作文件夹。请检查您是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../engine/appx/StagingFolder.cpp" line="80"/>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../engine/appx/StagingFolder.cpp" line="84"/>
        <source>Could not create %1 in %2: %3. Check that the disk is not full and that you may write there.</source>
        <translation>无法在 %2 中创建 %1：%3。请检查磁盘是否已满以及是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../engine/appx/StagingFolder.cpp" line="93"/>
        <source>Could not move the extracted package into place as %1.</source>
        <translation>无法将提取的包移动到目标位置 %1。</translation>
    </message>
</context>
<context>
    <name>wb::WimApply</name>
    <message>
        <location filename="../engine/wim/WimApply.cpp" line="49"/>
        <source>Could not apply image %1 of %2 to %3</source>
        <translation>无法将 %2 的映像 %1 应用到 %3</translation>
    </message>
</context>
<context>
    <name>wb::WimFile</name>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="125"/>
        <source>Listing files</source>
        <translation>正在列出文件</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="134"/>
        <source>Image %1 of %2 contains an entry named &quot;%3&quot; in %4. No Windows file name contains &apos;/&apos; or &apos;\&apos;, so the image is damaged or crafted; it is not read further. Use an intact copy of the image.</source>
        <translation>%2 的映像 %1 在 %4 中包含名为“%3”的条目。Windows 文件名不会包含“/”或“\”，因此该映像已损坏或被篡改；不再继续读取。请使用完好的映像副本。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="184"/>
        <source>%1 changed while it was being read: another program is writing into it. Wait until it has finished, then open or refresh it again.</source>
        <translation>读取 %1 时它发生了更改：另一个程序正在写入它。请等待其完成，然后再次打开或刷新。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="206"/>
        <source>%1 is a folder, not an image file. Give the path of a .wim, .esd or .swm file.</source>
        <translation>%1 是文件夹，不是映像文件。请提供 .wim、.esd 或 .swm 文件的路径。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="211"/>
        <source>%1 is not a regular file (it is a device, a named pipe or a socket). Give the path of a .wim, .esd or .swm file.</source>
        <translation>%1 不是普通文件（它是设备、命名管道或套接字）。请提供 .wim、.esd 或 .swm 文件的路径。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="234"/>
        <source>Could not open the image file %1</source>
        <translation>无法打开映像文件 %1</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="202"/>
        <source>The image file %1 does not exist.</source>
        <translation>映像文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="244"/>
        <source>%1 is part %2 of a split image.</source>
        <translation>%1 是拆分映像的第 %2 部分。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="248"/>
        <source>%1 is a split image, which can only be opened read-only. Export it to a single WIM file to change it.</source>
        <translation>%1 是拆分映像，只能以只读方式打开。若要更改，请先将其导出为单个 WIM 文件。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="257"/>
        <source>Could not open the other parts of the split image %1 (pattern %2)</source>
        <translation>无法打开拆分映像 %1 的其他部分（模式 %2）</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="278"/>
        <source>Could not prepare the new image file %1</source>
        <translation>无法准备新映像文件 %1</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="398"/>
        <source>Give either an index or a name for the image in %1, not both.</source>
        <translation>请为 %1 中的映像指定索引或名称，不能同时指定两者。</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/wim/WimFile.cpp" line="403"/>
        <source>%1 has no image with index %2; it has %n image(s).</source>
        <translation>
            <numerusform>%1 中没有索引为 %2 的映像；它包含 %n 个映像。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="412"/>
        <source>%1 has no image named &quot;%2&quot;.</source>
        <translation>%1 中没有名为“%2”的映像。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="418"/>
        <source>%1 has %2 images, and none was chosen.</source>
        <translation>%1 包含 %2 个映像，但未选择任何映像。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="439"/>
        <location filename="../engine/wim/WimFile.cpp" line="463"/>
        <source>There is no %1 in image %2 of %3.</source>
        <translation>%3 的映像 %2 中没有 %1。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="440"/>
        <source>Could not list %1 in image %2 of %3</source>
        <translation>无法列出 %3 的映像 %2 中的 %1</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="465"/>
        <source>Could not read %1 in image %2 of %3</source>
        <translation>无法读取 %3 的映像 %2 中的 %1</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimFile.cpp" line="477"/>
        <source>%1 in image %2 of %3 is a file, not a folder.</source>
        <translation>%3 的映像 %2 中的 %1 是文件，不是文件夹。</translation>
    </message>
</context>
<context>
    <name>wb::WimLibrary</name>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="27"/>
        <source>The integrity table of %1 does not match its contents: the file is damaged. Use an intact copy of the image.</source>
        <translation>%1 的完整性表与其内容不符：文件已损坏。请使用完好的映像副本。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="30"/>
        <source>%1 is not a WIM, ESD or SWM file. Check the path.</source>
        <translation>%1 不是 WIM、ESD 或 SWM 文件。请检查路径。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="33"/>
        <source>Check that %1 exists and that you may read it.</source>
        <translation>请检查 %1 是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="41"/>
        <source>%1 is damaged. Use an intact copy of the image.</source>
        <translation>%1 已损坏。请使用完好的映像副本。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="46"/>
        <source>%1 is part of a split image, which cannot be changed. Export it to a single WIM first.</source>
        <translation>%1 是拆分映像的一部分，无法更改。请先将其导出为单个 WIM。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="48"/>
        <source>%1 is read-only or marked read-only. Check its permissions or copy it.</source>
        <translation>%1 是只读的或被标记为只读。请检查其权限或复制该文件。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="51"/>
        <source>Check that there is enough free space beside %1 and that you may write there.</source>
        <translation>请检查 %1 所在位置是否有足够的可用空间以及您是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="53"/>
        <source>Close other programs and try again.</source>
        <translation>请关闭其他程序后重试。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="55"/>
        <source>Choose another image name.</source>
        <translation>请选择其他映像名称。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="28"/>
        <source>The integrity table of %1 is malformed.</source>
        <translation>%1 的完整性表格式错误。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="44"/>
        <source>Part of the data of %1 is missing.</source>
        <translation>%1 的部分数据缺失。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="56"/>
        <source>%1 has no such image.</source>
        <translation>%1 中没有这样的映像。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="58"/>
        <source>The system&apos;s message queues for saving mounted images are used up, usually by saves that were killed earlier (each leaves one behind); cleaning up stale mounts removes them.</source>
        <translation>系统用于保存已装载映像的消息队列已用尽，通常是之前被终止的保存留下的（每次留下一个）；清理过时的装载会将其删除。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="61"/>
        <source>Close the programs that use files in the mount folder and try again.</source>
        <translation>请关闭正在使用装载文件夹中文件的程序，然后重试。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="63"/>
        <source>%1 is encrypted; WimBench cannot read encrypted ESD files.</source>
        <translation>%1 已加密；WimBench 无法读取加密的 ESD 文件。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="65"/>
        <source>%1 was written in a WIM version this tool does not know.</source>
        <translation>%1 使用了本工具无法识别的 WIM 版本写入。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="88"/>
        <source>Extracting files</source>
        <translation>正在提取文件</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="89"/>
        <source>Creating files</source>
        <translation>正在创建文件</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="90"/>
        <source>Applying metadata</source>
        <translation>正在应用元数据</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="93"/>
        <source>Scanning files</source>
        <translation>正在扫描文件</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="94"/>
        <source>Writing data</source>
        <translation>正在写入数据</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="96"/>
        <source>Writing metadata</source>
        <translation>正在写入元数据</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="97"/>
        <source>Renaming into place</source>
        <translation>正在重命名到目标位置</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="98"/>
        <source>Checking integrity</source>
        <translation>正在检查完整性</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="99"/>
        <source>Writing integrity table</source>
        <translation>正在写入完整性表</translation>
    </message>
    <message>
        <location filename="../engine/ops/SplitImageOperation.cpp" line="157"/>
        <location filename="../engine/wim/WimLibrary.cpp" line="101"/>
        <source>Writing split parts</source>
        <translation>正在写入拆分部分</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="102"/>
        <source>Unmounting</source>
        <translation>正在卸载</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimLibrary.cpp" line="105"/>
        <source>Verifying data</source>
        <translation>正在验证数据</translation>
    </message>
</context>
<context>
    <name>wb::WimWriteHelper</name>
    <message>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="277"/>
        <source>Could not export image %1 of %2</source>
        <translation>无法导出 %2 的映像 %1</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="279"/>
        <source>Could not open the source image %1</source>
        <translation>无法打开源映像 %1</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="281"/>
        <source>Could not append the image to %1; the file was left as it was</source>
        <translation>无法将映像追加到 %1；该文件保持原样</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="282"/>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="296"/>
        <source>Could not write the new image file %1</source>
        <translation>无法写入新映像文件 %1</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="219"/>
        <source>The write helper stopped before %1 was written; nothing was changed. See the log for details.</source>
        <translation>写入帮助程序在写入 %1 之前停止；未进行任何更改。有关详细信息，请参阅日志。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="126"/>
        <source>The write helper sent a report this version of WimBench does not understand; nothing was written.</source>
        <translation>写入帮助程序发送了此版本的 WimBench 无法识别的报告；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="230"/>
        <source>The write helper wimbench-write-helper was not found next to this program. Reinstall WimBench or set WIMBENCH_WRITE_HELPER to its path.</source>
        <translation>在本程序旁边找不到写入帮助程序 wimbench-write-helper。请重新安装 WimBench，或将 WIMBENCH_WRITE_HELPER 设置为其路径。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="235"/>
        <source>Could not read %1 before appending to it; nothing was changed.</source>
        <translation>追加前无法读取 %1；未进行任何更改。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="241"/>
        <source>Could not start the write helper wimbench-write-helper.</source>
        <translation>无法启动写入帮助程序 wimbench-write-helper。</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="293"/>
        <source>Could not capture %1</source>
        <translation>无法捕获 %1</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="295"/>
        <source>Could not write the changes into %1; the file was left as it was</source>
        <translation>无法将更改写入 %1；该文件保持原样</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="306"/>
        <source>Could not delete image %1 of %2</source>
        <translation>无法删除 %2 的映像 %1</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="308"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriteHelper.cpp" line="309"/>
        <source>Could not write the new version of %1</source>
        <translation>无法写入 %1 的新版本</translation>
    </message>
</context>
<context>
    <name>wb::WimWriter</name>
    <message>
        <location filename="../engine/wim/WimWriter.cpp" line="44"/>
        <source>Could not set %1 of image %2 of %3</source>
        <translation>无法设置 %3 的映像 %2 的 %1</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriter.cpp" line="55"/>
        <source>Could not make image %1 of %2 bootable</source>
        <translation>无法将 %2 的映像 %1 设为可启动</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriter.cpp" line="73"/>
        <source>Could not write the changes into %1; the file was left as it was</source>
        <translation>无法将更改写入 %1；该文件保持原样</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriter.cpp" line="90"/>
        <source>Could not split %1 into %2</source>
        <translation>无法将 %1 拆分为 %2</translation>
    </message>
    <message>
        <location filename="../engine/wim/WimWriter.cpp" line="105"/>
        <source>The newly written %1 did not verify</source>
        <translation>新写入的 %1 未通过验证</translation>
    </message>
</context>
<context>
    <name>wb::WorkbenchViews</name>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="38"/>
        <location filename="../ui/WorkbenchViews.cpp" line="129"/>
        <source>Mounts</source>
        <translation>装载</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="39"/>
        <location filename="../ui/WorkbenchViews.cpp" line="129"/>
        <source>Provisioned apps</source>
        <translation>已预配的应用</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="40"/>
        <location filename="../ui/WorkbenchViews.cpp" line="129"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="42"/>
        <location filename="../ui/WorkbenchViews.cpp" line="129"/>
        <source>Inventory</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="51"/>
        <source>Inspect an App Package</source>
        <translation>检查应用包</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="52"/>
        <source>App packages (*.appx *.msix *.appxbundle *.msixbundle);;All files (*)</source>
        <translation>应用包 (*.appx *.msix *.appxbundle *.msixbundle);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="99"/>
        <source>Read-Write Mounts</source>
        <translation>读写装载</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WorkbenchViews.cpp" line="100"/>
        <source>%n image(s) are still mounted read-write:</source>
        <translation>
            <numerusform>仍有 %n 个映像以读写方式装载：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="102"/>
        <source>They stay mounted after you quit, and changes that were not saved stay only in the mount folder. Save or dismount them in the Mounts tab. Quit anyway?</source>
        <translation>退出后它们仍保持装载，未保存的更改只保留在装载文件夹中。请在“装载”选项卡中保存或卸载它们。仍要退出吗？</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="114"/>
        <source>&amp;Mount image…</source>
        <translation>装载映像(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="115"/>
        <source>&amp;Export image…</source>
        <translation>导出映像(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="116"/>
        <source>S&amp;plit image…</source>
        <translation>拆分映像(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="117"/>
        <source>&amp;Apply image…</source>
        <translation>应用映像(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="118"/>
        <source>&amp;Capture image…</source>
        <translation>捕获映像(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="119"/>
        <source>&amp;Inspect app package…</source>
        <translation>检查应用包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="120"/>
        <source>&amp;Provision app packages…</source>
        <translation>预配应用包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="121"/>
        <source>Mount the selected index of the image at a folder, read-write or read-only</source>
        <translation>以读写或只读方式将映像的所选索引装载到文件夹</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="122"/>
        <source>Export the selected index to another image file with a chosen compression</source>
        <translation>以所选压缩方式将所选索引导出到另一个映像文件</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="123"/>
        <source>Split the image file into .swm parts of a given size</source>
        <translation>将映像文件拆分为指定大小的 .swm 部分</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="124"/>
        <source>Apply an index of an image into a folder or onto an NTFS volume</source>
        <translation>将映像的某个索引应用到文件夹或 NTFS 卷</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="125"/>
        <source>Capture a folder or an NTFS volume into a new image file, or append it to an existing one</source>
        <translation>将文件夹或 NTFS 卷捕获到新映像文件，或追加到现有映像文件</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="126"/>
        <source>Provision .appx/.msix packages into the selected read-write mount</source>
        <translation>将 .appx/.msix 包预配到所选的读写装载中</translation>
    </message>
    <message>
        <location filename="../ui/WorkbenchViews.cpp" line="216"/>
        <source>Choose a Mounted or Applied Windows Image Folder</source>
        <translation>选择已装载或已应用的 Windows 映像文件夹</translation>
    </message>
</context>
<context>
    <name>wb::ZipArchive</name>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="58"/>
        <source>Could not read %1 in %2</source>
        <translation>无法读取 %2 中的 %1</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="83"/>
        <source>%1: the file is not a ZIP archive, so it is not an app package. Check that it was copied completely and is really an .appx, .msix or bundle file.</source>
        <translation>%1：该文件不是 ZIP 存档，因此不是应用包。请检查它是否已完整复制，以及是否确实是 .appx、.msix 或捆绑包文件。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="91"/>
        <source>%1: the ZIP structure of the package is damaged (its central directory does not match its contents). Download or copy the package again.</source>
        <translation>%1：包的 ZIP 结构已损坏（其中央目录与内容不符）。请重新下载或复制该包。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="97"/>
        <source>%1: the data does not match its ZIP checksum, so the package is damaged. Download or copy the package again.</source>
        <translation>%1：数据与其 ZIP 校验和不符，因此该包已损坏。请重新下载或复制该包。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="105"/>
        <source>%1: the package uses a ZIP compression or encryption that app packages may not use.</source>
        <translation>%1：该包使用了应用包不允许使用的 ZIP 压缩或加密方式。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="108"/>
        <source>%1: the file does not exist.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="113"/>
        <source>%1: the file could not be read. Check that it exists and that you may read it.</source>
        <translation>%1：无法读取该文件。请检查它是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="115"/>
        <source>%1: the ZIP library reported an error.</source>
        <translation>%1：ZIP 库报告了错误。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="155"/>
        <source>The package %1 does not exist. Check the path.</source>
        <translation>包 %1 不存在。请检查路径。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="160"/>
        <location filename="../engine/appx/ZipArchive.cpp" line="171"/>
        <location filename="../engine/appx/ZipArchive.cpp" line="178"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="200"/>
        <source>Could not read the directory of %1</source>
        <translation>无法读取 %1 的目录</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="215"/>
        <source>%1 contains %2 as a symbolic link; app packages hold only plain files. The package is crafted or was not made by MakeAppx.</source>
        <translation>%1 以符号链接形式包含 %2；应用包只包含普通文件。该包被篡改或并非由 MakeAppx 生成。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="240"/>
        <source>Could not open %1 in %2</source>
        <translation>无法打开 %2 中的 %1</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="249"/>
        <source>%1 in %2 declares %3 bytes, more than the %4 bytes such a file may have. The package is damaged or crafted.</source>
        <translation>%2 中的 %1 声明为 %3 字节，超过此类文件允许的 %4 字节。该包已损坏或被恶意构造。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="268"/>
        <source>%1 in %2 is shorter than its ZIP directory says (%3 of %4 bytes). The package is damaged.</source>
        <translation>%2 中的 %1 比其 ZIP 目录所述的短（%3/%4 字节）。该包已损坏。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="279"/>
        <source>%1 in %2 is longer than its ZIP directory says. The package is damaged.</source>
        <translation>%2 中的 %1 比其 ZIP 目录所述的长。该包已损坏。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipArchive.cpp" line="289"/>
        <source>Could not seek in %1 in %2</source>
        <translation>无法在 %2 中的 %1 内定位</translation>
    </message>
</context>
<context>
    <name>wb::ZipLayout</name>
    <message>
        <location filename="../engine/appx/ZipLayout.cpp" line="28"/>
        <source>%1: the ZIP structure of the package is damaged (%2). Get a complete copy of the package.</source>
        <translation>%1：包的 ZIP 结构已损坏（%2）。请获取该包的完整副本。</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipLayout.cpp" line="34"/>
        <source>cannot seek to byte %1</source>
        <translation>无法定位到字节 %1</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipLayout.cpp" line="37"/>
        <source>the file ends before byte %1</source>
        <translation>文件在字节 %1 之前结束</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipLayout.cpp" line="90"/>
        <source>the central directory lies outside the file</source>
        <translation>中央目录位于文件之外</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipLayout.cpp" line="101"/>
        <source>the end records overlap the central directory</source>
        <translation>结束记录与中央目录重叠</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipLayout.cpp" line="120"/>
        <source>no end of central directory record</source>
        <translation>没有中央目录结束记录</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipLayout.cpp" line="129"/>
        <location filename="../engine/appx/ZipLayout.cpp" line="134"/>
        <source>no ZIP64 end record locator</source>
        <translation>没有 ZIP64 结束记录定位符</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipLayout.cpp" line="136"/>
        <location filename="../engine/appx/ZipLayout.cpp" line="140"/>
        <source>bad ZIP64 end record</source>
        <translation>ZIP64 结束记录无效</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipLayout.cpp" line="154"/>
        <source>bad central directory record at byte %1</source>
        <translation>字节 %1 处的中央目录记录无效</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipLayout.cpp" line="159"/>
        <source>a central directory record runs past its end</source>
        <translation>某条中央目录记录超出了中央目录的末尾</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipLayout.cpp" line="172"/>
        <source>bad ZIP64 field of %1</source>
        <translation>%1 的 ZIP64 字段无效</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipLayout.cpp" line="174"/>
        <source>the record of %1 lies outside the file</source>
        <translation>%1 的记录位于文件之外</translation>
    </message>
    <message>
        <location filename="../engine/appx/ZipLayout.cpp" line="179"/>
        <source>the central directory holds %1 records, its end record says %2</source>
        <translation>中央目录包含 %1 条记录，而其结束记录称有 %2 条</translation>
    </message>
</context>
</TS>
