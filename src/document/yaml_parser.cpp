// parseDocument: checks the raw bytes, then reads YAML (and JSON) with our own reader, falling
// back to libfyaml for what it declines and to yaml-cpp for the few valid files libfyaml 0.7
// rejects (src/document/yaml_readers.hpp).
#include "document/input_checks.hpp"
#include "document/yaml_readers.hpp"
#include "lambdalint/document/parse.hpp"

namespace lambdalint::doc {
namespace {

// Say what a tab in indentation is, when the parser's words do not.
std::string explainParserError(const SourceFile& file, const std::string& msg, Position at) {
  if (msg.find("tab character") != std::string::npos) return msg;
  for (uint32_t line = at.line; line >= 1 && line + 3 > at.line; --line) {
    std::string_view text = file.line(line);
    size_t indentEnd = text.find_first_not_of(" \t");
    if (text.substr(0, indentEnd).find('\t') != std::string_view::npos)
      return msg + " (line " + std::to_string(line) +
             " is indented with a tab character; YAML allows only spaces)";
  }
  return msg;
}

void fail(Document& doc, Position where, std::string message) {
  doc.markFailed();
  doc.addIssue(ParseIssue{"INP001", SourceRange{where, where}, std::move(message), std::nullopt,
                          {}, std::nullopt, {}});
}

// One attempt with one library: the error it reported, if any. StopReading (limits, time,
// broken aliases) ends the attempt as a failed document, not as a reason to try again.
template <typename Read>
std::optional<ReadError> attempt(Document& doc, const ParseLimits& limits, Read read) {
  try {
    TreeBuilder builder(doc, limits);
    return read(builder);
  } catch (const StopReading& stop) {
    fail(doc, stop.where, stop.message);
  } catch (const std::exception& e) {
    fail(doc, Position{1, 1}, std::string("could not read the file: ") + e.what());
  }
  return std::nullopt;
}

}  // namespace

std::unique_ptr<Document> parseDocument(std::shared_ptr<const SourceFile> file,
                                        const ParseLimits& limits) {
  auto doc = std::make_unique<Document>(file);
  const SourceFile& src = doc->file();
  if (auto problem = checkReadableText(src)) {
    fail(*doc, problem->where, problem->message);
    return doc;
  }
  if (auto problem = checkStrictJson(src)) {
    fail(*doc, problem->where, problem->message);
    return doc;
  }
  bool declined = false;
  attempt(*doc, limits, [&](TreeBuilder& b) {
    declined = !readCommonYaml(src, b);
    return std::optional<ReadError>();
  });
  if (!declined) return doc;
  doc = std::make_unique<Document>(file);
  std::optional<ReadError> error =
      attempt(*doc, limits, [&](TreeBuilder& b) { return readWithLibfyaml(src, b); });
  if (!error) return doc;
  auto second = std::make_unique<Document>(file);
  if (!attempt(*second, limits, [&](TreeBuilder& b) { return readWithYamlCpp(src, b, limits); }))
    return second;
  // Both refuse it: libfyaml's message says more.
  fail(*doc, error->where, "invalid YAML/JSON: " + explainParserError(src, error->message, error->where));
  return doc;
}

std::unique_ptr<Document> parseWithReader(std::shared_ptr<const SourceFile> file,
                                          YamlReader reader, const ParseLimits& limits) {
  auto doc = std::make_unique<Document>(file);
  const SourceFile& src = doc->file();
  if (checkReadableText(src) || checkStrictJson(src)) return nullptr;
  bool ok = false;
  attempt(*doc, limits, [&](TreeBuilder& b) {
    switch (reader) {
      case YamlReader::Common: ok = readCommonYaml(src, b); break;
      case YamlReader::Libfyaml: ok = !readWithLibfyaml(src, b); break;
      case YamlReader::YamlCpp: ok = !readWithYamlCpp(src, b, limits); break;
    }
    return std::optional<ReadError>();
  });
  if (!ok) return nullptr;
  return doc;
}

}  // namespace lambdalint::doc
