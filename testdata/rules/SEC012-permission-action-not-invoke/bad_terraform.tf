# Terraform: a partner may delete the function.
resource "aws_lambda_function" "reports" {
  function_name = "reports"
  role          = "arn:aws:iam::123456789012:role/reports"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/reports.zip"
}

resource "aws_lambda_permission" "partner" {
  action        = "lambda:DeleteFunction" # expect: SEC012
  function_name = aws_lambda_function.reports.function_name
  principal     = "210987654321"
}
