# Terraform: one aws_iam_role is the execution role of two functions, and a role ARN passed
# in a variable is shared by two more.
variable "platform_role_arn" {
  type = string
}

resource "aws_iam_role" "lambda" { # expect: SEC001
  name = "orders-lambda"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_lambda_function" "create_order" {
  function_name = "create-order"
  role          = aws_iam_role.lambda.arn
  handler       = "app.create"
  runtime       = "python3.12"
  filename      = "build/orders.zip"
  timeout       = 10
}

resource "aws_lambda_function" "cancel_order" {
  function_name = "cancel-order"
  role          = aws_iam_role.lambda.arn
  handler       = "app.cancel"
  runtime       = "python3.12"
  filename      = "build/orders.zip"
  timeout       = 10
}

resource "aws_lambda_function" "report" {
  function_name = "report"
  role          = var.platform_role_arn # expect: SEC001
  handler       = "app.report"
  runtime       = "python3.12"
  filename      = "build/orders.zip"
  timeout       = 10
}

resource "aws_lambda_function" "audit" {
  function_name = "audit"
  role          = var.platform_role_arn
  handler       = "app.audit"
  runtime       = "python3.12"
  filename      = "build/orders.zip"
  timeout       = 10
}
