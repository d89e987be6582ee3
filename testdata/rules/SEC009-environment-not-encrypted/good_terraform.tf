# Terraform: a customer managed key for the environment, and a function without variables.
resource "aws_kms_key" "lambda" {
  description = "function environment"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
  kms_key_arn   = aws_kms_key.lambda.arn
  environment {
    variables = {
      TABLE = "orders"
    }
  }
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/worker.zip"
  timeout       = 10
}
