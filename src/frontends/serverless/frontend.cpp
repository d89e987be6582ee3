#include "lambdalint/frontends/serverless.hpp"

#include <unordered_map>

#include "frontends/cloudformation/parts.hpp"
#include "frontends/serverless/variables.hpp"
#include "lambdalint/document/parse.hpp"

namespace lambdalint::frontends::serverless {
namespace {

namespace cfn = cloudformation;
using model::Value;
using Kind = model::Trigger::Kind;

// The framework's default: one execution role for every function of the service.
constexpr const char* kSharedRoleId = "IamRoleLambdaExecution";
constexpr int kFrameworkDefaultTimeout = 6;  // seconds
constexpr int kFrameworkDefaultMemory = 1024;  // MB

std::string_view text(const Node* n) { return n && n->isScalar() ? std::string_view(n->text) : ""; }

class ServiceReader {
 public:
  ServiceReader(doc::Document& doc, const Node& root, model::Project& project)
      : doc_(doc), root_(root), project_(project), tpl_(resourcesRoot(root)), vars_(root, tpl_) {
    provider_ = vars_.get(&root, "provider");
    perFunctionRoles_ = hasPlugin("serverless-iam-roles-per-function");
  }

  void read() {
    const Node* functions = vars_.get(&root_, "functions");
    // `functions` is a mapping, or a list of mappings (several files merged).
    cfn::forEachItem(functions, [&](const Node* group) {
      group = vars_.node(group);
      if (!group || !group->isMap()) return;
      for (const doc::Entry& e : group->entries) {
        const Node* body = vars_.node(e.value);
        project_.functions.push_back(readFunction(*e.key, body && body->isMap() ? body : nullptr));
      }
    });
    // resources.Resources is CloudFormation: its functions, the roles functions name, the
    // triggers its resources create, and its queues.
    cfn::addFunctions(doc_, tpl_, project_);
    cfn::addRoles(tpl_, project_);
    cfn::addResourceTriggers(tpl_, project_);
    cfn::addQueues(tpl_, project_);
    cfn::addResourcesBesideFunctions(doc_, tpl_, project_);
    cfn::addAccessAndNetwork(tpl_, project_);
    addServiceApiStages();
  }

 private:
  static const Node& resourcesRoot(const Node& root) {
    static const Node kEmpty;
    const Node* r = root.get("resources");
    if (r && r->isSeq()) {  // a list of fragments: the first with Resources
      for (const Node* item : r->items)
        if (item->isMap() && item->get("Resources")) return *item;
      return kEmpty;
    }
    return r && r->isMap() ? *r : kEmpty;
  }

  bool hasPlugin(std::string_view name) const {
    const Node* plugins = vars_.get(&root_, "plugins");
    if (plugins && plugins->isMap()) plugins = vars_.get(plugins, "modules");
    bool found = false;
    cfn::forEachItem(plugins, [&](const Node* p) { found |= text(p) == name; });
    return found;
  }

  // A function setting, else the provider's (which keeps the provider's location).
  const Node* setting(const Node* fn, std::string_view key) const {
    if (const Node* own = vars_.get(fn, key)) return own;
    return vars_.get(provider_, key);
  }

  std::vector<model::PolicyStatement> readStatements(const Node* statements) const {
    std::vector<model::PolicyStatement> out;
    cfn::forEachItem(vars_.node(statements), [&](const Node* s) {
      s = vars_.node(s);
      if (!s->isMap() || cfn::isIntrinsic(s)) return;
      model::PolicyStatement st;
      st.where = s->location();
      st.allow = vars_.value(s->get("Effect")).text != "Deny";
      const Node* actions = s->get("Action");
      if (!actions && (actions = s->get("NotAction"))) st.notAction = true;
      cfn::forEachItem(vars_.node(actions),
                       [&](const Node* a) { st.actions.push_back(vars_.value(a)); });
      const Node* resources = s->get("Resource");
      if (!resources && (resources = s->get("NotResource"))) st.notResource = true;
      cfn::forEachItem(vars_.node(resources),
                       [&](const Node* r) { st.resources.push_back(vars_.value(r)); });
      st.conditional = s->get("Condition") != nullptr;
      out.push_back(std::move(st));
    });
    return out;
  }

  void addStatements(model::Role& role, const doc::Entry* statements) const {
    if (!statements) return;
    model::Policy p;
    p.origin = model::Policy::Origin::Inline;
    p.name = statements->key->text;
    p.where = statements->key->location();
    p.statements = readStatements(statements->value);
    role.policies.push_back(std::move(p));
  }

