# Terraform: every variable the handler reads is set by the module's environment_variables.
locals {
  settings = {
    TABLE_NAME  = "orders"
    BUCKET_NAME = "reports"
  }
}

module "report" {
  source                = "terraform-aws-modules/lambda/aws"
  function_name         = "report"
  handler               = "report.handler"
  runtime               = "python3.12"
  source_path           = "src/report"
  timeout               = 10
  environment_variables = local.settings
}
