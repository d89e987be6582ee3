# Terraform: no reserved concurrency, and -1 (the provider's "unreserved").
resource "aws_lambda_function" "api" { # expect: PERF002
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
}

resource "aws_lambda_function" "worker" { # expect: PERF002
  function_name                  = "worker"
  role                           = "arn:aws:iam::123456789012:role/worker"
  handler                        = "index.handler"
  runtime                        = "nodejs20.x"
  filename                       = "build/worker.zip"
  timeout                        = 10
  reserved_concurrent_executions = -1
}
