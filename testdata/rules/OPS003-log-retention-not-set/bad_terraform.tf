# Terraform: a log group without retention, a function with no log group at all, and the
# module's log group without cloudwatch_logs_retention_in_days.
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
}

resource "aws_cloudwatch_log_group" "api" { # expect: OPS003
  name = "/aws/lambda/${aws_lambda_function.api.function_name}"
}

resource "aws_lambda_function" "worker" { # expect: OPS003
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/worker.zip"
  timeout       = 10
}

module "jobs" { # expect: OPS003
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "jobs"
  handler       = "jobs.handler"
  runtime       = "python3.12"
  timeout       = 10
}
