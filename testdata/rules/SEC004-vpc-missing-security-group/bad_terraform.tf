# Terraform: VPC subnets without a security group, and with an empty list of them.
resource "aws_lambda_function" "query" {
  function_name = "query"
  role          = "arn:aws:iam::123456789012:role/query"
  handler       = "query.handler"
  runtime       = "python3.12"
  filename      = "build/query.zip"
  timeout       = 10
  vpc_config { # expect: SEC004
    subnet_ids = ["subnet-0aaa", "subnet-0bbb"]
  }
}

resource "aws_lambda_function" "report" {
  function_name = "report"
  role          = "arn:aws:iam::123456789012:role/report"
  handler       = "report.handler"
  runtime       = "python3.12"
  filename      = "build/report.zip"
  timeout       = 10
  vpc_config { # expect: SEC004
    subnet_ids         = ["subnet-0aaa", "subnet-0bbb"]
    security_group_ids = []
  }
}

module "sync" {
  source         = "terraform-aws-modules/lambda/aws"
  function_name  = "sync"
  handler        = "sync.handler"
  runtime        = "python3.12"
  timeout        = 10
  vpc_subnet_ids = ["subnet-0aaa", "subnet-0bbb"] # expect: SEC004
}
