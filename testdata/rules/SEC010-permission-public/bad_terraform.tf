# Terraform: a permission for every principal.
resource "aws_lambda_function" "export" {
  function_name = "export"
  role          = "arn:aws:iam::123456789012:role/export"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/export.zip"
}

resource "aws_lambda_permission" "anyone" {
  statement_id  = "AnyoneInvokes"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.export.function_name
  principal     = "*" # expect: SEC010
}
