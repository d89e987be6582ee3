# Terraform: the usual allow-all egress block, and a separate all-protocol egress rule.
resource "aws_security_group" "fn" {
  name   = "fn"
  vpc_id = "vpc-0a1b2c3d"
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # expect: SEC019
  }
}

resource "aws_security_group" "other" {
  name   = "other"
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.other.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0" # expect: SEC019
}

resource "aws_lambda_function" "fn" {
  function_name = "fn"
  role          = "arn:aws:iam::123456789012:role/fn"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/fn.zip"
  vpc_config {
    security_group_ids = [aws_security_group.fn.id, aws_security_group.other.id]
    subnet_ids         = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  }
}
