#!/usr/bin/env python3
"""Writes a synthetic but realistic serverless corpus for benchmarking lambdalint.

Each project folder holds one template (SAM YAML, CloudFormation YAML or JSON, or a
serverless.yml) and the handler code its functions point to (Python, JavaScript, TypeScript,
Go, Java),
with a known mix of problems; corpus.json lists what was written and which problems were
planted. Some projects have a second template (a staging copy) that shares every handler, and
several functions of one template share a handler file, as real projects do.

The output depends only on the arguments: the same seed gives the same bytes.

  generate.py OUT [--templates N] [--megabytes M] [--seed S]

--templates alone: N templates of a typical size (2-12 functions). --megabytes alone: as many
typical templates as it takes to reach M MB of files. Both: N templates, each grown (more
functions) to reach M MB in total.
"""
import argparse
import json
import os
import random
import sys

RUNTIMES = {"python": ("python3.12", ".py"), "javascript": ("nodejs22.x", ".js"),
            "typescript": ("nodejs22.x", ".ts"), "go": ("provided.al2023", ".go"),
            "java": ("java21", ".java")}
LANGUAGE_WEIGHTS = {"python": 40, "javascript": 25, "typescript": 15, "go": 10, "java": 10}
# Where each language's handler file is under the function's code folder, and the Handler.
HANDLER_FILE = {"go": "main.go", "java": "src/main/java/com/example/App.java"}
HANDLER_NAME = {"go": "bootstrap", "java": "com.example.App::handleRequest"}
TEMPLATE_KINDS = [("sam-yaml", 50), ("cfn-yaml", 15), ("cfn-json", 15), ("serverless", 20)]


class Planted:
    """Counts the problems the generator plants, by the rule expected to report each."""

    def __init__(self):
        self.counts = {}

    def add(self, rule, n=1):
        self.counts[rule] = self.counts.get(rule, 0) + n


# --- handler code -------------------------------------------------------------------------

def python_handler(rng, planted, fn):
    lines = ["import json", "import os", "", "import boto3", ""]
    client_outside = rng.random() < 0.7
    if client_outside:
        lines += ["TABLE = boto3.resource('dynamodb').Table(os.environ['TABLE_NAME'])", ""]
    cache = rng.random() < 0.15
    if cache:
        lines += ["SEEN = []", ""]
    if rng.random() < 0.05:
        lines += ["API_KEY = 'sk_live_" + "".join(rng.choice("abcdef0123456789") for _ in range(24)) + "'", ""]
        planted.add("CODE003")
    lines += [f"def {fn}(event, context):"]
    if not client_outside:
        lines += ["    table = boto3.resource('dynamodb').Table(os.environ['TABLE_NAME'])"]
        planted.add("CODE002")
    else:
        lines += ["    table = TABLE"]
    if cache:
        lines += ["    SEEN.append(event.get('id'))"]
        planted.add("CODE001")
    if rng.random() < 0.1:
        lines += ["    region = os.environ['UNDECLARED_SETTING']"]
        planted.add("CODE004")
    if rng.random() < 0.1:
        lines += ["    import urllib.request", "    urllib.request.urlopen('https://example.com/ping')"]
    lines += ["    body = json.loads(event.get('body') or '{}')",
              "    items = [normalise(x) for x in body.get('items', [])]",
              "    for item in items:",
              "        table.put_item(Item=item)",
              "    return {'statusCode': 200, 'body': json.dumps({'count': len(items)})}",
              "", "", "def normalise(item):",
              "    out = {k.lower(): v for k, v in item.items() if v is not None}",
              "    out.setdefault('status', 'new')",
              "    return out", ""]
    return "\n".join(lines)


