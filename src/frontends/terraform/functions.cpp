// aws_lambda_function resources into model functions.
#include <filesystem>

#include "frontends/terraform/parts.hpp"

namespace lambdalint::frontends::terraform {
namespace {

using model::Value;

// Terraform's own default for `timeout`, the same as Lambda's.
constexpr int kDefaultTimeout = 3;

// The first nested block `name` of a body, or nullptr.
const Node* firstBlock(const Node* body, std::string_view name) {
  std::vector<const doc::Entry*> found = blocks(body, name);
  return found.empty() ? nullptr : found.front()->value;
}

const doc::Entry* firstBlockEntry(const Node* body, std::string_view name) {
  std::vector<const doc::Entry*> found = blocks(body, name);
  return found.empty() ? nullptr : found.front();
}

// A `dynamic "name" { ... }` block of the body: its label key, whose content is generated
// at plan time (it may be absent, or repeated). nullptr when there is none.
const doc::Entry* dynamicBlock(const Node* body, std::string_view name) {
  for (const doc::Entry* d : blocks(body, "dynamic"))
    if (const doc::Entry* e = d->value->findEntry(name)) return e;
  return nullptr;
}

// What the model holds for a setting written in a dynamic block: unknown, at the block.
Value unknownAt(const doc::Entry& e) {
  Value v;
  v.kind = Value::Kind::Unknown;
  v.where = e.key->location();
  return v;
}

Value literal(std::string text, const Location& where) {
  Value v;
  v.kind = Value::Kind::Literal;
  v.text = std::move(text);
  v.where = where;
  return v;
}

// The folder holding the handler code: a data "archive_file"'s source_dir, or the folder of
// its source_file, as written (relative to the module). Anything else is not a local folder.
Value codeFolder(const Module& mod, const Node* filename) {
  Value v = mod.value(filename);
  const Block* archive = mod.referencedBlock(filename);
  if (!archive || archive->type != "archive_file" || archive->address.rfind("data.", 0) != 0)
    return v;
  Value dir = mod.value(archive->body->get("source_dir"));
  if (dir.isLiteral()) return dir;
  Value file = mod.value(archive->body->get("source_file"));
  if (file.isLiteral()) {
    std::string parent = std::filesystem::path(file.text).parent_path().generic_string();
    return literal(parent.empty() ? "." : parent, file.where);
  }
  Value unknown;
  unknown.kind = Value::Kind::Unknown;
  unknown.where = v.where;
  return unknown;
}

// reserved_concurrent_executions: -1 (the provider's default) reserves nothing.
Value reservedConcurrency(const Module& mod, const Node* n) {
  Value v = mod.value(n);
  if (v.isLiteral() && v.text == "-1") return Value{};
  return v;
}

void readEnvironment(const Module& mod, const Node* body, model::Function& fn) {
  if (dynamicBlock(body, "environment")) fn.environmentOpen = true;
  const Node* env = firstBlock(body, "environment");
  const Node* vars = env ? mod.follow(env->get("variables")) : nullptr;
  if (vars && !vars->isMap() && !vars->isNull()) fn.environmentOpen = true;
  if (!vars || !vars->isMap()) return;
  for (const doc::Entry& e : vars->entries) {
    if (isExpression(e.key)) {  // `(local.name) = ...`: a name we do not evaluate
      fn.environmentOpen = true;
      continue;
    }
    fn.environment.push_back(model::EnvVar{e.key->text, e.key->location(), mod.value(e.value)});
  }
}

void readList(const Module& mod, const Node* list, std::vector<Value>& items, Value& whole) {
  const Node* n = mod.follow(list);
  if (n && n->isSeq())
    for (const Node* item : n->items) items.push_back(mod.value(item));
  else
    whole = mod.value(list);
}

void readVpc(const Module& mod, const Node* body, model::Function& fn) {
  const doc::Entry* entry = firstBlockEntry(body, "vpc_config");
  if (!entry) {
    if (const doc::Entry* dynamic = dynamicBlock(body, "vpc_config")) {
      // Subnets and groups made at plan time: a VPC of unknown shape.
      model::VpcConfig cfg;
      cfg.where = cfg.subnetsWhere = dynamic->key->location();
      cfg.subnetList = unknownAt(*dynamic);
      cfg.securityGroupsSet = true;
      cfg.securityGroupList = unknownAt(*dynamic);
      fn.vpc = std::move(cfg);
    }
    return;
  }
  const Node* vpc = entry->value;
  model::VpcConfig cfg;
  cfg.where = entry->key->location();
  if (const doc::Entry* subnets = vpc->findEntry("subnet_ids")) {
    cfg.subnetsWhere = subnets->key->location();
    readList(mod, subnets->value, cfg.subnets, cfg.subnetList);
  }
  if (const Node* groups = vpc->get("security_group_ids")) {
    cfg.securityGroupsSet = true;
    readList(mod, groups, cfg.securityGroups, cfg.securityGroupList);
  }
  fn.vpc = std::move(cfg);
}

model::Function readFunction(const Module& mod, const Block& res) {
  model::Function fn;
  fn.id = res.address;
  fn.source = "terraform";
  fn.where = res.nameKey->location();
  fn.propertiesWhere = fn.where;
  fn.defaultTimeout = kDefaultTimeout;
  const Node* body = res.body;
  fn.runtime = mod.value(body->get("runtime"));
  fn.handler = mod.value(body->get("handler"));
  fn.memorySize = mod.value(body->get("memory_size"));
  fn.timeout = mod.value(body->get("timeout"));
  fn.packageType = mod.value(body->get("package_type"));
  if (const Node* image = body->get("image_uri")) {
    fn.imageUri = mod.value(image);
    if (!fn.packageType.present()) fn.packageType = literal("Image", image->location());
  }
  if (const Node* filename = body->get("filename")) {
    fn.code = codeFolder(mod, filename);
  } else if (const Node* bucket = body->get("s3_bucket")) {
    fn.code = mod.value(bucket);
    fn.code.kind = Value::Kind::Unknown;  // an S3 object: not local code
  }
  fn.functionName = mod.value(body->get("function_name"));
  fn.roleRef = mod.value(body->get("role"));
  if (const Node* tracing = firstBlock(body, "tracing_config")) fn.tracing = mod.value(tracing->get("mode"));
  if (const Node* dlq = firstBlock(body, "dead_letter_config"))
    fn.deadLetterTarget = mod.value(dlq->get("target_arn"));
  // Settings in dynamic blocks are decided at plan time: unknown, not absent.
  if (const doc::Entry* d = dynamicBlock(body, "tracing_config"); d && !fn.tracing.present())
    fn.tracing = unknownAt(*d);
  if (const doc::Entry* d = dynamicBlock(body, "dead_letter_config"); d && !fn.deadLetterTarget.present())
    fn.deadLetterTarget = unknownAt(*d);
  readEnvironment(mod, body, fn);
  readVpc(mod, body, fn);
  if (const Node* publish = body->get("publish"); publish && publish->asBool().value_or(false) &&
                                                   publish->tag.empty())
    fn.versions.push_back(res.address + " (publish = true)");
  fn.reservedConcurrency = reservedConcurrency(mod, body->get("reserved_concurrent_executions"));
  fn.kmsKeyArn = mod.value(body->get("kms_key_arn"));
  fn.codeSigningConfig = mod.value(body->get("code_signing_config_arn"));
  forEachItem(mod.follow(body->get("layers")), [&](const Node* l) { fn.layers.push_back(mod.value(l)); });
  forEachItem(mod.follow(body->get("architectures")),
              [&](const Node* a) { fn.architectures.push_back(mod.value(a)); });
  if (const Node* storage = firstBlock(body, "ephemeral_storage"))
    fn.ephemeralStorage = mod.value(storage->get("size"));
  if (const Node* snap = firstBlock(body, "snap_start")) fn.snapStart = mod.value(snap->get("apply_on"));
  if (const doc::Entry* logging = firstBlockEntry(body, "logging_config")) {
    model::LoggingConfig cfg;
    cfg.where = logging->key->location();
    const Node* b = logging->value;
    cfg.logFormat = mod.value(b->get("log_format"));
    cfg.logGroup = mod.value(b->get("log_group"));
    cfg.applicationLogLevel = mod.value(b->get("application_log_level"));
    cfg.systemLogLevel = mod.value(b->get("system_log_level"));
    fn.logging = std::move(cfg);
  } else if (const doc::Entry* d = dynamicBlock(body, "logging_config")) {
    model::LoggingConfig cfg;
    cfg.where = d->key->location();
    cfg.logFormat = cfg.logGroup = unknownAt(*d);
    fn.logging = std::move(cfg);
  }
  if (const doc::Entry* d = dynamicBlock(body, "snap_start"); d && !fn.snapStart.present())
    fn.snapStart = unknownAt(*d);
  return fn;
}

}  // namespace

void addFunctions(const Module& mod, model::Project& project) {
  for (const Block* res : mod.resourcesOfType("aws_lambda_function"))
    project.functions.push_back(readFunction(mod, *res));
}

}  // namespace lambdalint::frontends::terraform
