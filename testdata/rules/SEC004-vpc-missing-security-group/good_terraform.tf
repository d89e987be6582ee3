# Terraform: a dedicated security group, one from a variable, and a function not in a VPC.
variable "security_group_ids" {
  type = list(string)
}

resource "aws_security_group" "query" {
  name   = "query"
  vpc_id = "vpc-0abc"
}

resource "aws_lambda_function" "query" {
  function_name = "query"
  role          = "arn:aws:iam::123456789012:role/query"
  handler       = "query.handler"
  runtime       = "python3.12"
  filename      = "build/query.zip"
  timeout       = 10
  vpc_config {
    subnet_ids         = ["subnet-0aaa", "subnet-0bbb"]
    security_group_ids = [aws_security_group.query.id]
  }
}

resource "aws_lambda_function" "report" {
  function_name = "report"
  role          = "arn:aws:iam::123456789012:role/report"
  handler       = "report.handler"
  runtime       = "python3.12"
  filename      = "build/report.zip"
  timeout       = 10
  vpc_config {
    subnet_ids         = ["subnet-0aaa", "subnet-0bbb"]
    security_group_ids = var.security_group_ids
  }
}

resource "aws_lambda_function" "public" {
  function_name = "public"
  role          = "arn:aws:iam::123456789012:role/public"
  handler       = "public.handler"
  runtime       = "python3.12"
  filename      = "build/public.zip"
  timeout       = 10
}