def js_handler(rng, planted, fn, typescript):
    t = ": any" if typescript else ""
    lines = ["import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';", ""]
    client_outside = rng.random() < 0.7
    if client_outside:
        lines += ["const client = new DynamoDBClient({});", ""]
    if rng.random() < 0.15:
        lines += ["const seen = [];", ""]
        state = True
    else:
        state = False
    lines += [f"export const {fn} = async (event{t}) => {{"]
    if not client_outside:
        lines += ["  const client = new DynamoDBClient({});"]
        planted.add("CODE002")
    if state:
        lines += ["  seen.push(event.id);"]
        planted.add("CODE001")
    if rng.random() < 0.1:
        lines += ["  const setting = process.env.UNDECLARED_SETTING;"]
        planted.add("CODE004")
    lines += ["  const body = JSON.parse(event.body || '{}');",
              "  for (const item of body.items || []) {",
              "    await client.send(new PutItemCommand({ TableName: process.env.TABLE_NAME, Item: item }));",
              "  }",
              "  return { statusCode: 200, body: JSON.stringify({ count: (body.items || []).length }) };",
              "};", ""]
    return "\n".join(lines)


def go_handler(rng, planted):
    lines = ["package main", "", "import (", '\t"context"', '\t"os"', "",
             '\t"github.com/aws/aws-lambda-go/lambda"', '\t"github.com/aws/aws-sdk-go-v2/config"',
             '\t"github.com/aws/aws-sdk-go-v2/service/dynamodb"', ")", ""]
    client_outside = rng.random() < 0.7
    if client_outside:
        lines += ["var client *dynamodb.Client", "",
                  "func init() {", "\tcfg, _ := config.LoadDefaultConfig(context.Background())",
                  "\tclient = dynamodb.NewFromConfig(cfg)", "}", ""]
    lines += ["type Request struct {", '\tID string `json:"id"`', "}", "",
              "func handle(ctx context.Context, req Request) (map[string]string, error) {"]
    if not client_outside:
        lines += ["\tcfg, _ := config.LoadDefaultConfig(ctx)", "\tclient := dynamodb.NewFromConfig(cfg)"]
        planted.add("CODE002")
    lines += ["\ttable := os.Getenv(\"TABLE_NAME\")",
              "\t_, err := client.PutItem(ctx, &dynamodb.PutItemInput{TableName: &table})",
              '\treturn map[string]string{"id": req.ID}, err', "}", "",
              "func main() {", "\tlambda.Start(handle)", "}", ""]
    return "\n".join(lines)


def java_handler(rng, planted):
    lines = ["package com.example;", "", "import com.amazonaws.services.lambda.runtime.Context;",
             "import java.util.Map;", "import software.amazon.awssdk.services.dynamodb.DynamoDbClient;", "",
             "public class App {"]
    client_outside = rng.random() < 0.7
    if client_outside:
        lines += ["    private static final DynamoDbClient DDB = DynamoDbClient.create();", ""]
    lines += ["    public Map<String, String> handleRequest(Map<String, String> event, Context context) {"]
    if not client_outside:
        lines += ["        DynamoDbClient ddb = DynamoDbClient.create();"]
        planted.add("CODE002")
    else:
        lines += ["        DynamoDbClient ddb = DDB;"]
    lines += ['        String table = System.getenv("TABLE_NAME");',
              '        return Map.of("table", table, "id", event.getOrDefault("id", ""));',
              "    }", "}", ""]
    return "\n".join(lines)


# --- templates as Python data, written as YAML (with short-form tags) or JSON --------------

class Tag:
    """A CloudFormation short-form intrinsic: !Ref x, !Sub '...', !GetAtt a.b."""

    def __init__(self, name, value):
        self.name, self.value = name, value


def to_json_value(v):
    if isinstance(v, Tag):
        long = {"Ref": "Ref", "GetAtt": "Fn::GetAtt"}.get(v.name, "Fn::" + v.name)
        val = v.value.split(".", 1) if v.name == "GetAtt" and isinstance(v.value, str) else v.value
        return {long: to_json_value(val)}
    if isinstance(v, dict):
        return {k: to_json_value(x) for k, x in v.items()}
    if isinstance(v, list):
        return [to_json_value(x) for x in v]
    return v


