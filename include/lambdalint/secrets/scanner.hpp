#pragma once
// Recognising credentials in text: known token formats, high-entropy strings, and names that
// say "this holds a secret". Knows nothing of templates or languages: callers hand it a name
// and a value (an environment variable, a string literal in handler code...) or a whole text.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lambdalint::secrets {

enum class SecretKind : uint8_t {
  AwsAccessKeyId,      // AKIA / ASIA + 16 characters
  AwsSecretAccessKey,  // 40 base64 characters, only recognised next to a suggestive name
  PrivateKey,          // -----BEGIN ... PRIVATE KEY-----
  GitHubToken,         // ghp_ gho_ ghu_ ghs_ ghr_ github_pat_
  SlackToken,          // xoxa- xoxb- xoxp- xoxr- xoxs-
  SlackWebhook,        // https://hooks.slack.com/services/...
  StripeKey,           // sk_live_ rk_live_
  GoogleApiKey,        // AIza + 35
  SendGridKey,         // SG.<22>.<43>
  NpmToken,            // npm_ + 36
  JsonWebToken,        // eyJ<header>.eyJ<payload>.<signature>
  UrlCredentials,      // scheme://user:password@host
  HighEntropy,         // long random-looking string, see kEntropyThreshold
};

// "AWS access key id", "GitHub token", "high-entropy string"... for messages.
const char* kindDescription(SecretKind kind);

// Something in a text that looks like a credential. `offset`/`length` are bytes into the text
// that was scanned; for UrlCredentials they cover the password only.
struct Detection {
  SecretKind kind = SecretKind::HighEntropy;
  size_t offset = 0;
  size_t length = 0;
  double entropy = 0.0;  // Shannon entropy of the detected text, bits per character
};

// What a variable / key / field name says about its value.
enum class NameClass : uint8_t {
  Neutral,   // says nothing about secrets ("TABLE_NAME", "LOG_LEVEL")
  Holds,     // names a secret itself ("DB_PASSWORD", "apiKey", "STRIPE_SECRET")
  PointsTo,  // names where a secret lives or something about it ("DB_PASSWORD_ARN",
             // "API_KEY_PARAM", "TOKEN_TTL", "AUTH_ENABLED", "KMS_KEY_ID")
};

// Splits a name into lower-case words (snake_case, kebab-case, camelCase, dotted) and
// classifies it. Secret words: secret, password, passwd, pwd, pass, passphrase, token,
// credential(s), creds, auth, authorization, api key / apikey, private key, access key,
// client secret, signing/encryption/master/session key... A secret word followed by a
// reference word (arn, name, id, path, param, url, endpoint, table, bucket, header, ttl,
// length, expiry, enabled, region, type, ...) as the last word makes it PointsTo.
NameClass classifyName(std::string_view name);

// What a name tells the value classifier.
enum class NameHint : uint8_t {
  Unknown,     // nothing: every check applies
  Secret,      // the name says it holds a secret (NameClass::Holds)
  Identifier,  // the name says it holds an id, name, ARN, URL, hash, version... (its last
               // word is a reference word): an opaque value is expected there, so the
               // entropy guess is skipped and only known credential formats are reported
};
NameHint hintForName(std::string_view name);

// A value that is clearly not a secret whatever its name: empty or blank, an ARN, a
// `{{resolve:...}}` or `${...}` reference, a URL without a password, a file or parameter path,
// a boolean, a number, a UUID, an e-mail address, or a mode keyword ("none", "iam", "jwt",
// "bearer"...). Obvious placeholders ("changeme", "xxx") are NOT benign: they sit where the
// real secret will be written.
bool isBenignValue(std::string_view value);

// Shannon entropy in bits per character (byte-wise).
double shannonEntropy(std::string_view text);

// Values at or above this entropy (bits per character) count as random when they also are
// at least kEntropyMinLength long, contain no whitespace, mix letters and digits, and are
// not a structured identifier (ARN, URL, path, UUID, hex digest, dashed resource name such as
// `MyStack-MyFunction-1A2B3C4D5E6F`, dotted/dashed words). Random base64/alphanumeric strings
// of 20+ characters score 4.0-5.3; names and identifiers score lower or are excluded by shape.
inline constexpr double kEntropyThreshold = 4.0;
inline constexpr size_t kEntropyMinLength = 20;
inline constexpr size_t kEntropyMaxLength = 4096;

// A redacted form safe to print in reports that may be uploaded: at most the first 4
// characters (fewer for short values: a quarter of the length, so a short password is
// never half shown), then "…", then the length: "ghp_… (40 characters)".
std::string redact(std::string_view secret);

class Scanner {
 public:
  // Cheap: each pattern is compiled once, the first time a text could match it. Prefer
  // `standard()`, shared by every thread.
  Scanner();
  ~Scanner();
  Scanner(const Scanner&) = delete;
  Scanner& operator=(const Scanner&) = delete;

  static const Scanner& standard();

  // Every pattern compiles (always true unless the RE2 build rejects a pattern); compiles them.
  bool ok() const;

  // Every known credential format occurring anywhere in `text` (token formats, private key
  // blocks, URLs with a password), ordered by offset, non-overlapping. No entropy guessing:
  // suitable for whole source files.
  std::vector<Detection> findTokens(std::string_view text) const;

  // Judges one value as a whole (an environment variable, a string literal): a known format
  // anywhere in it first; then the AWS secret access key shape (40 base64 characters) when
  // the hint is Secret or the value has high entropy; then a high-entropy whole value
  // (not for Identifier hints). Leading and trailing whitespace is ignored.
  // nullopt when nothing looks like a credential.
  std::optional<Detection> classifyValue(std::string_view value,
                                         NameHint hint = NameHint::Unknown) const;

  // True when the whole value is a random-looking token by the entropy rule above.
  bool isHighEntropyToken(std::string_view value) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lambdalint::secrets
