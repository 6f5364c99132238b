#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Adds what the inventory commands read to a Windows-like tree (bench/make_tree.py): a driver store
with N packages (INF + binary, every third one published as Windows/INF/oemN.inf), M servicing
package manifests (.mum, some with optional features), edition answer files and a provisioning
list. Shapes as in real images (see engine/inventory/README.md); content generated."""
import argparse
import os
import random

INF = """; {name}.inf -- generated driver package
[Version]
Signature   = "$WINDOWS NT$"
Class       = {cls}
ClassGuid   = {{4d36e972-e325-11ce-bfc1-08002be1{n:04x}}}
Provider    = %Provider%
CatalogFile = {name}.cat
DriverVer   = 0{m}/1{d}/2021,10.{n}.1.0

[Manufacturer]
%Provider% = Models, NTamd64

[Models.NTamd64]
%Desc% = Install, PCI\\VEN_{n:04X}&DEV_{d:04X}

[Install.NTamd64]
CopyFiles = Files

[Install.NTamd64.Services]
AddService = {name}, 2, Service

[Service]
ServiceType = 1
StartType   = {start}
ErrorControl = 1
ServiceBinary = %13%\\{name}.sys

[Files]
{name}.sys

[Strings]
Provider = "Bench Devices {n}"
Desc     = "Bench device {n}"
"""

MUM = """<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<assembly xmlns="urn:schemas-microsoft-com:asm.v3" manifestVersion="1.0">
  <assemblyIdentity name="{name}" version="10.0.22621.{n}" processorArchitecture="amd64" language="neutral" buildType="release" publicKeyToken="31bf3856ad364e35" />
  <package identifier="{name}" releaseType="{release}" restart="possible">
{updates}  </package>
</assembly>
"""


def write(path, data, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(data)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("dir")
    p.add_argument("--drivers", type=int, default=600)
    p.add_argument("--packages", type=int, default=1500)
    a = p.parse_args()
    rnd = random.Random(17)
    repo = os.path.join(a.dir, "Windows/System32/DriverStore/FileRepository")
    oem = 0
    for n in range(a.drivers):
        name = "bench%04d" % n
        folder = os.path.join(repo, "%s.inf_amd64_%016x" % (name, rnd.getrandbits(64)))
        inf = INF.format(name=name, n=n, m=1 + n % 9, d=n % 9, cls=["Net", "System", "SCSIAdapter", "Display"][n % 4],
                         start=0 if n % 4 == 2 else 3)
        write(os.path.join(folder, name + ".inf"), inf)
        write(os.path.join(folder, name + ".sys"), rnd.randbytes(64 * 1024), "wb")
        if n % 3 == 0:
            write(os.path.join(a.dir, "Windows/INF/oem%d.inf" % oem), inf)
            oem += 1
        else:
            write(os.path.join(a.dir, "Windows/INF", name + ".inf"), inf)
    for n in range(a.packages):
        name = "Microsoft-Windows-Bench%04d-Package" % n
        updates = "".join('    <update name="Bench-Feature-%d-%d" displayName="Feature %d" description="d"><selectable disposition="staged" /></update>\n'
                          % (n, k, k) for k in range(n % 3))
        write(os.path.join(a.dir, "Windows/servicing/Packages", "%s~31bf3856ad364e35~amd64~~10.0.22621.%d.mum" % (name, n)),
              MUM.format(name=name, n=n, release=["Feature Pack", "Update", "OnDemand Pack"][n % 3], updates=updates))
    # A minimal x64 PE header as the kernel (the provisioning commands read its machine field).
    pe = bytearray(512)
    pe[0:2] = b"MZ"
    pe[0x3c:0x40] = (0x80).to_bytes(4, "little")
    pe[0x80:0x84] = b"PE\0\0"
    pe[0x84:0x86] = (0x8664).to_bytes(2, "little")
    write(os.path.join(a.dir, "Windows/System32/ntoskrnl.exe"), bytes(pe), "wb")
    for e in ["Professional", "Enterprise", "Education", "ProfessionalWorkstation"]:
        write(os.path.join(a.dir, "Windows/servicing/Editions", e + "Edition.xml"), "<unattend/>\n")
    write(os.path.join(a.dir, "ProgramData/Microsoft/Windows/AppxProvisioning.xml"),
          '<?xml version="1.0" encoding="utf-8"?>\n<AppxProvisionList xmlns="http://schemas.microsoft.com/appx/2013/appxprovisionpackage">\n'
          '  <Provisioned>\n    <Package FullName="Contoso.Notes_2.1.0.0_x64__8wekyb3d8bbwe" />\n  </Provisioned>\n</AppxProvisionList>\n')


main()