def yaml_scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    s = str(v)
    if s == "" or s[0] in "!&*{}[]|>'\"%@`#,?:-" or ": " in s or " #" in s or s.lower() in (
            "yes", "no", "true", "false", "null", "on", "off") or s[0].isdigit():
        return "'" + s.replace("'", "''") + "'"
    return s


def to_yaml(v, indent=0):
    pad = "  " * indent
    out = []
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, Tag) and not isinstance(x.value, (dict, list)):
                out.append(f"{pad}{k}: !{x.name} {yaml_scalar(x.value)}")
            elif isinstance(x, Tag):
                out.append(f"{pad}{k}: !{x.name}")
                out.append(to_yaml(x.value, indent + 1))
            elif isinstance(x, (dict, list)) and x:
                out.append(f"{pad}{k}:")
                out.append(to_yaml(x, indent + 1))
            elif isinstance(x, (dict, list)):
                out.append(f"{pad}{k}: {'{}' if isinstance(x, dict) else '[]'}")
            else:
                out.append(f"{pad}{k}: {yaml_scalar(x)}")
    elif isinstance(v, list):
        for x in v:
            if isinstance(x, Tag) and not isinstance(x.value, (dict, list)):
                out.append(f"{pad}- !{x.name} {yaml_scalar(x.value)}")
            elif isinstance(x, (dict, list)) and x and not isinstance(x, Tag):
                inner = to_yaml(x, indent + 1)
                out.append(f"{pad}- " + inner.lstrip())
            elif isinstance(x, Tag):
                out.append(f"{pad}- !{x.name}")
                out.append(to_yaml(x.value, indent + 1))
            else:
                out.append(f"{pad}- {yaml_scalar(x)}")
    return "\n".join(out)


def policy_statements(rng, planted, table):
    st = [{"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"],
           "Resource": Tag("GetAtt", f"{table}.Arn")}]
    if rng.random() < 0.08:
        st.append({"Effect": "Allow", "Action": "*", "Resource": "*"})
        planted.add("SEC002")
    return st


def function_props(rng, planted, i, name, lang, code_uri, handler_module, sam, api_timeout):
    runtime, _ = RUNTIMES[lang]
    props = {}
    if sam:
        props["CodeUri"] = code_uri
        props["Handler"] = HANDLER_NAME.get(lang, f"{handler_module}.{name_handler(lang)}")
    else:
        props["Code"] = {"S3Bucket": Tag("Ref", "ArtifactBucket"), "S3Key": f"{code_uri}.zip"}
        props["Handler"] = HANDLER_NAME.get(lang, f"{handler_module}.{name_handler(lang)}")
        props["Role"] = Tag("GetAtt", f"{name}Role.Arn")
    props["Runtime"] = runtime
    props["MemorySize"] = rng.choice([128, 256, 512, 1024])
    r = rng.random()
    if r < 0.1:
        planted.add("REL001")
    elif r < 0.13:
        props["Timeout"] = 1200
        planted.add("REL002")
    else:
        props["Timeout"] = rng.choice([10, 15, 28])
    env = {"TABLE_NAME": Tag("Ref", "Table"), "STAGE": Tag("Ref", "Stage"),
           "SERVICE_URL": Tag("Sub", "https://${AWS::Region}.example.com/" + name.lower())}
    if rng.random() < 0.05:
        env["DB_PASSWORD"] = "hunter2-" + str(rng.randrange(10**6))
        planted.add("SEC003")
    props["Environment"] = {"Variables": env}
    if rng.random() < 0.3:
        subnets = [Tag("Ref", "SubnetA")] if rng.random() < 0.3 else [Tag("Ref", "SubnetA"), Tag("Ref", "SubnetB")]
        if len(subnets) == 1:
            planted.add("REL004")
        vpc = {"SubnetIds": subnets}
        if rng.random() < 0.8:
            vpc["SecurityGroupIds"] = [Tag("Ref", "LambdaSecurityGroup")]
        else:
            planted.add("SEC004")
        props["VpcConfig"] = vpc
    if rng.random() < 0.4:
        if sam:
            props["Tracing"] = "Active"
        else:
            props["TracingConfig"] = {"Mode": "Active"}
    if sam:
        props["Policies"] = [{"DynamoDBCrudPolicy": {"TableName": Tag("Ref", "Table")}},
                             {"Statement": policy_statements(rng, planted, "Table")}]
        events = {}
        kind = rng.choice(["api", "sqs", "sns", "schedule", "s3", "none"])
        if kind == "api":
            events["Api"] = {"Type": "Api", "Properties": {"Path": f"/{name.lower()}", "Method": "post"}}
            if props.get("Timeout", 3) > 29 and props.get("Timeout") != 1200:
                planted.add("REL003")
        elif kind == "sqs":
            events["Queue"] = {"Type": "SQS", "Properties": {"Queue": Tag("GetAtt", "Queue.Arn"), "BatchSize": 10}}
        elif kind == "sns":
            events["Topic"] = {"Type": "SNS", "Properties": {"Topic": Tag("Ref", "Topic")}}
            if rng.random() < 0.5:
                props["DeadLetterQueue"] = {"Type": "SQS", "TargetArn": Tag("GetAtt", "DeadLetters.Arn")}
            else:
                planted.add("REL005")
        elif kind == "schedule":
            events["Nightly"] = {"Type": "Schedule", "Properties": {"Schedule": "rate(1 day)"}}
        elif kind == "s3":
            events["Upload"] = {"Type": "S3", "Properties": {"Bucket": Tag("Ref", "Uploads"), "Events": "s3:ObjectCreated:*"}}
            planted.add("REL005")
        if events:
            props["Events"] = events
    return props


