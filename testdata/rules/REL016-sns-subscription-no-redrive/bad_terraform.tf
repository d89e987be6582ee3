# Terraform: a subscription without redrive_policy.
resource "aws_sns_topic" "orders" {
  name = "orders"
}

resource "aws_sns_topic_subscription" "audit" { # expect: REL016
  topic_arn = aws_sns_topic.orders.arn
  protocol  = "sqs"
  endpoint  = "arn:aws:sqs:eu-west-1:123456789012:audit"
}
