#pragma once
// Where each language keeps the handler the template names: pure path arithmetic, no I/O.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lambdalint::handlers {

// A Java handler, `com.example.Orders$Api::handle` or `com.example.Handler` (handleRequest).
struct JavaHandler {
  std::string className;  // com.example.Orders$Api
  std::string function;   // the method as the analyzer names it: "handle", "Api.handle"
  std::filesystem::path sourcePath;  // com/example/Orders.java
};
std::optional<JavaHandler> parseJavaHandler(const std::string& handler);

// Source files of a Java class under a code folder: Maven/Gradle (src/main/java), then plain
// layouts (the folder itself, src/).
std::vector<std::filesystem::path> javaCandidates(const std::filesystem::path& codeDir,
                                                  const std::filesystem::path& sourcePath);

// Classes that a framework ships (Spring Cloud Function, Micronaut, Quarkus, the AWS
// serverless-java-container): the project's code is behind them, not in that class.
bool isLibraryHandlerClass(const std::string& className);

// The project folder of a built Java package (`target/app.jar`, `build/libs/app.jar`,
// `build/distributions/app.zip`): where its sources are; nullopt for other paths.
std::optional<std::filesystem::path> javaProjectOfPackage(const std::filesystem::path& codePath);

// Folders that may hold a Go handler's main package, in order: for a binary name (`hello`,
// `bin/hello`) its own folder and cmd/<name>, then the code folder itself.
std::vector<std::filesystem::path> goPackageFolders(const std::filesystem::path& codeDir,
                                                    const std::string& handler);

// The package a Makefile builds for a Go function, relative to the Makefile's folder: the
// `go build` in the SAM target `build-<logicalId>:` (BuildMethod makefile), or else the
// `go build -o <handler>` that writes the binary the Handler names (Serverless Framework).
// `./cmd/orders` -> cmd/orders, `orders/main.go` -> orders; nullopt when none is found or the
// path leaves the folder.
std::optional<std::filesystem::path> goPackageOfMakefile(std::string_view makefile,
                                                         const std::string& logicalId,
                                                         const std::string& handler);

}  // namespace lambdalint::handlers
