# Terraform: PassRole on every role in a policy document.
resource "aws_iam_role" "launcher" {
  name = "launcher"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

data "aws_iam_policy_document" "pass" {
  statement {
    actions   = ["iam:PassRole", "ecs:RunTask"]
    resources = ["*"] # expect: SEC014
  }
}

resource "aws_iam_role_policy" "pass" {
  role   = aws_iam_role.launcher.id
  policy = data.aws_iam_policy_document.pass.json
}

resource "aws_lambda_function" "launcher" {
  function_name = "launcher"
  role          = aws_iam_role.launcher.arn
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/launcher.zip"
}