def name_handler(lang):
    return "handler"


def common_resources(sam):
    res = {
        "Table": {"Type": "AWS::DynamoDB::Table", "Properties": {
            "BillingMode": "PAY_PER_REQUEST",
            "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
            "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}]}},
        "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"VisibilityTimeout": 180}},
        "DeadLetters": {"Type": "AWS::SQS::Queue"},
        "Topic": {"Type": "AWS::SNS::Topic"},
        "Uploads": {"Type": "AWS::S3::Bucket", "Properties": {
            "BucketName": Tag("Sub", "${AWS::StackName}-uploads-${AWS::AccountId}")}},
        "LambdaSecurityGroup": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
            "GroupDescription": "Lambda egress", "VpcId": Tag("Ref", "VpcId")}},
    }
    return res


def cfn_template(rng, planted, fns, sam, project):
    t = {"AWSTemplateFormatVersion": "2010-09-09"}
    if sam:
        t["Transform"] = "AWS::Serverless-2016-10-31"
    t["Description"] = f"Synthetic service {project} for the lambdalint benchmark"
    t["Parameters"] = {"Stage": {"Type": "String", "AllowedValues": ["dev", "prod"], "Default": "dev"},
                       "VpcId": {"Type": "AWS::EC2::VPC::Id"},
                       "SubnetA": {"Type": "AWS::EC2::Subnet::Id"},
                       "SubnetB": {"Type": "AWS::EC2::Subnet::Id"},
                       "ArtifactBucket": {"Type": "String", "Default": "artifacts"}}
    t["Conditions"] = {"IsProd": Tag("Equals", [Tag("Ref", "Stage"), "prod"])}
    t["Mappings"] = {"StageConfig": {"dev": {"LogLevel": "DEBUG"}, "prod": {"LogLevel": "INFO"}}}
    if sam:
        t["Globals"] = {"Function": {"Architectures": ["arm64"], "Environment": {"Variables": {
            "LOG_LEVEL": Tag("FindInMap", ["StageConfig", Tag("Ref", "Stage"), "LogLevel"]),
            "POWERTOOLS_SERVICE_NAME": project}}}}
    res = common_resources(sam)
    shared_role = not sam and rng.random() < 0.1
    for (name, lang, code_uri, module) in fns:
        props = function_props(rng, planted, 0, name, lang, code_uri, module, sam, 29)
        if sam:
            res[name] = {"Type": "AWS::Serverless::Function", "Properties": props}
        else:
            role = "SharedRole" if shared_role else f"{name}Role"
            props["Role"] = Tag("GetAtt", f"{role}.Arn")
            res[name] = {"Type": "AWS::Lambda::Function", "Properties": props}
            if role not in res:
                res[role] = {"Type": "AWS::IAM::Role", "Properties": {
                    "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{
                        "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                        "Action": "sts:AssumeRole"}]},
                    "ManagedPolicyArns": ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
                    "Policies": [{"PolicyName": "data", "PolicyDocument": {
                        "Version": "2012-10-17", "Statement": policy_statements(rng, planted, "Table")}}]}}
            res[f"{name}Logs"] = {"Type": "AWS::Logs::LogGroup", "Properties": {
                "LogGroupName": Tag("Sub", "/aws/lambda/${" + name + "}"),
                "RetentionInDays": Tag("If", ["IsProd", 90, 7])}}
    if shared_role and len(fns) > 1:
        planted.add("SEC001")
    t["Resources"] = res
    t["Outputs"] = {"TableName": {"Value": Tag("Ref", "Table"),
                                  "Export": {"Name": Tag("Join", ["-", [Tag("Ref", "AWS::StackName"), "table"]])}}}
    return t


