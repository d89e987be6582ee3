# Terraform: no memory_size, on the resource and on the module call.
resource "aws_lambda_function" "api" { # expect: PERF001
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
}

module "jobs" { # expect: PERF001
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "jobs"
  handler       = "jobs.handler"
  runtime       = "python3.12"
  timeout       = 10
}
