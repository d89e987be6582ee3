# Terraform: two subnets in the first zone of the region.
data "aws_availability_zones" "available" {
  state = "available"
}

resource "aws_subnet" "a" {
  vpc_id            = "vpc-0a1b2c3d"
  cidr_block        = "10.0.1.0/24"
  availability_zone = data.aws_availability_zones.available.names[0]
}

resource "aws_subnet" "b" {
  vpc_id            = "vpc-0a1b2c3d"
  cidr_block        = "10.0.2.0/24"
  availability_zone = data.aws_availability_zones.available.names[0]
}

resource "aws_lambda_function" "ledger" {
  function_name = "ledger"
  role          = "arn:aws:iam::123456789012:role/ledger"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/ledger.zip"
  vpc_config {
    security_group_ids = ["sg-0a1b2c3d4e5f60718"]
    subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id] # expect: REL009
  }
}
