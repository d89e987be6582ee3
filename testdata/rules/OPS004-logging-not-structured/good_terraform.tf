# Terraform: JSON logs, on the function and through the module's input.
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
  logging_config {
    log_format            = "JSON"
    application_log_level = "INFO"
  }
}

module "jobs" {
  source             = "terraform-aws-modules/lambda/aws"
  function_name      = "jobs"
  handler            = "jobs.handler"
  runtime            = "python3.12"
  timeout            = 10
  logging_log_format = "JSON"
}
