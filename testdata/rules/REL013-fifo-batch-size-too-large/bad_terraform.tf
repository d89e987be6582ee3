# Terraform: a FIFO queue read in batches of 25.
resource "aws_sqs_queue" "orders" {
  name       = "orders.fifo"
  fifo_queue = true
}

resource "aws_lambda_function" "consumer" {
  function_name = "consumer"
  role          = "arn:aws:iam::123456789012:role/consumer"
  handler       = "consumer.handler"
  runtime       = "python3.12"
  filename      = "build/consumer.zip"
}

resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = aws_lambda_function.consumer.arn
  batch_size       = 25 # expect: REL013
}
