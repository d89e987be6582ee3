# Terraform: a function attached to one subnet, and a module call with one subnet.
resource "aws_subnet" "private_a" {
  vpc_id     = "vpc-0abc"
  cidr_block = "10.0.1.0/24"
}

resource "aws_security_group" "lambda" {
  vpc_id = "vpc-0abc"
}

resource "aws_lambda_function" "query" {
  function_name = "query"
  role          = "arn:aws:iam::123456789012:role/query"
  handler       = "query.handler"
  runtime       = "python3.12"
  filename      = "build/query.zip"
  timeout       = 10
  vpc_config {
    subnet_ids         = [aws_subnet.private_a.id] # expect: REL004
    security_group_ids = [aws_security_group.lambda.id]
  }
}

module "sync" {
  source                 = "terraform-aws-modules/lambda/aws"
  function_name          = "sync"
  handler                = "sync.handler"
  runtime                = "python3.12"
  timeout                = 10
  vpc_subnet_ids         = ["subnet-0aaa"] # expect: REL004
  vpc_security_group_ids = [aws_security_group.lambda.id]
}
