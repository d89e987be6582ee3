# Terraform: timeouts within 1..900 seconds, literal or a variable's default.
variable "batch_timeout" {
  type    = number
  default = 900
}

resource "aws_lambda_function" "report" {
  function_name = "report"
  role          = "arn:aws:iam::123456789012:role/report"
  handler       = "report.handler"
  runtime       = "python3.12"
  filename      = "build/report.zip"
  timeout       = 1
}

resource "aws_lambda_function" "batch" {
  function_name = "batch"
  role          = "arn:aws:iam::123456789012:role/batch"
  handler       = "batch.handler"
  runtime       = "python3.12"
  filename      = "build/batch.zip"
  timeout       = var.batch_timeout
}
