// Stub headers for the aws-lambda-cpp runtime API and the AWS SDK for C++: see stubs.hpp.
// Everything here is declarations written for lambdalint from the public shape of those APIs
// (namespaces, class and function names); nothing is ever defined or run.
#include "analyzers/cpp/clang/stubs.hpp"

#include <array>
#include <cctype>
#include <map>
#include <regex>
#include <set>

namespace lambdalint::cpp {
namespace {

std::string root() { return std::string(kStubRoot); }

// aws-lambda-cpp: aws/lambda-runtime/runtime.h (the handler signature and run_handler).
constexpr std::string_view kRuntime = R"(#pragma once
// lambdalint stub of the aws-lambda-cpp runtime API: declarations only.
#include <chrono>
#include <functional>
#include <string>
namespace aws {
namespace lambda_runtime {
struct invocation_request {
  std::string payload;
  std::string request_id;
  std::string xray_trace_id;
  std::string client_context;
  std::string cognito_identity;
  std::string function_arn;
  std::chrono::time_point<std::chrono::system_clock> deadline;
  std::chrono::milliseconds get_time_remaining() const;
};
class invocation_response {
 public:
  invocation_response(std::string const& payload, std::string const& content_type, bool success);
  static invocation_response success(std::string const& payload, std::string const& content_type);
  static invocation_response failure(std::string const& error_message, std::string const& error_type);
  bool is_success() const;
  std::string const& get_payload() const;
  std::string const& get_content_type() const;
};
struct runtime_config {
  bool use_json_logs = false;
};
void run_handler(std::function<invocation_response(invocation_request const&)> const& handler);
}  // namespace lambda_runtime
}  // namespace aws
)";

constexpr std::string_view kLogging = R"(#pragma once
// lambdalint stub of aws-lambda-cpp's logging API: declarations only.
namespace aws {
namespace logging {
enum class verbosity { error, info, debug };
void log(verbosity v, char const* tag, char const* msg, ...);
}  // namespace logging
}  // namespace aws
)";

// The SDK core. `lambdalint_any.h` (generated per file) defines lambdalint_stub::Any.
constexpr std::string_view kCore = R"(#pragma once
// lambdalint stub of the AWS SDK for C++ core: declarations only.
#include <map>
#include <memory>
#include <string>
#include <vector>
#include "lambdalint_any.h"
namespace Aws {
using String = std::string;
template <class T> using Vector = std::vector<T>;
template <class K, class V> using Map = std::map<K, V>;
struct SDKOptions : ::lambdalint_stub::Any { using Any::Any; };
void InitAPI(const SDKOptions& options);
void ShutdownAPI(const SDKOptions& options);
template <class T, class... A> std::shared_ptr<T> MakeShared(const char* tag, A&&... args);
template <class T, class... A> std::unique_ptr<T> MakeUnique(const char* tag, A&&... args);
template <class T, class... A> T* New(const char* tag, A&&... args);
template <class T> void Delete(T* p);
namespace Client {
struct ClientConfiguration : ::lambdalint_stub::Any { using Any::Any; };
template <class E> struct AWSError : ::lambdalint_stub::Any { using Any::Any; };
}  // namespace Client
namespace Auth {
struct AWSCredentials : ::lambdalint_stub::Any { using Any::Any; };
struct AWSCredentialsProvider : ::lambdalint_stub::Any { using Any::Any; };
struct SimpleAWSCredentialsProvider : AWSCredentialsProvider { using AWSCredentialsProvider::AWSCredentialsProvider; };
struct EnvironmentAWSCredentialsProvider : AWSCredentialsProvider { using AWSCredentialsProvider::AWSCredentialsProvider; };
struct DefaultAWSCredentialsProviderChain : AWSCredentialsProvider { using AWSCredentialsProvider::AWSCredentialsProvider; };
}  // namespace Auth
namespace Utils {
template <class R, class E> struct Outcome : ::lambdalint_stub::Any { using Any::Any; };
struct DateTime : ::lambdalint_stub::Any { using Any::Any; };
namespace Json {
struct JsonValue : ::lambdalint_stub::Any { using Any::Any; };
struct JsonView : ::lambdalint_stub::Any { using Any::Any; };
}  // namespace Json
namespace Logging {
enum class LogLevel { Off, Fatal, Error, Warn, Info, Debug, Trace };
}  // namespace Logging
}  // namespace Utils
namespace Http {
enum class Scheme { HTTP, HTTPS };
enum class HttpMethod { HTTP_GET, HTTP_POST, HTTP_DELETE, HTTP_PUT, HTTP_HEAD, HTTP_PATCH };
}  // namespace Http
namespace Region {
extern const char US_EAST_1[], US_EAST_2[], US_WEST_1[], US_WEST_2[], EU_WEST_1[], EU_CENTRAL_1[];
}  // namespace Region
namespace Environment {
Aws::String GetEnv(const char* name);
}  // namespace Environment
}  // namespace Aws
#include "lambdalint_names.h"
)";

