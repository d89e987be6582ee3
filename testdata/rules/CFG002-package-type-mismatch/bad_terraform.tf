# Terraform: an image function that also sets a handler and a runtime, and a .zip function
# without a handler.
resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = "arn:aws:iam::123456789012:role/image"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/image:1.0"
  handler       = "app.handler" # expect: CFG002
  runtime       = "python3.12" # expect: CFG002
  timeout       = 10
}

resource "aws_lambda_function" "zip" { # expect: CFG002
  function_name = "zip"
  role          = "arn:aws:iam::123456789012:role/zip"
  runtime       = "python3.12"
  filename      = "build/zip.zip"
  timeout       = 10
}
