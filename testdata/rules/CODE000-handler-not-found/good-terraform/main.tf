# Terraform: handlers found through an archive of one file, and through the community
# module's source_path.
data "archive_file" "ingest" {
  type        = "zip"
  source_file = "lambda/ingest.py"
  output_path = "build/ingest.zip"
}

resource "aws_lambda_function" "ingest" {
  function_name = "ingest"
  role          = "arn:aws:iam::123456789012:role/ingest"
  filename      = data.archive_file.ingest.output_path
  handler       = "ingest.handler"
  runtime       = "python3.12"
  timeout       = 10
}

module "orders" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "orders"
  handler       = "orders.lambda_handler"
  runtime       = "python3.12"
  source_path   = "${path.module}/functions/orders"
  timeout       = 10
}