  void addManagedPolicies(model::Role& role, const Node* list) const {
    cfn::forEachItem(vars_.node(list), [&](const Node* item) {
      model::Policy p;
      p.origin = model::Policy::Origin::AwsManaged;
      p.where = item->location();
      p.managedArn = vars_.value(item);
      role.policies.push_back(std::move(p));
    });
  }

  // provider.iam.role as a mapping (statements...), or nullptr when it names a role.
  const Node* providerRoleSettings() const {
    const Node* role = vars_.path(provider_, {"iam", "role"});
    return role && role->isMap() && !cfn::isIntrinsic(role) ? role : nullptr;
  }

  // The provider's statements entry: iam.role.statements, or the legacy iamRoleStatements.
  const doc::Entry* providerStatements() const {
    if (const doc::Entry* e = vars_.entry(providerRoleSettings(), "statements")) return e;
    return vars_.entry(provider_, "iamRoleStatements");
  }

  model::Role& sharedRole() {
    if (shared_) return *shared_;
    shared_ = &project_.roles.emplace_back();
    shared_->id = kSharedRoleId;
    shared_->description = std::string("IAM role `") + kSharedRoleId +
                           "`, which the Serverless Framework creates for the whole service,";
    const doc::Entry* statements = providerStatements();
    if (statements) {
      shared_->where = statements->key->location();
    } else if (const doc::Entry* p = root_.findEntry("provider")) {
      shared_->where = p->key->location();
    }
    addStatements(*shared_, statements);
    addManagedPolicies(*shared_, vars_.get(providerRoleSettings(), "managedPolicies"));
    addManagedPolicies(*shared_, vars_.get(provider_, "iamManagedPolicies"));
    return *shared_;
  }

  // `role: X` names a role: an ARN, a resource of `resources` by logical id, or GetAtt.
  Value roleValue(const Node* n) const {
    Value v = vars_.value(n);
    if (v.kind == Value::Kind::Literal && v.text.rfind("arn:", 0) != 0 && tpl_.resource(v.text)) {
      v.kind = Value::Kind::ResourceRef;
      v.name = v.text;
    }
    return v;
  }

  void readRole(const Node* body, model::Function& fn) {
    // A role on the function, or the plugin's per-function statements.
    if (const Node* own = vars_.get(body, "role")) {
      fn.roleRef = roleValue(own);
      return;
    }
    const doc::Entry* ownStatements = vars_.entry(body, "iamRoleStatements");
    if (perFunctionRoles_ && ownStatements) {
      model::Role& role = project_.roles.emplace_back();
      role.id = fn.id + kSharedRoleId;  // one per function, named like the plugin's
      role.where = ownStatements->key->location();
      addStatements(role, ownStatements);
      const Node* inherit = vars_.get(body, "iamRoleStatementsInherit");
      if (!inherit)
        inherit = vars_.path(&root_, {"custom", "serverless-iam-roles-per-function", "defaultInherit"});
      if (inherit && inherit->asBool().value_or(false)) addStatements(role, providerStatements());
      fn.role = &role;
      return;
    }
    // A role named by the provider, shared by every function.
    const Node* named = vars_.path(provider_, {"iam", "role"});
    if (named && (named->isMap() && !cfn::isIntrinsic(named))) named = nullptr;
    if (!named) named = vars_.get(provider_, "role");
    if (named) {
      fn.roleRef = roleValue(named);
      return;
    }
    fn.role = &sharedRole();
  }

  void readEnvironment(const Node* body, model::Function& fn) const {
    auto add = [&](const Node* vars) {
      if (!vars || !vars->isMap()) return;
      for (const doc::Entry& e : vars->entries) {
        model::EnvVar var{e.key->text, e.key->location(), vars_.value(e.value)};
        bool replaced = false;
        for (model::EnvVar& old : fn.environment)
          if (old.name == var.name) {
            old = var;  // the function's value wins
            replaced = true;
          }
        if (!replaced) fn.environment.push_back(std::move(var));
      }
    };
    add(vars_.get(provider_, "environment"));
    add(vars_.get(body, "environment"));
  }

