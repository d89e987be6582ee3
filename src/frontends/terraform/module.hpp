#pragma once
// A read-only view of one Terraform module (a folder's .tf files read together): its
// resources, data sources, variables, locals and module calls, and the resolution of
// expressions to model values. References resolve only to what the module itself says:
// `var.x` to a parameter (with its default), `local.x` to what it is set to, `aws_x.n.attr`
// and `data.x.n.attr` to a resource of the module; anything else is unknown, never a literal.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/document/node.hpp"
#include "lambdalint/model/value.hpp"

namespace lambdalint::frontends::terraform {

using doc::Node;

// A `resource`, `data` or `module` block.
struct Block {
  std::string address;            // "aws_lambda_function.api", "data.archive_file.zip", "module.x"
  std::string type;               // "aws_lambda_function" ("module" for module calls)
  std::string name;
  const Node* nameKey = nullptr;  // the name label as written: where findings point
  const Node* body = nullptr;
  SourceRange whole;              // the block, from its first label to its closing brace
};

struct Variable {
  const Node* key = nullptr;
  const Node* defaultValue = nullptr;  // null when the variable has no default
  std::string type;                    // the `type` expression as written
};

class Module {
 public:
  explicit Module(const std::vector<const Node*>& roots);

  const std::vector<Block>& resources() const { return resources_; }
  const std::vector<Block>& dataSources() const { return data_; }
  const std::vector<Block>& moduleCalls() const { return modules_; }
  // By address ("aws_iam_role.x", "data.aws_iam_policy_document.y"); nullptr when absent.
  const Block* block(std::string_view address) const;
  std::vector<const Block*> resourcesOfType(std::string_view type) const;

  // What rules reason about, for a value as written. Never guesses.
  model::Value value(const Node* n) const;
  // The node a value stands for once `local.x` references are followed (the value itself
  // when it is not a local). Lets readers look into maps and lists kept in locals.
  const Node* follow(const Node* n) const;
  // The block a value points at: `aws_x.n.attr`, `data.x.n.attr`, "${aws_x.n.attr}", or a
  // local set to one of them.
  const Block* referencedBlock(const Node* n) const;

 private:
  model::Value reference(std::string_view expr, const Node* at, int depth) const;
  model::Value valueAt(const Node* n, int depth) const;
  std::optional<std::string> templateText(std::string_view tpl, int depth) const;

  std::vector<Block> resources_, data_, modules_;
  std::map<std::string, const Block*, std::less<>> byAddress_;
  std::map<std::string, Variable, std::less<>> variables_;
  std::map<std::string, const Node*, std::less<>> locals_;
};

// Helpers for reading the document.
bool isExpression(const Node* n);       // tagged kHclExpressionTag
std::string_view literalText(const Node* n);  // a literal scalar's text; "" otherwise
// The traversal of a plain reference ("aws_iam_role.x.arn", "${var.y}" alone, "local.z[0]"
// without the index): its dotted parts; empty when the text is anything else.
std::vector<std::string> referenceParts(std::string_view expr);
// Applies `fn` to each item of a list, or to the node itself when it is not a list.
template <class Fn>
void forEachItem(const Node* n, Fn&& fn) {
  if (!n || n->isNull()) return;
  if (n->isSeq())
    for (const Node* item : n->items) fn(item);
  else
    fn(n);
}
// Every nested block `name` of a body, in order (blocks may repeat: statement, ingress...).
std::vector<const doc::Entry*> blocks(const Node* body, std::string_view name);

}  // namespace lambdalint::frontends::terraform
