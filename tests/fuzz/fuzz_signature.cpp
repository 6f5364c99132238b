// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// AppxSignature.p7x reader (engine/appx/AppxSignature.*): PKCX header, DER PKCS#7 SignedData
// (OpenSSL), SpcIndirectDataContent, APPX digest blob, the PKCS#7 signature itself.
//
// Invariants (abort on violation):
// - a failure has an appx.signature-* code and names the file;
// - parsing is deterministic (the same input gives the same code or the same result);
// - an accepted signature has a signer whose subject is non-empty, 32-byte digests of the ZIP
//   records, central directory, content types and block map, and a code-integrity digest that is
//   empty or 32 bytes; every certificate has a 40-character thumbprint and DER bytes;
// - inputs longer than AppxSignature::MaxSize are refused as appx.signature-too-large.

#include "FuzzSupport.h"

#include "appx/AppxSignature.h"

using namespace Qt::StringLiterals;

using namespace wb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString file = u"Fuzz.msix/AppxSignature.p7x"_s;
    const auto parsed = AppxSignature::parse(input, file);
    const auto again = AppxSignature::parse(input, file);
    FUZZ_CHECK(parsed.ok() == again.ok());
    if (!parsed) {
        const QString code = parsed.error().code;
        FUZZ_CHECK_MSG(code.startsWith(QLatin1String("appx.signature-")), code);
        FUZZ_CHECK(code == again.error().code);
        FUZZ_CHECK(parsed.error().message.contains(u"AppxSignature.p7x"_s));
        FUZZ_CHECK(input.size() <= AppxSignature::MaxSize || code == QLatin1String("appx.signature-too-large"));
        return 0;
    }
    FUZZ_CHECK(input.size() <= AppxSignature::MaxSize);
    FUZZ_CHECK(!parsed->certificates().isEmpty() && !parsed->publisher().isEmpty());
    FUZZ_CHECK(parsed->publisher() == again->publisher());
    for (SignedPart part : {SignedPart::FileRecords, SignedPart::CentralDirectory, SignedPart::ContentTypes, SignedPart::BlockMap}) {
        FUZZ_CHECK(parsed->digest(part).size() == 32);
        FUZZ_CHECK(parsed->digest(part) == again->digest(part));
    }
    const qsizetype ci = parsed->digest(SignedPart::CodeIntegrity).size();
    FUZZ_CHECK(ci == 0 || ci == 32);
    for (const SignatureCertificate &c : parsed->certificates())
        FUZZ_CHECK(c.thumbprint.size() == 40 && !c.der.isEmpty());
    return 0;
}