  void readVpc(const Node* body, model::Function& fn) const {
    const doc::Entry* entry = vars_.entry(body, "vpc");
    if (!entry) entry = vars_.entry(provider_, "vpc");
    const Node* vpc = entry ? vars_.node(entry->value) : nullptr;
    if (!vpc || !vpc->isMap()) return;
    model::VpcConfig cfg;
    cfg.where = entry->key->location();
    if (const doc::Entry* subnets = vpc->findEntry("subnetIds")) {
      cfg.subnetsWhere = subnets->key->location();
      const Node* list = vars_.node(subnets->value);
      if (list->isSeq())
        for (const Node* item : list->items) cfg.subnets.push_back(vars_.value(item));
      else
        cfg.subnetList = vars_.value(subnets->value);
    }
    if (const doc::Entry* groups = vpc->findEntry("securityGroupIds")) {
      cfg.securityGroupsSet = true;
      const Node* list = vars_.node(groups->value);
      if (list->isSeq())
        for (const Node* item : list->items) cfg.securityGroups.push_back(vars_.value(item));
      else
        cfg.securityGroupList = vars_.value(groups->value);
    }
    fn.vpc = std::move(cfg);
  }

  static Kind eventKind(std::string_view type) {
    static const std::unordered_map<std::string_view, Kind> kKinds = {
        {"http", Kind::Api},
        {"httpApi", Kind::HttpApi},
        {"websocket", Kind::WebSocket},
        {"sqs", Kind::Sqs},
        {"s3", Kind::S3},
        {"sns", Kind::Sns},
        {"eventBridge", Kind::EventBridge},
        {"cloudwatchEvent", Kind::EventBridge},
        {"schedule", Kind::Schedule},
        {"alb", Kind::Alb},
        {"cloudwatchLog", Kind::CloudWatchLogs},
        {"iot", Kind::IoT},
        {"cognitoUserPool", Kind::Cognito},
        {"msk", Kind::Msk},
        {"kafka", Kind::Msk},
        {"activemq", Kind::MQ},
        {"rabbitmq", Kind::MQ},
    };
    auto it = kKinds.find(type);
    return it == kKinds.end() ? Kind::Other : it->second;
  }

  // `stream`: a Kinesis or DynamoDB stream, by `type` or by its ARN.
  Kind streamKind(const Node* spec) const {
    const Node* arn = spec;
    if (spec && spec->isMap() && !cfn::isIntrinsic(spec)) {
      std::string type = vars_.value(spec->get("type")).text;  // a copy: value() is a temporary
      if (type == "dynamodb") return Kind::DynamoDb;
      if (type == "kinesis") return Kind::Kinesis;
      arn = spec->get("arn");
    }
    if (const cfn::Resource* r = tpl_.referencedResource(vars_.node(arn))) {
      if (r->type == "AWS::DynamoDB::Table") return Kind::DynamoDb;
      if (r->type == "AWS::Kinesis::Stream") return Kind::Kinesis;
    }
    std::string t = vars_.value(arn).text;
    if (t.find(":dynamodb:") != std::string::npos) return Kind::DynamoDb;
    if (t.find(":kinesis:") != std::string::npos) return Kind::Kinesis;
    return Kind::Other;
  }

  // A short name for the event: what it is attached to, as written.
  // A scalar as resolved when the file tells its value, else as written.
  std::string shown(const Node* n) const {
    Value v = vars_.value(n);
    return v.kind == Value::Kind::Literal ? v.text : n->text;
  }

  std::string eventName(std::string_view type, const Node* spec) const {
    if (spec && spec->isScalar() && !spec->text.empty()) return shown(spec);
    if (!spec || !spec->isMap()) return std::string(type);
    if (type == "http" || type == "httpApi" || type == "alb") {
      const Node* m = vars_.get(spec, "method");
      const Node* p = vars_.get(spec, "path");
      std::string method = m && m->isScalar() ? shown(m) : "";
      std::string path = p && p->isScalar() ? shown(p) : "";
      std::string s = method.empty() ? path : path.empty() ? method : method + " " + path;
      if (!s.empty()) return s;
    }
    for (std::string_view k : {"bucket", "topicName", "arn", "rate", "route", "queue", "name",
                               "pool", "logGroup", "sql", "pattern"}) {
      const Node* n = vars_.get(spec, k);
      if (n && n->isScalar()) return shown(n);
    }
    return std::string(type);
  }

