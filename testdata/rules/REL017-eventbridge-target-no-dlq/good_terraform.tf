# Terraform: a rule target with a dead-letter queue.
resource "aws_cloudwatch_event_rule" "placed" {
  name          = "order-placed"
  event_pattern = jsonencode({ source = ["orders"] })
}

resource "aws_cloudwatch_event_target" "audit" {
  rule = aws_cloudwatch_event_rule.placed.name
  arn  = "arn:aws:sqs:eu-west-1:123456789012:audit"
  dead_letter_config {
    arn = "arn:aws:sqs:eu-west-1:123456789012:audit-delivery-failures"
  }
}
