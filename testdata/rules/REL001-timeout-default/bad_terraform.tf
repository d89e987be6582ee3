# Terraform: neither the function nor the community module call sets a timeout, so Lambda's
# 3-second default applies.
resource "aws_iam_role" "export" {
  name = "export"
}

resource "aws_lambda_function" "export" { # expect: REL001
  function_name = "export"
  role          = aws_iam_role.export.arn
  handler       = "export.handler"
  runtime       = "python3.12"
  filename      = "build/export.zip"
  memory_size   = 512
}

module "import" { # expect: REL001
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "import"
  handler       = "import.handler"
  runtime       = "python3.12"
  source_path   = "src/import"
}
