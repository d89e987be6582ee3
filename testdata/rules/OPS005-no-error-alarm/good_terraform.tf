# Terraform: an Errors alarm for each function, by reference and by the module's output.
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
}

resource "aws_cloudwatch_metric_alarm" "api_errors" {
  alarm_name          = "api-errors"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  evaluation_periods  = 1
  period              = 60
  statistic           = "Sum"
  dimensions = {
    FunctionName = aws_lambda_function.api.function_name
  }
}

module "jobs" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "jobs"
  handler       = "jobs.handler"
  runtime       = "python3.12"
  timeout       = 10
}

resource "aws_cloudwatch_metric_alarm" "jobs_errors" {
  alarm_name          = "jobs-errors"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  evaluation_periods  = 1
  period              = 60
  statistic           = "Sum"
  dimensions = {
    FunctionName = module.jobs.lambda_function_name
  }
}
