# Terraform: the handler reads BUCKET_NAME, which the function's environment does not set.
data "archive_file" "export" {
  type        = "zip"
  source_dir  = "src"
  output_path = "build/export.zip"
}

resource "aws_lambda_function" "export" {
  function_name = "export"
  role          = "arn:aws:iam::123456789012:role/export"
  filename      = data.archive_file.export.output_path
  handler       = "export.handler"
  runtime       = "python3.12"
  timeout       = 10
  environment {
    variables = {
      TABLE_NAME = "orders"
    }
  }
}
