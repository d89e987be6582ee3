# Terraform: an attribute without a value.
resource "aws_lambda_function" "api" {
  function_name = "api"
  timeout       = # expect: INP001
}
