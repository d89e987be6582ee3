// CDK cloud assemblies: the manifest names the templates, each analysed once; functions are
// named by their construct path and know where their code asset is.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "lambdalint/document/parse.hpp"
#include "lambdalint/engine/analyze.hpp"
#include "lambdalint/frontends/cdk.hpp"
#include "lambdalint/frontends/cloudformation.hpp"

using namespace lambdalint;
namespace fs = std::filesystem;

namespace {

// testdata/cdk/cdk.out was synthesised by testdata/cdk/app.js (aws-cdk-lib, offline): two
// functions share one role, one of them is notified by an S3 bucket; CDK adds a third
// function for the bucket notifications.
const fs::path kAssembly = fs::path(LAMBDALINT_SOURCE_DIR) / "testdata" / "cdk" / "cdk.out";

// The template rules' findings (handler-code rules have their own tests).
std::vector<Finding> templateFindings(const AnalysisResult& r) {
  std::vector<Finding> out;
  // The rules this assembly is about: a shared role (SEC001) and an async function without a
  // DLQ (REL005); the functions' notes (tracing, memory...) are other rules' business.
  for (const Finding& f : r.findings.all())
    if (f.ruleId == "SEC001" || f.ruleId == "REL005") out.push_back(f);
  return out;
}

std::vector<std::string> ruleIds(const AnalysisResult& r) {
  std::vector<std::string> ids;
  for (const Finding& f : templateFindings(r)) ids.push_back(f.ruleId);
  return ids;
}

TEST(CdkAssembly, ManifestNamesItsTemplates) {
  auto d = doc::parseDocument(std::make_shared<SourceFile>(
      "manifest.json",
      R"({"version": "36.0.0", "artifacts": {
            "S": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "S.template.json"}},
            "Evil": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "../x.json"}},
            "Abs": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "/etc/x.json"}},
            "Stage": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "assembly-Prod"}},
            "Tree": {"type": "cdk:tree", "properties": {"file": "tree.json"}}}})"));
  EXPECT_EQ(frontends::cdk::assemblyFiles(d->root()),
            (std::vector<std::string>{"S.template.json", "assembly-Prod/manifest.json"}));
}

TEST(CdkAssembly, EachTemplateIsAnalysedOnceWhetherFoundOrNamed) {
  for (const std::vector<std::string>& paths :
       {std::vector<std::string>{kAssembly.string()},
        std::vector<std::string>{(kAssembly / "manifest.json").string()},
        std::vector<std::string>{kAssembly.string(), (kAssembly / "manifest.json").string()}}) {
    AnalysisOptions opts;
    opts.paths = paths;
    opts.root = LAMBDALINT_SOURCE_DIR;
    AnalysisResult r = analyze(opts);
    EXPECT_EQ(r.filesAnalysed, (std::vector<std::string>{
                                   "testdata/cdk/cdk.out/OrdersStack.template.json"}));
    EXPECT_EQ(r.functionCount, 3u);
    EXPECT_EQ(ruleIds(r), (std::vector<std::string>{"SEC001", "REL005"}));
  }
}

TEST(CdkAssembly, FindingsNameFunctionsByConstructPath) {
  AnalysisOptions opts;
  opts.paths = {kAssembly.string()};
  opts.root = LAMBDALINT_SOURCE_DIR;
  AnalysisResult r = analyze(opts);
  std::vector<Finding> findings = templateFindings(r);
  ASSERT_EQ(findings.size(), 2u);
  const Finding& shared = findings[0];
  EXPECT_EQ(shared.ruleId, "SEC001");
  EXPECT_NE(shared.message.find("`OrdersStack/ApiHandler` and `OrdersStack/IngestHandler`"),
            std::string::npos)
      << shared.message;
  EXPECT_EQ(shared.message.find("ApiHandler5E7490E8"), std::string::npos) << shared.message;
  const Finding& async = findings[1];
  EXPECT_EQ(async.ruleId, "REL005");
  EXPECT_NE(async.message.find("function `OrdersStack/IngestHandler`"), std::string::npos)
      << async.message;
}

TEST(CdkAssembly, FunctionsKeepTheirIdAndCodeAsset) {
  std::ifstream in(kAssembly / "OrdersStack.template.json", std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto d = doc::parseDocument(std::make_shared<SourceFile>("OrdersStack.template.json", text));
  auto project = frontends::cloudformation::buildProject(*d);
  const model::Function* api = nullptr;
  for (const model::Function& fn : project->functions)
    if (fn.id == "ApiHandler5E7490E8") api = &fn;
  ASSERT_NE(api, nullptr);
  EXPECT_EQ(api->displayName, "OrdersStack/ApiHandler");
  EXPECT_EQ(api->label(), "OrdersStack/ApiHandler");
  EXPECT_EQ(api->code.kind, model::Value::Kind::Literal);
  EXPECT_EQ(api->code.text.rfind("asset.", 0), 0u);
  EXPECT_TRUE(fs::is_directory(kAssembly / api->code.text));
  EXPECT_TRUE(api->code.where.known());
}

}  // namespace
