# Terraform: two zones written out; subnets made with count (zones per instance).
resource "aws_subnet" "a" {
  vpc_id            = "vpc-0a1b2c3d"
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "b" {
  vpc_id            = "vpc-0a1b2c3d"
  cidr_block        = "10.0.2.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_subnet" "private" {
  count             = 2
  vpc_id            = "vpc-0a1b2c3d"
  cidr_block        = "10.0.${count.index + 10}.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_lambda_function" "ledger" {
  function_name = "ledger"
  role          = "arn:aws:iam::123456789012:role/ledger"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/ledger.zip"
  vpc_config {
    security_group_ids = ["sg-0a1b2c3d4e5f60718"]
    subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id]
  }
}

resource "aws_lambda_function" "audit" {
  function_name = "audit"
  role          = "arn:aws:iam::123456789012:role/audit"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/audit.zip"
  vpc_config {
    security_group_ids = ["sg-0a1b2c3d4e5f60718"]
    subnet_ids         = [aws_subnet.private[0].id, aws_subnet.private[1].id]
  }
}
