# Terraform: a queue without a redrive policy.
resource "aws_sqs_queue" "orders" { # expect: REL015
  name                       = "orders"
  visibility_timeout_seconds = 180
}
