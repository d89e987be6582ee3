# Terraform: the handler appends to a module-level list on every invocation.
data "archive_file" "audit" {
  type        = "zip"
  source_dir  = "src"
  output_path = "build/audit.zip"
}

resource "aws_lambda_function" "audit" {
  function_name = "audit"
  role          = "arn:aws:iam::123456789012:role/audit"
  filename      = data.archive_file.audit.output_path
  handler       = "audit.handler"
  runtime       = "python3.12"
  timeout       = 10
}
