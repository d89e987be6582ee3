# Terraform: a misspelt runtime, and one from a variable's default.
variable "runtime" {
  type    = string
  default = "nodejs22"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "pyhton3.12" # expect: CFG001
  filename      = "build/api.zip"
  timeout       = 10
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "index.handler"
  runtime       = var.runtime # expect: CFG001
  filename      = "build/worker.zip"
  timeout       = 10
}
