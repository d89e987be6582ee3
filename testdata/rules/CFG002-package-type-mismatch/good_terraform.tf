# Terraform: an image function configured by its image, and a .zip function with a handler
# and a runtime.
resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = "arn:aws:iam::123456789012:role/image"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/image:1.0"
  timeout       = 10
  image_config {
    command = ["app.handler"]
  }
}

resource "aws_lambda_function" "zip" {
  function_name = "zip"
  role          = "arn:aws:iam::123456789012:role/zip"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/zip.zip"
  timeout       = 10
}
