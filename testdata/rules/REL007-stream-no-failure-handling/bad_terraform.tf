# Terraform: stream event source mappings without retry limits, bisection or an on-failure
# destination.
resource "aws_kinesis_stream" "clicks" {
  name        = "clicks"
  shard_count = 1
}

resource "aws_dynamodb_table" "orders" {
  name             = "orders"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_IMAGE"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_lambda_function" "consumer" {
  function_name = "consumer"
  role          = "arn:aws:iam::123456789012:role/consumer"
  handler       = "consumer.handler"
  runtime       = "python3.12"
  filename      = "build/consumer.zip"
  timeout       = 30
}

resource "aws_lambda_event_source_mapping" "clicks" { # expect: REL007
  event_source_arn  = aws_kinesis_stream.clicks.arn
  function_name     = aws_lambda_function.consumer.arn
  starting_position = "LATEST"
}

resource "aws_lambda_event_source_mapping" "orders" { # expect: REL007
  event_source_arn               = aws_dynamodb_table.orders.stream_arn
  function_name                  = aws_lambda_function.consumer.arn
  starting_position              = "TRIM_HORIZON"
  maximum_retry_attempts         = 3
  bisect_batch_on_function_error = true
}
