# Terraform: CodeDeploy shifts the alias's traffic gradually and rolls back on an alarm (a
# deployment group of a Lambda app, or the deploy submodule); an alias pinned to a version
# written out does not move on apply.
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "orders.handler"
  runtime       = "python3.12"
  filename      = "build/orders.zip"
  timeout       = 10
  publish       = true
}

resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = aws_lambda_function.orders.function_name
  function_version = aws_lambda_function.orders.version
}

resource "aws_cloudwatch_metric_alarm" "orders_errors" {
  alarm_name          = "orders-live-errors"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  dimensions = {
    FunctionName = aws_lambda_function.orders.function_name
    Resource     = "orders:live"
  }
}

resource "aws_codedeploy_app" "orders" {
  name             = "orders"
  compute_platform = "Lambda"
}

resource "aws_codedeploy_deployment_group" "orders" {
  app_name               = aws_codedeploy_app.orders.name
  deployment_group_name  = "orders-live"
  service_role_arn       = "arn:aws:iam::123456789012:role/codedeploy"
  deployment_config_name = "CodeDeployDefault.LambdaCanary10Percent5Minutes"
  deployment_style {
    deployment_option = "WITH_TRAFFIC_CONTROL"
    deployment_type   = "BLUE_GREEN"
  }
  alarm_configuration {
    enabled = true
    alarms  = [aws_cloudwatch_metric_alarm.orders_errors.alarm_name]
  }
  auto_rollback_configuration {
    enabled = true
    events  = ["DEPLOYMENT_STOP_ON_ALARM"]
  }
}

resource "aws_lambda_function" "reports" {
  function_name = "reports"
  role          = "arn:aws:iam::123456789012:role/reports"
  handler       = "reports.handler"
  runtime       = "python3.12"
  filename      = "build/reports.zip"
  timeout       = 10
}

resource "aws_lambda_alias" "stable" {
  name             = "stable"
  function_name    = aws_lambda_function.reports.function_name
  function_version = "3"
}

module "billing" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "billing"
  handler       = "billing.handler"
  runtime       = "python3.12"
  source_path   = "src/billing"
  timeout       = 10
  publish       = true
}

module "billing_deploy" {
  source                  = "terraform-aws-modules/lambda/aws//modules/deploy"
  alias_name              = "live"
  function_name           = module.billing.lambda_function_name
  target_version          = module.billing.lambda_function_version
  create_app              = true
  app_name                = "billing"
  create_deployment_group = true
  deployment_group_name   = "billing"
  deployment_config_name  = "CodeDeployDefault.LambdaLinear10PercentEvery1Minute"
  alarm_enabled           = true
  alarms                  = ["billing-live-errors"]
}