  void readEvents(const Node* body, model::Function& fn) const {
    cfn::forEachItem(vars_.get(body, "events"), [&](const Node* item) {
      item = vars_.node(item);
      if (!item || !item->isMap() || item->entries.empty()) return;
      const doc::Entry& e = item->entries.front();
      const Node* spec = vars_.node(e.value);
      model::Trigger t;
      t.type = e.key->text;
      t.kind = t.type == "stream" ? streamKind(spec) : eventKind(t.type);
      t.name = eventName(t.type, spec);
      t.where = e.key->location();
      if (spec && spec->isMap() && !cfn::isIntrinsic(spec)) {
        readMappingSettings(spec, t);
        if (t.kind == Kind::Sqs && !t.source.present()) t.source = vars_.value(vars_.get(spec, "arn"));
        // The queue or topic of `resources` it reads from, by logical id (REL010).
        if (t.kind == Kind::Sqs || t.kind == Kind::Sns)
          if (const cfn::Resource* r = tpl_.referencedResource(vars_.node(vars_.get(spec, "arn"))))
            t.sourceId = r->id;
        // The framework passes no starting position for queues, and starts streams at
        // TRIM_HORIZON when startingPosition is not given.
        if (t.kind == Kind::Sqs) t.startingPosition = Value{};
        if ((t.kind == Kind::Kinesis || t.kind == Kind::DynamoDb) && !t.startingPosition.present()) {
          t.startingPosition.kind = Value::Kind::Dynamic;
          t.startingPosition.text = "TRIM_HORIZON";
          t.startingPosition.where = t.where;
        }
        // The subscription's or rule target's own dead-letter queue.
        if (t.kind == Kind::Sns) t.deliveryDeadLetter = vars_.value(vars_.get(spec, "redrivePolicy"));
        if (t.kind == Kind::EventBridge)
          t.deliveryDeadLetter = vars_.value(vars_.get(spec, "deadLetterQueueArn"));
        // http/httpApi: `authorizer` (a name, an ARN or a mapping) and `private` (API key).
        if (const Node* auth = vars_.get(spec, "authorizer")) {
          t.authorizer = vars_.value(auth->isMap() && vars_.get(auth, "name")
                                         ? vars_.get(auth, "name")
                                         : auth->isMap() && vars_.get(auth, "type")
                                               ? vars_.get(auth, "type")
                                               : auth);
        }
        t.apiKeyRequired = vars_.value(vars_.get(spec, "private"));
        t.method = vars_.value(vars_.get(spec, "method"));
      }
      fn.triggers.push_back(std::move(t));
    });
  }

  // sqs and stream events: the event source mapping's settings, in the framework's spelling.
  void readMappingSettings(const Node* spec, model::Trigger& t) const {
    t.batchSize = vars_.value(vars_.get(spec, "batchSize"));
    t.maximumBatchingWindow = vars_.value(vars_.get(spec, "maximumBatchingWindow"));
    t.startingPosition = vars_.value(vars_.get(spec, "startingPosition"));
    t.enabled = vars_.value(vars_.get(spec, "enabled"));
    t.bisectOnError = vars_.value(vars_.get(spec, "bisectBatchOnFunctionError"));
    t.maximumRetryAttempts = vars_.value(vars_.get(spec, "maximumRetryAttempts"));
    t.maximumRecordAge = vars_.value(vars_.get(spec, "maximumRecordAgeInSeconds"));
    t.parallelizationFactor = vars_.value(vars_.get(spec, "parallelizationFactor"));
    const Node* onFailure = vars_.path(spec, {"destinations", "onFailure"});
    if (onFailure && onFailure->isMap() && !cfn::isIntrinsic(onFailure))
      onFailure = vars_.get(onFailure, "arn");
    t.onFailureDestination = vars_.value(onFailure);
    t.filtersSet = vars_.get(spec, "filterPatterns") != nullptr;
    const Node* types = vars_.get(spec, "functionResponseType");
    t.reportBatchItemFailures = types && text(types) == "ReportBatchItemFailures";
  }

