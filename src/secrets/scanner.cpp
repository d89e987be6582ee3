// Credential recognition: token formats (RE2, each compiled once, when first needed), entropy, name classification.
#include "lambdalint/secrets/scanner.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <iterator>
#include <mutex>
#include <string>
#include <vector>

namespace lambdalint::secrets {

namespace {

// ---------------------------------------------------------------------------------------------
// Small text helpers (ASCII only: names and tokens are ASCII; other bytes are never letters)

bool isAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool isAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiAlpha(char c) { return isAsciiLower(c) || isAsciiUpper(c); }
bool isAsciiAlnum(char c) { return isAsciiAlpha(c) || isAsciiDigit(c); }
bool isSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
char lower(char c) { return isAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

std::string toLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

template <size_t N>
bool oneOf(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// ---------------------------------------------------------------------------------------------
// Names

// snake_case, kebab-case, dotted, camelCase, PascalCase, ALLCAPS and letter/digit runs.
// "DBPassword" -> db password, "apiKey" -> api key, "AUTH0_ID" -> auth 0 id.
std::vector<std::string> splitWords(std::string_view name) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) words.push_back(toLower(cur));
    cur.clear();
  };
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (!isAsciiAlnum(c)) {
      flush();
      continue;
    }
    if (!cur.empty()) {
      const char prev = cur.back();
      const bool boundary =
          (isAsciiLower(prev) && isAsciiUpper(c)) ||                        // apiKey
          (isAsciiUpper(prev) && isAsciiUpper(c) && i + 1 < name.size() &&  // DBPassword
           isAsciiLower(name[i + 1])) ||
          (isAsciiDigit(prev) != isAsciiDigit(c));  // auth0, v2
      if (boundary) flush();
    }
    cur.push_back(c);
  }
  flush();
  return words;
}

bool isNumber(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), isAsciiDigit);
}

// Words that on their own say "secret".
constexpr std::string_view kSecretWords[] = {
    "secret",    "secrets",    "password",      "passwords",  "passwd",     "pwd",
    "pass",      "passphrase", "token",         "tokens",     "credential", "credentials",
    "creds",     "auth",       "authorization", "apikey",     "apikeys",    "privatekey",
    "secretkey", "accesskey",  "authtoken",     "accesstoken"};

// Glued forms ("dbpassword", "githubtoken", "clientsecret") end with one of these.
constexpr std::string_view kSecretSuffixes[] = {"password", "passwd",     "secret",     "token",
                                                "apikey",   "privatekey", "credentials"};

// "<word> key" names a secret key: api key, private key, signing key...
constexpr std::string_view kKeyQualifiers[] = {
    "api",     "private", "secret", "access",  "signing", "encryption",
    "master",  "session", "hmac",   "client",  "app",     "license",
    "licence", "webhook", "shared", "service", "account", "jwt"};

// A last word that makes the name point at a secret (or describe it) rather than hold it.
constexpr std::string_view kReferenceWords[] = {
    "arn", "arns", "name", "names", "id", "ids", "path", "paths", "param", "params", "parameter",
    "parameters", "url", "urls", "uri", "endpoint", "host", "hostname", "port", "table", "bucket",
    "queue", "topic", "header", "headers", "ttl", "length", "len", "expiry", "expiration",
    "expires", "lifetime", "duration", "timeout", "seconds", "secs", "minutes", "mins", "hours",
    "days", "enabled", "disabled", "enable", "disable", "region", "type", "mode", "file",
    "filename", "dir", "location", "ref", "version", "domain", "audience", "issuer", "scope",
    "scopes", "provider", "field", "prefix", "algorithm", "alg", "user", "username", "policy",
    "rotation", "store", "hash", "sha", "md", "digest", "checksum", "etag", "format", "size",
    // the name is about something else the secret word only qualifies
    "template", "templates", "subject", "message", "page", "link", "redirect", "callback", "flow",
    "strategy", "method", "interval", "rule", "rules", "pattern", "regex", "requirements",
    "complexity", "strength", "min", "max", "count", "limit", "attempts", "retries", "level",
    "schema", "handler", "function", "service", "authorizer", "cache", "style", "hint", "label",
    "description", "extension", "layer", "role", "group", "pool", "server", "realm", "tenant",
    "kind", "class"};

