# Terraform: supported runtimes.
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  filename      = "build/api.zip"
  timeout       = 10
}

module "jobs" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "jobs"
  handler       = "jobs.handler"
  runtime       = "python3.13"
  timeout       = 10
}
