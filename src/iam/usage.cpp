// What a function's code needs from its role: the SDK calls its handler's summary records on
// every code path from the handler (and at module scope), mapped to IAM actions, plus what
// Lambda itself does with the role. "Incomplete" when something cannot be known statically.
#include <algorithm>
#include <initializer_list>
#include <set>

#include <fmt/format.h>

#include "lambdalint/iam/iam.hpp"

namespace lambdalint::iam {
namespace {

template <class Text>
bool contains(const std::vector<Text>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool startsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return s.starts_with(p); });
}

// Python modules that are not the project's own: the standard library and common packages.
// Any other absolute import may be a module of the project, whose calls are not seen.
bool pythonExternal(std::string_view module) {
  static const std::set<std::string, std::less<>> kKnown{
      // standard library
      "__future__", "abc", "argparse", "array", "ast", "asyncio", "base64", "binascii",
      "bisect", "builtins", "bz2", "calendar", "cgi", "cmath", "codecs", "collections",
      "concurrent", "configparser", "contextlib", "contextvars", "copy", "csv", "ctypes",
      "dataclasses", "datetime", "decimal", "difflib", "email", "enum", "errno", "fnmatch",
      "fractions", "functools", "gc", "getpass", "gettext", "glob", "gzip", "hashlib", "heapq",
      "hmac", "html", "http", "imaplib", "importlib", "inspect", "io", "ipaddress",
      "itertools", "json", "keyword", "locale", "logging", "lzma", "math", "mimetypes",
      "multiprocessing", "numbers", "operator", "os", "pathlib", "pickle", "platform",
      "pprint", "queue", "random", "re", "secrets", "select", "shlex", "shutil", "signal",
      "smtplib", "socket", "sqlite3", "ssl", "stat", "statistics", "string", "struct",
      "subprocess", "sys", "tarfile", "tempfile", "textwrap", "threading", "time", "timeit",
      "traceback", "types", "typing", "unicodedata", "unittest", "urllib", "uuid", "warnings",
      "weakref", "xml", "zipfile", "zlib", "zoneinfo",
      // common packages from PyPI
      "boto3", "botocore", "s3transfer", "jmespath", "requests", "urllib3", "certifi",
      "charset_normalizer", "idna", "aws_lambda_powertools", "aws_xray_sdk", "pydantic",
      "typing_extensions", "jwt", "dateutil", "pytz", "simplejson", "yaml", "jsonschema",
      "httpx", "aiohttp", "orjson", "ujson", "six", "attr", "attrs", "cryptography",
      "psycopg2", "psycopg", "pymysql", "redis", "pymongo", "sqlalchemy", "pandas", "numpy",
      "sentry_sdk", "datadog_lambda", "ddtrace", "opensearchpy", "elasticsearch", "stripe",
      "mypy_boto3_s3", "mypy_boto3_dynamodb", "mypy_boto3_sqs", "mypy_boto3_sns",
      "mangum", "fastapi", "flask", "starlette", "boto3_type_annotations"};
  // Powertools utilities that call AWS APIs themselves (SSM, DynamoDB, S3, AppConfig, KMS).
  if (startsWithAny(module, {"aws_lambda_powertools.utilities.parameters",
                             "aws_lambda_powertools.utilities.idempotency",
                             "aws_lambda_powertools.utilities.streaming",
                             "aws_lambda_powertools.utilities.feature_flags",
                             "aws_lambda_powertools.utilities.data_masking"}))
    return false;
  std::string_view top = module.substr(0, module.find('.'));
  return kKnown.count(top) > 0;
}

