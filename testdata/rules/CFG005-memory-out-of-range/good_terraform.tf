# Terraform: memory sizes Lambda accepts, and one from a variable without a default.
variable "memory" {
  type = number
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
  memory_size   = 1769
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/worker.zip"
  timeout       = 10
  memory_size   = var.memory
}
