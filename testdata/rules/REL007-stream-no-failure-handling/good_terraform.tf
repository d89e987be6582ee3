# Terraform: a stream mapping with a retry limit, bisection and an on-failure destination.
resource "aws_kinesis_stream" "clicks" {
  name        = "clicks"
  shard_count = 1
}

resource "aws_sqs_queue" "failed" {
  name = "clicks-failed"
}

resource "aws_lambda_function" "consumer" {
  function_name = "consumer"
  role          = "arn:aws:iam::123456789012:role/consumer"
  handler       = "consumer.handler"
  runtime       = "python3.12"
  filename      = "build/consumer.zip"
  timeout       = 30
}

resource "aws_lambda_event_source_mapping" "clicks" {
  event_source_arn               = aws_kinesis_stream.clicks.arn
  function_name                  = aws_lambda_function.consumer.arn
  starting_position              = "LATEST"
  maximum_retry_attempts         = 3
  bisect_batch_on_function_error = true
  destination_config {
    on_failure {
      destination_arn = aws_sqs_queue.failed.arn
    }
  }
}
