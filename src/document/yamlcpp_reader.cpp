// yaml-cpp's event parser: the fallback for what libfyaml 0.7 wrongly rejects.
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>

#include "document/scalar_range.hpp"
#include "document/yaml_readers.hpp"

namespace lambdalint::doc {
namespace {

Position at(const YAML::Mark& m) {
  return Position{static_cast<uint32_t>(m.line + 1), static_cast<uint32_t>(m.column + 1)};
}

// yaml-cpp reports where a node starts (at its tag or anchor, if any), and numbers anchors.
class Translator final : public YAML::EventHandler {
 public:
  Translator(const SourceFile& file, TreeBuilder& builder) : file_(file), builder_(builder) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    builder_.null(SourceRange{at(mark), at(mark)}, name(anchor));
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    builder_.alias(name(anchor), at(mark));
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    builder_.scalar(ScalarEvent{scalarRangeAtMark(file_, at(mark), value), value, tag == "!",
                                tag, tagRange(mark, tag), name(anchor)});
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    builder_.open(NodeKind::Sequence, at(mark), tag, tagRange(mark, tag), name(anchor));
  }
  void OnSequenceEnd() override { builder_.close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    builder_.open(NodeKind::Mapping, at(mark), tag, tagRange(mark, tag), name(anchor));
  }
  void OnMapEnd() override { builder_.close(); }

 private:
  static std::string name(YAML::anchor_t anchor) { return anchor ? std::to_string(anchor) : ""; }
  static SourceRange tagRange(const YAML::Mark& mark, const std::string& tag) {
    Position p = at(mark);
    return SourceRange{p, Position{p.line, static_cast<uint32_t>(p.column + tag.size())}};
  }

  const SourceFile& file_;
  TreeBuilder& builder_;
};

}  // namespace

std::optional<ReadError> readWithYamlCpp(const SourceFile& file, TreeBuilder& builder,
                                         const ParseLimits& limits) {
  try {
    std::istringstream in(file.content());
    YAML::Parser parser(in);
    Translator translator(file, builder);
    while (parser.HandleNextDocument(translator)) {
    }
  } catch (const YAML::DeepRecursion& e) {
    throw StopReading{at(e.mark), "nesting too deep: more than " +
                                      std::to_string(limits.maxDepth) + " levels"};
  } catch (const YAML::Exception& e) {
    Position where = e.mark.is_null() ? Position{1, 1} : at(e.mark);
    return ReadError{where, e.msg.empty() ? "invalid YAML" : e.msg};
  }
  return std::nullopt;
}

}  // namespace lambdalint::doc