  model::Function readFunction(const Node& key, const Node* body) {
    model::Function fn;
    fn.id = key.text;
    fn.source = "serverless";
    fn.where = key.location();
    fn.propertiesWhere = fn.where;
    fn.defaultTimeout = kFrameworkDefaultTimeout;
    fn.defaultMemory = kFrameworkDefaultMemory;
    fn.runtimeHasDefault = true;  // the framework deploys Node.js when no runtime is given
    fn.handler = vars_.value(vars_.get(body, "handler"));
    // An image function takes no runtime: the framework does not pass the provider's on.
    fn.runtime = vars_.value(vars_.get(body, "image") ? vars_.get(body, "runtime")
                                                       : setting(body, "runtime"));
    // The serverless-rust plugin turns `runtime: rust` into an OS-only runtime at package time.
    if (fn.runtime.isLiteral() && fn.runtime.text == "rust" && hasPlugin("serverless-rust"))
      fn.runtime.kind = Value::Kind::Unknown;
    fn.memorySize = vars_.value(setting(body, "memorySize"));
    fn.timeout = vars_.value(setting(body, "timeout"));
    if (const Node* image = vars_.get(body, "image")) {
      fn.packageType.kind = Value::Kind::Literal;
      fn.packageType.text = "Image";
      fn.packageType.where = image->location();
      fn.code = vars_.value(image);
    } else {
      fn.code = vars_.value(vars_.path(body, {"package", "artifact"}));
    }
    if (!fn.code.present()) {  // handlers are paths from the service's folder
      fn.code.kind = Value::Kind::Literal;
      fn.code.text = ".";
      fn.code.where = fn.where;
    }
    fn.tracing = vars_.value(vars_.get(body, "tracing"));
    if (!fn.tracing.present()) fn.tracing = vars_.value(vars_.path(provider_, {"tracing", "lambda"}));
    readEnvironment(body, fn);
    readVpc(body, fn);
    readRole(body, fn);
    readEvents(body, fn);
    fn.deadLetterTarget = vars_.value(vars_.get(body, "onError"));
    const Node* onFailure = vars_.path(body, {"destinations", "onFailure"});
    if (onFailure && onFailure->isMap() && !cfn::isIntrinsic(onFailure)) {
      const Node* arn = vars_.get(onFailure, "arn");
      onFailure = arn ? arn : vars_.get(onFailure, "type");
    }
    fn.onFailureDestination = vars_.value(onFailure);
    // Asynchronous invocation settings: the framework writes an EventInvokeConfig for these.
    const Node* retries = vars_.get(body, "maximumRetryAttempts");
    const Node* age = vars_.get(body, "maximumEventAge");
    if (retries || age || fn.onFailureDestination.present()) {
      model::AsyncInvokeConfig cfg;
      cfg.where = (retries ? retries : age ? age : onFailure)->location();
      cfg.maximumRetryAttempts = vars_.value(retries);
      cfg.maximumEventAgeInSeconds = vars_.value(age);
      cfg.onFailure = fn.onFailureDestination;
      fn.asyncInvoke = std::move(cfg);
    }
    readLogs(body, fn);
    fn.reservedConcurrency = vars_.value(vars_.get(body, "reservedConcurrency"));
    fn.provisionedConcurrency = vars_.value(vars_.get(body, "provisionedConcurrency"));
    fn.kmsKeyArn = vars_.value(setting(body, "kmsKeyArn"));
    fn.architectures.clear();
    if (const Node* arch = setting(body, "architecture")) fn.architectures.push_back(vars_.value(arch));
    // The framework publishes a version on every deploy unless versionFunctions is false.
    const Node* versioning = setting(body, "versionFunctions");
    if (!(versioning && versioning->asBool() == false))
      fn.versions.emplace_back("(a version the framework publishes)");
    // `snapStart: true` publishes versions and turns SnapStart on for them.
    if (const Node* snap = vars_.get(body, "snapStart"); snap && snap->asBool() == true) {
      fn.snapStart = vars_.value(snap);
      fn.snapStart.text = "PublishedVersions";
    }
    return fn;
  }

  // The stages of the APIs the framework creates for http, httpApi and websocket events:
  // provider.logs.restApi/httpApi/websocket turn access logs on, provider.tracing.apiGateway
  // X-Ray. The framework has no stage-wide throttling setting.
  void addServiceApiStages() {
    struct Spec { Kind kind; std::string_view logsKey; model::Api::Kind api; const char* id; };
    for (const Spec& spec : {Spec{Kind::Api, "restApi", model::Api::Kind::Rest, "(service REST API)"},
                             Spec{Kind::HttpApi, "httpApi", model::Api::Kind::Http, "(service HTTP API)"},
                             Spec{Kind::WebSocket, "websocket", model::Api::Kind::WebSocket, "(service WebSocket API)"}}) {
      const model::Trigger* first = nullptr;
      for (const model::Function& fn : project_.functions)
        for (const model::Trigger& t : fn.triggers)
          if (!first && fn.source == "serverless" && t.kind == spec.kind) first = &t;
      if (!first) continue;
      model::ApiStage s;
      s.id = s.apiId = spec.id;
      s.kind = spec.api;
      const doc::Entry* logsEntry = vars_.entry(vars_.get(provider_, "logs"), spec.logsKey);
      s.where = logsEntry ? logsEntry->key->location() : first->where;
      if (const Node* logs = logsEntry ? vars_.node(logsEntry->value) : nullptr) {
        const Node* on = logs->isMap() ? vars_.get(logs, "accessLogging") : logs;
        s.accessLogSet = !logs->isMap() ? logs->asBool().value_or(true) : !(on && on->asBool() == false);
        if (logs->isMap()) s.accessLogFormat = vars_.value(vars_.get(logs, "format"));
        s.accessLogDestination.kind = Value::Kind::Dynamic;  // a log group the framework creates
        s.accessLogDestination.where = logsEntry->key->location();
      }
      if (spec.api == model::Api::Kind::Rest) s.tracing = vars_.value(vars_.path(provider_, {"tracing", "apiGateway"}));
      s.throttlingUnsupported = true;
      project_.apiStages.push_back(std::move(s));
    }
  }

