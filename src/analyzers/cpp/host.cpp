// The lambdalint side of the C++ analyzer: runs lambdalint-cpp-analyzer on one file and turns
// its JSON into a model::CodeSummary. No Clang here (see cmake/ClangTooling.cmake).
#include "lambdalint/analyzers/cpp.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <set>

#include <nlohmann/json.hpp>

#include "lambdalint/support/deadline.hpp"

extern char** environ;

namespace lambdalint::analyzers::cpp {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

constexpr std::string_view kFailed = "not analysed: ";
constexpr const char* kHelperName = "lambdalint-cpp-analyzer";
// However long --file-timeout allows (0: no limit), one file never takes longer than this.
constexpr auto kHardLimit = std::chrono::seconds(120);

std::optional<fs::path> findHelper(std::string& why) {
  if (const char* env = std::getenv("LAMBDALINT_CPP_ANALYZER"); env && *env) {
    std::error_code ec;
    if (fs::is_regular_file(env, ec) && ::access(env, X_OK) == 0) return fs::path(env);
    why = std::string("LAMBDALINT_CPP_ANALYZER names `") + env + "`, which is not an executable";
    return std::nullopt;
  }
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) {
    why = "the location of the lambdalint binary is not known";
    return std::nullopt;
  }
  fs::path dir = self.parent_path();
  // Beside the binary (the build tree, an install's bin/), an install's libexec/, and the
  // build tree's root for the test binaries in build/tests/.
  for (const fs::path& candidate : {dir / kHelperName, dir / ".." / "libexec" / "lambdalint" / kHelperName,
                                    dir / ".." / kHelperName}) {
    if (fs::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0)
      return candidate.lexically_normal();
  }
  why = "the C++ analyzer is not available: `" + std::string(kHelperName) +
        "` is not installed beside lambdalint (it is built only where LLVM/Clang 14 is "
        "installed; see scripts/setup)";
  return std::nullopt;
}

bool within(const fs::path& p, const fs::path& root) {
  auto r = root.begin(), i = p.begin();
  for (; r != root.end(); ++r, ++i) {
    if (r->empty()) continue;
    if (i == p.end() || *i != *r) return false;
  }
  return true;
}

// The nearest compile_commands.json from the file's folder up to the project folder (and in a
// build/ folder beside each), inside the scanned root.
std::optional<fs::path> compileDatabaseDir(const FileContext& ctx) {
  std::error_code ec;
  fs::path project = fs::weakly_canonical(ctx.projectDir, ec);
  fs::path boundary = fs::weakly_canonical(ctx.boundary, ec);
  for (fs::path d = ctx.diskPath.parent_path(); !d.empty(); d = d.parent_path()) {
    for (const fs::path& candidate : {d, d / "build"}) {
      fs::path db = candidate / "compile_commands.json";
      if (fs::is_regular_file(db, ec) && within(fs::weakly_canonical(db, ec), boundary))
        return candidate;
    }
    if (d == project || !within(d, project) || d == d.parent_path()) break;
  }
  return std::nullopt;
}

struct Run {
  std::string out;
  int status = -1;
  std::string error;  // empty: it ran to the end
};