// libcurl's easy interface: curl/curl.h (what CODE005 looks at: the handle, its options and
// curl_easy_perform). Real headers, when found, come first (the stubs are -idirafter).
constexpr std::string_view kCurl = R"(#pragma once
// lambdalint stub of libcurl's easy interface: declarations only.
#include <cstddef>
extern "C" {
typedef void CURL;
typedef enum { CURLE_OK = 0 } CURLcode;
typedef enum {
  CURLOPT_WRITEDATA = 10001, CURLOPT_URL = 10002, CURLOPT_POSTFIELDS = 10015,
  CURLOPT_HTTPHEADER = 10023, CURLOPT_CUSTOMREQUEST = 10036, CURLOPT_USERPWD = 10005,
  CURLOPT_TIMEOUT = 13, CURLOPT_CONNECTTIMEOUT = 78, CURLOPT_TIMEOUT_MS = 155,
  CURLOPT_CONNECTTIMEOUT_MS = 156, CURLOPT_NOSIGNAL = 99, CURLOPT_FOLLOWLOCATION = 52,
  CURLOPT_POST = 47, CURLOPT_VERBOSE = 41, CURLOPT_WRITEFUNCTION = 20011
} CURLoption;
typedef enum { CURLINFO_RESPONSE_CODE = 0x200002 } CURLINFO;
struct curl_slist;
CURL* curl_easy_init(void);
CURLcode curl_easy_setopt(CURL* handle, CURLoption option, ...);
CURLcode curl_easy_perform(CURL* handle);
CURLcode curl_easy_getinfo(CURL* handle, CURLINFO info, ...);
void curl_easy_cleanup(CURL* handle);
const char* curl_easy_strerror(CURLcode code);
CURLcode curl_global_init(long flags);
void curl_global_cleanup(void);
struct curl_slist* curl_slist_append(struct curl_slist* list, const char* text);
void curl_slist_free_all(struct curl_slist* list);
}
#define CURL_GLOBAL_ALL 3L
#define CURL_GLOBAL_DEFAULT CURL_GLOBAL_ALL
)";

// Names the SDK's "anything" class must not redeclare (its fixed members) or cannot (keywords).
const std::set<std::string, std::less<>>& reservedNames() {
  static const std::set<std::string, std::less<>> kNames{
      "begin", "end", "operator", "template", "this", "new", "delete", "sizeof", "Any",
      "typename", "auto", "return", "const", "static", "class", "struct", "enum", "if",
      "else", "for", "while", "do", "switch", "case", "default", "true", "false", "nullptr"};
  return kNames;
}

