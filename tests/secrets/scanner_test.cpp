// The secret scanner: names, benign values, token formats, entropy, redaction.
// Fake credentials are assembled from adjacent literals ("AKIA" "...") so this file does not
// itself look like it leaks one to other scanners.
#include "lambdalint/secrets/scanner.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

using namespace lambdalint::secrets;

namespace {

const std::string kAccessKeyId =
    "AKIA"
    "IOSFODNN7EXAMPLE";
const std::string kSecretKey =
    "wJalrXUtnFEMI/K7MDENG"
    "/bPxRfiCYEXAMPLEKEY";
const std::string kGitHub =
    "ghp_"
    "Ex4mpleT0kenNotReal0123456789abcdefg";  // 36 after ghp_
const std::string kGitHubPat =
    "github_pat_"
    "11EXAMPLE0000000000000_NotARealTokenAtAll0";
const std::string kSlack =
    "xoxb-"
    "000000000000-000000000000-ExampleNotRealToken0";
const std::string kSlackHook =
    "https://hooks.slack.com/services/"
    "T00000000/B00000000/ExampleNotRealWebhook0";
const std::string kStripe =
    "sk_live_"
    "ExampleNotRealKey000000000";
const std::string kGoogle =
    "AIza"
    "SyExampleNotRealKey0000000000000000";  // 35 after AIza
const std::string kSendGrid =
    "SG."
    "ExampleNotRealKey0000a"
    "."
    "ExampleNotRealSecretPart000000000000000000a";
const std::string kNpm =
    "npm_"
    "ExampleNotRealToken00000000000000000";  // 36 after npm_
const std::string kJwt =
    "eyJ"
    "hbGciOiJIUzI1NiJ9"
    "."
    "eyJ"
    "zdWIiOiIxMjM0NTY3ODkwIn0"
    "."
    "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
const std::string kPrivateKey =
    "-----BEGIN RSA "
    "PRIVATE KEY-----\nMIIEowIBAAKCAQEAexamplenotrealkeymaterial\n"
    "-----END RSA "
    "PRIVATE KEY-----";

std::optional<SecretKind> kindOf(const std::string& value, NameHint hint = NameHint::Unknown) {
  std::optional<Detection> d = Scanner::standard().classifyValue(value, hint);
  if (!d) return std::nullopt;
  return d->kind;
}

}  // namespace

// ---------------------------------------------------------------------------------- names

TEST(SecretNames, EachNameIsClassified) {
  const struct {
    NameClass expected;
    std::vector<const char*> names;
  } cases[] = {
      {NameClass::Holds,
       {"DB_PASSWORD", "dbPassword", "DBPassword", "db-password", "PASSWORD", "DB_PASSWD",
        "DB_PWD", "SMTP_PASS", "API_KEY", "apiKey", "ApiKey", "x-api-key", "APIKEY",
        "STRIPE_SECRET_KEY", "CLIENT_SECRET", "clientSecret", "GITHUB_TOKEN", "AuthToken",
        "PRIVATE_KEY", "privateKey", "CREDENTIALS", "GOOGLE_CREDENTIALS", "JWT_SECRET", "AUTH",
        "BASIC_AUTH", "AUTHORIZATION", "SECRET", "DB_PASSWORD_2", "dbpassword", "SIGNING_KEY",
        "ENCRYPTION_KEY", "AWS_SECRET_ACCESS_KEY", "PASSPHRASE", "DB_PASSWORD_PROD"}},
      {NameClass::PointsTo,
       {"DB_PASSWORD_ARN", "API_KEY_PARAM", "API_KEY_PARAMETER", "SECRET_NAME", "SECRET_ID",
        "SECRET_ARN", "TOKEN_URL", "AUTH_URI", "AUTH_ENDPOINT", "TOKEN_TABLE", "SECRETS_BUCKET",
        "AUTH_HEADER", "TOKEN_TTL", "PASSWORD_MIN_LENGTH", "TOKEN_EXPIRY", "TOKEN_EXPIRATION",
        "AUTH_ENABLED", "SECRETS_REGION", "API_KEY_ID", "AWS_ACCESS_KEY_ID", "DbPasswordPath",
        "apiKeySecretArn", "AUTH_TYPE", "AUTH_MODE", "TOKEN_ISSUER", "AUTH0_CLIENT_ID",
        "PASSWORD_RESET_TEMPLATE", "TOKEN_REFRESH_INTERVAL", "AUTH_SERVICE", "SECRET_HASH_B64"}},
      {NameClass::Neutral,
       {"TABLE_NAME", "LOG_LEVEL", "AUTHOR", "AUTHOR_EMAIL", "PARTITION_KEY", "S3_KEY",
        "OBJECT_KEY", "KMS_KEY_ID", "POWERTOOLS_SERVICE_NAME", "BYPASS_CACHE", "COMPASS",
        "NODE_OPTIONS", "TOKENIZER_MODEL", "", "__", "42"}},
  };
  for (const auto& c : cases)
    for (const char* name : c.names) EXPECT_EQ(classifyName(name), c.expected) << name;
}

