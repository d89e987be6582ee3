# Terraform: runtimes Lambda knows, and one from a variable without a default.
variable "runtime" {
  type = string
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "index.handler"
  runtime       = var.runtime
  filename      = "build/worker.zip"
  timeout       = 10
}

module "jobs" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "jobs"
  handler       = "jobs.handler"
  runtime       = "python3.12"
  timeout       = 10
}
