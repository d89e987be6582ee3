# Terraform: secrets stay in Secrets Manager or SSM, and only their names or ARNs reach the
# environment; values from variables without a default are not judged.
variable "api_key_parameter" {
  type    = string
  default = "/payments/api-key"
}

resource "aws_secretsmanager_secret" "db" {
  name = "payments-db"
}

resource "aws_lambda_function" "payments" {
  function_name = "payments"
  role          = "arn:aws:iam::123456789012:role/payments"
  handler       = "payments.handler"
  runtime       = "python3.12"
  filename      = "build/payments.zip"
  timeout       = 10
  environment {
    variables = {
      DB_SECRET_ARN      = aws_secretsmanager_secret.db.arn
      API_KEY_PARAMETER  = var.api_key_parameter
      PASSWORD_MIN_CHARS = "12"
      LOG_LEVEL          = "INFO"
    }
  }
}
