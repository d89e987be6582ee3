# Terraform: an alarm watches the duration of one function, none watches errors.
resource "aws_lambda_function" "api" { # expect: OPS005
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
}

resource "aws_cloudwatch_metric_alarm" "slow" {
  alarm_name          = "api-slow"
  namespace           = "AWS/Lambda"
  metric_name         = "Duration"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 5000
  evaluation_periods  = 1
  period              = 60
  statistic           = "Average"
  dimensions = {
    FunctionName = aws_lambda_function.api.function_name
  }
}