TEST(SecretNames, Hints) {
  EXPECT_EQ(hintForName("DB_PASSWORD"), NameHint::Secret);
  EXPECT_EQ(hintForName("DB_PASSWORD_ARN"), NameHint::Identifier);
  EXPECT_EQ(hintForName("USER_POOL_CLIENT_ID"), NameHint::Identifier);
  EXPECT_EQ(hintForName("CODE_SHA256"), NameHint::Identifier);
  EXPECT_EQ(hintForName("CONFIG_HASH_B64"), NameHint::Identifier);
  EXPECT_EQ(hintForName("S3_OBJECT_KEY"), NameHint::Unknown);
  EXPECT_EQ(hintForName("BUILD_VERSION"), NameHint::Identifier);
  EXPECT_EQ(hintForName("WEBHOOK"), NameHint::Unknown);
  EXPECT_EQ(hintForName("CONFIG"), NameHint::Unknown);
}

// ------------------------------------------------------------------------- benign values

TEST(SecretValues, BenignValuesAndValuesThatMayBeSecrets) {
  const struct {
    bool benign;
    std::vector<const char*> values;
  } cases[] = {
      {true,
       {"", "   ", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf",
        "arn:aws:sqs:eu-west-1:123456789012:orders-dlq",
        "{{resolve:secretsmanager:prod/db:SecretString:password}}", "${DB_PASSWORD}",
        "https://api.example.com/v1", "https://user@example.com/repo.git",
        "postgres://app:${DbPassword}@db.internal:5432/orders", "/prod/orders/db-password",
        "./certs/ca.pem", "~/.netrc", "prod/orders/db", "myapp/prod/api-key/", "true", "False",
        "yes", "off", "0", "42", "-1", "3.14", "none", "IAM", "AWS_IAM", "jwt", "Bearer",
        "ops@example.com"}},
      {false,
       {"hunter2", "changeme", "REPLACE_ME", "xxx", "<your-password>", "p@ss w0rd",
        "postgres://app:s3cr3t@db.internal:5432/orders",
        "https://api.example.com/v1?api_key=abc123", "Bearer abc.def.ghi", "dGVzdA==",
        "aB3/xY9+zz", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"}},
  };
  for (const auto& c : cases)
    for (const char* v : c.values) EXPECT_EQ(isBenignValue(v), c.benign) << v;
}

// ------------------------------------------------------------------------------ formats

TEST(SecretFormats, EachKnownFormatIsRecognised) {
  struct Case {
    std::string value;
    SecretKind kind;
  };
  const Case cases[] = {
      {kAccessKeyId, SecretKind::AwsAccessKeyId},
      {"ASIA"
       "Y34FZKBOKMUTVV7A",
       SecretKind::AwsAccessKeyId},
      {kPrivateKey, SecretKind::PrivateKey},
      {"-----BEGIN OPENSSH "
       "PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n",
       SecretKind::PrivateKey},
      {"-----BEGIN "
       "PRIVATE KEY-----",
       SecretKind::PrivateKey},
      {"-----BEGIN PGP "
       "PRIVATE KEY BLOCK-----",
       SecretKind::PrivateKey},
      {kGitHub, SecretKind::GitHubToken},
      {"gho_"
       "Ex4mpleT0kenNotReal0123456789abcdefg",
       SecretKind::GitHubToken},
      {"ghs_"
       "Ex4mpleT0kenNotReal0123456789abcdefg",
       SecretKind::GitHubToken},
      {kGitHubPat, SecretKind::GitHubToken},
      {kSlack, SecretKind::SlackToken},
      {kSlackHook, SecretKind::SlackWebhook},
      {kStripe, SecretKind::StripeKey},
      {"rk_live_"
       "ExampleNotRealKey000000000",
       SecretKind::StripeKey},
      {kGoogle, SecretKind::GoogleApiKey},
      {kSendGrid, SecretKind::SendGridKey},
      {kNpm, SecretKind::NpmToken},
      {kJwt, SecretKind::JsonWebToken},
      {"mysql://admin:Sup3rS3cret@db.example.com/app", SecretKind::UrlCredentials},
  };
  for (const Case& c : cases) {
    std::vector<Detection> found = Scanner::standard().findTokens(c.value);
    ASSERT_EQ(found.size(), 1u) << c.value;
    EXPECT_EQ(found[0].kind, c.kind) << c.value;
    EXPECT_EQ(kindOf(c.value), c.kind) << c.value;
  }
}

TEST(SecretFormats, PositionsInsideText) {
  const std::string line = "const key = \"" + kAccessKeyId + "\"; // " + kGitHub;
  std::vector<Detection> found = Scanner::standard().findTokens(line);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].kind, SecretKind::AwsAccessKeyId);
  EXPECT_EQ(line.substr(found[0].offset, found[0].length), kAccessKeyId);
  EXPECT_EQ(found[1].kind, SecretKind::GitHubToken);
  EXPECT_EQ(line.substr(found[1].offset, found[1].length), kGitHub);
}

