# Terraform: `AWS = "*"` in jsonencode, and identifiers ["*"] in a policy document.
resource "aws_iam_role" "open" {
  name = "open"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" } # expect: SEC017
    }]
  })
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"] # expect: SEC017
    }
  }
}

resource "aws_iam_role" "document" {
  name               = "document"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

resource "aws_lambda_function" "one" {
  function_name = "one"
  role          = aws_iam_role.open.arn
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/one.zip"
}

resource "aws_lambda_function" "two" {
  function_name = "two"
  role          = aws_iam_role.document.arn
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/two.zip"
}