bool isSecretWord(const std::vector<std::string>& words, size_t i) {
  const std::string& w = words[i];
  if (oneOf(w, kSecretWords)) return true;
  for (std::string_view suffix : kSecretSuffixes)
    if (w.size() > suffix.size() && w.ends_with(suffix)) return true;
  if ((w == "key" || w == "keys") && i > 0 && oneOf(std::string_view(words[i - 1]), kKeyQualifiers))
    return true;
  return false;
}

// The last word that is not a number or a single letter ("DB_PASSWORD_2" -> password,
// "CONFIG_HASH_B64" -> hash).
std::optional<size_t> lastWordIndex(const std::vector<std::string>& words) {
  for (size_t i = words.size(); i-- > 0;)
    if (!isNumber(words[i]) && words[i].size() > 1) return i;
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Values

bool isUuid(std::string_view s) {
  if (s.size() != 36) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? s[i] != '-' : !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

bool isHex(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
  });
}

// "sha256:ab12...", "md5=ab12...", "ab12..." (single case, at least 7 hex digits).
bool isHexDigest(std::string_view s) {
  const size_t sep = s.find_first_of(":=");
  if (sep != std::string_view::npos) {
    std::string_view algo = s.substr(0, sep);
    if (algo.empty() || !std::all_of(algo.begin(), algo.end(), isAsciiAlnum)) return false;
    s = s.substr(sep + 1);
  }
  if (s.size() < 7 || !isHex(s)) return false;
  const bool hasLower = std::any_of(s.begin(), s.end(), isAsciiLower);
  const bool hasUpper = std::any_of(s.begin(), s.end(), isAsciiUpper);
  return !(hasLower && hasUpper);
}

bool isBooleanOrNumber(std::string_view s) {
  static constexpr std::string_view kBools[] = {"true", "false", "yes", "no",
                                                "on",   "off",   "y",   "n"};
  const std::string l = toLower(s);
  if (oneOf(std::string_view(l), kBools)) return true;
  std::string_view n = s;
  if (!n.empty() && (n.front() == '+' || n.front() == '-')) n.remove_prefix(1);
  if (n.empty()) return false;
  bool digits = false, dot = false;
  for (char c : n) {
    if (isAsciiDigit(c))
      digits = true;
    else if (c == '.' && !dot)
      dot = true;
    else
      return false;
  }
  return digits;
}

bool isEmail(std::string_view s) {
  const size_t at = s.find('@');
  if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos)
    return false;
  std::string_view local = s.substr(0, at), domain = s.substr(at + 1);
  auto localOk = [](char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '-' || c == '+';
  };
  if (!std::all_of(local.begin(), local.end(), localOk)) return false;
  const size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 2 > domain.size()) return false;
  auto domainOk = [](char c) { return isAsciiAlnum(c) || c == '.' || c == '-'; };
  return std::all_of(domain.begin(), domain.end(), domainOk) &&
         std::all_of(domain.begin() + dot + 1, domain.end(), isAsciiAlpha);
}

// Modes and schemes a variable named AUTH or TOKEN_... often holds instead of a secret.
bool isModeKeyword(std::string_view s) {
  static constexpr std::string_view kModes[] = {"none",     "null",    "nil",
                                                "disabled", "enabled", "iam",
                                                "aws_iam",  "cognito", "cognito_user_pools",
                                                "oauth",    "oauth2",  "oidc",
                                                "openid",   "jwt",     "basic",
                                                "bearer",   "sigv4",   "api_key",
                                                "apikey",   "custom",  "lambda",
                                                "token",    "header",  "query",
                                                "cookie"};
  return oneOf(std::string_view(toLower(s)), kModes);
}

struct UrlParts {
  bool isUrl = false;
  std::string_view userinfo;  // before '@' in the authority
  std::string_view query;     // after '?', before '#'
};

