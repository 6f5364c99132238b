// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace wb {

/// BCP-47 language tags as the provisioning rules need them: validation, and the script-aware
/// comparison of a resource pack's language with a language installed in an image. Pure
/// functions, any thread.
///
/// Matching (decided for WimBench, see docs in README.md of this folder): both tags are completed
/// with CLDR likely subtags for the languages whose script is not implied by the language alone
/// (zh, sr, az, uz, bs, pa, ha, mn, iu, tg, sd, ks, ku, ms, ff, shi, vai); then the language must be equal,
/// the script must be equal (so zh-Hans matches zh-CN and zh-SG, zh-Hant matches zh-TW and zh-HK,
/// sr-Latn matches sr-Latn-RS but not sr-Cyrl-RS), and when the pack names a region explicitly
/// the region must be equal too (en-GB is not provisioned for an en-US image; "en" is).
/// Comparison is case-insensitive; '_' is accepted for '-'.
namespace LanguageTag {

struct Parts
{
    QString language; ///< lower case
    QString script;   ///< title case, empty when absent
    QString region;   ///< upper case, empty when absent
};

/// Splits a well-formed tag (language[-script][-region][-variant...]); nullopt otherwise.
std::optional<Parts> parse(const QString &tag);
/// True for a well-formed tag: language (2-3 letters) [-script (4 letters)] [-region (2 letters or
/// 3 digits)] [-variants (5-8 alphanumerics or digit + 3)].
bool isValid(const QString &tag);
/// True for the names Windows gives language folders (System32/en-US): a valid tag with a region
/// or a variant (en-US, sr-Latn-RS, qps-ploc), so three-letter folders such as "spp" don't count.
bool isLanguageFolderName(const QString &name);
/// Canonical case: "en-US", "zh-Hans", "sr-Latn-RS".
QString canonical(const QString &tag);
/// Parts with the likely script (and, without region, the likely region) filled in.
Parts maximize(const Parts &parts);
/// Does a resource pack for `packLanguage` serve an image with `imageLanguage` installed?
bool packMatches(const QString &packLanguage, const QString &imageLanguage);

} // namespace LanguageTag
} // namespace wb
