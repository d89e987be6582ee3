# Terraform: runtimes past their deprecation date.
resource "aws_lambda_function" "legacy" {
  function_name = "legacy"
  role          = "arn:aws:iam::123456789012:role/legacy"
  handler       = "index.handler"
  runtime       = "nodejs12.x" # expect: OPS002
  filename      = "build/legacy.zip"
  timeout       = 10
}

module "old" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "old"
  handler       = "old.handler"
  runtime       = "python3.7" # expect: OPS002
  timeout       = 10
}
