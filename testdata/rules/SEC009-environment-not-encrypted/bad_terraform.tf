# Terraform: environment variables encrypted only with the AWS managed key.
resource "aws_lambda_function" "api" { # expect: SEC009
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
  environment {
    variables = {
      TABLE = "orders"
    }
  }
}
