# Terraform: a .zip function without a code signing configuration.
resource "aws_lambda_function" "api" { # expect: SEC008
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
}
