# Terraform: no tracing_config, tracing set to PassThrough, and a module call without
# tracing_mode.
resource "aws_lambda_function" "api" { # expect: OPS001
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/worker.zip"
  timeout       = 10
  tracing_config {
    mode = "PassThrough" # expect: OPS001
  }
}

module "jobs" { # expect: OPS001
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "jobs"
  handler       = "jobs.handler"
  runtime       = "python3.12"
  timeout       = 10
}
