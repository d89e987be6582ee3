# Terraform: heredocs, templates with directives, splats, for expressions and dynamic blocks
# all parse.
variable "names" {
  type    = list(string)
  default = ["a", "b"]
}

locals {
  upper   = [for n in var.names : upper(n)]
  by_name = { for n in var.names : n => "${n}-fn" }
  greeting = <<-EOT
    Hello %{ for n in var.names }${n} %{ endfor }
  EOT
}

resource "aws_lambda_function" "api" {
  for_each      = local.by_name
  function_name = each.value
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = var.names[0] == "a" ? 10 : 20
  layers        = aws_lambda_layer_version.deps[*].arn

  dynamic "vpc_config" {
    for_each = []
    content {
      subnet_ids         = vpc_config.value.subnets
      security_group_ids = vpc_config.value.groups
    }
  }
}
