# Terraform: PassRole on the task role only.
resource "aws_iam_role" "task" {
  name = "task"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }]
  })
}

resource "aws_iam_role" "launcher" {
  name = "launcher"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
  inline_policy {
    name = "pass"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = aws_iam_role.task.arn }]
    })
  }
}

resource "aws_lambda_function" "launcher" {
  function_name = "launcher"
  role          = aws_iam_role.launcher.arn
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/launcher.zip"
}
