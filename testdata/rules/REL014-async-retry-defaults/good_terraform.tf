# Terraform: the scheduled function's retries and event age set.
resource "aws_lambda_function" "nightly" {
  function_name = "nightly"
  role          = "arn:aws:iam::123456789012:role/nightly"
  handler       = "nightly.handler"
  runtime       = "python3.12"
  filename      = "build/nightly.zip"
}

resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "nightly"
  schedule_expression = "rate(1 day)"
}

resource "aws_cloudwatch_event_target" "nightly" {
  rule = aws_cloudwatch_event_rule.nightly.name
  arn  = aws_lambda_function.nightly.arn
}

resource "aws_lambda_function_event_invoke_config" "nightly" {
  function_name                = aws_lambda_function.nightly.function_name
  maximum_retry_attempts       = 1
  maximum_event_age_in_seconds = 3600
}
