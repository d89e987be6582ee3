# Terraform: decrypt with every key, and scan every table.
resource "aws_iam_role" "reader" {
  name = "reader"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

data "aws_iam_policy_document" "reads" {
  statement {
    actions   = ["kms:Decrypt"] # expect: SEC016
    resources = ["*"]
  }
  statement {
    actions   = ["dynamodb:Scan"] # expect: SEC016
    resources = ["arn:aws:dynamodb:us-east-1:123456789012:table/*"]
  }
}

resource "aws_iam_role_policy" "reads" {
  role   = aws_iam_role.reader.id
  policy = data.aws_iam_policy_document.reads.json
}

resource "aws_lambda_function" "reader" {
  function_name = "reader"
  role          = aws_iam_role.reader.arn
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/reader.zip"
}
