# Terraform: timeouts written out, from a variable without a default, or from a local.
variable "worker_timeout" {
  type = number
}

locals {
  api_timeout = 10
}

resource "aws_lambda_function" "export" {
  function_name = "export"
  role          = "arn:aws:iam::123456789012:role/export"
  handler       = "export.handler"
  runtime       = "python3.12"
  filename      = "build/export.zip"
  timeout       = 120
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "worker.handler"
  runtime       = "python3.12"
  filename      = "build/worker.zip"
  timeout       = var.worker_timeout
}

module "api" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "api"
  handler       = "api.handler"
  runtime       = "python3.12"
  source_path   = "src/api"
  timeout       = local.api_timeout
}
