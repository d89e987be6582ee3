# Terraform: subnets in two zones, a list from a variable (size unknown), and another
# module's output.
variable "subnet_ids" {
  type = list(string)
}

resource "aws_subnet" "private_a" {
  vpc_id     = "vpc-0abc"
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "private_b" {
  vpc_id     = "vpc-0abc"
  cidr_block = "10.0.2.0/24"
}

resource "aws_lambda_function" "query" {
  function_name = "query"
  role          = "arn:aws:iam::123456789012:role/query"
  handler       = "query.handler"
  runtime       = "python3.12"
  filename      = "build/query.zip"
  timeout       = 10
  vpc_config {
    subnet_ids         = [aws_subnet.private_a.id, aws_subnet.private_b.id]
    security_group_ids = ["sg-0abc"]
  }
}

resource "aws_lambda_function" "report" {
  function_name = "report"
  role          = "arn:aws:iam::123456789012:role/report"
  handler       = "report.handler"
  runtime       = "python3.12"
  filename      = "build/report.zip"
  timeout       = 10
  vpc_config {
    subnet_ids         = var.subnet_ids
    security_group_ids = ["sg-0abc"]
  }
}

module "sync" {
  source                 = "terraform-aws-modules/lambda/aws"
  function_name          = "sync"
  handler                = "sync.handler"
  runtime                = "python3.12"
  timeout                = 10
  vpc_subnet_ids         = module.vpc.private_subnets
  vpc_security_group_ids = ["sg-0abc"]
}
