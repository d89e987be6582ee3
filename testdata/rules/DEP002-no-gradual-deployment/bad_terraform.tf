# Terraform: an alias that moves to each new version at once, and a CodeDeploy deployment
# (the community module's deploy submodule) without rollback alarms.
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "orders.handler"
  runtime       = "python3.12"
  filename      = "build/orders.zip"
  timeout       = 10
  publish       = true
}

resource "aws_lambda_alias" "live" { # expect: DEP002
  name             = "live"
  function_name    = aws_lambda_function.orders.function_name
  function_version = aws_lambda_function.orders.version
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

module "billing_deploy" { # expect: DEP002
  source                  = "terraform-aws-modules/lambda/aws//modules/deploy"
  alias_name              = "live"
  function_name           = module.billing.lambda_function_name
  target_version          = module.billing.lambda_function_version
  create_app              = true
  app_name                = "billing"
  create_deployment_group = true
  deployment_group_name   = "billing"
  deployment_config_name  = "CodeDeployDefault.LambdaCanary10Percent5Minutes"
}
