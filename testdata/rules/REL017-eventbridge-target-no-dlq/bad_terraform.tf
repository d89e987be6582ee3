# Terraform: a rule target without dead_letter_config.
resource "aws_cloudwatch_event_rule" "placed" {
  name          = "order-placed"
  event_pattern = jsonencode({ source = ["orders"] })
}

resource "aws_cloudwatch_event_target" "audit" { # expect: REL017
  rule = aws_cloudwatch_event_rule.placed.name
  arn  = "arn:aws:sqs:eu-west-1:123456789012:audit"
}
