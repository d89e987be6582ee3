# Terraform: no egress blocks (Terraform removes the default rule), and HTTPS only.
resource "aws_security_group" "none" {
  name   = "none"
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_security_group" "https" {
  name   = "https"
  vpc_id = "vpc-0a1b2c3d"
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lambda_function" "fn" {
  function_name = "fn"
  role          = "arn:aws:iam::123456789012:role/fn"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/fn.zip"
  vpc_config {
    security_group_ids = [aws_security_group.none.id, aws_security_group.https.id]
    subnet_ids         = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  }
}