UrlParts parseUrl(std::string_view s) {
  UrlParts u;
  const size_t scheme = s.find("://");
  if (scheme == std::string_view::npos || scheme == 0) return u;
  for (size_t i = 0; i < scheme; ++i) {
    const char c = s[i];
    if (!(isAsciiAlpha(c) || (i > 0 && (isAsciiDigit(c) || c == '+' || c == '.' || c == '-'))))
      return u;
  }
  u.isUrl = true;
  std::string_view rest = s.substr(scheme + 3);
  const size_t authorityEnd = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, authorityEnd);
  const size_t at = authority.rfind('@');
  if (at != std::string_view::npos) u.userinfo = authority.substr(0, at);
  const size_t q = s.find('?', scheme + 3);
  if (q != std::string_view::npos) {
    std::string_view query = s.substr(q + 1);
    u.query = query.substr(0, query.find('#'));
  }
  return u;
}

// A password in user:password@ that is a substitution, not a value.
bool isSubstitution(std::string_view s) {
  return s.empty() || s.front() == '$' || s.front() == '{' || s.front() == '%' ||
         s.front() == '<' || s.find("{{") != std::string_view::npos;
}

bool urlCarriesSecret(const UrlParts& u) {
  const size_t colon = u.userinfo.find(':');
  if (colon != std::string_view::npos && !isSubstitution(u.userinfo.substr(colon + 1))) return true;
  std::string_view q = u.query;
  while (!q.empty()) {
    const size_t amp = q.find('&');
    std::string_view pair = q.substr(0, amp);
    const size_t eq = pair.find('=');
    if (eq != std::string_view::npos && eq + 1 < pair.size() &&
        classifyName(pair.substr(0, eq)) == NameClass::Holds &&
        !isSubstitution(pair.substr(eq + 1)))
      return true;
    if (amp == std::string_view::npos) break;
    q.remove_prefix(amp + 1);
  }
  return false;
}

bool pathSegmentOk(std::string_view seg) {
  return !seg.empty() && std::all_of(seg.begin(), seg.end(), [](char c) {
    return isAsciiAlnum(c) || c == '_' || c == '-' || c == '.';
  });
}

double meanLetterRun(std::string_view s);

// One of the character-class shapes identifiers are made of (see isStructuredIdentifier).
bool identifierSegment(std::string_view seg) {
  if (seg.empty()) return true;    // "a--b", leading "/"
  if (isNumber(seg)) return true;  // 1, 2024, 123456789012
  if (!std::all_of(seg.begin(), seg.end(), isAsciiAlnum)) return false;
  const bool hasLower = std::any_of(seg.begin(), seg.end(), isAsciiLower);
  const bool hasUpper = std::any_of(seg.begin(), seg.end(), isAsciiUpper);
  // single-case: words, CloudFormation physical-id suffixes (1A2B3C4D5E6F), hex digests
  if (!(hasLower && hasUpper) && (seg.size() <= 16 || isHex(seg))) return true;
  // letters then digits, or digits then letters: v2, node18, arm64, 64bit, 2xlarge
  size_t i = 0;
  while (i < seg.size() && isAsciiAlpha(seg[i])) ++i;
  size_t j = i;
  while (j < seg.size() && isAsciiDigit(seg[j])) ++j;
  if (j == seg.size() && i > 0 && j > i) return true;
  // readable CamelCase: MyStack, ProcessOrders, GetS3Object (not wJalrXUtnFEMI)
  return meanLetterRun(seg) >= 3.0;
}

// Every part of `s` split at any of `separators` has an identifier segment shape.
bool identifierParts(std::string_view s, std::string_view separators) {
  size_t start = 0;
  while (true) {
    const size_t end = s.find_first_of(separators, start);
    std::string_view seg = s.substr(start, end == std::string_view::npos ? s.npos : end - start);
    if (!identifierSegment(seg)) return false;
    if (end == std::string_view::npos) return true;
    start = end + 1;
  }
}

