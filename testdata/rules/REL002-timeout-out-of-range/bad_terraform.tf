# Terraform: a timeout above Lambda's 15 minutes, and a variable whose default is zero.
variable "batch_timeout" {
  type    = number
  default = 0
}

resource "aws_lambda_function" "report" {
  function_name = "report"
  role          = "arn:aws:iam::123456789012:role/report"
  handler       = "report.handler"
  runtime       = "python3.12"
  filename      = "build/report.zip"
  timeout       = 1800 # expect: REL002
}

resource "aws_lambda_function" "batch" {
  function_name = "batch"
  role          = "arn:aws:iam::123456789012:role/batch"
  handler       = "batch.handler"
  runtime       = "python3.12"
  filename      = "build/batch.zip"
  timeout       = var.batch_timeout # expect: REL002
}
