# Terraform: visibility timeouts at least six times the consumer's timeout.
resource "aws_sqs_queue" "orders" {
  name                       = "orders"
  visibility_timeout_seconds = 720
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "orders.handler"
  runtime       = "python3.12"
  filename      = "build/orders.zip"
  timeout       = 120
}

resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn        = aws_sqs_queue.orders.arn
  function_name           = aws_lambda_function.orders.arn
  function_response_types = ["ReportBatchItemFailures"]
}

resource "aws_sqs_queue" "emails" {
  name = "emails"
}

resource "aws_lambda_function" "emails" {
  function_name = "emails"
  role          = "arn:aws:iam::123456789012:role/emails"
  handler       = "emails.handler"
  runtime       = "python3.12"
  filename      = "build/emails.zip"
  timeout       = 5
}

resource "aws_lambda_event_source_mapping" "emails" {
  event_source_arn = aws_sqs_queue.emails.arn
  function_name    = aws_lambda_function.emails.arn
  batch_size       = 1
}