def serverless_yml(rng, planted, fns, project):
    lines = [f"service: {project}", "frameworkVersion: '3'", "", "provider:", "  name: aws",
             "  runtime: python3.12", "  stage: ${opt:stage, 'dev'}", "  region: eu-west-1",
             "  memorySize: 512", "  environment:", "    TABLE_NAME: ${self:service}-${sls:stage}",
             "  iam:", "    role:", "      statements:", "        - Effect: Allow",
             "          Action:", "            - dynamodb:PutItem", "            - dynamodb:GetItem",
             "          Resource: !GetAtt Table.Arn"]
    if rng.random() < 0.08:
        lines += ["        - Effect: Allow", "          Action: '*'", "          Resource: '*'"]
        planted.add("SEC002")
    lines += ["", "functions:"]
    for (name, lang, code_uri, module) in fns:
        runtime, _ = RUNTIMES[lang]
        lines += [f"  {name}:", f"    handler: {code_uri}/{module}.handler", f"    runtime: {runtime}"]
        r = rng.random()
        if r < 0.1:
            planted.add("REL001")
        else:
            lines += [f"    timeout: {rng.choice([10, 20, 28])}"]
        if rng.random() < 0.5:
            lines += ["    events:", "      - httpApi:", f"          path: /{name.lower()}", "          method: post"]
        else:
            lines += ["    events:", "      - sqs:", "          arn: !GetAtt Queue.Arn", "          batchSize: 10"]
    lines += ["", "resources:", "  Resources:", "    Table:", "      Type: AWS::DynamoDB::Table",
              "      Properties:", "        BillingMode: PAY_PER_REQUEST",
              "        AttributeDefinitions:", "          - AttributeName: pk", "            AttributeType: S",
              "        KeySchema:", "          - AttributeName: pk", "            KeyType: HASH",
              "    Queue:", "      Type: AWS::SQS::Queue", ""]
    return "\n".join(lines)


def write(path, text, stats):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    stats["bytes"] += len(text.encode("utf-8"))
    stats["files"] += 1