TEST(SecretFormats, AdjacentTokensAreBothFound) {
  const std::string text = kAccessKeyId + "," +
                           "AKIA"
                           "ABCDEFGHIJKLMNOP";
  std::vector<Detection> found = Scanner::standard().findTokens(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].offset, kAccessKeyId.size() + 1);
}

TEST(SecretFormats, UrlCredentialsCoverThePasswordOnly) {
  const std::string url = "postgres://app:s3cr3t-pw@db.internal:5432/orders";
  std::vector<Detection> found = Scanner::standard().findTokens(url);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(url.substr(found[0].offset, found[0].length), "s3cr3t-pw");
  EXPECT_TRUE(Scanner::standard().findTokens("postgres://app:${DbPassword}@db/orders").empty());
  EXPECT_EQ(Scanner::standard().findTokens("mysql://r:pw1@${DbHost}:3306/reports").size(), 1u);
  EXPECT_TRUE(Scanner::standard().findTokens("https://user@example.com/x").empty());
  EXPECT_TRUE(Scanner::standard().findTokens("https://example.com/a:b@c").empty());
}

TEST(SecretFormats, PrivateKeyBlockExtendsToItsEnd) {
  const std::string text = "key: |\n" + kPrivateKey + "\nnext: 1";
  std::vector<Detection> found = Scanner::standard().findTokens(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].offset, found[0].length), kPrivateKey);
}

TEST(SecretFormats, LookAlikesAreNotTokens) {
  for (const std::string& v : {
           std::string("XAKIA"
                       "IOSFODNN7EXAMPLE"),  // inside a longer word
           std::string("AKIA"
                       "IOSFODNN7EXAMPL"),  // too short
           std::string("ghp_"
                       "short"),  //
           std::string("my_ghp_"
                       "Ex4mpleT0kenNotReal0123456789abcdefg"),
           std::string("sk_test_"
                       "ExampleNotRealKey000000000"),  // test keys are not live
           std::string("-----BEGIN PUBLIC KEY-----"),
           std::string("-----BEGIN CERTIFICATE-----"),
           std::string("eyJhbGciOiJIUzI1NiJ9"),  // a header alone
           std::string("arn:aws:iam::123456789012:role/AKIA-lookalike"),
           std::string("https://hooks.slack.com/"),
       })
    EXPECT_TRUE(Scanner::standard().findTokens(v).empty()) << v;
}

// ------------------------------------------------------------------------------ entropy

TEST(SecretEntropy, ShannonEntropy) {
  EXPECT_DOUBLE_EQ(shannonEntropy(""), 0.0);
  EXPECT_DOUBLE_EQ(shannonEntropy("aaaa"), 0.0);
  EXPECT_DOUBLE_EQ(shannonEntropy("ab"), 1.0);
  EXPECT_DOUBLE_EQ(shannonEntropy("abcd"), 2.0);
  EXPECT_NEAR(shannonEntropy("0123456789abcdef"), 4.0, 1e-9);
}

