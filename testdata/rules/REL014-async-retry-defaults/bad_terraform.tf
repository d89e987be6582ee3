# Terraform: a function triggered by a schedule, without an invoke configuration.
resource "aws_lambda_function" "nightly" { # expect: REL014
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