// Go import paths that are not the project's own: the standard library and well-known
// modules. Others may be packages of the project's module (`module orders` has no dot either).
bool goExternal(std::string_view path) {
  static const std::set<std::string, std::less<>> kStandard{
      "archive", "bufio", "bytes", "cmp", "compress", "container", "context", "crypto",
      "database", "debug", "embed", "encoding", "errors", "expvar", "flag", "fmt", "go", "hash",
      "html", "image", "index", "io", "iter", "log", "maps", "math", "mime", "net", "os", "path",
      "plugin", "reflect", "regexp", "runtime", "slices", "sort", "strconv", "strings", "sync",
      "syscall", "testing", "text", "time", "unicode", "unique", "unsafe"};
  if (kStandard.count(path.substr(0, path.find('/')))) return true;
  return startsWithAny(path, {"github.com/aws/", "golang.org/x/", "google.golang.org/", "gopkg.in/",
                              "go.uber.org/", "go.opentelemetry.io/", "github.com/google/uuid",
                              "github.com/sirupsen/logrus", "github.com/rs/zerolog",
                              "github.com/pkg/errors", "github.com/stretchr/testify"});
}

// Java packages that are not the project's own: the JDK, the AWS SDKs and Lambda libraries,
// logging and JSON libraries.
bool javaExternal(std::string_view name) {
  return startsWithAny(name, {"java.", "javax.", "jakarta.", "software.amazon.", "com.amazonaws.",
                              "org.slf4j.", "org.apache.logging.", "org.apache.commons.",
                              "com.fasterxml.", "com.google.gson.", "com.google.common.", "lombok.",
                              "org.json.", "io.opentelemetry."});
}

bool localImport(const std::string& language, std::string_view module) {
  if (module.empty()) return false;
  if (language == "python") return module[0] == '.' || !pythonExternal(module);
  if (language == "go") return !goExternal(module);
  if (language == "java") return !javaExternal(module);
  if (language == "cpp") return true;  // the C++ analyzer records only the project's own code
  return module[0] == '.' || module[0] == '/';
}

// The template resource an environment variable names: !Ref X, !GetAtt X.Arn, !Sub "${X}".
std::string resourceOfEnv(const model::Function& fn, const std::string& name) {
  for (const model::EnvVar& v : fn.environment) {
    if (v.name != name) continue;
    if (v.value.kind == model::Value::Kind::ResourceRef) return v.value.name;
    if (v.value.kind == model::Value::Kind::Unknown && v.value.text.size() > 3 &&
        v.value.text.rfind("${", 0) == 0 && v.value.text.back() == '}' &&
        v.value.text.find("${", 2) == std::string::npos) {
      std::string id = v.value.text.substr(2, v.value.text.size() - 3);
      if (id.size() > 4 && id.substr(id.size() - 4) == ".Arn") id.resize(id.size() - 4);
      if (id.find(':') == std::string::npos && id.find('.') == std::string::npos) return id;
    }
  }
  return {};
}

std::string where(const Location& l) {
  if (!l.known()) return "";
  return fmt::format(" ({}:{})", l.file->path(), l.range.begin.line);
}

// `to` holds copies (std::string) or views of the static tables (std::string_view).
template <class Text>
void addAll(std::vector<Text>& to, const std::vector<std::string>& from) {
  for (const std::string& s : from)
    if (!contains(to, s)) to.push_back(s);
}

}  // namespace

bool Usage::uses(std::string_view pattern) const {
  for (const UsedAction& a : actions)
    if (actionMatches(pattern, a.action)) return true;
  for (std::string_view p : platform)
    if (actionMatches(pattern, p)) return true;
  for (const std::string& m : mayNeed)
    if (actionMatches(pattern, m) || actionMatches(m, pattern)) return true;
  return false;
}