  // The framework creates each function's log group itself (unless `disableLogs`), with
  // provider.logRetentionInDays; logs.lambda.logFormat (v4) sets structured logging.
  void readLogs(const Node* body, model::Function& fn) {
    const Node* logFormat = vars_.path(body, {"logs", "logFormat"});
    if (!logFormat) logFormat = vars_.path(provider_, {"logs", "lambda", "logFormat"});
    if (logFormat) {
      model::LoggingConfig logging;
      logging.where = logFormat->location();
      logging.logFormat = vars_.value(logFormat);
      fn.logging = std::move(logging);
    }
    if (const Node* off = vars_.get(body, "disableLogs"); off && off->asBool() == true) {
      // No logs are written (the framework also drops the role's logging permissions):
      // recorded as a log group "not in the template" so that no retention is asked for.
      if (!fn.logging) fn.logging.emplace().where = off->location();
      fn.logging->logGroup.kind = Value::Kind::Dynamic;
      fn.logging->logGroup.text = "(logs disabled)";
      fn.logging->logGroup.where = off->location();
      return;
    }
    model::LogGroup group;
    group.id = "/aws/lambda/<service>-<stage>-" + fn.id;
    group.where = fn.where;
    group.functionId = fn.id;
    group.retentionInDays = vars_.value(vars_.get(provider_, "logRetentionInDays"));
    project_.logGroups.push_back(std::move(group));
  }

  doc::Document& doc_;
  const Node& root_;
  model::Project& project_;
  cfn::Template tpl_;
  Variables vars_;
  const Node* provider_ = nullptr;
  bool perFunctionRoles_ = false;
  model::Role* shared_ = nullptr;
};

bool mayBeService(std::string_view content) {
  return content.find("service") != std::string_view::npos &&
         content.find("provider") != std::string_view::npos;
}

class ServerlessFrontend final : public Frontend {
 public:
  std::string_view name() const override { return "serverless"; }

  bool mayHandle(const SourceFile& file) const override {
    return isServerlessFileName(file.path()) || mayBeService(file.content());
  }

  FrontendOutput analyze(std::shared_ptr<const SourceFile> file, bool named) const override {
    FrontendOutput out;
    const bool byName = isServerlessFileName(file->path());
    if (!byName && !mayBeService(file->content())) return out;
    out.document = doc::parseDocument(file);
    if (out.document->failed()) {
      out.ours = byName;
      return out;
    }
    const Node* root = out.document->root();
    out.ours = byName || looksLikeService(root);
    if (!out.ours) return out;
    if (!looksLikeService(root) || providerName(root) != "aws") {
      out.skipped = true;  // another cloud's service, or not a service definition at all
      return out;
    }
    out.project = buildProject(*out.document);
    return out;
  }
};

}  // namespace

bool isServerlessFileName(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return base == "serverless.yml" || base == "serverless.yaml" || base == "serverless.json";
}

bool looksLikeService(const doc::Node* root) {
  return root && root->isMap() && root->get("service") &&
         (root->get("provider") || root->get("functions"));
}

std::string providerName(const doc::Node* root) {
  const Node* provider = root ? root->get("provider") : nullptr;
  if (provider && provider->isScalar()) return provider->text;
  const Node* name = provider ? provider->get("name") : nullptr;
  return name && name->isScalar() ? name->text : "aws";
}

std::unique_ptr<model::Project> buildProject(doc::Document& document) {
  auto project = std::make_unique<model::Project>();
  project->document = &document;
  const Node* root = document.root();
  if (!root || !root->isMap()) return project;
  ServiceReader(document, *root, *project).read();
  return project;
}

const Frontend& frontend() {
  static const ServerlessFrontend instance;
  return instance;
}

}  // namespace lambdalint::frontends::serverless