def project(rng, planted, out, index, target_bytes, stats, room):
    name = f"svc{index:05d}"
    folder = os.path.join(out, name)
    kind = rng.choices([k for k, _ in TEMPLATE_KINDS], [w for _, w in TEMPLATE_KINDS])[0]
    # Handler files: a few per project; several functions may share one.
    handlers = []
    for h in range(rng.randint(1, 4)):
        lang = "python" if kind == "serverless" else \
            rng.choices(list(LANGUAGE_WEIGHTS), list(LANGUAGE_WEIGHTS.values()))[0]
        handlers.append((lang, f"src/h{h}", "app"))
    def function_list(count):
        fns = []
        for i in range(count):
            lang, code_uri, module = rng.choice(handlers)
            fns.append((f"Fn{i:03d}", lang, code_uri, module))
        return fns
    count = rng.randint(2, 12)
    fns = function_list(count)
    def render(fns):
        if kind == "serverless":
            return "serverless.yml", serverless_yml(rng, planted, fns, name)
        sam = kind == "sam-yaml" or (kind == "cfn-json" and rng.random() < 0.5)
        t = cfn_template(rng, planted, fns, sam, name)
        if kind == "cfn-json":
            return "template.json", json.dumps(to_json_value(t), indent=2) + "\n"
        return "template.yaml", to_yaml(t) + "\n"
    # Grow to the target size: planted counts are those of the last rendering only.
    while True:
        before = dict(planted.counts)
        file_name, text = render(fns)
        if target_bytes is None or len(text) >= target_bytes or len(fns) > 5000:
            break
        planted.counts = before
        grow = max(1, int(len(fns) * (target_bytes / max(1, len(text)) - 1)))
        fns = function_list(len(fns) + grow)
    write(os.path.join(folder, file_name), text, stats)
    stats["templates"][kind] = stats["templates"].get(kind, 0) + 1
    stats["functions"] += len(fns)
    staging = rng.random() < 0.15
    if kind != "serverless" and staging and room > 1:  # a staging copy sharing every handler
        write(os.path.join(folder, "staging-" + file_name), text, stats)
        stats["templates"][kind] += 1
        stats["functions"] += len(fns)
    for lang, code_uri, module in handlers:
        ext = RUNTIMES[lang][1]
        if lang == "python":
            code = python_handler(rng, planted, "handler")
        elif lang == "go":
            code = go_handler(rng, planted)
        elif lang == "java":
            code = java_handler(rng, planted)
        else:
            code = js_handler(rng, planted, "handler", lang == "typescript")
        write(os.path.join(folder, code_uri, HANDLER_FILE.get(lang, module + ext)), code, stats)
        stats["handlers"][lang] = stats["handlers"].get(lang, 0) + 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="folder to write (created; must be empty or absent)")
    ap.add_argument("--templates", type=int, help="number of templates (default 100)")
    ap.add_argument("--megabytes", type=float, help="total size of the corpus in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    a = ap.parse_args()
    if a.templates is not None and a.templates < 1:
        ap.error("--templates must be at least 1")
    if a.megabytes is not None and a.megabytes <= 0:
        ap.error("--megabytes must be positive")
    if os.path.exists(a.out) and os.listdir(a.out):
        ap.error(f"{a.out} exists and is not empty")
    templates = a.templates if a.templates is not None else (None if a.megabytes else 100)
    target_total = int(a.megabytes * 1e6) if a.megabytes else None
    per_template = None
    if templates and target_total:
        per_template = int(target_total / templates * 0.85)  # handlers take the rest
    rng = random.Random(a.seed)
    planted = Planted()
    stats = {"bytes": 0, "files": 0, "functions": 0, "templates": {}, "handlers": {}}
    i = written = 0
    while (templates is not None and written < templates) or (templates is None and stats["bytes"] < target_total):
        room = templates - written if templates is not None else 2
        project(rng, planted, a.out, i, per_template, stats, room)
        written = sum(stats["templates"].values())
        i += 1
    manifest = {"seed": a.seed, "projects": i, "bytes": stats["bytes"], "files": stats["files"],
                "templates": stats["templates"], "template_count": sum(stats["templates"].values()),
                "functions": stats["functions"], "handler_files": stats["handlers"],
                "planted_problems": dict(sorted(planted.counts.items()))}
    with open(os.path.join(a.out, "corpus.json"), "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(json.dumps({k: manifest[k] for k in ("projects", "template_count", "files", "bytes")}))


if __name__ == "__main__":
    sys.exit(main())
