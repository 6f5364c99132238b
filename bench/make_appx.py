#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates app packages and offline image folders for the provisioning benchmarks, in the shape
tests/support/AppxBuilder.cpp writes (and our reader accepts): a ZIP with the payload,
AppxManifest.xml, AppxBlockMap.xml (base64 SHA-256 of every 64 KiB block of each file) and
[Content_Types].xml; a bundle holds stored inner packages and AppxMetadata/AppxBundleManifest.xml
with each package's data Offset and Size.

usage:
  make_appx.py image DIR                       offline x64 Windows image folder (ntoskrnl.exe PE
                                               header, en-US, servicing build 19041)
  make_appx.py framework OUT.appx              Microsoft.VCLibs.140.00 x64 framework package
  make_appx.py bundle OUT.msixbundle --mb 100 [--name N] [--shared-mb M] [--seed S]
                                               x64 + x86 application packages (the x64 one holds
                                               ~MB MiB of payload: deflated compressible binaries,
                                               stored incompressible assets, small files; M MiB of
                                               it identical in every bundle) and an en-US language
                                               pack, depending on the framework above
  make_appx.py appx OUT.appx --mb 100          one x64 application package (for verification)
"""
import argparse, base64, hashlib, io, os, random, struct, zipfile
from xml.sax.saxutils import escape

PUBLISHER = "CN=Contoso Test, O=Contoso, C=US"
MS_PUBLISHER = "CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"
BLOCK = 65536

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/vnd.ms-appx.manifest+xml"/>'
    '<Default Extension="dat" ContentType="application/octet-stream"/>'
    '<Default Extension="dll" ContentType="application/x-msdownload"/>'
    '<Default Extension="exe" ContentType="application/x-msdownload"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Default Extension="txt" ContentType="text/plain"/>'
    '<Default Extension="resw" ContentType="application/octet-stream"/>'
    '<Default Extension="pak" ContentType="application/octet-stream"/>'
    '<Default Extension="appx" ContentType="application/vnd.ms-appx"/>'
    '<Default Extension="msix" ContentType="application/vnd.ms-appx"/>'
    '<Override PartName="/AppxBlockMap.xml" ContentType="application/vnd.ms-appx.blockmap+xml"/>'
    '<Override PartName="/AppxMetadata/AppxBundleManifest.xml" ContentType="application/vnd.ms-appx.bundlemanifest+xml"/>'
    '</Types>').encode()


def manifest(name, version, arch, *, framework=False, resource_id="", resource=False, languages=("en-US",), deps=()):
    x = ['<?xml version="1.0" encoding="utf-8"?>\n'
         '<Package xmlns="http://schemas.microsoft.com/appx/manifest/foundation/windows10" '
         'xmlns:uap="http://schemas.microsoft.com/appx/manifest/uap/windows10" IgnorableNamespaces="uap">\n']
    pub = MS_PUBLISHER if framework else PUBLISHER
    x.append('  <Identity Name="%s" Publisher="%s" Version="%s"' % (name, escape(pub, {'"': "&quot;"}), version))
    if arch:
        x.append(' ProcessorArchitecture="%s"' % arch)
    if resource_id:
        x.append(' ResourceId="%s"' % resource_id)
    x.append(' />\n  <Properties>\n    <DisplayName>%s</DisplayName>\n    <PublisherDisplayName>Contoso</PublisherDisplayName>\n'
             '    <Logo>Assets\\Logo.png</Logo>\n' % name)
    if framework:
        x.append('    <Framework>true</Framework>\n')
    if resource:
        x.append('    <ResourcePackage>true</ResourcePackage>\n')
    x.append('  </Properties>\n  <Dependencies>\n    <TargetDeviceFamily Name="Windows.Universal" MinVersion="10.0.17763.0" '
             'MaxVersionTested="10.0.22621.0" />\n')
    for dname, dver in deps:
        x.append('    <PackageDependency Name="%s" Publisher="%s" MinVersion="%s" />\n' % (dname, escape(MS_PUBLISHER, {'"': "&quot;"}), dver))
    x.append('  </Dependencies>\n  <Resources>\n')
    for l in languages:
        x.append('    <Resource Language="%s" />\n' % l)
    x.append('  </Resources>\n')
    if not framework and not resource:
        x.append('  <Applications>\n    <Application Id="App" Executable="bin\\app.exe" EntryPoint="Windows.FullTrustApplication" />\n'
                 '  </Applications>\n')
    x.append('</Package>\n')
    return "".join(x).encode()


def block_map(files):
    x = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
         '<BlockMap xmlns="http://schemas.microsoft.com/appx/2010/blockmap" HashMethod="http://www.w3.org/2001/04/xmlenc#sha256">']
    for name, data, _ in files:
        x.append('<File Name="%s" Size="%d" LfhSize="%d">' % (escape(name.replace("/", "\\")), len(data), 30 + len(name.encode())))
        mv = memoryview(data)
        for at in range(0, len(data), BLOCK):
            x.append('<Block Hash="%s"/>' % base64.b64encode(hashlib.sha256(mv[at:at + BLOCK]).digest()).decode())
        x.append('</File>')
    x.append('</BlockMap>')
    return "".join(x).encode()


def write_zip(out, items):
    """items: (name, data, deflate). Returns {name: data offset} (no extra fields are written)."""
    offsets = {}
    with zipfile.ZipFile(out, "w") as z:
        for name, data, deflate in items:
            zi = zipfile.ZipInfo(name, date_time=(2020, 9, 13, 12, 26, 40))
            zi.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data, compresslevel=6 if deflate else None)
            offsets[name] = zi.header_offset + 30 + len(name.encode()) + len(zi.extra)
    return offsets


def package_bytes(payload, man):
    """payload: [(name, data, deflate)]. A complete package as bytes."""
    files = list(payload) + [("AppxManifest.xml", man, True)]
    items = files + [("AppxBlockMap.xml", block_map(files), True), ("[Content_Types].xml", CONTENT_TYPES, True)]
    buf = io.BytesIO()
    write_zip(buf, items)
    return buf.getvalue()


def compressible(rnd, size):
    block = rnd.randbytes(2048) + b"\0" * 1024 + bytes(range(256)) * 4
    return (block * (size // len(block) + 1))[:size]


def payload(mb, seed, shared_mb, tag):
    """~mb MiB: 20% deflated DLL-like binaries, 80% stored incompressible assets, small text files;
    the first shared_mb MiB are the same bytes for every seed (a runtime every app ships)."""
    files = []
    shared = random.Random(4242)
    left = shared_mb * 1024 * 1024
    n = 0
    while left > 0:
        size = min(left, 4 * 1024 * 1024)
        data = compressible(shared, size // 2) + shared.randbytes(size - size // 2)
        files.append(("runtime/shared%02d.dll" % n, data, True))
        left -= size
        n += 1
    rnd = random.Random(seed)
    budget = max(0, mb - shared_mb) * 1024 * 1024
    small = 0
    for i in range(300):
        body = (" ".join(rnd.choice(["string", "resource", "%s" % tag, "layout", "value"]) for _ in range(rnd.randint(20, 300)))).encode()
        files.append(("Strings/res%03d.txt" % i, body, True))
        small += len(body)
    budget -= small
    comp = budget // 5
    n = 0
    while comp > 0:
        size = min(comp, rnd.randint(512 * 1024, 6 * 1024 * 1024))
        files.append(("bin/lib%03d.dll" % n, compressible(rnd, size), True))
        comp -= size
        n += 1
    inc = budget - budget // 5
    n = 0
    while inc > 0:
        size = min(inc, rnd.randint(1024 * 1024, 8 * 1024 * 1024))
        files.append(("Assets/media%03d.pak" % n, rnd.randbytes(size), False))
        inc -= size
        n += 1
    files.append(("bin/app.exe", b"MZ" + compressible(rnd, 200000), True))
    files.append(("Assets/Logo.png", rnd.randbytes(3000), False))
    return files


def cmd_image(a):
    root = a.out
    s32 = os.path.join(root, "Windows", "System32")
    os.makedirs(os.path.join(s32, "en-US"), exist_ok=True)
    pe = bytearray(1024)
    pe[0:2] = b"MZ"
    pe[0x3C:0x40] = struct.pack("<I", 0x80)
    pe[0x80:0x86] = b"PE\0\0" + struct.pack("<H", 0x8664)
    with open(os.path.join(s32, "ntoskrnl.exe"), "wb") as f:
        f.write(pe)
    pk = os.path.join(root, "Windows", "servicing", "Packages")
    os.makedirs(pk, exist_ok=True)
    open(os.path.join(pk, "Microsoft-Windows-Foundation-Package~31bf3856ad364e35~amd64~~10.0.19041.1.mum"), "w").write("<assembly/>\n")
    os.makedirs(os.path.join(root, "Program Files", "WindowsApps"), exist_ok=True)
    os.makedirs(os.path.join(root, "ProgramData", "Microsoft", "Windows", "AppRepository"), exist_ok=True)


def cmd_framework(a):
    rnd = random.Random(77)
    files = [("vcruntime140_app.dll", compressible(rnd, 900000), True), ("msvcp140_app.dll", compressible(rnd, 600000), True)]
    with open(a.out, "wb") as f:
        f.write(package_bytes(files, manifest("Microsoft.VCLibs.140.00", "14.0.30704.0", "x64", framework=True)))


def cmd_appx(a):
    with open(a.out, "wb") as f:
        f.write(package_bytes(payload(a.mb, a.seed, a.shared_mb, a.name), manifest(a.name, "1.0.0.0", "x64")))


def cmd_bundle(a):
    deps = [("Microsoft.VCLibs.140.00", "14.0.30704.0")]
    big = payload(a.mb, a.seed, a.shared_mb, a.name)
    x86 = [("bin/app.exe", b"MZ" + compressible(random.Random(a.seed + 1), 100000), True), ("Assets/Logo.png", b"\x89PNG" * 700, False)]
    lang = [("Strings/en-US/resources.resw", b"strings for en-US\n" * 2000, True)]
    inner = [
        ("%s_1.0.0.0_x64.msix" % a.name, package_bytes(big, manifest(a.name, "1.0.0.0", "x64", deps=deps)), "application", "x64", ""),
        ("%s_1.0.0.0_x86.msix" % a.name, package_bytes(x86, manifest(a.name, "1.0.0.0", "x86", deps=deps)), "application", "x86", ""),
        ("%s_1.0.0.0_language-en.msix" % a.name,
         package_bytes(lang, manifest(a.name, "1.0.0.0", "", resource_id="split.language-en", resource=True)), "resource", "", "split.language-en"),
    ]

    def bundle_manifest(offsets):
        x = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
             '<Bundle xmlns="http://schemas.microsoft.com/appx/2013/bundle" SchemaVersion="5.0" '
             'xmlns:b4="http://schemas.microsoft.com/appx/2018/bundle" IgnorableNamespaces="b4">\n'
             '  <Identity Name="%s" Publisher="%s" Version="1.0.0.0"/>\n  <Packages>\n' % (a.name, escape(PUBLISHER, {'"': "&quot;"}))]
        for fname, data, kind, arch, rid in inner:
            x.append('    <Package Type="%s" Version="1.0.0.0"' % kind)
            if arch:
                x.append(' Architecture="%s"' % arch)
            if rid:
                x.append(' ResourceId="%s"' % rid)
            x.append(' FileName="%s" Offset="%d" Size="%d">\n      <Resources>\n        <Resource Language="en-US"/>\n      </Resources>\n'
                     % (fname, offsets[fname], len(data)))
            if kind == "application":
                x.append('      <b4:Dependencies>\n        <b4:TargetDeviceFamily Name="Windows.Universal" MinVersion="10.0.17763.0" '
                         'MaxVersionTested="10.0.22621.0"/>\n      </b4:Dependencies>\n')
            x.append('    </Package>\n')
        x.append('  </Packages>\n</Bundle>\n')
        return "".join(x).encode()

    def items(man):
        return [(f, d, False) for f, d, _, _, _ in inner] + [
            ("AppxMetadata/AppxBundleManifest.xml", man, True),
            ("AppxBlockMap.xml", block_map([("AppxMetadata/AppxBundleManifest.xml", man, True)]), True),
            ("[Content_Types].xml", CONTENT_TYPES, True)]

    # The inner packages come first, so their offsets do not depend on the manifest after them.
    offsets = write_zip(a.out, items(bundle_manifest({f: 0 for f, *_ in inner})))
    again = write_zip(a.out, items(bundle_manifest(offsets)))
    assert all(again[f] == offsets[f] for f, *_ in inner), "inner package offsets moved"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kind", choices=["image", "framework", "bundle", "appx"])
    ap.add_argument("out")
    ap.add_argument("--mb", type=int, default=100)
    ap.add_argument("--shared-mb", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--name", default="Contoso.Bench")
    a = ap.parse_args()
    {"image": cmd_image, "framework": cmd_framework, "bundle": cmd_bundle, "appx": cmd_appx}[a.kind](a)


if __name__ == "__main__":
    main()
