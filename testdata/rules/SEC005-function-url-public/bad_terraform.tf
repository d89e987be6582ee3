# Terraform: a function URL without authentication, whose CORS settings also allow
# credentials from any origin.
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
}

resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.function_name
  authorization_type = "NONE" # expect: SEC005
  cors {
    allow_origins     = ["*"]
    allow_credentials = true # expect: SEC005
  }
}