// Resource names, host names, image URIs, versions: words and numbers joined by - _ . / : @.
// A random token split by '-' or '_' (base64url) has mixed-case segments mixing letters and
// digits, which none of the identifier segment shapes accept.
bool isStructuredIdentifier(std::string_view s) {
  constexpr std::string_view kSeparators = "-_./:@";
  // '+' and '=' padding only occur in base64, whose '/' is not a path separator.
  if (s.find('+') != std::string_view::npos || s.back() == '=') return false;
  return s.find_first_of(kSeparators) != std::string_view::npos && identifierParts(s, kSeparators);
}

// Made of readable words: "ProcessOrdersFunction2024v3release". Splitting at case changes
// and letter/digit boundaries, readable names have alphabetic pieces of 4+ letters on average;
// random alphanumerics change case or class every one or two characters.
bool looksLikeWords(std::string_view s) { return meanLetterRun(s) >= 4.0; }

// Mean length of the alphabetic words of `s` as splitWords cuts them; 0 without letters.
double meanLetterRun(std::string_view s) {
  size_t pieces = 0, letters = 0;
  for (const std::string& w : splitWords(s)) {
    if (!isAsciiAlpha(w.front())) continue;
    ++pieces;
    letters += w.size();
  }
  return pieces == 0 ? 0.0 : static_cast<double>(letters) / static_cast<double>(pieces);
}

// A relative path or object key ending in a file name: "a/b/c1D2e3.jpg". Base64 has no '.',
// so a '/' followed later by ".ext" is a path, not an encoded key.
bool hasFileExtension(std::string_view s) {
  const size_t slash = s.rfind('/');
  const size_t dot = s.rfind('.');
  if (slash == std::string_view::npos || dot == std::string_view::npos || dot < slash) return false;
  std::string_view ext = s.substr(dot + 1);
  return !ext.empty() && ext.size() <= 5 && std::all_of(ext.begin(), ext.end(), [](char c) {
    return isAsciiLower(c) || isAsciiDigit(c);
  }) && std::any_of(ext.begin(), ext.end(), isAsciiLower);
}

bool isAwsSecretKeyShape(std::string_view s) {
  if (s.size() != 40) return false;
  bool upper = false, lowerC = false, digit = false;
  for (char c : s) {
    if (isAsciiUpper(c))
      upper = true;
    else if (isAsciiLower(c))
      lowerC = true;
    else if (isAsciiDigit(c))
      digit = true;
    else if (c != '/' && c != '+')
      return false;
  }
  return upper && lowerC && digit;
}