TEST(SecretEntropy, RandomTokensAreFlaggedIdentifiersAreNot) {
  const struct {
    std::optional<SecretKind> expected;
    std::vector<const char*> values;
  } cases[] = {
      {SecretKind::HighEntropy,
       {"9fQ2xT7LmZ4pR8wK3vN6bJ1d", "Xk9pQ2mZ7vR4tL8wN3bY", "k8Jd9sLq2Wm4Np7Rt1Vx5Zb3",
        "x0JkQ3ZhbGx5QmFzZTY0U2hhMjU2SGFzaA8uVw4=", "a1b2c3d4e5f6g7h8i9j0k1l2",
        "Zm9vYmFyYmF6cXV4-Q2xpZW50U2VjcmV0_1x"}},
      {std::nullopt,
       {"MyStack-MyFunction-1A2B3C4D5E6F", "orders-prod-OrdersTable-1XK7Z9PQ3M2L",
        "mystack-artifactsbucket-1a2b3c4d5e6f", "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "1f3c5e7a9b2d4f6e8a0c1e3f5a7b9d2c4e6f8a0b",
        "arn:aws:lambda:eu-west-1:123456789012:layer:Powertools2024:12",
        "https://abcdef1234.execute-api.eu-west-1.amazonaws.com/Prod",
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders:1.4.2",
        "d111111abcdef8.cloudfront.net", "/aws/lambda/orders-ProcessFunction-AbC123",
        "ProcessOrdersFunction2024v3release", "lambda-layer-python311-arm64-v12",
        "eu-west-1_AbCdEf123", "us-east-1:12345678-1234-1234-1234-123456789012",
        "com.example.orders.Handler::handleRequest", "ops-team+alerts@example.com",
        "Processes orders from the queue 24x7", "2024-01-15T10:30:00Z", "hunter2hunter2hunter2",
        "{\"retries\":3,\"backoff\":\"exp2\"}", "uploads/2024/01/a1B2c3D4e5F6g7H8i9J0.jpg",
        "shardId-000000000000", "20240115-a1b2c3d",
        "1234567890-abc123def456.apps.googleusercontent.com"}},
  };
  for (const auto& c : cases)
    for (const char* v : c.values) EXPECT_EQ(kindOf(v), c.expected) << v;
}

TEST(SecretEntropy, IdentifierNamesSkipTheEntropyGuess) {
  const std::string cognitoClientId = "4vt2a8h1l4c3g9e5k7m2n6p8q0";
  EXPECT_EQ(kindOf(cognitoClientId), SecretKind::HighEntropy);
  EXPECT_EQ(kindOf(cognitoClientId, NameHint::Identifier), std::nullopt);
  // ...but never the known formats.
  EXPECT_EQ(kindOf(kAccessKeyId, NameHint::Identifier), SecretKind::AwsAccessKeyId);
}

TEST(SecretEntropy, AwsSecretKeyNeedsANameOrEntropy) {
  EXPECT_EQ(kindOf(kSecretKey, NameHint::Secret), SecretKind::AwsSecretAccessKey);
  EXPECT_EQ(kindOf("Xk9pQ2mZ7vR4tL8wN3bY/k8Jd9sLq2Wm4Np7Rt1V"), SecretKind::AwsSecretAccessKey);
  // 40 characters alone are not enough (no "any 40 characters" rule).
  EXPECT_EQ(kindOf("abcdefghijabcdefghijabcdefghijabcdefghij"), std::nullopt);
  EXPECT_EQ(kindOf("ProcessOrdersFunctionVersion2024Release1"), std::nullopt);
}

TEST(SecretEntropy, HighEntropyNeedsLengthAndMix) {
  const Scanner& s = Scanner::standard();
  EXPECT_FALSE(s.isHighEntropyToken("Xk9pQ2mZ7vR4tL8wN3b"));    // 19 characters
  EXPECT_TRUE(s.isHighEntropyToken("Xk9pQ2mZ7vR4tL8wN3bY"));    // 20
  EXPECT_FALSE(s.isHighEntropyToken("XkpQmZvRtLwNbYcDfGhJ"));   // no digit
  EXPECT_FALSE(s.isHighEntropyToken("Xk9pQ2mZ7vR4 tL8wN3bY"));  // a space
  EXPECT_FALSE(s.isHighEntropyToken("aaaaaaaaaa1111111111"));   // low entropy
}

// ----------------------------------------------------------------------------- redaction

TEST(SecretRedaction, NeverPrintsTheSecret) {
  EXPECT_EQ(redact(kGitHub), "ghp_\u2026 (40 characters)");
  EXPECT_EQ(redact("hunter2"), "h\u2026 (7 characters)");
  EXPECT_EQ(redact("abc"), "\u2026 (3 characters)");
  EXPECT_EQ(redact(""), "\u2026 (0 characters)");
  EXPECT_EQ(redact("x"), "\u2026 (1 character)");
  for (const std::string& s : {kAccessKeyId, kPrivateKey, kJwt, kSecretKey})
    EXPECT_EQ(redact(s).find(s.substr(4)), std::string::npos);
  // Multi-byte characters are counted once and never cut.
  EXPECT_EQ(redact("\xc3\xa9t\xc3\xa9-s3cr\xc3\xa9t-p4ssw\xc3\xb6rd"), "\u2026 (19 characters)");
  EXPECT_EQ(redact("-----BEGIN\nX"), "---\u2026 (12 characters)");
}

TEST(SecretScanner, StandardIsOneInstance) {
  EXPECT_EQ(&Scanner::standard(), &Scanner::standard());
  EXPECT_TRUE(Scanner::standard().ok());
  Scanner own;
  EXPECT_EQ(own.findTokens(kNpm).size(), 1u);
}