Usage usageOf(const model::Function& fn) {
  Usage u;
  // What Lambda does with the role, whatever the code.
  addAll(u.platform, platformActions("always"));
  if (fn.tracing.effectiveText() == std::optional<std::string>("Active"))
    addAll(u.platform, platformActions("tracing"));
  if (fn.vpc) addAll(u.platform, platformActions("vpc"));
  if (fn.kmsKeyArn.present()) addAll(u.platform, platformActions("environmentKey"));
  bool destination = fn.deadLetterTarget.present() || fn.onFailureDestination.present() ||
                     (fn.asyncInvoke && (fn.asyncInvoke->onFailure.present() ||
                                         fn.asyncInvoke->onSuccess.present()));
  for (const model::Trigger& t : fn.triggers) {
    using K = model::Trigger::Kind;
    if (t.onFailureDestination.present()) destination = true;
    if (t.kind == K::Sqs) addAll(u.platform, platformActions("trigger:Sqs"));
    if (t.kind == K::Kinesis) addAll(u.platform, platformActions("trigger:Kinesis"));
    if (t.kind == K::DynamoDb) addAll(u.platform, platformActions("trigger:DynamoDb"));
    if (t.kind == K::Msk || t.kind == K::MQ || t.kind == K::DocumentDb || t.kind == K::Other)
      u.incomplete.push_back(std::string("its ") + model::triggerKindName(t.kind) +
                             " trigger needs permissions lambdalint does not model");
  }
  if (destination) addAll(u.platform, platformActions("destination"));
  if (!fn.layers.empty())
    u.incomplete.push_back("its layers may run extensions that use the role");

  const model::HandlerLink& link = fn.handlerLink;
  if (link.status != model::HandlerLink::Status::Found || !link.summary || !link.handler) {
    u.incomplete.push_back("its handler code was not analysed (" +
                           std::string(model::handlerStatusName(link.status)) + ")");
    return u;
  }
  u.handlerAnalysed = true;
  const model::CodeSummary& s = *link.summary;
  if (s.syntaxErrors) u.incomplete.push_back("its handler file has syntax errors");
  if (!s.outboundCalls.empty())
    u.incomplete.push_back("its handler makes HTTP requests, which may be signed AWS API calls");
  if (!link.otherPackageFiles.empty())
    u.incomplete.push_back("calls into `" + link.otherPackageFiles.front() + "`" +
                           (link.otherPackageFiles.size() > 1 ? " and the other files" : "") +
                           " of its package are not followed");
  for (const std::string& m : s.imports)
    if (localImport(s.language, m)) {
      u.incomplete.push_back(s.language == "cpp"
                                 ? "its handler calls the project's code in `" + m + "`, which is not followed"
                                 : "its handler imports `" + m + "`, whose calls are not followed");
      break;
    }
  std::vector<std::string> reachable = s.reachableFrom(link.handler->name);
  reachable.push_back("");  // module scope runs at every cold start
  for (const model::SdkCall& c : s.sdkCalls) {
    if (!contains(reachable, c.function)) continue;
    ActionLookup l = lookup(c.service, c.operation);
    switch (l.status) {
      case ActionLookup::Status::UnknownService:
        u.incomplete.push_back(
            c.service.empty() ? "an SDK call whose service is not known statically" + where(c.where)
                              : "service `" + c.service + "` is not in lambdalint's table" + where(c.where));
        continue;
      case ActionLookup::Status::Unresolved:
        u.incomplete.push_back("an SDK call whose operation is not known statically" + where(c.where));
        continue;
      case ActionLookup::Status::DependsOnArguments:
        u.incomplete.push_back("`" + l.operation + "` needs actions that depend on its arguments" +
                               where(c.where));
        continue;
      case ActionLookup::Status::Mapped:
        break;
    }
    addAll(u.mayNeed, l.mayNeed);
    std::string id = c.resourceEnv.empty() ? std::string() : resourceOfEnv(fn, c.resourceEnv);
    for (const std::string& action : l.actions) {
      UsedAction a;
      a.action = action;
      a.target.logicalId = id;
      a.target.envVar = c.resourceEnv;
      a.target.objectLevel = contains(l.service->objectActions, action);
      a.call = &c;
      u.actions.push_back(std::move(a));
    }
  }
  u.complete = u.incomplete.empty();
  return u;
}

}  // namespace lambdalint::iam
