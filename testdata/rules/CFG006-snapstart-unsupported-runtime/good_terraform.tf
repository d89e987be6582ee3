# Terraform: SnapStart on a Java runtime, published.
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