// Runs the helper with `args`, `input` on its standard input; stops it at the deadline.
Run runHelper(const fs::path& helper, const std::vector<std::string>& args, const std::string& input) {
  Run run;
  int in[2], out[2];
  if (::pipe2(in, O_CLOEXEC) != 0) {
    run.error = "cannot create a pipe";
    return run;
  }
  if (::pipe2(out, O_CLOEXEC) != 0) {
    ::close(in[0]), ::close(in[1]);
    run.error = "cannot create a pipe";
    return run;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<std::string> argvStrings{helper.string()};
  argvStrings.insert(argvStrings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argvStrings) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, helper.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(in[0]);
  ::close(out[1]);
  if (rc != 0) {
    ::close(in[1]);
    ::close(out[0]);
    run.error = "cannot run " + helper.string();
    return run;
  }
  // A helper that dies before reading its input must not kill lambdalint with SIGPIPE: the
  // signal is blocked in this thread while writing, and a pending one is taken back.
  sigset_t pipeSet, previous;
  sigemptyset(&pipeSet);
  sigaddset(&pipeSet, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipeSet, &previous);
  ::fcntl(in[1], F_SETFL, O_NONBLOCK);
  size_t written = 0;
  bool inputOpen = true;
  if (input.empty()) ::close(in[1]), inputOpen = false;
  const auto hardStop = std::chrono::steady_clock::now() + kHardLimit;
  char buf[65536];
  bool outputOpen = true;
  while (outputOpen) {
    if (deadline::expired() || std::chrono::steady_clock::now() > hardStop) {
      run.error = deadline::expired() ? "stopped at --file-timeout" : "stopped after 120 s";
      break;
    }
    pollfd fds[2] = {{out[0], POLLIN, 0}, {inputOpen ? in[1] : -1, POLLOUT, 0}};
    int n = ::poll(fds, 2, 50);
    if (n < 0 && errno != EINTR) {
      run.error = "poll failed";
      break;
    }
    if (inputOpen && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t w = ::write(in[1], input.data() + written, input.size() - written);
      if (w > 0) written += static_cast<size_t>(w);
      if ((w < 0 && errno != EAGAIN && errno != EINTR) || written == input.size()) {
        ::close(in[1]);
        inputOpen = false;
      }
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      ssize_t r = ::read(out[0], buf, sizeof buf);
      if (r > 0) run.out.append(buf, static_cast<size_t>(r));
      else if (r == 0 || (errno != EINTR && errno != EAGAIN)) outputOpen = false;
      if (run.out.size() > (64u << 20)) {
        run.error = "the C++ analyzer's output is too large";
        break;
      }
    }
  }
  if (inputOpen) ::close(in[1]);
  ::close(out[0]);
  if (!run.error.empty()) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  run.status = status;
  timespec zero{0, 0};
  while (sigtimedwait(&pipeSet, nullptr, &zero) > 0) {
  }
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  if (run.error.empty() && WIFSIGNALED(status))
    run.error = "the C++ analyzer stopped with signal " + std::to_string(WTERMSIG(status));
  return run;
}

std::shared_ptr<model::CodeSummary> failed(std::shared_ptr<model::CodeSummary> s, const std::string& why) {
  s->notes.insert(s->notes.begin(), std::string(kFailed) + why);
  return s;
}

// Reads the helper's JSON into `s`; positions outside the file are clamped to it.
void read(const json& j, model::CodeSummary& s) {
  const SourceFile& file = *s.file;
  auto str = [](const json& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  auto flag = [](const json& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->is_boolean() && it->get<bool>();
  };
  auto num = [](const json& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->is_number_integer() ? it->get<int>() : 0;
  };
  auto range = [&](const json& o, const char* key) {
    SourceRange r;
    auto it = o.find(key);
    if (it == o.end() || !it->is_array() || it->size() != 4) return r;
    uint32_t v[4];
    for (size_t i = 0; i < 4; ++i) v[i] = (*it)[i].is_number_unsigned() ? (*it)[i].get<uint32_t>() : 0;
    uint32_t lines = static_cast<uint32_t>(std::max<size_t>(file.lineCount(), 1));
    r.begin = {std::min(v[0], lines), v[1]};
    r.end = {std::min(std::max(v[2], r.begin.line), lines), v[3]};
    return r;
  };
  auto where = [&](const json& o) { return Location{&file, range(o, "where")}; };
  auto list = [](const json& o, const char* key) -> const json& {
    static const json kEmpty = json::array();
    auto it = o.find(key);
    return it != o.end() && it->is_array() ? *it : kEmpty;
  };
  s.syntaxErrors = flag(j, "syntaxErrors");
  s.startedHandler = str(j, "startedHandler");
  for (const json& m : list(j, "imports"))
    if (m.is_string()) s.imports.push_back(m.get<std::string>());
  for (const json& n : list(j, "notes"))
    if (n.is_string()) s.notes.push_back(n.get<std::string>());
  for (const json& f : list(j, "functions")) {
    model::CodeFunction fn;
    fn.name = str(f, "name");
    fn.where = where(f);
    fn.span = range(f, "span");
    fn.lines = num(f, "lines");
    fn.statements = num(f, "statements");
    fn.branches = num(f, "branches");
    for (const json& c : list(f, "calls"))
      if (c.is_string()) fn.calls.push_back(c.get<std::string>());
    if (!fn.name.empty()) s.functions.push_back(std::move(fn));
  }
  for (const json& v : list(j, "moduleVariables"))
    s.moduleVariables.push_back({str(v, "name"), where(v), flag(v, "mutableContainer")});
  for (const json& w : list(j, "stateWrites"))
    s.stateWrites.push_back({str(w, "variable"), str(w, "how"), flag(w, "grows"), str(w, "function"), where(w)});
  for (const json& c : list(j, "clients")) {
    model::ClientCreation cc;
    std::string kind = str(c, "kind");
    cc.kind = kind == "http" ? model::ClientCreation::Kind::Http
              : kind == "database" ? model::ClientCreation::Kind::Database
                                   : model::ClientCreation::Kind::AwsSdk;
    cc.call = str(c, "call");
    cc.service = str(c, "service");
    cc.variable = str(c, "variable");
    cc.function = str(c, "function");
    cc.where = where(c);
    s.clients.push_back(std::move(cc));
  }
  for (const json& e : list(j, "envReads"))
    s.envReads.push_back({str(e, "name"), flag(e, "hasDefault"), flag(e, "raises"), str(e, "function"), where(e)});
  for (const json& c : list(j, "sdkCalls"))
    s.sdkCalls.push_back({str(c, "service"), str(c, "operation"), str(c, "function"), where(c), str(c, "resourceEnv")});
  for (const json& l : list(j, "literals"))
    s.literals.push_back({str(l, "name"), str(l, "value"), str(l, "function"), where(l)});
  for (const json& o : list(j, "outboundCalls"))
    s.outboundCalls.push_back({str(o, "call"), flag(o, "hasTimeout"), str(o, "function"), where(o)});
}

}  // namespace

bool isSourceFile(const fs::path& path) {
  static const std::set<std::string, std::less<>> kExtensions{".cpp", ".cc", ".cxx", ".c++"};
  return kExtensions.count(path.extension().string()) > 0;
}

std::vector<fs::path> sourceFiles(const fs::path& dir, size_t max) {
  static const std::set<std::string, std::less<>> kSkipped{
      ".git", "node_modules", "third_party", "third-party", "external", "vendor", "_deps",
      "deps", ".aws-sam", "CMakeFiles", "out"};
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end && files.size() < max; it.increment(ec)) {
    const fs::directory_entry& e = *it;
    std::string name = e.path().filename().string();
    if (e.is_directory(ec)) {
      if (e.is_symlink(ec) || kSkipped.count(name) || name.rfind("build", 0) == 0 ||
          name.rfind("cmake-build-", 0) == 0 || it.depth() >= 6)
        it.disable_recursion_pending();
      continue;
    }
    if (e.is_regular_file(ec) && !e.is_symlink(ec) && isSourceFile(e.path())) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::optional<fs::path> helperPath(std::string* why) {
  static const std::pair<std::optional<fs::path>, std::string> kFound = [] {
    std::string reason;
    auto p = findHelper(reason);
    return std::make_pair(p, reason);
  }();
  if (why) *why = kFound.second;
  return kFound.first;
}

std::shared_ptr<model::CodeSummary> analyzeFile(std::shared_ptr<const SourceFile> file,
                                                const FileContext& context) {
  auto summary = std::make_shared<model::CodeSummary>();
  summary->language = "cpp";
  summary->file = file;
  std::string why;
  std::optional<fs::path> helper = helperPath(&why);
  if (!helper) return failed(summary, why);
  std::vector<std::string> args{"--file", fs::absolute(context.diskPath).lexically_normal().string()};
  if (auto db = compileDatabaseDir(context)) args.insert(args.end(), {"--compile-commands", db->string()});
  std::set<fs::path> includes;
  for (const fs::path& d : {context.diskPath.parent_path(), context.projectDir,
                            context.projectDir / "include", context.projectDir / "src"}) {
    std::error_code ec;
    fs::path a = fs::absolute(d).lexically_normal();
    if (fs::is_directory(a, ec) && includes.insert(a).second) args.insert(args.end(), {"-I", a.string()});
  }
  Run run = runHelper(*helper, args, file->content());
  if (!run.error.empty()) return failed(summary, run.error);
  json j = json::parse(run.out, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return failed(summary, "the C++ analyzer ended without a result (exit status " +
                               std::to_string(WIFEXITED(run.status) ? WEXITSTATUS(run.status) : -1) + ")");
  if (auto it = j.find("failed"); it != j.end() && it->is_string()) {
    read(j, *summary);
    return failed(summary, it->get<std::string>());
  }
  read(j, *summary);
  return summary;
}

std::optional<std::string> failure(const model::CodeSummary& summary) {
  if (summary.notes.empty() || summary.notes.front().rfind(kFailed, 0) != 0) return std::nullopt;
  return summary.notes.front().substr(kFailed.size());
}

}  // namespace lambdalint::analyzers::cpp