// lambdalint_stub::Any: constructible from and convertible to anything, with a member
// function for every name the source calls on an object and a static data member for every
// other member name it uses.
std::string anyHeader(std::string_view source) {
  static const std::regex kMember(R"((?:\.|->)\s*([A-Za-z_][A-Za-z_0-9]*)(\s*\()?)");
  std::set<std::string> functions, data;
  std::string text(source);
  for (std::sregex_iterator it(text.begin(), text.end(), kMember), end; it != end; ++it) {
    std::string name = (*it)[1].str();
    if (reservedNames().count(name)) continue;
    ((*it)[2].matched ? functions : data).insert(name);
    if (functions.size() + data.size() > 4000) break;
  }
  std::string out = R"(#pragma once
// lambdalint stub: a class that stands for any AWS SDK type. Declarations only.
namespace lambdalint_stub {
struct Any {
  Any();
  template <class T, class... A> Any(T&& first, A&&... rest);
  template <class T> operator T() const;
  operator bool() const;
  template <class K> Any& operator[](K&& key) const;
  template <class... A> Any& operator()(A&&... args) const;
  template <class V> Any& operator=(V&& value);
  template <class V> Any& operator+=(V&& value);
  template <class V> bool operator==(V&& other) const;
  template <class V> bool operator!=(V&& other) const;
  Any* operator->() const;
  Any& operator*() const;
  Any* begin() const;
  Any* end() const;
)";
  for (const std::string& f : functions) out += "  template <class... A> Any& " + f + "(A&&... args) const;\n";
  for (const std::string& d : data)
    if (!functions.count(d)) out += "  static Any " + d + ";\n";
  out += "};\n}  // namespace lambdalint_stub\n";
  return out;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string dirKey(std::string dir) {
  std::string s;
  for (char c : lower(std::move(dir)))
    if (c != '-' && c != '_') s += c;
  return s;
}

bool isIdentifier(const std::string& s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return true;
}

}  // namespace

std::vector<StubFile> stubsFor(std::string_view source) {
  std::string text(source);
  std::vector<StubFile> out;
  const std::string base = root() + "/";
  out.push_back({base + "aws/lambda-runtime/runtime.h", std::string(kRuntime)});
  out.push_back({base + "aws/logging/logging.h", std::string(kLogging)});
  out.push_back({base + "aws/core/Aws.h", std::string(kCore)});
  out.push_back({base + "curl/curl.h", std::string(kCurl)});
  out.push_back({base + "lambdalint_any.h", anyHeader(source)});

  // SDK namespaces as the source spells them (Aws::DynamoDB), by folder name (dynamodb).
  static const std::regex kNs(R"(\bAws::([A-Za-z][A-Za-z0-9]*)::)");
  std::map<std::string, std::string> nsByDir;
  for (std::sregex_iterator it(text.begin(), text.end(), kNs), end; it != end; ++it)
    nsByDir.emplace(dirKey((*it)[1].str()), (*it)[1].str());

  // Classes the source names: Aws::<Ns>::<Name>Client and Aws::<Ns>::Model::<Name>.
  static const std::regex kClient(R"(\bAws::([A-Za-z][A-Za-z0-9]*)::([A-Za-z][A-Za-z0-9]*Client)\b)");
  static const std::regex kModel(R"(\bAws::([A-Za-z][A-Za-z0-9]*)::Model::([A-Za-z][A-Za-z0-9]*)\b)");
  static const std::set<std::string> kCoreNs{"Client", "Auth", "Utils", "Http", "Region",
                                             "Environment", "Crt", "Internal", "Monitoring"};
  std::map<std::string, std::set<std::string>> classes;  // namespace path -> class names
  for (std::sregex_iterator it(text.begin(), text.end(), kClient), end; it != end; ++it)
    if (!kCoreNs.count((*it)[1].str())) classes[(*it)[1].str()].insert((*it)[2].str());
  for (std::sregex_iterator it(text.begin(), text.end(), kModel), end; it != end; ++it)
    if (!kCoreNs.count((*it)[1].str())) classes[(*it)[1].str() + "::Model"].insert((*it)[2].str());

  // Each `#include <aws/<service>/...>`: the client header names the service's namespace.
  static const std::regex kInclude(R"(#\s*include\s*[<"](aws/([A-Za-z0-9_-]+)/([A-Za-z0-9_/.-]+))[>"])");
  std::vector<std::array<std::string, 3>> includes;
  for (std::sregex_iterator it(text.begin(), text.end(), kInclude), end; it != end; ++it) {
    std::string path = (*it)[1].str(), dir = (*it)[2].str(), rest = (*it)[3].str();
    if (path.find("..") != std::string::npos || includes.size() > 500) continue;
    includes.push_back({path, dir, rest});
    static const std::regex kClientFile(R"(([A-Za-z][A-Za-z0-9]*)Client\.h)");
    std::smatch m;
    if (std::regex_match(rest, m, kClientFile)) nsByDir.emplace(dirKey(dir), m[1].str());
  }
  std::set<std::string> mapped{"aws/lambda-runtime/runtime.h", "aws/logging/logging.h",
                               "aws/core/Aws.h"};
  for (const auto& [path, dir, rest] : includes) {
    if (!mapped.insert(path).second) continue;
    std::string body = "#pragma once\n// lambdalint stub: declarations only.\n";
    if (dir == "lambda-runtime") {
      body += "#include <aws/lambda-runtime/runtime.h>\n";
    } else {
      body += "#include <aws/core/Aws.h>\n";
      std::string ns = nsByDir.count(dirKey(dir)) ? nsByDir[dirKey(dir)] : dir;
      std::string file = rest.substr(rest.rfind('/') == std::string::npos ? 0 : rest.rfind('/') + 1);
      std::string cls = file.size() > 2 ? file.substr(0, file.size() - 2) : "";
      if (dir != "core" && isIdentifier(ns) && isIdentifier(cls) && file.ends_with(".h")) {
        if (rest.rfind("model/", 0) == 0) classes[ns + "::Model"].insert(cls);
        else if (cls.ends_with("Client")) classes[ns].insert(cls);
      }
    }
    out.push_back({base + path, body});
  }

  std::string names = "#pragma once\n// lambdalint stub: the SDK classes this file names.\n";
  for (const auto& [ns, set] : classes) {
    std::string open, close;
    size_t start = 0;
    std::string path = "Aws::" + ns;
    while (start <= path.size()) {
      size_t colon = path.find("::", start);
      std::string part = path.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      open += "namespace " + part + " { ";
      close += "} ";
      if (colon == std::string::npos) break;
      start = colon + 2;
    }
    names += open + "\n";
    for (const std::string& c : set)
      names += "class " + c + " : public ::lambdalint_stub::Any { public: using Any::Any; };\n";
    names += close + "\n";
  }
  out.push_back({base + "lambdalint_names.h", names});
  return out;
}

}  // namespace lambdalint::cpp
