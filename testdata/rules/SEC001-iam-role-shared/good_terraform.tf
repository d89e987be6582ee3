# Terraform: each function has its own role; the community lambda module creates one role per
# function; a role we cannot resolve (another module's output) is not judged.
resource "aws_iam_role" "create_order" {
  name = "create-order"
}

resource "aws_iam_role" "cancel_order" {
  name = "cancel-order"
}

resource "aws_lambda_function" "create_order" {
  function_name = "create-order"
  role          = aws_iam_role.create_order.arn
  handler       = "app.create"
  runtime       = "python3.12"
  filename      = "build/orders.zip"
  timeout       = 10
}

resource "aws_lambda_function" "cancel_order" {
  function_name = "cancel-order"
  role          = aws_iam_role.cancel_order.arn
  handler       = "app.cancel"
  runtime       = "python3.12"
  filename      = "build/orders.zip"
  timeout       = 10
}

module "report" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "report"
  handler       = "app.report"
  runtime       = "python3.12"
  timeout       = 10
}

module "audit" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "audit"
  handler       = "app.audit"
  runtime       = "python3.12"
  timeout       = 10
}

resource "aws_lambda_function" "a" {
  role    = module.iam.role_arn
  timeout = 10
}

resource "aws_lambda_function" "b" {
  role    = module.iam.role_arn
  timeout = 10
}
