# Terraform: wildcards in a jsonencode policy, in an aws_iam_policy_document, in the
# community module's policy statements, and an administrator managed policy.
resource "aws_iam_role" "worker" {
  name = "worker"
  inline_policy {
    name = "everything-in-s3"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = ["s3:*"] # expect: SEC002
        Resource = "arn:aws:s3:::orders/*"
      }]
    })
  }
}

data "aws_iam_policy_document" "writes" {
  statement {
    actions   = ["dynamodb:PutItem", "dynamodb:GetItem"]
    resources = ["*"] # expect: SEC002
  }
}

resource "aws_iam_role_policy" "writes" {
  role   = aws_iam_role.worker.id
  policy = data.aws_iam_policy_document.writes.json
}

resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.worker.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # expect: SEC002
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = aws_iam_role.worker.arn
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/worker.zip"
  timeout       = 30
}

module "importer" {
  source                   = "terraform-aws-modules/lambda/aws"
  function_name            = "importer"
  handler                  = "app.handler"
  runtime                  = "python3.12"
  timeout                  = 30
  attach_policy_statements = true
  policy_statements = {
    queue = {
      effect    = "Allow"
      actions   = ["sqs:SendMessage"]
      resources = ["*"] # expect: SEC002
    }
  }
}