size_t utf8Length(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Token formats. Each pattern has exactly one capture group: the credential itself. Leading
// context groups keep a token from matching inside a longer identifier (RE2's \b treats '_'
// as a word character, which is not what token boundaries need).

// Cheap necessary conditions, one per pattern: a text that fails a pattern's condition cannot
// match it, so its regex is neither compiled nor run. Most handler files and values pass none,
// and a one-file run then never pays for compiling the regexes (a third of its start-up).
bool hasAny(std::string_view text, std::initializer_list<std::string_view> needles) {
  for (std::string_view n : needles)
    if (text.find(n) != std::string_view::npos) return true;
  return false;
}

// `prefix` followed by one of `next` and then `then` (gh[pousr]_, xox[abprs]-).
bool hasPrefixed(std::string_view text, std::string_view prefix, std::string_view next, char then) {
  for (size_t at = text.find(prefix); at != std::string_view::npos; at = text.find(prefix, at + 1)) {
    const size_t i = at + prefix.size();
    if (i + 1 < text.size() && next.find(text[i]) != std::string_view::npos && text[i + 1] == then)
      return true;
  }
  return false;
}

// scheme://user:password@: after "://", a ':' and then an '@' before any whitespace, '/', '?'
// or '#'.
bool hasUrlUserInfo(std::string_view text) {
  for (size_t at = text.find("://"); at != std::string_view::npos; at = text.find("://", at + 1)) {
    bool colon = false;
    for (size_t i = at + 3; i < text.size(); ++i) {
      const char c = text[i];
      if (isSpace(c) || c == '/' || c == '?' || c == '#') break;
      if (c == ':') colon = true;
      if (c == '@') {
        if (colon) return true;
        break;
      }
    }
  }
  return false;
}

struct Pattern {
  SecretKind kind;
  const char* regex;
  bool (*mayMatch)(std::string_view text);
};

constexpr Pattern kPatterns[] = {
    {SecretKind::AwsAccessKeyId,
     R"((?:^|[^A-Za-z0-9])((?:AKIA|ASIA)[A-Z0-9]{16})(?:$|[^A-Za-z0-9]))",
     [](std::string_view t) { return hasAny(t, {"AKIA", "ASIA"}); }},
    {SecretKind::PrivateKey,
     R"((-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?s:.*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)?))",
     [](std::string_view t) { return hasAny(t, {"-----BEGIN "}); }},
    {SecretKind::GitHubToken,
     R"((?:^|[^A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}))",
     [](std::string_view t) { return hasPrefixed(t, "gh", "pousr", '_') || hasAny(t, {"github_pat_"}); }},
    {SecretKind::SlackToken, R"((?:^|[^A-Za-z0-9_])(xox[abprs]-[0-9A-Za-z]+-[0-9A-Za-z-]{8,250}))",
     [](std::string_view t) { return hasPrefixed(t, "xox", "abprs", '-'); }},
    {SecretKind::SlackWebhook,
     R"((https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{20,}))",
     [](std::string_view t) { return hasAny(t, {"https://hooks.slack.com/"}); }},
    {SecretKind::StripeKey, R"((?:^|[^A-Za-z0-9_])((?:sk|rk)_live_[A-Za-z0-9]{16,247}))",
     [](std::string_view t) { return hasAny(t, {"k_live_"}); }},
    {SecretKind::GoogleApiKey,
     R"((?:^|[^A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?:$|[^0-9A-Za-z_-]))",
     [](std::string_view t) { return hasAny(t, {"AIza"}); }},
    {SecretKind::SendGridKey,
     R"((?:^|[^A-Za-z0-9_])(SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}))",
     [](std::string_view t) { return hasAny(t, {"SG."}); }},
    {SecretKind::NpmToken, R"((?:^|[^A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?:$|[^A-Za-z0-9]))",
     [](std::string_view t) { return hasAny(t, {"npm_"}); }},
    {SecretKind::JsonWebToken,
     R"((?:^|[^A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}))",
     [](std::string_view t) { return hasAny(t, {"eyJ"}); }},
    // scheme://user:password@host: the capture is the password. The host may itself be a
    // substitution ("@${DbHost}"): the password is still written out.
    {SecretKind::UrlCredentials,
     R"([A-Za-z][A-Za-z0-9+.-]{0,20}://[^\s/:@?#]+:([^\s/@?#]+)@[A-Za-z0-9\[${%<])", hasUrlUserInfo},
};

}  // namespace

// -------------------------------------------------------------------------------------------------

const char* kindDescription(SecretKind kind) {
  switch (kind) {
    case SecretKind::AwsAccessKeyId:
      return "AWS access key id";
    case SecretKind::AwsSecretAccessKey:
      return "AWS secret access key";
    case SecretKind::PrivateKey:
      return "private key";
    case SecretKind::GitHubToken:
      return "GitHub token";
    case SecretKind::SlackToken:
      return "Slack token";
    case SecretKind::SlackWebhook:
      return "Slack webhook URL";
    case SecretKind::StripeKey:
      return "Stripe live secret key";
    case SecretKind::GoogleApiKey:
      return "Google API key";
    case SecretKind::SendGridKey:
      return "SendGrid API key";
    case SecretKind::NpmToken:
      return "npm access token";
    case SecretKind::JsonWebToken:
      return "JSON web token";
    case SecretKind::UrlCredentials:
      return "password in a URL";
    case SecretKind::HighEntropy:
      return "high-entropy string";
  }
  return "secret";
}

NameClass classifyName(std::string_view name) {
  const std::vector<std::string> words = splitWords(name);
  const std::optional<size_t> last = lastWordIndex(words);
  if (!last) return NameClass::Neutral;
  bool secret = false;
  for (size_t i = 0; i <= *last && !secret; ++i) secret = isSecretWord(words, i);
  if (!secret) return NameClass::Neutral;
  // The last word decides: DB_PASSWORD holds, DB_PASSWORD_ARN points to. "key" after "api"
  // is the secret itself, so only reference words (never "key") flip it.
  if (isSecretWord(words, *last)) return NameClass::Holds;
  if (oneOf(std::string_view(words[*last]), kReferenceWords)) return NameClass::PointsTo;
  return NameClass::Holds;  // DB_PASSWORD_PROD, GITHUB_TOKEN_FOR_CI
}

