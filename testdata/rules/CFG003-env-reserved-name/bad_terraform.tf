# Terraform: environment variables that the Lambda runtime reserves.
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
  environment {
    variables = {
      AWS_REGION = "eu-west-1" # expect: CFG003
      TABLE      = "orders"
    }
  }
}

module "jobs" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "jobs"
  handler       = "jobs.handler"
  runtime       = "python3.12"
  timeout       = 10
  environment_variables = {
    AWS_LAMBDA_FUNCTION_NAME = "jobs" # expect: CFG003
  }
}
