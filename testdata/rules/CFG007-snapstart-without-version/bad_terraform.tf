# Terraform: SnapStart on, but no version is published (publish defaults to false).
resource "aws_lambda_function" "java" {
  function_name = "java"
  role          = "arn:aws:iam::123456789012:role/java"
  handler       = "example.Handler::handleRequest"
  runtime       = "java21"
  filename      = "build/java.zip"
  timeout       = 10
  snap_start {
    apply_on = "PublishedVersions" # expect: CFG007
  }
}

module "orders" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "orders"
  handler       = "example.Orders::handleRequest"
  runtime       = "java21"
  timeout       = 10
  snap_start    = true # expect: CFG007
}
