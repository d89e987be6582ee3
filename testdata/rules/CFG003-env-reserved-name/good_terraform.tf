# Terraform: application variables only.
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
  environment {
    variables = {
      TABLE         = "orders"
      REGION_OF_USE = "eu-west-1"
    }
  }
}
