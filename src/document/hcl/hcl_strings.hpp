#pragma once
// HCL string escapes, kept apart from the tree-sitter walk so they can be tested alone.
#include <string>
#include <string_view>

namespace lambdalint::doc {

// The value of literal text inside a quoted HCL string: \n \r \t \" \\ \uNNNN \UNNNNNNNN
// escapes, and `$${` / `%%{` standing for a literal `${` / `%{`. Unknown escapes are kept as
// written.
std::string unescapeHclString(std::string_view raw);

}  // namespace lambdalint::doc
