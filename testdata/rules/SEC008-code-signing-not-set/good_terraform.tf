# Terraform: signed code, and an image function (code signing does not apply).
resource "aws_lambda_code_signing_config" "signed" {
  allowed_publishers {
    signing_profile_version_arns = ["arn:aws:signer:eu-west-1:123456789012:/signing-profiles/app/abc"]
  }
}

resource "aws_lambda_function" "api" {
  function_name           = "api"
  role                    = "arn:aws:iam::123456789012:role/api"
  handler                 = "index.handler"
  runtime                 = "nodejs20.x"
  filename                = "build/api.zip"
  timeout                 = 10
  code_signing_config_arn = aws_lambda_code_signing_config.signed.arn
}

resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = "arn:aws:iam::123456789012:role/image"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/image:1.0"
  timeout       = 10
}
