#pragma once
// Tables kept as data in the repository's data/ folder, compiled into the binary by
// cmake/EmbedData.cmake.
#include <string_view>

namespace lambdalint::data {

// The text of data/<name> (e.g. "lambda-runtimes.json"); empty when there is no such file.
std::string_view embedded(std::string_view name);

}  // namespace lambdalint::data
