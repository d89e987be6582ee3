# Terraform: functions attached to VPC subnets.
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/api.zip"
  timeout       = 10
  vpc_config {
    subnet_ids         = ["subnet-0aaa", "subnet-0bbb"]
    security_group_ids = ["sg-0abc"]
  }
}

module "jobs" {
  source                 = "terraform-aws-modules/lambda/aws"
  function_name          = "jobs"
  handler                = "jobs.handler"
  runtime                = "python3.12"
  timeout                = 10
  vpc_subnet_ids         = ["subnet-0aaa", "subnet-0bbb"]
  vpc_security_group_ids = ["sg-0abc"]
}
