# Terraform: Lambda as the principal, in jsonencode and in a policy document.
resource "aws_iam_role" "one" {
  name = "one"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "two" {
  name               = "two"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

resource "aws_lambda_function" "one" {
  function_name = "one"
  role          = aws_iam_role.one.arn
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/one.zip"
}

resource "aws_lambda_function" "two" {
  function_name = "two"
  role          = aws_iam_role.two.arn
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/two.zip"
}
