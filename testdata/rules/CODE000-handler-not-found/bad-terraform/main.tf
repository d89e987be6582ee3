# Terraform: the archive is built from src/, which defines no `process` function.
data "archive_file" "worker" {
  type        = "zip"
  source_dir  = "${path.module}/src"
  output_path = "${path.module}/build/worker.zip"
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  filename      = data.archive_file.worker.output_path
  handler       = "worker.process" # expect: CODE000
  runtime       = "python3.12"
  timeout       = 10
}
