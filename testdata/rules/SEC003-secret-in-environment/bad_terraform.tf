# Terraform: credentials written into environment variables, directly, through a local (found
# where the local is written), and in the community module's input.
locals {
  stripe_key = "sk_live_4eC39HqLyjWDarjtT1zdp7dc" # expect: SEC003
}

resource "aws_lambda_function" "payments" {
  function_name = "payments"
  role          = "arn:aws:iam::123456789012:role/payments"
  handler       = "payments.handler"
  runtime       = "python3.12"
  filename      = "build/payments.zip"
  timeout       = 10
  environment {
    variables = {
      TABLE_NAME        = "payments"
      AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE" # expect: SEC003
      STRIPE_KEY        = local.stripe_key
    }
  }
}

module "mailer" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "mailer"
  handler       = "mailer.handler"
  runtime       = "python3.12"
  timeout       = 10
  environment_variables = {
    SMTP_PASSWORD = "Tr0ub4dor&3-horse-battery" # expect: SEC003
  }
}
