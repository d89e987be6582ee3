# Terraform: one caller.
resource "aws_lambda_function" "ingest" {
  function_name = "ingest"
  role          = "arn:aws:iam::123456789012:role/ingest"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/ingest.zip"
}

resource "aws_lambda_permission" "bucket" {
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.ingest.function_name
  principal      = "s3.amazonaws.com"
  source_arn     = "arn:aws:s3:::ingest-drop"
  source_account = "123456789012"
}
