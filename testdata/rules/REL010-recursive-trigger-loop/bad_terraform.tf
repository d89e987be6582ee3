# Terraform: a queue consumer and a bucket notification whose role writes back.
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_s3_bucket" "drop" {
  bucket = "drop-bucket"
}

resource "aws_iam_role" "worker" {
  name = "worker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
  inline_policy {
    name = "io"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [
        { Effect = "Allow", Action = ["sqs:SendMessage", "sqs:ReceiveMessage"], Resource = aws_sqs_queue.jobs.arn },
        { Effect = "Allow", Action = "s3:PutObject", Resource = "${aws_s3_bucket.drop.arn}/*" },
      ]
    })
  }
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = aws_iam_role.worker.arn
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/worker.zip"
}

resource "aws_lambda_event_source_mapping" "jobs" { # expect: REL010
  event_source_arn = aws_sqs_queue.jobs.arn
  function_name    = aws_lambda_function.worker.arn
}

resource "aws_s3_bucket_notification" "drop" { # expect: REL010
  bucket = aws_s3_bucket.drop.id
  lambda_function {
    lambda_function_arn = aws_lambda_function.worker.arn
    events              = ["s3:ObjectCreated:*"]
  }
}
