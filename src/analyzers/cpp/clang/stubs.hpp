#pragma once
// Stand-ins for the headers of the aws-lambda-cpp runtime and the AWS SDK for C++, which are
// usually not installed where lambdalint runs. Written for lambdalint (declarations only, no
// code from those projects), mapped in memory under kStubRoot and searched after every real
// include directory (-idirafter): a project whose compile database finds the real headers
// never sees them. No Clang headers here.
#include <string>
#include <string_view>
#include <vector>

namespace lambdalint::cpp {

inline constexpr std::string_view kStubRoot = "/__lambdalint_stubs__";

struct StubFile {
  std::string path;     // absolute, under kStubRoot
  std::string content;
};

// The stub headers for one source file: the runtime API and the SDK core always, and one
// header per `#include <aws/...>` the source names. SDK classes are "anything" classes whose
// member functions are the names the source calls with `.name(` or `->name(` (the SDK has
// thousands), so that the calls stay in the AST with the type of their object.
std::vector<StubFile> stubsFor(std::string_view source);

}  // namespace lambdalint::cpp
