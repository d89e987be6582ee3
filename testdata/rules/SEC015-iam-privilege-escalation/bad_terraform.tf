# Terraform: the role may rewrite any managed policy.
resource "aws_iam_role" "tool" {
  name = "tool"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
  inline_policy {
    name = "policies"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = ["iam:GetPolicy", "iam:CreatePolicyVersion"] # expect: SEC015
        Resource = "*"
      }]
    })
  }
}

resource "aws_lambda_function" "tool" {
  function_name = "tool"
  role          = aws_iam_role.tool.arn
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/tool.zip"
}
