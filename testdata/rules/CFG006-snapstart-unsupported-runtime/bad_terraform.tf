# Terraform: SnapStart on a runtime without it, and together with provisioned concurrency.
resource "aws_lambda_function" "node" {
  function_name = "node"
  role          = "arn:aws:iam::123456789012:role/node"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/node.zip"
  timeout       = 10
  publish       = true
  snap_start {
    apply_on = "PublishedVersions" # expect: CFG006
  }
}

resource "aws_lambda_function" "java" {
  function_name = "java"
  role          = "arn:aws:iam::123456789012:role/java"
  handler       = "example.Handler::handleRequest"
  runtime       = "java21"
  filename      = "build/java.zip"
  timeout       = 10
  publish       = true
  snap_start {
    apply_on = "PublishedVersions" # expect: CFG006
  }
}

resource "aws_lambda_provisioned_concurrency_config" "java" {
  function_name                     = aws_lambda_function.java.function_name
  qualifier                         = aws_lambda_function.java.version
  provisioned_concurrent_executions = 2
}