NameHint hintForName(std::string_view name) {
  switch (classifyName(name)) {
    case NameClass::Holds:
      return NameHint::Secret;
    case NameClass::PointsTo:
      return NameHint::Identifier;
    case NameClass::Neutral:
      break;
  }
  const std::vector<std::string> words = splitWords(name);
  const std::optional<size_t> last = lastWordIndex(words);
  if (last && oneOf(std::string_view(words[*last]), kReferenceWords)) return NameHint::Identifier;
  return NameHint::Unknown;
}

bool isBenignValue(std::string_view raw) {
  const std::string_view s = trim(raw);
  if (s.empty()) return true;
  if (startsWith(s, "arn:")) return true;
  if (s.find("{{resolve:") != std::string_view::npos) return true;
  if (startsWith(s, "${") && s.back() == '}') return true;  // a substitution left as written
  if (isBooleanOrNumber(s) || isModeKeyword(s) || isEmail(s)) return true;
  if (const UrlParts u = parseUrl(s); u.isUrl) return !urlCarriesSecret(u);
  if (s.find_first_of(" \t\r\n") != std::string_view::npos) return false;
  // Absolute or home-relative paths: /prod/app/db-password, ./certs/ca.pem, ~/.aws/config
  if (startsWith(s, "/") || startsWith(s, "./") || startsWith(s, "../") || startsWith(s, "~/"))
    return true;
  // Relative parameter or secret names: prod/orders/db, myapp/prod/api-key
  if (s.find('/') != std::string_view::npos && s.find_first_of("+=") == std::string_view::npos) {
    bool ok = true, wordy = false;
    size_t start = 0;
    while (ok) {
      const size_t end = s.find('/', start);
      std::string_view seg = s.substr(start, end == std::string_view::npos ? s.npos : end - start);
      if (end == std::string_view::npos && seg.empty()) break;  // trailing slash
      ok = pathSegmentOk(seg) && identifierParts(seg, "-_.");
      if (!seg.empty() && std::all_of(seg.begin(), seg.end(), [](char c) {
            return isAsciiAlpha(c) || c == '-' || c == '_';
          }))
        wordy = true;
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
    if (ok && wordy) return true;
  }
  return false;
}

double shannonEntropy(std::string_view text) {
  if (text.empty()) return 0.0;
  std::array<size_t, 256> counts{};
  for (unsigned char c : text) ++counts[c];
  double h = 0.0;
  const double n = static_cast<double>(text.size());
  for (size_t count : counts) {
    if (count == 0) continue;
    const double p = static_cast<double>(count) / n;
    h -= p * std::log2(p);
  }
  return h;
}

std::string redact(std::string_view secret) {
  const size_t length = utf8Length(secret);
  const size_t show = std::min<size_t>(4, length / 4);
  std::string out;
  size_t shown = 0;
  for (size_t i = 0; i < secret.size() && shown < show; ++i) {
    const unsigned char c = static_cast<unsigned char>(secret[i]);
    if (c >= 0x80 || c < 0x20) break;  // never cut a multi-byte character, never print controls
    out.push_back(static_cast<char>(c));
    ++shown;
  }
  out += "\u2026 (";
  out += std::to_string(length);
  out += length == 1 ? " character)" : " characters)";
  return out;
}

// -------------------------------------------------------------------------------------------------

// Each regex is compiled the first time a text passes its pattern's condition (thread-safe).
struct Scanner::Impl {
  struct Compiled {
    std::once_flag once;
    std::unique_ptr<RE2> re;
  };
  std::array<Compiled, std::size(kPatterns)> compiled;

  const RE2& regex(size_t index) {
    Compiled& c = compiled[index];
    std::call_once(c.once, [&] {
      RE2::Options options;
      options.set_log_errors(false);
      c.re = std::make_unique<RE2>(kPatterns[index].regex, options);
    });
    return *c.re;
  }
};

Scanner::Scanner() : impl_(std::make_unique<Impl>()) {}

Scanner::~Scanner() = default;

const Scanner& Scanner::standard() {
  static const Scanner scanner;
  return scanner;
}

bool Scanner::ok() const {
  for (size_t i = 0; i < std::size(kPatterns); ++i) {
    const RE2& re = impl_->regex(i);
    if (!re.ok() || re.NumberOfCapturingGroups() != 1) return false;
  }
  return true;
}

std::vector<Detection> Scanner::findTokens(std::string_view text) const {
  std::vector<Detection> found;
  if (text.empty()) return found;
  for (size_t index = 0; index < std::size(kPatterns); ++index) {
    if (!kPatterns[index].mayMatch(text)) continue;
    const RE2& re = impl_->regex(index);
    if (!re.ok()) continue;
    const SecretKind kind = kPatterns[index].kind;
    re2::StringPiece groups[2];
    size_t pos = 0;
    while (pos <= text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, groups, 2)) {
      const re2::StringPiece whole = groups[0], token = groups[1];
      const size_t wholeEnd = static_cast<size_t>(whole.data() - text.data()) + whole.size();
      if (token.data() != nullptr && !token.empty()) {
        const size_t offset = static_cast<size_t>(token.data() - text.data());
        std::string_view tok = text.substr(offset, token.size());
        if (!(kind == SecretKind::UrlCredentials && isSubstitution(tok)))
          found.push_back(Detection{kind, offset, tok.size(), shannonEntropy(tok)});
        // Continue after the token, not after the trailing context character, so two tokens
        // separated by one character are both found.
        pos = std::max(offset + tok.size(), pos + 1);
      } else {
        pos = std::max(wholeEnd, pos + 1);
      }
    }
  }
  std::sort(found.begin(), found.end(), [](const Detection& a, const Detection& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
  });
  // Drop detections inside an earlier one (a JWT inside a URL password, a key in a key block).
  std::vector<Detection> out;
  for (const Detection& d : found)
    if (out.empty() || d.offset >= out.back().offset + out.back().length) out.push_back(d);
  return out;
}

