# Terraform: an SQS mapping that does not report batch item failures.
resource "aws_sqs_queue" "orders" {
  name                       = "orders"
  visibility_timeout_seconds = 180
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "orders.handler"
  runtime       = "python3.12"
  filename      = "build/orders.zip"
  timeout       = 30
}

resource "aws_lambda_event_source_mapping" "orders" { # expect: REL008
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = aws_lambda_function.orders.arn
  batch_size       = 10
}
