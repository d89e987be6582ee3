# Terraform: log groups with retention, matched by reference, by a shared variable, and
# through logging_config; the module's own log group with retention.
variable "worker_name" {
  type    = string
  default = "worker"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/lambda/${aws_lambda_function.api.function_name}"
  retention_in_days = 30
}

resource "aws_lambda_function" "worker" {
  function_name = var.worker_name
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/worker.zip"
  timeout       = 10
}

resource "aws_cloudwatch_log_group" "worker" {
  name              = "/aws/lambda/${var.worker_name}"
  retention_in_days = 14
}

resource "aws_lambda_function" "audit" {
  function_name = "audit"
  role          = "arn:aws:iam::123456789012:role/audit"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/audit.zip"
  timeout       = 10
  logging_config {
    log_format = "JSON"
    log_group  = aws_cloudwatch_log_group.shared.name
  }
}

resource "aws_cloudwatch_log_group" "shared" {
  name              = "/platform/functions"
  retention_in_days = 90
}

module "jobs" {
  source                            = "terraform-aws-modules/lambda/aws"
  function_name                     = "jobs"
  handler                           = "jobs.handler"
  runtime                           = "python3.12"
  timeout                           = 10
  cloudwatch_logs_retention_in_days = 7
}