bool Scanner::isHighEntropyToken(std::string_view raw) const {
  const std::string_view s = trim(raw);
  if (s.size() < kEntropyMinLength || s.size() > kEntropyMaxLength) return false;
  bool letter = false, digit = false;
  for (char c : s) {
    if (isAsciiAlpha(c))
      letter = true;
    else if (isAsciiDigit(c))
      digit = true;
    else if (!(c == '+' || c == '/' || c == '=' || c == '_' || c == '-' || c == '.' || c == '~'))
      return false;  // spaces, quotes, braces, commas...: text or structured data, not a token
  }
  if (!letter || !digit) return false;
  if (startsWith(s, "arn:") || s.find("://") != std::string_view::npos) return false;
  if (startsWith(s, "/") || startsWith(s, "./") || startsWith(s, "~/")) return false;
  if (hasFileExtension(s)) return false;  // uploads/2024/a1B2c3D4e5F6g7H8.jpg
  if (isUuid(s) || isHexDigest(s) || isStructuredIdentifier(s) || looksLikeWords(s)) return false;
  return shannonEntropy(s) >= kEntropyThreshold;
}

std::optional<Detection> Scanner::classifyValue(std::string_view value, NameHint hint) const {
  std::vector<Detection> tokens = findTokens(value);
  if (!tokens.empty()) return tokens.front();
  const std::string_view s = trim(value);
  const size_t offset = static_cast<size_t>(s.data() - value.data());
  const bool random = hint != NameHint::Identifier && isHighEntropyToken(s);
  if (isAwsSecretKeyShape(s) && (hint == NameHint::Secret || random))
    return Detection{SecretKind::AwsSecretAccessKey, offset, s.size(), shannonEntropy(s)};
  if (random) return Detection{SecretKind::HighEntropy, offset, s.size(), shannonEntropy(s)};
  return std::nullopt;
}

}  // namespace lambdalint::secrets
