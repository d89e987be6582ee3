# Terraform: SnapStart with published versions, through `publish` and through an alias.
resource "aws_lambda_function" "java" {
  function_name = "java"
  role          = "arn:aws:iam::123456789012:role/java"
  handler       = "example.Handler::handleRequest"
  runtime       = "java21"
  filename      = "build/java.zip"
  timeout       = 10
  publish       = true
  snap_start {
    apply_on = "PublishedVersions"
  }
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "example.Orders::handleRequest"
  runtime       = "java21"
  filename      = "build/orders.zip"
  timeout       = 10
  snap_start {
    apply_on = "PublishedVersions"
  }
}

resource "aws_lambda_alias" "orders_live" {
  name             = "live"
  function_name    = aws_lambda_function.orders.function_name
  function_version = "3"
}

module "reports" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "reports"
  handler       = "example.Reports::handleRequest"
  runtime       = "java21"
  timeout       = 10
  publish       = true
  snap_start    = true
}
